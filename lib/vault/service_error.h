#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace certdeck::vault {

// Key Vault's error envelope {"error":{"code","message","innererror":{"code",...}}}.
struct ServiceError {
    QString code;
    QString message;
    QStringList innerCodes; // outermost inner error first

    static ServiceError
    fromJson(const QJsonObject &envelope); // accepts the envelope or the inner object
    QJsonObject toJson() const;            // the full envelope
    QJsonObject toErrorObject() const;     // just {"code","message",...}
    bool operator==(const ServiceError &) const = default;
};

} // namespace certdeck::vault
