#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace certdeck::localvault {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as the routes see it: independent of sockets, so routing can be tested and fuzzed
// from plain bytes.
struct LocalRequest {
    QByteArray method; // upper case; X-HTTP-METHOD override already applied
    QUrl url;          // as received (path percent-encoded)
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QString path() const { return url.path(QUrl::FullyDecoded); }
    QUrlQuery query() const { return QUrlQuery(url); }
    QString queryValue(const QString &key) const;
};

struct LocalResponse {
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static LocalResponse json(int status, const QJsonObject &object);
    static LocalResponse empty(int status);
};

// Key Vault's error envelope {"error":{"code","message","innererror"?}}.
LocalResponse keyVaultError(int status, const QString &code, const QString &message,
                            const QString &innerCode = {});

} // namespace certdeck::localvault
