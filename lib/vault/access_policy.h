#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdeck::vault {

// Permission names exactly as the ARM spec spells them.
namespace Permission {
QStringList allKeyPermissions();
QStringList allSecretPermissions();
QStringList allCertificatePermissions();
QStringList allStoragePermissions();
} // namespace Permission

struct Permissions {
    std::optional<QStringList> keys;
    std::optional<QStringList> secrets;
    std::optional<QStringList> certificates;
    std::optional<QStringList> storage;

    static Permissions fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const Permissions &) const = default;
};

struct AccessPolicyEntry {
    QString tenantId;
    QString objectId;
    std::optional<QString> applicationId;
    Permissions permissions;

    static AccessPolicyEntry fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // Case-insensitive: does this entry grant `permission` in `category` ("certificates",
    // "secrets", "keys", "storage")? "all" grants everything in its category.
    bool grants(const QString &category, const QString &permission) const;
    bool operator==(const AccessPolicyEntry &) const = default;
};

// The ARM Microsoft.KeyVault/vaults resource (the parts Certdeck reads and writes).
struct VaultResource {
    QString id;
    QString name;
    QString type; // "Microsoft.KeyVault/vaults"
    QString location;
    QString tenantId;                        // properties.tenantId
    QString skuFamily;                       // properties.sku.family
    QString skuName;                         // properties.sku.name
    QString vaultUri;                        // properties.vaultUri
    QList<AccessPolicyEntry> accessPolicies; // properties.accessPolicies
    bool enableSoftDelete = true;            // properties.enableSoftDelete
    int softDeleteRetentionInDays = 90;      // properties.softDeleteRetentionInDays
    bool enableRbacAuthorization = false;    // properties.enableRbacAuthorization
    bool enablePurgeProtection = false;      // properties.enablePurgeProtection
    QJsonObject extraProperties;             // other members of "properties"
    QJsonObject extra;                       // other top-level members (tags, systemData, ...)

    static VaultResource fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const VaultResource &) const = default;
};

// ARM's error envelope {"error":{"code","message","target"?,"details"?:[...]}}; null-tolerant.
struct ArmError {
    QString code;
    QString message;
    QString target;
    QList<ArmError> details;

    static ArmError fromJson(const QJsonObject &envelope);
    QJsonObject toJson() const; // the full envelope
};

} // namespace certdeck::vault
