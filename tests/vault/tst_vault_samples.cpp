// Every recorded response of the real service (shared/protocol/samples) parses into the right
// value type with the values the recording holds, and serialises back to an equal JSON object.

#include "tst_vault_samples.h"

#include "certificate_bundle.h"
#include "certificate_item.h"
#include "certificate_operation.h"
#include "json_support.h"
#include "service_error.h"
#include "vault_test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace certdeck::vault;
using certdeck::vault::test::samplesDirectory;

namespace {

const QRegularExpression versionPattern(QStringLiteral("^[0-9a-f]{32}$"));

QString str(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toInteger(-1);
}

QJsonObject obj(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toObject();
}

QStringList strings(const QJsonObject &json, const char *key) {
    QStringList list;
    for (const QJsonValue &value : json.value(QLatin1String(key)).toArray())
        list.append(value.toString());
    return list;
}

// Parses with the type the file name says and serialises again.
QJsonObject roundTrip(const QString &fileName, const QJsonObject &json) {
    const auto has = [&fileName](const char *part) {
        return fileName.contains(QLatin1String(part));
    };
    if (has("-error-"))
        return ServiceError::fromJson(json).toJson();
    if (has("-list-certificates-"))
        return certificateListToJson(certificateListFromJson(json));
    if (has("-certificate-operation-"))
        return CertificateOperation::fromJson(json).toJson();
    if (has("-deleted-bundle"))
        return DeletedCertificateBundle::fromJson(json).toJson();
    if (has("-certificate-bundle-"))
        return CertificateBundle::fromJson(json).toJson();
    return {};
}

} // namespace

void TestVaultSamples::initTestCase() {
    VAULT_REQUIRE_SAMPLES();
}

void TestVaultSamples::expectedSamplesArePresent() {
    const QStringList files =
        QDir(samplesDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, qPrintable(files.join(QLatin1Char(' '))));
    for (int number = 1; number <= 10; ++number) {
        const QString prefix = QStringLiteral("%1-").arg(number, 2, 10, QLatin1Char('0'));
        const bool found = std::any_of(files.begin(), files.end(), [&prefix](const QString &f) {
            return f.startsWith(prefix);
        });
        QVERIFY2(found, qPrintable(prefix));
    }
}

void TestVaultSamples::everySampleRoundTrips_data() {
    QTest::addColumn<QString>("fileName");
    const QStringList files =
        QDir(samplesDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestVaultSamples::everySampleRoundTrips() {
    QFETCH(QString, fileName);
    const auto loaded = certdeck::vault::test::loadSample(fileName);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
    const QJsonObject written = roundTrip(fileName, loaded.value());
    QVERIFY2(!written.isEmpty(), "no value type is mapped to this sample file name");
    VAULT_COMPARE_JSON(written, loaded.value());
}

static void checkAttributes(const CertificateAttributes &parsed, const QJsonObject &raw) {
    QCOMPARE(parsed.enabled, std::optional<bool>(raw.value(QLatin1String("enabled")).toBool()));
    QCOMPARE(parsed.notBefore, std::optional<qint64>(num(raw, "nbf")));
    QCOMPARE(parsed.expires, std::optional<qint64>(num(raw, "exp")));
    QCOMPARE(parsed.created, std::optional<qint64>(num(raw, "created")));
    QCOMPARE(parsed.updated, std::optional<qint64>(num(raw, "updated")));
    QVERIFY(*parsed.notBefore > 1'600'000'000); // epoch seconds, not milliseconds or strings
    QVERIFY(*parsed.expires > *parsed.notBefore);
}

static void checkRecordedCsr(const CertificateOperation &operation, const QJsonObject &raw) {
    QCOMPARE(operation.csr, QByteArray::fromBase64(str(raw, "csr").toLatin1()));
    QVERIFY(operation.csr.size() > 600);
    QCOMPARE(static_cast<unsigned char>(operation.csr.at(0)), 0x30); // DER SEQUENCE
}

void TestVaultSamples::createResponseIsInProgress() {
    VAULT_LOAD_SAMPLE(raw, "01-create-202-certificate-operation-inprogress.json");
    const CertificateOperation operation = CertificateOperation::fromJson(raw);
    QCOMPARE(operation.id, str(raw, "id"));
    QCOMPARE(operation.name(), QStringLiteral("CreateCertificate"));
    QVERIFY(operation.issuer.has_value());
    QCOMPARE(operation.issuer->name, std::optional<QString>(QStringLiteral("Self")));
    checkRecordedCsr(operation, raw);
    QCOMPARE(operation.cancellationRequested, std::optional<bool>(false));
    QCOMPARE(operation.status, QStringLiteral("inProgress"));
    QCOMPARE(operation.status, OperationStatus::InProgress);
    QVERIFY(!OperationStatus::isTerminal(operation.status));
    QCOMPARE(operation.statusDetails, std::optional<QString>(str(raw, "status_details")));
    QVERIFY(operation.statusDetails->startsWith(QLatin1String("Pending certificate created.")));
    QVERIFY(!operation.target.has_value());
    QVERIFY(!operation.error.has_value());
    QCOMPARE(operation.requestId, str(raw, "request_id"));
    QVERIFY(versionPattern.match(operation.requestId).hasMatch());
    QVERIFY(operation.extra.isEmpty());
}

void TestVaultSamples::completedOperationHasTarget() {
    VAULT_LOAD_SAMPLE(raw, "02-get-pending-certificate-operation-completed.json");
    const CertificateOperation operation = CertificateOperation::fromJson(raw);
    QCOMPARE(operation.name(), QStringLiteral("CreateCertificate"));
    QCOMPARE(operation.status, QStringLiteral("completed"));
    QCOMPARE(operation.status, OperationStatus::Completed);
    QVERIFY(OperationStatus::isTerminal(operation.status));
    QCOMPARE(operation.target, std::optional<QString>(str(raw, "target")));
    QCOMPARE(ObjectIdentifier::parse(*operation.target).name, QStringLiteral("CreateCertificate"));
    QVERIFY(ObjectIdentifier::parse(*operation.target).version.isEmpty());
    QVERIFY(!operation.statusDetails.has_value()); // dropped once completed
    checkRecordedCsr(operation, raw);
    QCOMPARE(operation.requestId, str(raw, "request_id"));
    QVERIFY(operation.extra.isEmpty());
}

static void checkRecordedPolicy(const CertificatePolicy &policy, const QJsonObject &raw) {
    QCOMPARE(policy.id, std::optional<QString>(str(raw, "id")));
    const QJsonObject keyRaw = obj(raw, "key_props");
    QVERIFY(policy.keyProperties.has_value());
    QCOMPARE(policy.keyProperties->exportable, std::optional<bool>(true));
    QCOMPARE(policy.keyProperties->keyType, std::optional<QString>(str(keyRaw, "kty")));
    QCOMPARE(policy.keyProperties->keySize, std::optional<int>(2048));
    QCOMPARE(policy.keyProperties->reuseKey, std::optional<bool>(false));
    QVERIFY(!policy.keyProperties->curve.has_value());
    QCOMPARE(policy.secretProperties->contentType,
             std::optional<QString>(QStringLiteral("application/x-pkcs12")));
    const QJsonObject x509Raw = obj(raw, "x509_props");
    const X509Properties &x509 = *policy.x509Properties;
    QCOMPARE(x509.subject, std::optional<QString>(str(x509Raw, "subject")));
    QCOMPARE(x509.extendedKeyUsages, std::optional<QStringList>(QStringList())); // present, empty
    QVERIFY(!x509.sans.has_value());
    QCOMPARE(x509.keyUsage, std::optional<QStringList>(strings(x509Raw, "key_usage")));
    QCOMPARE(x509.keyUsage->size(), 2);
    QCOMPARE(x509.validityMonths, std::optional<int>(12));
    QCOMPARE(x509.extra.value(QLatin1String("basic_constraints")).toObject(),
             obj(x509Raw, "basic_constraints")); // undocumented, kept
    QCOMPARE(policy.lifetimeActions->size(), 1);
    QCOMPARE(policy.lifetimeActions->at(0).lifetimePercentage, std::optional<int>(80));
    QCOMPARE(policy.lifetimeActions->at(0).actionType, QStringLiteral("AutoRenew"));
    QCOMPARE(policy.issuer->name, std::optional<QString>(QStringLiteral("Self")));
    QCOMPARE(policy.attributes->created,
             std::optional<qint64>(num(obj(raw, "attributes"), "created")));
    QVERIFY(policy.extra.isEmpty());
}

static void checkRecordedBundle(const CertificateBundle &bundle, const QJsonObject &raw) {
    QCOMPARE(bundle.id, str(raw, "id"));
    QCOMPARE(bundle.kid, str(raw, "kid"));
    QCOMPARE(bundle.sid, str(raw, "sid"));
    QCOMPARE(bundle.name(), QStringLiteral("CreateCertificate"));
    QVERIFY(versionPattern.match(bundle.version()).hasMatch());
    QVERIFY(bundle.id.endsWith(bundle.version()));
    QCOMPARE(ObjectIdentifier::parse(bundle.kid).collection, QStringLiteral("keys"));
    QCOMPARE(ObjectIdentifier::parse(bundle.sid).version, bundle.version());
    QCOMPARE(bundle.x5t, str(raw, "x5t"));
    QCOMPARE(bundle.x5t, QStringLiteral("vmdW8JiD95U2SLFA0TT2ar1ze94"));
    QCOMPARE(bundle.cer, QByteArray::fromBase64(str(raw, "cer").toLatin1()));
    const QByteArray thumbprint = QCryptographicHash::hash(bundle.cer, QCryptographicHash::Sha1);
    QCOMPARE(QString::fromLatin1(thumbprint.toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals)),
             bundle.x5t);
    QVERIFY(!bundle.contentType.has_value());
    checkAttributes(bundle.attributes, obj(raw, "attributes"));
    QCOMPARE(bundle.attributes.recoveryLevel,
             std::optional<QString>(QStringLiteral("Recoverable+Purgeable")));
    QCOMPARE(bundle.attributes.recoverableDays, std::optional<int>(90));
    QCOMPARE(bundle.tags, std::optional<Tags>(Tags())); // "tags": {} is present and empty
    QVERIFY(bundle.policy.has_value());
    checkRecordedPolicy(*bundle.policy, obj(raw, "policy"));
    QCOMPARE(bundle.pendingId, std::optional<QString>(str(obj(raw, "pending"), "id")));
    QVERIFY(bundle.pendingId->endsWith(QLatin1String("/certificates/CreateCertificate/pending")));
    QVERIFY(bundle.extra.isEmpty());
}

void TestVaultSamples::completedBundle() {
    VAULT_LOAD_SAMPLE(raw, "03-get-certificate-bundle-completed.json");
    const CertificateBundle bundle = CertificateBundle::fromJson(raw);
    checkRecordedBundle(bundle, raw);
    QVERIFY(bundle.attributes.enabled.value_or(false));
}

void TestVaultSamples::deletedBundle() {
    VAULT_LOAD_SAMPLE(raw, "04-delete-certificate-deleted-bundle.json");
    const DeletedCertificateBundle deleted = DeletedCertificateBundle::fromJson(raw);
    QCOMPARE(deleted.recoveryId, std::optional<QString>(str(raw, "recoveryId")));
    QCOMPARE(deleted.deletedDate, std::optional<qint64>(num(raw, "deletedDate")));
    QCOMPARE(deleted.scheduledPurgeDate, std::optional<qint64>(num(raw, "scheduledPurgeDate")));
    QCOMPARE(*deleted.scheduledPurgeDate - *deleted.deletedDate, qint64(90) * 86400);
    const ObjectIdentifier recovery = ObjectIdentifier::parse(*deleted.recoveryId);
    QCOMPARE(recovery.collection, QStringLiteral("deletedcertificates"));
    QCOMPARE(recovery.name, QStringLiteral("CreateCertificate"));
    QCOMPARE(recovery.vaultUrl, QStringLiteral("https://redacted.vault.azure.net"));
    checkRecordedBundle(deleted.bundle, raw);
    QVERIFY(!deleted.bundle.extra.contains(QLatin1String("recoveryId")));
}

void TestVaultSamples::listPageWithNextLink() {
    VAULT_LOAD_SAMPLE(raw, "05-list-certificates-page-with-nextlink.json");
    const ListPage<CertificateItem> page = certificateListFromJson(raw);
    const QJsonArray rawItems = raw.value(QLatin1String("value")).toArray();
    QCOMPARE(page.value.size(), 25);
    QCOMPARE(page.value.size(), rawItems.size());
    QVERIFY(!page.nextLink.isEmpty());
    QCOMPARE(page.nextLink, str(raw, "nextLink"));
    QVERIFY(page.nextLink.contains(QLatin1String(":443/certificates?")));
    int withoutThumbprint = 0;
    for (qsizetype i = 0; i < page.value.size(); ++i) {
        const CertificateItem &item = page.value.at(i);
        const QJsonObject rawItem = rawItems.at(i).toObject();
        QCOMPARE(item.id, str(rawItem, "id"));
        QCOMPARE(item.name(), item.id.section(QLatin1Char('/'), -1));
        QVERIFY(item.version().isEmpty()); // list items carry unversioned ids
        QCOMPARE(item.x5t, str(rawItem, "x5t"));
        QCOMPARE(item.subject, std::optional<QString>(QString())); // "subject": "" is kept
        QVERIFY(!item.tags.has_value());
        checkAttributes(item.attributes, obj(rawItem, "attributes"));
        QVERIFY(!item.attributes.recoveryLevel.has_value());
        if (item.x5t.isEmpty()) {
            ++withoutThumbprint; // never-completed certificates: no x5t and disabled
            QCOMPARE(item.attributes.enabled, std::optional<bool>(false));
        }
        QVERIFY(item.extra.isEmpty());
    }
    QCOMPARE(withoutThumbprint, 3);
    QCOMPARE(page.value.first().x5t, QStringLiteral("WxQslvsKYLH0zmdu95MwqjYNNDM"));
    QCOMPARE(page.value.last().name(), QStringLiteral("testcert0289221e2d5"));
}

void TestVaultSamples::emptyLastPage() {
    VAULT_LOAD_SAMPLE(raw, "06-list-certificates-last-page-empty.json");
    QVERIFY(raw.value(QLatin1String("nextLink")).isNull());
    const ListPage<CertificateItem> page = certificateListFromJson(raw);
    QVERIFY(page.value.isEmpty());
    QVERIFY(page.nextLink.isEmpty());
    const QJsonObject written = certificateListToJson(page);
    QVERIFY(written.value(QLatin1String("nextLink")).isNull());
    QCOMPARE(written.value(QLatin1String("value")).toArray().size(), 0);
}

void TestVaultSamples::errorSamples_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("innerCodes");
    QTest::newRow("409") << QStringLiteral("07-error-409-conflict-certificate-being-deleted.json")
                         << QStringLiteral("Conflict")
                         << QStringList{QStringLiteral("ObjectIsBeingDeleted")};
    QTest::newRow("404") << QStringLiteral("08-error-404-pending-certificate-not-found.json")
                         << QStringLiteral("PendingCertificateNotFound") << QStringList();
    QTest::newRow("401") << QStringLiteral("09-error-401-unauthorized-challenge.json")
                         << QStringLiteral("Unauthorized") << QStringList();
    QTest::newRow("400") << QStringLiteral("10-error-400-malformed-backup-blob.json")
                         << QStringLiteral("Malformed backup blob") << QStringList();
}

void TestVaultSamples::errorSamples() {
    QFETCH(QString, fileName);
    QFETCH(QString, code);
    QFETCH(QStringList, innerCodes);
    const auto loaded = certdeck::vault::test::loadSample(fileName);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
    const QJsonObject inner = obj(loaded.value(), "error");
    const ServiceError error = ServiceError::fromJson(loaded.value());
    QCOMPARE(error.code, code);
    QCOMPARE(error.code, str(inner, "code"));
    QCOMPARE(error.message, str(inner, "message"));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.innerCodes, innerCodes);
    QCOMPARE(ServiceError::fromJson(inner), error); // the inner object alone parses the same
    VAULT_COMPARE_JSON(error.toErrorObject(), inner);
}

QTEST_GUILESS_MAIN(TestVaultSamples)
