// CertificatePolicy and its nested objects: wire names, tolerance, round trips, PATCH merge.

#include "tst_vault_policy.h"

#include "certificate_policy.h"
#include "vault_test_support.h"

#include <QJsonArray>
#include <QTest>

using namespace certdeck::vault;
using certdeck::vault::test::objectFrom;
using certdeck::vault::test::someStrings;

namespace {

// Every modelled member, plus an unknown member at every nesting level that has an `extra`.
const char fullPolicy[] = R"({
  "id": "https://kv.vault.azure.net/certificates/web/policy",
  "key_props": {"exportable": false, "kty": "EC", "key_size": 256, "crv": "P-256",
                "reuse_key": true, "hsm_pool": "pool-1"},
  "secret_props": {"contentType": "application/x-pem-file", "encoding": "utf-8"},
  "x509_props": {
    "subject": "CN=web.example.com",
    "ekus": ["1.3.6.1.5.5.7.3.1"],
    "sans": {"emails": ["ops@example.com"], "dns_names": ["web.example.com", "www.example.com"],
             "upns": [], "ip_addresses": ["10.0.0.1"]},
    "key_usage": ["digitalSignature"],
    "validity_months": 6,
    "basic_constraints": {"ca": false}
  },
  "lifetime_actions": [
    {"trigger": {"lifetime_percentage": 75}, "action": {"action_type": "AutoRenew"}},
    {"trigger": {"days_before_expiry": 14}, "action": {"action_type": "EmailContacts"}}
  ],
  "issuer": {"name": "DigiCertIssuer", "cty": "OV-SSL", "cert_transparency": true,
             "issuer_hint": 3},
  "attributes": {"enabled": true, "created": 1712864311, "updated": 1712864399, "flavour": "x"},
  "policy_generation": 7
})";

CertificatePolicy parsed(const char *text) {
    return CertificatePolicy::fromJson(objectFrom(text));
}

} // namespace

void TestVaultPolicy::parsesEveryModelledMember() {
    const CertificatePolicy policy = parsed(fullPolicy);
    QCOMPARE(policy.id, std::optional<QString>(
                            QStringLiteral("https://kv.vault.azure.net/certificates/web/policy")));
    const KeyProperties &key = *policy.keyProperties;
    QCOMPARE(key.exportable, std::optional<bool>(false));
    QCOMPARE(key.keyType, std::optional<QString>(QStringLiteral("EC")));
    QCOMPARE(key.keySize, std::optional<int>(256));
    QCOMPARE(key.curve, std::optional<QString>(QStringLiteral("P-256")));
    QCOMPARE(key.reuseKey, std::optional<bool>(true));
    QCOMPARE(policy.secretProperties->contentType,
             std::optional<QString>(QStringLiteral("application/x-pem-file")));
    const X509Properties &x509 = *policy.x509Properties;
    QCOMPARE(x509.subject, std::optional<QString>(QStringLiteral("CN=web.example.com")));
    QCOMPARE(x509.extendedKeyUsages, someStrings({QStringLiteral("1.3.6.1.5.5.7.3.1")}));
    QCOMPARE(x509.sans->emails, someStrings({QStringLiteral("ops@example.com")}));
    QCOMPARE(x509.sans->dnsNames->size(), 2);
    QCOMPARE(x509.sans->dnsNames->at(1), QStringLiteral("www.example.com"));
    QCOMPARE(x509.sans->upns, std::optional<QStringList>(QStringList()));
    QCOMPARE(x509.keyUsage, someStrings({QStringLiteral("digitalSignature")}));
    QCOMPARE(x509.validityMonths, std::optional<int>(6));
    QCOMPARE(policy.lifetimeActions->size(), 2);
    QCOMPARE(policy.lifetimeActions->at(0).lifetimePercentage, std::optional<int>(75));
    QVERIFY(!policy.lifetimeActions->at(0).daysBeforeExpiry.has_value());
    QCOMPARE(policy.lifetimeActions->at(1).daysBeforeExpiry, std::optional<int>(14));
    QCOMPARE(policy.lifetimeActions->at(1).actionType, QStringLiteral("EmailContacts"));
    QCOMPARE(policy.issuer->name, std::optional<QString>(QStringLiteral("DigiCertIssuer")));
    QCOMPARE(policy.issuer->certificateType, std::optional<QString>(QStringLiteral("OV-SSL")));
    QCOMPARE(policy.issuer->certificateTransparency, std::optional<bool>(true));
    QCOMPARE(policy.attributes->enabled, std::optional<bool>(true));
    QCOMPARE(policy.attributes->updated, std::optional<qint64>(1712864399));
}

void TestVaultPolicy::keepsUnknownMembersAtEveryLevel() {
    const CertificatePolicy policy = parsed(fullPolicy);
    QCOMPARE(policy.extra, objectFrom(R"({"policy_generation": 7})"));
    QCOMPARE(policy.keyProperties->extra, objectFrom(R"({"hsm_pool": "pool-1"})"));
    QCOMPARE(policy.secretProperties->extra, objectFrom(R"({"encoding": "utf-8"})"));
    QCOMPARE(policy.x509Properties->extra, objectFrom(R"({"basic_constraints": {"ca": false}})"));
    QCOMPARE(policy.x509Properties->sans->extra, objectFrom(R"({"ip_addresses": ["10.0.0.1"]})"));
    QCOMPARE(policy.issuer->extra, objectFrom(R"({"issuer_hint": 3})"));
    QCOMPARE(policy.attributes->extra, objectFrom(R"({"flavour": "x"})"));
}

void TestVaultPolicy::roundTripsFullPolicy() {
    VAULT_COMPARE_JSON(parsed(fullPolicy).toJson(), objectFrom(fullPolicy));
    QCOMPARE(CertificatePolicy::fromJson(parsed(fullPolicy).toJson()), parsed(fullPolicy));
}

void TestVaultPolicy::keepsPresentButEmptyMembers() {
    // What the JS SDK sends on create: empty objects and lists must survive.
    const char *text = R"({"key_props": {}, "secret_props": {},
        "x509_props": {"subject": "cn=MyCert", "sans": {}, "ekus": []},
        "lifetime_actions": [], "issuer": {"name": "Self"}, "attributes": {}})";
    const CertificatePolicy policy = parsed(text);
    QVERIFY(policy.keyProperties.has_value());
    QVERIFY(policy.x509Properties->sans.has_value());
    QVERIFY(policy.x509Properties->extendedKeyUsages->isEmpty());
    QVERIFY(policy.lifetimeActions->isEmpty());
    VAULT_COMPARE_JSON(policy.toJson(), objectFrom(text));
}

void TestVaultPolicy::omitsAbsentMembers() {
    CertificatePolicy policy;
    policy.issuer = IssuerParameters{};
    policy.issuer->name = QStringLiteral("Unknown");
    VAULT_COMPARE_JSON(policy.toJson(), objectFrom(R"({"issuer": {"name": "Unknown"}})"));
    VAULT_COMPARE_JSON(CertificatePolicy().toJson(), QJsonObject());
}

void TestVaultPolicy::toleratesWrongTypes() {
    const CertificatePolicy policy = parsed(R"({
        "id": 12,
        "key_props": {"exportable": "yes", "kty": ["RSA"], "key_size": "2048", "reuse_key": null},
        "secret_props": "application/x-pkcs12",
        "x509_props": {"subject": {"cn": "x"}, "ekus": "1.2.3", "sans": [], "key_usage": 5,
                       "validity_months": true},
        "lifetime_actions": {"trigger": {}},
        "issuer": {"name": "Self", "cert_transparency": "true"},
        "attributes": [1, 2]
    })");
    QVERIFY(!policy.id.has_value());
    QVERIFY(policy.keyProperties.has_value());
    QVERIFY(!policy.keyProperties->exportable.has_value());
    QVERIFY(!policy.keyProperties->keyType.has_value());
    QVERIFY(!policy.keyProperties->keySize.has_value());
    QVERIFY(!policy.keyProperties->reuseKey.has_value());
    QVERIFY(policy.keyProperties->extra.isEmpty()); // wrong-typed known members are not "unknown"
    QVERIFY(!policy.secretProperties.has_value());
    const X509Properties &x509 = *policy.x509Properties;
    QVERIFY(!x509.subject && !x509.extendedKeyUsages && !x509.sans && !x509.keyUsage);
    QVERIFY(!x509.validityMonths.has_value());
    QVERIFY(!policy.lifetimeActions.has_value());
    QCOMPARE(policy.issuer->name, std::optional<QString>(QStringLiteral("Self")));
    QVERIFY(!policy.issuer->certificateTransparency.has_value());
    QVERIFY(!policy.attributes.has_value());
    QVERIFY(policy.extra.isEmpty());
    // Non-string list elements are skipped, the rest is kept.
    const X509Properties mixed = X509Properties::fromJson(
        objectFrom(R"({"key_usage": ["cRLSign", 7, null, "keyCertSign"]})"));
    QCOMPARE(mixed.keyUsage,
             someStrings({QStringLiteral("cRLSign"), QStringLiteral("keyCertSign")}));
}

void TestVaultPolicy::acceptsDoublesForIntegers() {
    const CertificatePolicy policy = parsed(R"({"key_props": {"key_size": 4096.0},
        "x509_props": {"validity_months": 1.2e1},
        "attributes": {"created": 1712864311.75, "updated": 1.712864312e9}})");
    QCOMPARE(policy.keyProperties->keySize, std::optional<int>(4096));
    QCOMPARE(policy.x509Properties->validityMonths, std::optional<int>(12));
    QCOMPARE(policy.attributes->created, std::optional<qint64>(1712864311));
    QCOMPARE(policy.attributes->updated, std::optional<qint64>(1712864312));
    const QJsonValue written = policy.toJson()
                                   .value(QLatin1String("key_props"))
                                   .toObject()
                                   .value(QLatin1String("key_size"));
    QCOMPARE(written.toInteger(), qint64(4096));
}

void TestVaultPolicy::lifetimeActionWireShape() {
    LifetimeAction action;
    action.daysBeforeExpiry = 30;
    action.actionType = QStringLiteral("EmailContacts");
    const QJsonObject expected = objectFrom(R"({"trigger": {"days_before_expiry": 30},
                                                       "action": {"action_type": "EmailContacts"}})");
    VAULT_COMPARE_JSON(action.toJson(), expected);
    const LifetimeAction broken = LifetimeAction::fromJson(objectFrom(R"({"trigger": 80,
                                                       "action": {"action_type": 1}})"));
    QVERIFY(!broken.lifetimePercentage && !broken.daysBeforeExpiry);
    QVERIFY(broken.actionType.isEmpty());
}

void TestVaultPolicy::mergeReplacesMembersPresentInPatch() {
    const CertificatePolicy patch = parsed(R"({
        "key_props": {"key_size": 384, "crv": "P-384"},
        "secret_props": {"contentType": "application/x-pkcs12"},
        "x509_props": {"subject": "CN=new", "sans": {"dns_names": ["new.example.com"]}},
        "issuer": {"cty": "EV-SSL"},
        "attributes": {"enabled": false}})");
    const CertificatePolicy merged = parsed(fullPolicy).mergedWith(patch);
    QCOMPARE(merged.keyProperties->keySize, std::optional<int>(384));
    QCOMPARE(merged.keyProperties->curve, std::optional<QString>(QStringLiteral("P-384")));
    QCOMPARE(merged.secretProperties->contentType,
             std::optional<QString>(QStringLiteral("application/x-pkcs12")));
    QCOMPARE(merged.x509Properties->subject, std::optional<QString>(QStringLiteral("CN=new")));
    QCOMPARE(merged.x509Properties->sans->dnsNames,
             someStrings({QStringLiteral("new.example.com")}));
    QCOMPARE(merged.issuer->certificateType, std::optional<QString>(QStringLiteral("EV-SSL")));
    QCOMPARE(merged.attributes->enabled, std::optional<bool>(false));
}

void TestVaultPolicy::mergeKeepsMembersAbsentFromPatch() {
    const CertificatePolicy base = parsed(fullPolicy);
    const CertificatePolicy merged = base.mergedWith(parsed(R"({"key_props": {"key_size": 384},
        "x509_props": {"sans": {"dns_names": []}}, "issuer": {"cty": "EV-SSL"}})"));
    QCOMPARE(merged.id, base.id);
    QCOMPARE(merged.keyProperties->keyType, std::optional<QString>(QStringLiteral("EC")));
    QCOMPARE(merged.keyProperties->exportable, std::optional<bool>(false));
    QCOMPARE(merged.keyProperties->reuseKey, std::optional<bool>(true));
    QCOMPARE(merged.keyProperties->extra, base.keyProperties->extra);
    QCOMPARE(merged.secretProperties, base.secretProperties);
    QCOMPARE(merged.x509Properties->subject, base.x509Properties->subject);
    QCOMPARE(merged.x509Properties->keyUsage, base.x509Properties->keyUsage);
    QCOMPARE(merged.x509Properties->sans->emails, base.x509Properties->sans->emails);
    QCOMPARE(merged.x509Properties->sans->dnsNames, std::optional<QStringList>(QStringList()));
    QCOMPARE(merged.issuer->name, std::optional<QString>(QStringLiteral("DigiCertIssuer")));
    QCOMPARE(merged.issuer->certificateTransparency, std::optional<bool>(true));
    QCOMPARE(merged.lifetimeActions, base.lifetimeActions);
    QCOMPARE(merged.attributes, base.attributes);
    QCOMPARE(base.mergedWith(CertificatePolicy()), base); // an empty patch changes nothing
}

void TestVaultPolicy::mergeReplacesListsWhole() {
    const CertificatePolicy base = parsed(fullPolicy);
    const CertificatePolicy merged = base.mergedWith(parsed(R"({
        "x509_props": {"ekus": [], "key_usage": ["keyEncipherment", "dataEncipherment"]},
        "lifetime_actions": [{"trigger": {"lifetime_percentage": 90},
                              "action": {"action_type": "EmailContacts"}}]})"));
    QCOMPARE(merged.x509Properties->extendedKeyUsages, std::optional<QStringList>(QStringList()));
    QCOMPARE(merged.x509Properties->keyUsage,
             someStrings({QStringLiteral("keyEncipherment"), QStringLiteral("dataEncipherment")}));
    QCOMPARE(merged.lifetimeActions->size(), 1);
    QCOMPARE(merged.lifetimeActions->at(0).lifetimePercentage, std::optional<int>(90));
    QCOMPARE(merged.lifetimeActions->at(0).actionType, QStringLiteral("EmailContacts"));
}

void TestVaultPolicy::mergeMergesExtrasMemberByMember() {
    const CertificatePolicy merged = parsed(fullPolicy).mergedWith(parsed(R"({
        "x509_props": {"basic_constraints": {"path_len": 0}},
        "policy_generation": 8, "preserveCertOrder": true})"));
    QCOMPARE(merged.x509Properties->extra,
             objectFrom(R"({"basic_constraints": {"ca": false, "path_len": 0}})"));
    QCOMPARE(merged.extra, objectFrom(R"({"policy_generation": 8, "preserveCertOrder": true})"));
}

void TestVaultPolicy::mergeIntoMissingNestedTakesPatch() {
    const CertificatePolicy base = parsed(R"({"issuer": {"name": "Self"}})");
    const CertificatePolicy patch = parsed(R"({"key_props": {"kty": "RSA", "key_size": 3072},
        "x509_props": {"sans": {"upns": ["a@b"]}}})");
    const CertificatePolicy merged = base.mergedWith(patch);
    QCOMPARE(merged.keyProperties, patch.keyProperties);
    QCOMPARE(merged.x509Properties, patch.x509Properties);
    QCOMPARE(merged.issuer, base.issuer);
    const QJsonObject expected = objectFrom(R"({"issuer": {"name": "Self"},
        "key_props": {"kty": "RSA", "key_size": 3072}, "x509_props": {"sans": {"upns": ["a@b"]}}})");
    VAULT_COMPARE_JSON(merged.toJson(), expected);
}

QTEST_GUILESS_MAIN(TestVaultPolicy)
