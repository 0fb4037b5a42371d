#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace certdeck::vault {

// Times are Unix epoch seconds, as on the wire.
struct CertificateAttributes {
    std::optional<bool> enabled;
    std::optional<qint64> notBefore; // "nbf"
    std::optional<qint64> expires;   // "exp"
    std::optional<qint64> created;
    std::optional<qint64> updated;
    std::optional<QString> recoveryLevel;
    std::optional<int> recoverableDays;
    QJsonObject extra; // fields we do not model, written back unchanged

    static CertificateAttributes fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const CertificateAttributes &) const = default;
};

} // namespace certdeck::vault
