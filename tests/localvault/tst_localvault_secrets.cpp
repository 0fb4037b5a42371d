// GET /secrets/{name}[/{version}]: the certificate's key and certificate as PFX or PEM, with the
// access-policy and exportability checks.
#include "local_vault_fixture.h"

#include "certificate_reader.h"
#include "pkcs12.h"

#include <QJsonArray>
#include <QTest>

using namespace certdeck;

class TestLocalVaultSecrets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pfxSecretReadsWithEmptyPassword();
    void pemSecretHoldsCertificateAndKey();
    void versionedSecret();
    void readerIsForbidden();
    void nonExportableKeyIsForbidden();
    void unknownSecretIsNotFound();

private:
    HttpResult importPfx(const QString &name, const lvtest::KeyAndCertificate &material,
                         const QJsonObject &policy = {});

    std::unique_ptr<LocalVaultFixture> m_fixture;
    lvtest::KeyAndCertificate m_material;
};

void TestLocalVaultSecrets::initTestCase() {
    m_fixture = std::make_unique<LocalVaultFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_material = lvtest::makeSelfSigned(QStringLiteral("CN=secret.contoso.com"));
}

void TestLocalVaultSecrets::cleanupTestCase() {
    m_fixture.reset();
}

HttpResult TestLocalVaultSecrets::importPfx(const QString &name,
                                            const lvtest::KeyAndCertificate &material,
                                            const QJsonObject &policy) {
    QJsonObject body{{QStringLiteral("value"), lvtest::pfxBase64(material, "import-password")},
                     {QStringLiteral("pwd"), QStringLiteral("import-password")}};
    if (!policy.isEmpty())
        body.insert(QStringLiteral("policy"), policy);
    return m_fixture->request("POST", QStringLiteral("/certificates/%1/import").arg(name), body);
}

void TestLocalVaultSecrets::pfxSecretReadsWithEmptyPassword() {
    const HttpResult imported = importPfx(QStringLiteral("pfx-secret"), m_material);
    QCOMPARE(imported.status, 200);
    const QString version =
        imported.json.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1);

    const HttpResult secret = m_fixture->request("GET", QStringLiteral("/secrets/pfx-secret"));
    QCOMPARE(secret.status, 200);
    QCOMPARE(secret.json.value(QStringLiteral("contentType")).toString(),
             QStringLiteral("application/x-pkcs12"));
    QCOMPARE(secret.json.value(QStringLiteral("id")).toString(),
             m_fixture->vaultUrl() + QStringLiteral("/secrets/pfx-secret/") + version);
    QCOMPARE(secret.json.value(QStringLiteral("kid")).toString(),
             m_fixture->vaultUrl() + QStringLiteral("/keys/pfx-secret/") + version);
    QCOMPARE(secret.json.value(QStringLiteral("managed")).toBool(false), true);
    QCOMPARE(imported.json.value(QStringLiteral("sid")).toString(),
             secret.json.value(QStringLiteral("id")).toString());

    const QByteArray pfx =
        QByteArray::fromBase64(secret.json.value(QStringLiteral("value")).toString().toLatin1(),
                               QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(!pfx.isEmpty());
    auto bundle = crypto::readPkcs12(pfx, QByteArray());
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
    QCOMPARE(bundle->certificate.der(), m_material.certificate.der());
    QVERIFY(bundle->certificate.matches(bundle->key));
    QVERIFY(m_material.certificate.matches(bundle->key));
    QCOMPARE(bundle->key.publicKeyDer(), m_material.key.publicKeyDer());
    QCOMPARE(bundle->key.toPkcs8Der(), m_material.key.toPkcs8Der());
}

void TestLocalVaultSecrets::pemSecretHoldsCertificateAndKey() {
    const QJsonObject policy{
        {QStringLiteral("secret_props"),
         QJsonObject{{QStringLiteral("contentType"), QStringLiteral("application/x-pem-file")}}}};
    const HttpResult imported =
        m_fixture->request("POST", QStringLiteral("/certificates/pem-secret/import"),
                           QJsonObject{{QStringLiteral("value"), lvtest::pemText(m_material)},
                                       {QStringLiteral("policy"), policy}});
    QCOMPARE(imported.status, 200);

    const HttpResult secret = m_fixture->request("GET", QStringLiteral("/secrets/pem-secret"));
    QCOMPARE(secret.status, 200);
    QCOMPARE(secret.json.value(QStringLiteral("contentType")).toString(),
             QStringLiteral("application/x-pem-file"));
    const QByteArray pem = secret.json.value(QStringLiteral("value")).toString().toLatin1();
    QVERIFY(pem.contains("-----BEGIN CERTIFICATE-----"));
    QVERIFY(pem.contains("-----BEGIN PRIVATE KEY-----"));
    auto read = crypto::readPem(pem);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(read->certificates.size(), 1);
    QCOMPARE(read->certificates.first().der(), m_material.certificate.der());
    QVERIFY(read->key.has_value());
    QVERIFY(m_material.certificate.matches(*read->key));
    QCOMPARE(read->key->publicKeyDer(), m_material.key.publicKeyDer());

    // A PFX-imported certificate switched to PEM by a policy update serves PEM from then on.
    QCOMPARE(importPfx(QStringLiteral("switched"), m_material).status, 200);
    QCOMPARE(
        m_fixture->request("PATCH", QStringLiteral("/certificates/switched/policy"), policy).status,
        200);
    const HttpResult switched = m_fixture->request("GET", QStringLiteral("/secrets/switched"));
    QCOMPARE(switched.status, 200);
    QCOMPARE(switched.json.value(QStringLiteral("contentType")).toString(),
             QStringLiteral("application/x-pem-file"));
    QVERIFY(switched.json.value(QStringLiteral("value"))
                .toString()
                .contains(QLatin1String("BEGIN PRIVATE KEY")));
}

void TestLocalVaultSecrets::versionedSecret() {
    lvtest::KeyAndCertificate renewed =
        lvtest::makeSelfSigned(QStringLiteral("CN=renewed.contoso.com"));
    const HttpResult first = importPfx(QStringLiteral("two-versions"), m_material);
    QCOMPARE(first.status, 200);
    const HttpResult second = importPfx(QStringLiteral("two-versions"), renewed);
    QCOMPARE(second.status, 200);
    const QString firstVersion =
        first.json.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1);
    const QString secondVersion =
        second.json.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1);
    QVERIFY(firstVersion != secondVersion);

    const auto certificateOf = [this](const QString &path, QString *id) -> QByteArray {
        const HttpResult secret = m_fixture->request("GET", path);
        if (secret.status != 200)
            return {};
        *id = secret.json.value(QStringLiteral("id")).toString();
        auto bundle = crypto::readPkcs12(
            QByteArray::fromBase64(
                secret.json.value(QStringLiteral("value")).toString().toLatin1()),
            QByteArray());
        return bundle ? bundle->certificate.der() : QByteArray();
    };
    QString id;
    QCOMPARE(certificateOf(QStringLiteral("/secrets/two-versions/") + firstVersion, &id),
             m_material.certificate.der());
    QVERIFY2(id.endsWith(QStringLiteral("/secrets/two-versions/") + firstVersion), qPrintable(id));
    QCOMPARE(certificateOf(QStringLiteral("/secrets/two-versions/") + secondVersion, &id),
             renewed.certificate.der());
    QVERIFY2(id.endsWith(QStringLiteral("/secrets/two-versions/") + secondVersion), qPrintable(id));
    QCOMPARE(certificateOf(QStringLiteral("/secrets/two-versions"), &id),
             renewed.certificate.der());
    QVERIFY2(id.endsWith(secondVersion), qPrintable(id));

    const HttpResult missingVersion = m_fixture->request(
        "GET", QStringLiteral("/secrets/two-versions/0123456789abcdef0123456789abcdef"));
    QCOMPARE(missingVersion.status, 404);
    QCOMPARE(missingVersion.errorCode(), QStringLiteral("SecretNotFound"));
}

void TestLocalVaultSecrets::readerIsForbidden() {
    QCOMPARE(importPfx(QStringLiteral("reader-target"), m_material).status, 200);
    // The reader may see the certificate...
    QCOMPARE(m_fixture
                 ->request("GET", QStringLiteral("/certificates/reader-target"), {},
                           QStringLiteral("reader"))
                 .status,
             200);
    // ...but not its secret.
    const HttpResult result = m_fixture->request("GET", QStringLiteral("/secrets/reader-target"),
                                                 {}, QStringLiteral("reader"));
    QCOMPARE(result.status, 403);
    QCOMPARE(result.errorCode(), QStringLiteral("Forbidden"));
    QCOMPARE(result.innerErrorCode(), QStringLiteral("ForbiddenByPolicy"));
    QVERIFY2(result.errorMessage().contains(QLatin1String("secrets get")),
             qPrintable(result.errorMessage()));
    QVERIFY2(result.errorMessage().contains(m_fixture->principal(QStringLiteral("reader"))
                                                .value(QStringLiteral("objectId"))
                                                .toString()),
             qPrintable(result.errorMessage()));
    QVERIFY(!result.body.contains("BEGIN"));
    QVERIFY(!result.json.contains(QStringLiteral("value")));
    // No token at all: the challenge, not the secret.
    const HttpResult anonymous =
        m_fixture->request("GET", QStringLiteral("/secrets/reader-target"), {}, QString());
    QCOMPARE(anonymous.status, 401);
    QVERIFY(!anonymous.header("WWW-Authenticate").isEmpty());
}

void TestLocalVaultSecrets::nonExportableKeyIsForbidden() {
    const QJsonObject policy{
        {QStringLiteral("key_props"), QJsonObject{{QStringLiteral("exportable"), false}}}};
    const HttpResult imported = importPfx(QStringLiteral("locked-key"), m_material, policy);
    QCOMPARE(imported.status, 200);
    QCOMPARE(imported.json.value(QStringLiteral("policy"))
                 .toObject()
                 .value(QStringLiteral("key_props"))
                 .toObject()
                 .value(QStringLiteral("exportable"))
                 .toBool(true),
             false);
    const HttpResult result = m_fixture->request("GET", QStringLiteral("/secrets/locked-key"));
    QCOMPARE(result.status, 403);
    QCOMPARE(result.errorCode(), QStringLiteral("Forbidden"));
    QVERIFY(!result.json.contains(QStringLiteral("value")));
    // The certificate itself stays readable.
    const HttpResult certificate =
        m_fixture->request("GET", QStringLiteral("/certificates/locked-key"));
    QCOMPARE(certificate.status, 200);
    QCOMPARE(lvtest::cerOf(certificate.json), m_material.certificate.der());
}

void TestLocalVaultSecrets::unknownSecretIsNotFound() {
    const HttpResult result = m_fixture->request("GET", QStringLiteral("/secrets/does-not-exist"));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.errorCode(), QStringLiteral("SecretNotFound"));
    QVERIFY(result.errorMessage().contains(QLatin1String("does-not-exist")));

    // A certificate whose only version is still pending has no secret yet.
    const QJsonObject create{
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("x509_props"),
                      QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=later")}}},
                     {QStringLiteral("issuer"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Unknown")}}}}}};
    QCOMPARE(
        m_fixture->request("POST", QStringLiteral("/certificates/not-yet/create"), create).status,
        202);
    const HttpResult pending = m_fixture->request("GET", QStringLiteral("/secrets/not-yet"));
    QCOMPARE(pending.status, 404);
    QCOMPARE(pending.errorCode(), QStringLiteral("SecretNotFound"));
}

QTEST_GUILESS_MAIN(TestLocalVaultSecrets)
#include "tst_localvault_secrets.moc"
