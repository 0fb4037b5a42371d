#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certdeck::vault {

// ApiManagementServiceIdentity (api-version 2024-05-01).
struct ApimServiceIdentity {
    // "SystemAssigned" | "UserAssigned" | "SystemAssigned, UserAssigned" (comma + space) | "None"
    QString type;
    QString principalId; // read-only: the objectId to name in a Key Vault access policy
    QString tenantId;    // read-only
    // ARM id of each user-assigned identity → {principalId, clientId}; kept as sent.
    std::optional<QJsonObject> userAssignedIdentities;
    QJsonObject extra;

    bool hasSystemAssigned() const;
    static ApimServiceIdentity fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ApimServiceIdentity &) const = default;
};

// HostnameConfiguration.certificate (read-only CertificateInformation).
struct HostnameCertificateInformation {
    QString expiry; // ISO 8601 as sent
    QString thumbprint;
    QString subject;
    QJsonObject extra;

    static HostnameCertificateInformation fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const HostnameCertificateInformation &) const = default;
};

// One entry of properties.hostnameConfigurations.
struct HostnameConfiguration {
    QString type; // Proxy, Portal, Management, Scm, DeveloperPortal, ConfigurationApi
    QString hostName;
    QString keyVaultId;        // URL of the Key Vault *secret* holding the PFX
    QString identityClientId;  // empty: the system-assigned identity
    QString certificateSource; // read-only: Managed, KeyVault, Custom, BuiltIn
    QString certificateStatus; // read-only: Completed, Failed, InProgress
    std::optional<bool> negotiateClientCertificate;
    std::optional<bool> defaultSslBinding;
    std::optional<HostnameCertificateInformation> certificate;
    QJsonObject extra; // encodedCertificate, certificatePassword, ... as sent

    static HostnameConfiguration fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const HostnameConfiguration &) const = default;
};

// The ARM Microsoft.ApiManagement/service resource (the parts Certdeck reads and writes).
struct ApimService {
    QString id;
    QString name;
    QString type; // Microsoft.ApiManagement/service
    QString location;
    QString skuName;                // sku.name
    std::optional<int> skuCapacity; // sku.capacity
    std::optional<ApimServiceIdentity> identity;
    QString gatewayUrl; // properties.gatewayUrl (read-only)
    // Absent and empty differ on PATCH: an empty array would remove every custom domain.
    std::optional<QList<HostnameConfiguration>> hostnameConfigurations;
    QJsonObject extraProperties; // other members of "properties"
    QJsonObject extra;           // other top-level members (etag, tags, systemData, ...)

    static ApimService fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ApimService &) const = default;
};

} // namespace certdeck::vault
