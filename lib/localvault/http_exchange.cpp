#include "http_exchange.h"

#include "service_error.h"

#include <QJsonDocument>

namespace certdeck::localvault {

QByteArray LocalRequest::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString LocalRequest::queryValue(const QString &key) const {
    return query().queryItemValue(key, QUrl::FullyDecoded);
}

void LocalResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray LocalResponse::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

LocalResponse LocalResponse::json(int status, const QJsonObject &object) {
    LocalResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

LocalResponse LocalResponse::empty(int status) {
    LocalResponse response;
    response.status = status;
    return response;
}

LocalResponse keyVaultError(int status, const QString &code, const QString &message,
                            const QString &innerCode) {
    vault::ServiceError error;
    error.code = code;
    error.message = message;
    if (!innerCode.isEmpty())
        error.innerCodes = {innerCode};
    return LocalResponse::json(status, error.toJson());
}

} // namespace certdeck::localvault
