#include "access_policy.h"

#include "json_fields.h"

#include <QJsonArray>

namespace certdeck::vault {

// --- permission names (ARM spec casing) ----------------------------------------------------

namespace {

QStringList words(const char *spaceSeparated) {
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QString allPermission = QStringLiteral("all");

} // namespace

QStringList Permission::allKeyPermissions() {
    return words("all encrypt decrypt wrapKey unwrapKey sign verify get list create update import "
                 "delete backup restore recover purge release rotate getrotationpolicy "
                 "setrotationpolicy");
}

QStringList Permission::allSecretPermissions() {
    return words("all get list set delete backup restore recover purge");
}

QStringList Permission::allCertificatePermissions() {
    return words("all get list delete create import update managecontacts getissuers listissuers "
                 "setissuers deleteissuers manageissuers recover purge backup restore");
}

QStringList Permission::allStoragePermissions() {
    return words("all get list delete set update regeneratekey recover purge backup restore setsas "
                 "listsas getsas deletesas");
}

// --- permissions ---------------------------------------------------------------------------

Permissions Permissions::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    Permissions permissions;
    permissions.keys = reader.stringList(QLatin1String("keys"));
    permissions.secrets = reader.stringList(QLatin1String("secrets"));
    permissions.certificates = reader.stringList(QLatin1String("certificates"));
    permissions.storage = reader.stringList(QLatin1String("storage"));
    return permissions;
}

QJsonObject Permissions::toJson() const {
    QJsonObject json;
    json::put(json, QLatin1String("keys"), keys);
    json::put(json, QLatin1String("secrets"), secrets);
    json::put(json, QLatin1String("certificates"), certificates);
    json::put(json, QLatin1String("storage"), storage);
    return json;
}

// --- access policy entry -------------------------------------------------------------------

AccessPolicyEntry AccessPolicyEntry::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    AccessPolicyEntry entry;
    entry.tenantId = reader.stringOrEmpty(QLatin1String("tenantId"));
    entry.objectId = reader.stringOrEmpty(QLatin1String("objectId"));
    entry.applicationId = reader.string(QLatin1String("applicationId"));
    entry.permissions =
        Permissions::fromJson(reader.object(QLatin1String("permissions")).value_or(QJsonObject()));
    return entry;
}

QJsonObject AccessPolicyEntry::toJson() const {
    QJsonObject json{{QLatin1String("tenantId"), tenantId}, {QLatin1String("objectId"), objectId}};
    json::put(json, QLatin1String("applicationId"), applicationId);
    json.insert(QLatin1String("permissions"), permissions.toJson());
    return json;
}

namespace {

struct Category {
    const std::optional<QStringList> *granted = nullptr;
    QStringList known;
};

Category category(const Permissions &permissions, const QString &name) {
    const auto is = [&name](const char *candidate) {
        return name.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0;
    };
    if (is("keys"))
        return {&permissions.keys, Permission::allKeyPermissions()};
    if (is("secrets"))
        return {&permissions.secrets, Permission::allSecretPermissions()};
    if (is("certificates"))
        return {&permissions.certificates, Permission::allCertificatePermissions()};
    if (is("storage"))
        return {&permissions.storage, Permission::allStoragePermissions()};
    return {};
}

} // namespace

bool AccessPolicyEntry::grants(const QString &categoryName, const QString &permission) const {
    const Category found = category(permissions, categoryName);
    if (!found.granted || !*found.granted)
        return false;
    const QStringList &granted = **found.granted;
    if (granted.contains(permission, Qt::CaseInsensitive))
        return true;
    return granted.contains(allPermission, Qt::CaseInsensitive) &&
           found.known.contains(permission, Qt::CaseInsensitive);
}

// --- vault resource ------------------------------------------------------------------------

namespace {

void readProperties(VaultResource &vault, const QJsonObject &properties) {
    json::ObjectReader reader(properties);
    vault.tenantId = reader.stringOrEmpty(QLatin1String("tenantId"));
    const auto sku = reader.object(QLatin1String("sku"));
    json::ObjectReader skuReader(sku.value_or(QJsonObject()));
    vault.skuFamily = skuReader.stringOrEmpty(QLatin1String("family"));
    vault.skuName = skuReader.stringOrEmpty(QLatin1String("name"));
    vault.vaultUri = reader.stringOrEmpty(QLatin1String("vaultUri"));
    vault.accessPolicies =
        json::listOf<AccessPolicyEntry>(reader.array(QLatin1String("accessPolicies")))
            .value_or(QList<AccessPolicyEntry>());
    vault.enableSoftDelete = reader.boolean(QLatin1String("enableSoftDelete")).value_or(true);
    vault.softDeleteRetentionInDays =
        reader.int32(QLatin1String("softDeleteRetentionInDays")).value_or(90);
    vault.enableRbacAuthorization =
        reader.boolean(QLatin1String("enableRbacAuthorization")).value_or(false);
    vault.enablePurgeProtection =
        reader.boolean(QLatin1String("enablePurgeProtection")).value_or(false);
    vault.extraProperties = reader.rest();
    json::keepResidual(vault.extraProperties, QLatin1String("sku"), sku, skuReader.rest());
}

QJsonObject writeProperties(const VaultResource &vault) {
    QJsonObject properties = vault.extraProperties;
    json::putNonEmpty(properties, QLatin1String("tenantId"), vault.tenantId);
    QJsonObject sku;
    json::putNonEmpty(sku, QLatin1String("family"), vault.skuFamily);
    json::putNonEmpty(sku, QLatin1String("name"), vault.skuName);
    json::putNested(properties, QLatin1String("sku"), sku);
    json::putNonEmpty(properties, QLatin1String("vaultUri"), vault.vaultUri);
    properties.insert(QLatin1String("accessPolicies"), json::arrayOf(vault.accessPolicies));
    properties.insert(QLatin1String("enableSoftDelete"), vault.enableSoftDelete);
    properties.insert(QLatin1String("softDeleteRetentionInDays"), vault.softDeleteRetentionInDays);
    properties.insert(QLatin1String("enableRbacAuthorization"), vault.enableRbacAuthorization);
    // Purge protection is irreversible and ARM omits it until set: only ever send `true`.
    if (vault.enablePurgeProtection)
        properties.insert(QLatin1String("enablePurgeProtection"), true);
    return properties;
}

} // namespace

VaultResource VaultResource::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    VaultResource vault;
    vault.id = reader.stringOrEmpty(QLatin1String("id"));
    vault.name = reader.stringOrEmpty(QLatin1String("name"));
    vault.type = reader.stringOrEmpty(QLatin1String("type"));
    vault.location = reader.stringOrEmpty(QLatin1String("location"));
    readProperties(vault, reader.object(QLatin1String("properties")).value_or(QJsonObject()));
    vault.extra = reader.rest();
    return vault;
}

QJsonObject VaultResource::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("id"), id);
    json::putNonEmpty(json, QLatin1String("name"), name);
    json::putNonEmpty(json, QLatin1String("type"), type);
    json::putNonEmpty(json, QLatin1String("location"), location);
    json.insert(QLatin1String("properties"), writeProperties(*this));
    return json;
}

// --- ARM error -----------------------------------------------------------------------------

namespace {

constexpr int maxDetailDepth = 32;

ArmError armErrorFromObject(const QJsonObject &object, int depth) {
    ArmError error;
    error.code = json::toString(object.value(QLatin1String("code"))).value_or(QString());
    error.message = json::toString(object.value(QLatin1String("message"))).value_or(QString());
    error.target = json::toString(object.value(QLatin1String("target"))).value_or(QString());
    const QJsonValue details = object.value(QLatin1String("details")); // may be null
    if (!details.isArray() || depth >= maxDetailDepth)
        return error;
    for (const QJsonValue &detail : details.toArray()) {
        if (detail.isObject())
            error.details.append(armErrorFromObject(detail.toObject(), depth + 1));
    }
    return error;
}

QJsonObject armErrorToObject(const ArmError &error) {
    QJsonObject json{{QLatin1String("code"), error.code},
                     {QLatin1String("message"), error.message}};
    json::putNonEmpty(json, QLatin1String("target"), error.target);
    if (error.details.isEmpty())
        return json;
    QJsonArray details;
    for (const ArmError &detail : error.details)
        details.append(armErrorToObject(detail));
    json.insert(QLatin1String("details"), details);
    return json;
}

} // namespace

ArmError ArmError::fromJson(const QJsonObject &envelope) {
    const QJsonValue wrapped = envelope.value(QLatin1String("error"));
    return armErrorFromObject(wrapped.isObject() ? wrapped.toObject() : envelope, 0);
}

QJsonObject ArmError::toJson() const {
    return QJsonObject{{QLatin1String("error"), armErrorToObject(*this)}};
}

} // namespace certdeck::vault
