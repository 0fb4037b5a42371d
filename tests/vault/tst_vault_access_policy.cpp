// ARM side: permission names, access-policy entries and grants, the vault resource.

#include "tst_vault_access_policy.h"

#include "access_policy.h"
#include "vault_test_support.h"

#include <QJsonArray>
#include <QTest>

using namespace certdeck::vault;
using certdeck::vault::test::objectFrom;
using certdeck::vault::test::someStrings;

namespace {

QStringList split(const char *names) {
    return QString::fromLatin1(names).split(QLatin1Char(','));
}

const char vaultText[] = R"({
  "id": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/sample-vault",
  "name": "sample-vault",
  "type": "Microsoft.KeyVault/vaults",
  "location": "westus",
  "tags": {"env": "test"},
  "systemData": {"createdBy": "ops@example.com", "createdByType": "User",
                 "createdAt": "2024-04-11T19:28:32Z"},
  "properties": {
    "tenantId": "11111111-2222-3333-4444-555555555555",
    "sku": {"family": "A", "name": "standard", "capacity": 1},
    "accessPolicies": [
      {"tenantId": "11111111-2222-3333-4444-555555555555",
       "objectId": "aaaaaaaa-0000-0000-0000-000000000001",
       "permissions": {"keys": ["encrypt", "WrapKey"], "secrets": ["Get", "list"],
                       "certificates": ["get", "list", "ManageContacts"]}},
      {"tenantId": "11111111-2222-3333-4444-555555555555",
       "objectId": "aaaaaaaa-0000-0000-0000-000000000002",
       "applicationId": "bbbbbbbb-0000-0000-0000-000000000003",
       "permissions": {"secrets": ["all"], "storage": []}}
    ],
    "vaultUri": "https://sample-vault.vault.azure.net/",
    "enabledForDeployment": true,
    "enableSoftDelete": true,
    "softDeleteRetentionInDays": 7,
    "enableRbacAuthorization": false,
    "enablePurgeProtection": true,
    "networkAcls": {"bypass": "AzureServices", "defaultAction": "Deny",
                    "ipRules": [{"value": "1.2.3.4/24"}], "virtualNetworkRules": []},
    "provisioningState": "Succeeded",
    "publicNetworkAccess": "Enabled"
  }
})";

AccessPolicyEntry entryWith(const char *permissionsJson) {
    AccessPolicyEntry entry;
    entry.permissions = Permissions::fromJson(objectFrom(permissionsJson));
    return entry;
}

} // namespace

void TestVaultAccessPolicy::permissionNamesMatchTheSpec() {
    QCOMPARE(
        Permission::allKeyPermissions(),
        split("all,encrypt,decrypt,wrapKey,unwrapKey,sign,verify,get,list,create,update,import,"
              "delete,backup,restore,recover,purge,release,rotate,getrotationpolicy,"
              "setrotationpolicy"));
    QCOMPARE(Permission::allSecretPermissions(),
             split("all,get,list,set,delete,backup,restore,recover,purge"));
    QCOMPARE(Permission::allCertificatePermissions(),
             split("all,get,list,delete,create,import,update,managecontacts,getissuers,listissuers,"
                   "setissuers,deleteissuers,manageissuers,recover,purge,backup,restore"));
    QCOMPARE(
        Permission::allStoragePermissions(),
        split("all,get,list,delete,set,update,regeneratekey,recover,purge,backup,restore,setsas,"
              "listsas,getsas,deletesas"));
    QCOMPARE(Permission::allKeyPermissions().size(), 21);
    QCOMPARE(Permission::allSecretPermissions().size(), 9);
    QCOMPARE(Permission::allCertificatePermissions().size(), 17);
    QCOMPARE(Permission::allStoragePermissions().size(), 15);
}

void TestVaultAccessPolicy::grantsIsCaseInsensitive() {
    const AccessPolicyEntry entry =
        entryWith(R"({"certificates": ["Get", "list", "ManageContacts"], "keys": ["WrapKey"]})");
    QVERIFY(entry.grants(QStringLiteral("certificates"), QStringLiteral("get")));
    QVERIFY(entry.grants(QStringLiteral("certificates"), QStringLiteral("LIST")));
    QVERIFY(entry.grants(QStringLiteral("Certificates"), QStringLiteral("managecontacts")));
    QVERIFY(entry.grants(QStringLiteral("keys"), QStringLiteral("wrapKey")));
    QVERIFY(!entry.grants(QStringLiteral("keys"), QStringLiteral("unwrapKey")));
    QVERIFY(!entry.grants(QStringLiteral("certificates"), QStringLiteral("delete")));
    QVERIFY(!entry.grants(QStringLiteral("certificates"), QStringLiteral("purge")));
}

void TestVaultAccessPolicy::allGrantsItsWholeCategory() {
    const AccessPolicyEntry entry = entryWith(R"({"secrets": ["All"], "certificates": ["get"]})");
    for (const QString &permission : Permission::allSecretPermissions())
        QVERIFY2(entry.grants(QStringLiteral("secrets"), permission), qPrintable(permission));
    QVERIFY(entry.grants(QStringLiteral("secrets"), QStringLiteral("PURGE")));
    QVERIFY(!entry.grants(QStringLiteral("secrets"),
                          QStringLiteral("encrypt"))); // not a secret permission
    QVERIFY(!entry.grants(QStringLiteral("certificates"),
                          QStringLiteral("list"))); // "all" stays in its category
    QVERIFY(!entry.grants(QStringLiteral("keys"), QStringLiteral("get")));
}

void TestVaultAccessPolicy::grantsNothingForAbsentOrUnknownCategories() {
    const AccessPolicyEntry entry = entryWith(R"({"keys": ["all"], "storage": []})");
    QVERIFY(!entry.grants(QStringLiteral("certificates"), QStringLiteral("get")));
    QVERIFY(!entry.grants(QStringLiteral("storage"), QStringLiteral("get")));
    QVERIFY(!entry.grants(QStringLiteral("blobs"), QStringLiteral("get")));
    QVERIFY(!entry.grants(QString(), QStringLiteral("all")));
    QVERIFY(entry.grants(QStringLiteral("KEYS"), QStringLiteral("getrotationpolicy")));
}

void TestVaultAccessPolicy::entryRoundTrips() {
    const char *text = R"({"tenantId": "t1", "objectId": "o1", "applicationId": "a1",
        "permissions": {"keys": [], "secrets": ["get"], "certificates": ["Get", "List"],
                        "storage": ["setsas"]}})";
    const AccessPolicyEntry entry = AccessPolicyEntry::fromJson(objectFrom(text));
    QCOMPARE(entry.tenantId, QStringLiteral("t1"));
    QCOMPARE(entry.objectId, QStringLiteral("o1"));
    QCOMPARE(entry.applicationId, std::optional<QString>(QStringLiteral("a1")));
    QCOMPARE(entry.permissions.keys, std::optional<QStringList>(QStringList()));
    QCOMPARE(entry.permissions.certificates,
             someStrings({QStringLiteral("Get"), QStringLiteral("List")})); // casing kept
    VAULT_COMPARE_JSON(entry.toJson(), objectFrom(text));
    const char *minimal =
        R"({"tenantId": "t", "objectId": "o", "permissions": {"secrets": ["get"]}})";
    VAULT_COMPARE_JSON(AccessPolicyEntry::fromJson(objectFrom(minimal)).toJson(),
                       objectFrom(minimal));
}

void TestVaultAccessPolicy::entryToleratesWrongTypes() {
    const AccessPolicyEntry entry = AccessPolicyEntry::fromJson(objectFrom(
        R"({"tenantId": 1, "objectId": null, "applicationId": [], "permissions": {"keys": "all",
            "secrets": ["get", 5]}})"));
    QVERIFY(entry.tenantId.isEmpty() && entry.objectId.isEmpty());
    QVERIFY(!entry.applicationId.has_value());
    QVERIFY(!entry.permissions.keys.has_value());
    QCOMPARE(entry.permissions.secrets, someStrings({QStringLiteral("get")}));
    QVERIFY(!entry.grants(QStringLiteral("keys"), QStringLiteral("get")));
    QCOMPARE(AccessPolicyEntry::fromJson(objectFrom(R"({"permissions": "all"})")).permissions,
             Permissions());
}

void TestVaultAccessPolicy::vaultParsesModelledMembers() {
    const VaultResource vault = VaultResource::fromJson(objectFrom(vaultText));
    QCOMPARE(vault.name, QStringLiteral("sample-vault"));
    QCOMPARE(vault.type, QStringLiteral("Microsoft.KeyVault/vaults"));
    QCOMPARE(vault.location, QStringLiteral("westus"));
    QCOMPARE(vault.tenantId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(vault.skuFamily, QStringLiteral("A"));
    QCOMPARE(vault.skuName, QStringLiteral("standard"));
    QCOMPARE(vault.vaultUri, QStringLiteral("https://sample-vault.vault.azure.net/"));
    QCOMPARE(vault.accessPolicies.size(), 2);
    QCOMPARE(vault.accessPolicies.at(1).applicationId,
             std::optional<QString>(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000003")));
    QVERIFY(vault.accessPolicies.at(0).grants(QStringLiteral("secrets"), QStringLiteral("get")));
    QVERIFY(vault.accessPolicies.at(1).grants(QStringLiteral("secrets"), QStringLiteral("purge")));
    QVERIFY(vault.enableSoftDelete);
    QCOMPARE(vault.softDeleteRetentionInDays, 7);
    QVERIFY(!vault.enableRbacAuthorization);
    QVERIFY(vault.enablePurgeProtection);
}

void TestVaultAccessPolicy::vaultKeepsEverythingElse() {
    const VaultResource vault = VaultResource::fromJson(objectFrom(vaultText));
    QCOMPARE(vault.extra.value(QLatin1String("tags")).toObject(), objectFrom(R"({"env": "test"})"));
    QVERIFY(vault.extra.contains(QLatin1String("systemData")));
    QCOMPARE(vault.extra.size(), 2);
    QCOMPARE(vault.extraProperties.value(QLatin1String("enabledForDeployment")).toBool(), true);
    QCOMPARE(vault.extraProperties.value(QLatin1String("networkAcls"))
                 .toObject()
                 .value(QLatin1String("defaultAction"))
                 .toString(),
             QStringLiteral("Deny"));
    QCOMPARE(vault.extraProperties.value(QLatin1String("sku")).toObject(),
             objectFrom(R"({"capacity": 1})"));
    QVERIFY(!vault.extraProperties.contains(QLatin1String("tenantId")));
    QVERIFY(!vault.extraProperties.contains(QLatin1String("accessPolicies")));
}

void TestVaultAccessPolicy::vaultRoundTrips() {
    const VaultResource vault = VaultResource::fromJson(objectFrom(vaultText));
    VAULT_COMPARE_JSON(vault.toJson(), objectFrom(vaultText));
    QCOMPARE(VaultResource::fromJson(vault.toJson()), vault);
}

void TestVaultAccessPolicy::vaultDefaultsMissingBooleans() {
    const VaultResource vault = VaultResource::fromJson(objectFrom(R"({"name": "v",
        "properties": {"tenantId": "t", "enableSoftDelete": "false", "softDeleteRetentionInDays": "7",
                       "accessPolicies": null}})"));
    QVERIFY(vault.enableSoftDelete);
    QCOMPARE(vault.softDeleteRetentionInDays, 90);
    QVERIFY(!vault.enableRbacAuthorization);
    QVERIFY(!vault.enablePurgeProtection);
    QVERIFY(vault.accessPolicies.isEmpty());
    QVERIFY(vault.extraProperties.isEmpty());
    const VaultResource empty = VaultResource::fromJson(objectFrom(R"({"properties": 3})"));
    QVERIFY(empty.enableSoftDelete);
    QCOMPARE(empty.softDeleteRetentionInDays, 90);
}

void TestVaultAccessPolicy::vaultNeverSendsPurgeProtectionFalse() {
    VaultResource vault;
    vault.tenantId = QStringLiteral("t");
    vault.skuFamily = QStringLiteral("A");
    vault.skuName = QStringLiteral("premium");
    const QJsonObject expected = objectFrom(R"({"properties": {"tenantId": "t",
        "sku": {"family": "A", "name": "premium"}, "accessPolicies": [], "enableSoftDelete": true,
        "softDeleteRetentionInDays": 90, "enableRbacAuthorization": false}})");
    VAULT_COMPARE_JSON(vault.toJson(), expected);
}

QTEST_GUILESS_MAIN(TestVaultAccessPolicy)
