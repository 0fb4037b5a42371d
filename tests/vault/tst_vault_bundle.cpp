// CertificateBundle, DeletedCertificateBundle, CertificateItem, list pages, SecretBundle, tags and
// identifiers: inline JSON, so these run without the recorded samples.

#include "tst_vault_bundle.h"

#include "certificate_bundle.h"
#include "certificate_item.h"
#include "json_support.h"
#include "secret_bundle.h"
#include "vault_test_support.h"

#include <QJsonArray>
#include <QTest>

using namespace certdeck::vault;
using certdeck::vault::test::objectFrom;

namespace {

const QByteArray derBytes = QByteArray::fromHex("3082010a0282010100c2c6688abb99669858fbe0bfffef");

QString standardBase64(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

// A bundle with unknown members at the top, in attributes, in policy and in "pending".
const char bundleWithUnknowns[] = R"({
  "id": "https://kv.vault.azure.net/certificates/web/0123456789abcdef0123456789abcdef",
  "kid": "https://kv.vault.azure.net/keys/web/0123456789abcdef0123456789abcdef",
  "sid": "https://kv.vault.azure.net/secrets/web/0123456789abcdef0123456789abcdef",
  "x5t": "abc_-def",
  "cer": "MIIBCgKCAQEAwsZoiruZZphY++/v",
  "contentType": "application/x-pkcs12",
  "attributes": {"enabled": true, "exp": 1744400312, "hsmPlatform": "2"},
  "tags": {"env": "prod", "owner": "ops"},
  "policy": {"issuer": {"name": "Self"}, "x509_props": {"basic_constraints": {"ca": false}}},
  "pending": {"id": "https://kv.vault.azure.net/certificates/web/pending", "kind": "create"},
  "preserveCertOrder": false,
  "managed": {"by": "someone"}
})";

} // namespace

void TestVaultBundle::bundleParsesModelledMembers() {
    const CertificateBundle bundle = CertificateBundle::fromJson(objectFrom(bundleWithUnknowns));
    QCOMPARE(bundle.name(), QStringLiteral("web"));
    QCOMPARE(bundle.version(), QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(
        bundle.kid,
        QStringLiteral("https://kv.vault.azure.net/keys/web/0123456789abcdef0123456789abcdef"));
    QCOMPARE(bundle.x5t, QStringLiteral("abc_-def")); // kept as sent
    QCOMPARE(bundle.cer, QByteArray::fromBase64("MIIBCgKCAQEAwsZoiruZZphY++/v"));
    QCOMPARE(bundle.cer.size(), 21);
    QCOMPARE(bundle.contentType, std::optional<QString>(QStringLiteral("application/x-pkcs12")));
    QCOMPARE(bundle.attributes.enabled, std::optional<bool>(true));
    QCOMPARE(bundle.attributes.expires, std::optional<qint64>(1744400312));
    QVERIFY(!bundle.attributes.notBefore.has_value());
    QCOMPARE(bundle.tags->value(QStringLiteral("owner")), QStringLiteral("ops"));
    QCOMPARE(bundle.tags->size(), 2);
    QCOMPARE(bundle.policy->issuer->name, std::optional<QString>(QStringLiteral("Self")));
    QCOMPARE(bundle.pendingId, std::optional<QString>(QStringLiteral(
                                   "https://kv.vault.azure.net/certificates/web/pending")));
}

void TestVaultBundle::bundleKeepsUnknownMembers() {
    const CertificateBundle bundle = CertificateBundle::fromJson(objectFrom(bundleWithUnknowns));
    const QJsonObject expected =
        objectFrom(R"({"preserveCertOrder": false, "managed": {"by": "someone"},
                                          "pending": {"kind": "create"}})");
    QCOMPARE(bundle.extra, expected);
    QCOMPARE(bundle.attributes.extra, objectFrom(R"({"hsmPlatform": "2"})"));
    QCOMPARE(bundle.policy->x509Properties->extra,
             objectFrom(R"({"basic_constraints": {"ca": false}})"));
}

void TestVaultBundle::bundleRoundTrips() {
    const CertificateBundle bundle = CertificateBundle::fromJson(objectFrom(bundleWithUnknowns));
    VAULT_COMPARE_JSON(bundle.toJson(), objectFrom(bundleWithUnknowns));
    QCOMPARE(CertificateBundle::fromJson(bundle.toJson()), bundle);
}

void TestVaultBundle::pendingBundleOmitsMissingMembers() {
    // While the first version is pending: no kid/sid/x5t/cer, disabled, and a pending object.
    const char *text =
        R"({"id": "https://kv.vault.azure.net/certificates/new/ffffffffffffffffffffffffffffffff",
        "attributes": {"enabled": false, "created": 1712864312, "updated": 1712864312},
        "pending": {"id": "https://kv.vault.azure.net/certificates/new/pending"}})";
    const CertificateBundle bundle = CertificateBundle::fromJson(objectFrom(text));
    QVERIFY(bundle.kid.isEmpty() && bundle.sid.isEmpty() && bundle.x5t.isEmpty());
    QVERIFY(bundle.cer.isEmpty());
    QVERIFY(!bundle.tags.has_value() && !bundle.policy.has_value());
    QVERIFY(bundle.extra.isEmpty());
    VAULT_COMPARE_JSON(bundle.toJson(), objectFrom(text));
}

void TestVaultBundle::bundleToleratesWrongTypes() {
    const CertificateBundle bundle = CertificateBundle::fromJson(objectFrom(R"({
        "id": 42, "kid": null, "x5t": ["a"], "cer": 12, "contentType": false,
        "attributes": "enabled", "tags": ["env", "prod"], "policy": "Self", "pending": "yes",
        "unknown": 1})"));
    QVERIFY(bundle.id.isEmpty() && bundle.kid.isEmpty() && bundle.x5t.isEmpty());
    QVERIFY(bundle.cer.isEmpty());
    QVERIFY(!bundle.contentType.has_value());
    QCOMPARE(bundle.attributes, CertificateAttributes());
    QVERIFY(!bundle.tags.has_value());
    QVERIFY(!bundle.policy.has_value());
    QVERIFY(!bundle.pendingId.has_value());
    QCOMPARE(bundle.extra, objectFrom(R"({"unknown": 1})"));
    // Not base64 at all: treated as absent rather than decoded into garbage.
    QVERIFY(CertificateBundle::fromJson(objectFrom(R"({"cer": "not base64 !"})")).cer.isEmpty());
}

void TestVaultBundle::cerAcceptsBothBase64Alphabets() {
    const QByteArray urlSafe =
        derBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QJsonObject json{{QLatin1String("cer"), QString::fromLatin1(urlSafe)}};
    const CertificateBundle bundle = CertificateBundle::fromJson(json);
    QCOMPARE(bundle.cer, derBytes);
    // Always written back as standard base64 with padding.
    QCOMPARE(bundle.toJson().value(QLatin1String("cer")).toString(), standardBase64(derBytes));
}

void TestVaultBundle::emptyPendingObjectSurvives() {
    const char *text = R"({"id": "https://kv.vault.azure.net/certificates/a/b", "attributes": {},
                           "pending": {}})";
    const CertificateBundle bundle = CertificateBundle::fromJson(objectFrom(text));
    QVERIFY(!bundle.pendingId.has_value());
    VAULT_COMPARE_JSON(bundle.toJson(), objectFrom(text));
}

void TestVaultBundle::deletedBundleWritesOneObject() {
    DeletedCertificateBundle deleted;
    deleted.bundle.id = QStringLiteral("https://kv.vault.azure.net/certificates/old/0123");
    deleted.bundle.cer = derBytes;
    deleted.bundle.tags = Tags{{QStringLiteral("a"), QStringLiteral("b")}};
    deleted.recoveryId = QStringLiteral("https://kv.vault.azure.net/deletedcertificates/old");
    deleted.deletedDate = 1712864332;
    deleted.scheduledPurgeDate = 1720640332;
    const QJsonObject json = deleted.toJson();
    QCOMPARE(json.value(QLatin1String("recoveryId")).toString(), *deleted.recoveryId);
    QCOMPARE(json.value(QLatin1String("deletedDate")).toInteger(), qint64(1712864332));
    QCOMPARE(json.value(QLatin1String("scheduledPurgeDate")).toInteger(), qint64(1720640332));
    QCOMPARE(json.value(QLatin1String("id")).toString(), deleted.bundle.id);
    QCOMPARE(json.value(QLatin1String("cer")).toString(), standardBase64(derBytes));
    QVERIFY(json.value(QLatin1String("attributes")).isObject());
    QVERIFY(!json.contains(QLatin1String("bundle")));
    const DeletedCertificateBundle back = DeletedCertificateBundle::fromJson(json);
    QCOMPARE(back, deleted);
    QVERIFY(back.bundle.extra.isEmpty());
}

void TestVaultBundle::deletedBundleWithoutSoftDelete() {
    const char *text = R"({"id": "https://kv.vault.azure.net/certificates/x/1", "attributes": {}})";
    const DeletedCertificateBundle deleted = DeletedCertificateBundle::fromJson(objectFrom(text));
    QVERIFY(!deleted.recoveryId && !deleted.deletedDate && !deleted.scheduledPurgeDate);
    QCOMPARE(deleted.bundle.name(), QStringLiteral("x"));
    VAULT_COMPARE_JSON(deleted.toJson(), objectFrom(text));
}

void TestVaultBundle::identifiers_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    const QString v = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString base = QStringLiteral("https://kv.vault.azure.net");
    QTest::newRow("versioned") << base + QStringLiteral("/certificates/web/") + v
                               << QStringLiteral("certificates") << QStringLiteral("web") << v;
    QTest::newRow("unversioned") << base + QStringLiteral("/certificates/web")
                                 << QStringLiteral("certificates") << QStringLiteral("web")
                                 << QString();
    QTest::newRow("trailing slash")
        << base + QStringLiteral("/certificates/web/") << QStringLiteral("certificates")
        << QStringLiteral("web") << QString();
    QTest::newRow("pending") << base + QStringLiteral("/certificates/web/pending")
                             << QStringLiteral("certificates") << QStringLiteral("web")
                             << QString();
    QTest::newRow("policy") << base + QStringLiteral("/certificates/web/policy")
                            << QStringLiteral("certificates") << QStringLiteral("web") << QString();
    QTest::newRow("deleted") << base + QStringLiteral("/deletedcertificates/web")
                             << QStringLiteral("deletedcertificates") << QStringLiteral("web")
                             << QString();
    QTest::newRow("port") << QStringLiteral("https://localhost:8443/keys/k1/") + v
                          << QStringLiteral("keys") << QStringLiteral("k1") << v;
    QTest::newRow("query ignored")
        << base + QStringLiteral("/secrets/s1/abc?api-version=7.5") << QStringLiteral("secrets")
        << QStringLiteral("s1") << QStringLiteral("abc");
    QTest::newRow("percent-encoded")
        << base + QStringLiteral("/certificates/a%2Db") << QStringLiteral("certificates")
        << QStringLiteral("a-b") << QString();
    QTest::newRow("no scheme") << QStringLiteral("/certificates/web/1") << QString() << QString()
                               << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
    QTest::newRow("garbage") << QStringLiteral("http://[::1") << QString() << QString()
                             << QString();
}

void TestVaultBundle::identifiers() {
    QFETCH(QString, id);
    QFETCH(QString, collection);
    QFETCH(QString, name);
    QFETCH(QString, version);
    const ObjectIdentifier parsed = ObjectIdentifier::parse(id);
    QCOMPARE(parsed.collection, collection);
    QCOMPARE(parsed.name, name);
    QCOMPARE(parsed.version, version);
    CertificateBundle bundle;
    bundle.id = id;
    QCOMPARE(bundle.name(), name);
    QCOMPARE(bundle.version(), version);
    CertificateItem item;
    item.id = id;
    QCOMPARE(item.name(), name);
    QCOMPARE(item.version(), version);
}

void TestVaultBundle::identifierVaultUrl() {
    QCOMPARE(ObjectIdentifier::parse(QStringLiteral("https://kv.vault.azure.net/certificates/a/b"))
                 .vaultUrl,
             QStringLiteral("https://kv.vault.azure.net"));
    QCOMPARE(
        ObjectIdentifier::parse(QStringLiteral("https://localhost:8443/certificates/a")).vaultUrl,
        QStringLiteral("https://localhost:8443"));
    QCOMPARE(ObjectIdentifier::parse(QStringLiteral("https://u:p@kv.example:443/keys/a")).vaultUrl,
             QStringLiteral("https://kv.example:443"));
    QVERIFY(ObjectIdentifier::parse(QStringLiteral("certificates/a/b")).vaultUrl.isEmpty());
}

void TestVaultBundle::tags() {
    QVERIFY(!tagsFromJson(QJsonValue()).has_value());
    QVERIFY(!tagsFromJson(QJsonValue(QJsonValue::Null)).has_value());
    QVERIFY(!tagsFromJson(QJsonValue(QStringLiteral("env=prod"))).has_value());
    QVERIFY(!tagsFromJson(QJsonArray{QStringLiteral("env")}).has_value());
    QCOMPARE(tagsFromJson(QJsonObject()), std::optional<Tags>(Tags()));
    const auto parsed = tagsFromJson(objectFrom(R"({"env": "prod", "n": 3, "Env": "test"})"));
    QCOMPARE(parsed, std::optional<Tags>(Tags{{QStringLiteral("env"), QStringLiteral("prod")},
                                              {QStringLiteral("Env"), QStringLiteral("test")}}));
    VAULT_COMPARE_JSON(tagsToJson(*parsed), objectFrom(R"({"env": "prod", "Env": "test"})"));
    VAULT_COMPARE_JSON(tagsToJson(Tags()), QJsonObject());
}

void TestVaultBundle::itemsAndDeletedItems() {
    const char *text = R"({"id": "https://kv.vault.azure.net/certificates/gone",
        "x5t": "WxQslvsKYLH0zmdu95MwqjYNNDM",
        "attributes": {"enabled": true, "recoveryLevel": "CustomizedRecoverable+Purgeable",
                       "recoverableDays": 7},
        "tags": {}, "subject": "", "recoveryId": "https://kv.vault.azure.net/deletedcertificates/gone",
        "deletedDate": 1775446451, "scheduledPurgeDate": 1776051251, "future": [1]})";
    const CertificateItem item = CertificateItem::fromJson(objectFrom(text));
    QCOMPARE(item.name(), QStringLiteral("gone"));
    QVERIFY(item.version().isEmpty());
    QCOMPARE(item.attributes.recoverableDays, std::optional<int>(7));
    QCOMPARE(item.subject, std::optional<QString>(QString()));
    QCOMPARE(item.tags, std::optional<Tags>(Tags()));
    QCOMPARE(*item.scheduledPurgeDate - *item.deletedDate, qint64(7) * 86400);
    QCOMPARE(item.extra, objectFrom(R"({"future": [1]})"));
    VAULT_COMPARE_JSON(item.toJson(), objectFrom(text));
}

void TestVaultBundle::listPageTolerance() {
    const auto page = certificateListFromJson(objectFrom(R"({"value": [
        {"id": "https://kv.vault.azure.net/certificates/a", "attributes": {}}, 3, "x", null,
        {"id": "https://kv.vault.azure.net/certificates/b", "attributes": {}}], "nextLink": 5})"));
    QCOMPARE(page.value.size(), 2);
    QCOMPARE(page.value.at(1).name(), QStringLiteral("b"));
    QVERIFY(page.nextLink.isEmpty());
    QVERIFY(certificateListFromJson(objectFrom(R"({"value": {}})")).value.isEmpty());
    QVERIFY(certificateListFromJson(QJsonObject()).value.isEmpty());
}

void TestVaultBundle::listPageWritesNullNextLinkOnLastPage() {
    ListPage<CertificateItem> page;
    VAULT_COMPARE_JSON(certificateListToJson(page),
                       objectFrom(R"({"value": [], "nextLink": null})"));
    page.nextLink = QStringLiteral("https://kv.vault.azure.net/certificates?$skiptoken=x");
    CertificateItem item;
    item.id = QStringLiteral("https://kv.vault.azure.net/certificates/a");
    page.value.append(item);
    const QJsonObject expected = objectFrom(R"({"value":
        [{"id": "https://kv.vault.azure.net/certificates/a", "attributes": {}}],
        "nextLink": "https://kv.vault.azure.net/certificates?$skiptoken=x"})");
    VAULT_COMPARE_JSON(certificateListToJson(page), expected);
}

void TestVaultBundle::secretBundleRoundTrips() {
    const char *text = R"({"id": "https://kv.vault.azure.net/secrets/web/0123",
        "value": "MIIKPAIBAzCCCfwGCSqGSIb3DQEHAaCCCe0Egg",
        "contentType": "application/x-pkcs12",
        "kid": "https://kv.vault.azure.net/keys/web/0123", "managed": true,
        "attributes": {"enabled": true, "exp": 1744400312, "recoveryLevel": "Recoverable+Purgeable"},
        "tags": {"a": "b"}, "preserveCertOrder": false})";
    const SecretBundle secret = SecretBundle::fromJson(objectFrom(text));
    QCOMPARE(secret.value, QStringLiteral("MIIKPAIBAzCCCfwGCSqGSIb3DQEHAaCCCe0Egg"));
    QCOMPARE(secret.managed, std::optional<bool>(true));
    QCOMPARE(secret.kid,
             std::optional<QString>(QStringLiteral("https://kv.vault.azure.net/keys/web/0123")));
    QCOMPARE(secret.attributes.expires, std::optional<qint64>(1744400312));
    QCOMPARE(secret.extra, objectFrom(R"({"preserveCertOrder": false})"));
    VAULT_COMPARE_JSON(secret.toJson(), objectFrom(text));
    const SecretBundle wrong =
        SecretBundle::fromJson(objectFrom(R"({"value": 1, "managed": "true"})"));
    QVERIFY(wrong.value.isEmpty());
    QVERIFY(!wrong.managed.has_value());
}

QTEST_GUILESS_MAIN(TestVaultBundle)
