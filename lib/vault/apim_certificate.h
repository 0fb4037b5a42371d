#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certdeck::vault {

// KeyVaultLastAccessStatusContractProperties: how the last pull from Key Vault went.
struct ApimKeyVaultStatus {
    QString code;                   // e.g. "Success"
    std::optional<QString> message; // the error text; the service sends "" when all is well
    QString timeStampUtc;
    QJsonObject extra;

    static ApimKeyVaultStatus fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ApimKeyVaultStatus &) const = default;
};

// KeyVaultContractProperties of a Key Vault-backed certificate.
struct ApimKeyVaultReference {
    QString secretIdentifier;                     // versionless: auto-rotation; versioned: pinned
    QString identityClientId;                     // empty: the service's system-assigned identity
    std::optional<ApimKeyVaultStatus> lastStatus; // read-only
    QJsonObject extra;

    static ApimKeyVaultReference fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ApimKeyVaultReference &) const = default;
};

// CertificateContract (Microsoft.ApiManagement/service/certificates). The write-only upload
// members (data, password) are deliberately not modelled: they never come back from the service,
// and a password must not live in a copyable value type (ApimClient builds that body itself).
struct ApimCertificate {
    QString id;
    QString name; // the certificateId
    QString type;
    QString subject;        // e.g. "CN=contoso.com"
    QString thumbprint;     // upper-case SHA-1 hex, no separators
    QString expirationDate; // ISO 8601 as sent ("...Z" or "...+00:00")
    std::optional<ApimKeyVaultReference> keyVault;
    QJsonObject extraProperties;
    QJsonObject extra;

    QDateTime expiration() const; // UTC; invalid when absent or unreadable
    bool isFromKeyVault() const { return keyVault.has_value(); }
    static ApimCertificate fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ApimCertificate &) const = default;
};

} // namespace certdeck::vault
