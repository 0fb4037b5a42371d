#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace certdeck::vault {

// Parses a JSON object body; the error says what is wrong (not an object, offset of a syntax
// error).
Result<QJsonObject, QString> parseJsonObject(const QByteArray &body);

// Identifier pieces of https://{vault}/{collection}/{name}[/{version}].
struct ObjectIdentifier {
    QString vaultUrl;   // scheme://host[:port]
    QString collection; // certificates, keys, secrets, deletedcertificates
    QString name;
    QString version; // may be empty

    static ObjectIdentifier parse(const QString &id);
};

} // namespace certdeck::vault
