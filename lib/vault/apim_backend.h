#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdeck::vault {

// BackendContract (Microsoft.ApiManagement/service/backends), the members Certdeck edits.
struct ApimBackend {
    QString id;
    QString name; // the backendId
    QString type;
    QString url;      // required, 1..2000
    QString protocol; // required: "http" or "soap"
    QString title;
    QString description;
    // tls.*: absent means the service default, true.
    std::optional<bool> validateCertificateChain;
    std::optional<bool> validateCertificateName;
    // credentials.certificateIds: the client certificates the gateway presents (max 32).
    std::optional<QStringList> certificateIds;
    QJsonObject extraProperties; // other "properties" members; unknown tls/credentials kept too
    QJsonObject extra;

    bool validatesChain() const { return validateCertificateChain.value_or(true); }
    bool validatesName() const { return validateCertificateName.value_or(true); }
    // Does credentials.certificateIds name `certificateId` (bare id or any resource-id form)?
    bool usesCertificate(const QString &certificateId) const;
    static ApimBackend fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ApimBackend &) const = default;
};

// "/subscriptions/…/service/s/certificates/c", "/certificates/c" or "c" → "c".
QString certificateIdName(const QString &certificateId);

} // namespace certdeck::vault
