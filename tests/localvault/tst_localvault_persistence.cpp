// State survives a restart of the local vault: in-process (destroy + start on the same data
// directory) and as a real process killed with SIGKILL after acknowledging imports.
#include "local_vault_fixture.h"
#include "local_vault_process.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestLocalVaultPersistence : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void restartInProcess();
    void killNineKeepsAcknowledgedImports();

private:
    lvtest::KeyAndCertificate m_material;
};

namespace {

QString versionOf(const QJsonObject &bundle) {
    return bundle.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1);
}

} // namespace

void TestLocalVaultPersistence::initTestCase() {
    m_material = lvtest::makeSelfSigned(QStringLiteral("CN=persist.contoso.com"));
}

void TestLocalVaultPersistence::restartInProcess() {
    LocalVaultFixture fixture(1500);
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    const QJsonObject connectionBefore = fixture.connection();
    const QString adminTokenBefore = fixture.token(QStringLiteral("admin"));
    QVERIFY(!adminTokenBefore.isEmpty());

    // Five certificates.
    QHash<QString, QPair<QString, QString>> imported; // name -> (x5t, version)
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("kept-%1").arg(i);
        lvtest::KeyAndCertificate material = m_material;
        material.certificate =
            lvtest::reissue(m_material, QStringLiteral("CN=kept-%1.contoso.com").arg(i));
        const HttpResult result = fixture.request(
            "POST", QStringLiteral("/certificates/%1/import").arg(name),
            QJsonObject{{QStringLiteral("value"), lvtest::pfxBase64(material, "pw")},
                        {QStringLiteral("pwd"), QStringLiteral("pw")}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QStringLiteral("x5t")).toString(), material.certificate.x5t());
        imported.insert(name, {material.certificate.x5t(), versionOf(result.json)});
    }
    // A pending request waiting for a merge.
    const QJsonObject createBody{
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("x509_props"),
                      QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=manual")}}},
                     {QStringLiteral("issuer"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Unknown")}}}}}};
    const HttpResult created =
        fixture.request("POST", QStringLiteral("/certificates/manual/create"), createBody);
    QCOMPARE(created.status, 202);
    const QString requestId = created.json.value(QStringLiteral("request_id")).toString();
    const QString csr = created.json.value(QStringLiteral("csr")).toString();
    QVERIFY(!requestId.isEmpty());
    QVERIFY(!csr.isEmpty());
    // An issuer and contacts.
    QCOMPARE(fixture
                 .request("PUT", QStringLiteral("/certificates/issuers/kept-ca"),
                          QJsonObject{
                              {QStringLiteral("provider"), QStringLiteral("Test")},
                              {QStringLiteral("credentials"),
                               QJsonObject{{QStringLiteral("account_id"), QStringLiteral("acct")},
                                           {QStringLiteral("pwd"), QStringLiteral("pw")}}}})
                 .status,
             200);
    const QJsonArray contacts{
        QJsonObject{{QStringLiteral("email"), QStringLiteral("a@contoso.com")},
                    {QStringLiteral("name"), QStringLiteral("A")},
                    {QStringLiteral("phone"), QStringLiteral("1")}}};
    QCOMPARE(fixture
                 .request("PUT", QStringLiteral("/certificates/contacts"),
                          QJsonObject{{QStringLiteral("contacts"), contacts}})
                 .status,
             200);

    QVERIFY2(fixture.restart(&error), qPrintable(error));

    // connection.json is rewritten with the same identities and secrets.
    const QJsonObject connectionAfter = fixture.connection();
    for (const char *key :
         {"tenantId", "subscriptionId", "clientId", "clientSecret", "objectId", "vaultResourceId"})
        QCOMPARE(connectionAfter.value(QLatin1String(key)).toString(),
                 connectionBefore.value(QLatin1String(key)).toString());
    QCOMPARE(connectionAfter.value(QStringLiteral("principals")).toArray(),
             connectionBefore.value(QStringLiteral("principals")).toArray());
    QCOMPARE(fixture.principal(QStringLiteral("reader"))
                 .value(QStringLiteral("clientSecret"))
                 .toString()
                 .isEmpty(),
             false);

    // Certificates: same versions and thumbprints.
    for (auto it = imported.cbegin(); it != imported.cend(); ++it) {
        const HttpResult get = fixture.request("GET", QStringLiteral("/certificates/") + it.key());
        QCOMPARE(get.status, 200);
        QCOMPARE(get.json.value(QStringLiteral("x5t")).toString(), it.value().first);
        QCOMPARE(versionOf(get.json), it.value().second);
        QCOMPARE(lvtest::x5tOf(lvtest::cerOf(get.json)), it.value().first);
    }
    QString listError;
    QCOMPARE(lvtest::listAll(fixture, QStringLiteral("/certificates"), nullptr, &listError).size(),
             5);
    QCOMPARE(lvtest::listAll(fixture, QStringLiteral("/certificates?includePending=true"), nullptr,
                             &listError)
                 .size(),
             6);
    QVERIFY2(listError.isEmpty(), qPrintable(listError));

    // The pending operation: same request id and CSR, still waiting.
    const HttpResult pending =
        fixture.request("GET", QStringLiteral("/certificates/manual/pending"));
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json.value(QStringLiteral("status")).toString(), QStringLiteral("inProgress"));
    QCOMPARE(pending.json.value(QStringLiteral("request_id")).toString(), requestId);
    QCOMPARE(pending.json.value(QStringLiteral("csr")).toString(), csr);

    // Issuer and contacts.
    const HttpResult issuer =
        fixture.request("GET", QStringLiteral("/certificates/issuers/kept-ca"));
    QCOMPARE(issuer.status, 200);
    QCOMPARE(issuer.json.value(QStringLiteral("provider")).toString(), QStringLiteral("Test"));
    QCOMPARE(issuer.json.value(QStringLiteral("credentials"))
                 .toObject()
                 .value(QStringLiteral("account_id"))
                 .toString(),
             QStringLiteral("acct"));
    const HttpResult contactsAfter =
        fixture.request("GET", QStringLiteral("/certificates/contacts"));
    QCOMPARE(contactsAfter.status, 200);
    QCOMPARE(contactsAfter.json.value(QStringLiteral("contacts")).toArray(), contacts);

    // Principals: new tokens work with the same secrets, a token from before still validates
    // (the signing key persisted), and the access policies still apply.
    QVERIFY(!fixture.token(QStringLiteral("admin")).isEmpty());
    QCOMPARE(fixture.request("GET", QStringLiteral("/secrets/kept-0")).status, 200);
    QCOMPARE(
        fixture.request("GET", QStringLiteral("/certificates/kept-0"), {}, QStringLiteral("reader"))
            .status,
        200);
    QCOMPARE(fixture.request("GET", QStringLiteral("/secrets/kept-0"), {}, QStringLiteral("reader"))
                 .status,
             403);
    const HttpResult oldToken = fixture.raw(
        "GET", QUrl(fixture.vaultUrl() + QStringLiteral("/certificates/kept-1?api-version=7.5")),
        QByteArray(), {{"Authorization", "Bearer " + adminTokenBefore.toLatin1()}});
    QCOMPARE(oldToken.status, 200);
    QCOMPARE(oldToken.json.value(QStringLiteral("x5t")).toString(),
             imported.value(QStringLiteral("kept-1")).first);
}

void TestLocalVaultPersistence::killNineKeepsAcknowledgedImports() {
    const QString binary = QString::fromLocal8Bit(qgetenv("CERTDECK_LOCALVAULT_BIN"));
    if (binary.isEmpty())
        QSKIP("CERTDECK_LOCALVAULT_BIN is not set: it must name the certdeck-localvault executable "
              "(ctest sets it).");
    QVERIFY2(QFileInfo(binary).isExecutable(),
             qPrintable(binary + QStringLiteral(" is not executable")));
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());

    LocalVaultProcess vault;
    const QStringList delay{QStringLiteral("--issuer-delay-ms"), QStringLiteral("1000")};
    QString error;
    QVERIFY2(vault.start(binary, dataDir.path(), delay, &error), qPrintable(error));
    const QString connectionPath = vault.connectionPath();
    QCOMPARE(connectionPath,
             QDir(dataDir.path()).absoluteFilePath(QStringLiteral("connection.json")));
    LocalVaultFixture client;
    QVERIFY2(client.attach(connectionPath, &error), qPrintable(error));

    // Twenty imports, each acknowledged before the next is sent.
    QHash<QString, QString> acknowledged; // name -> x5t
    for (int i = 0; i < 20; ++i) {
        const QString name = QStringLiteral("durable-%1").arg(i);
        lvtest::KeyAndCertificate material = m_material;
        material.certificate =
            lvtest::reissue(m_material, QStringLiteral("CN=durable-%1.contoso.com").arg(i));
        const HttpResult result = client.request(
            "POST", QStringLiteral("/certificates/%1/import").arg(name),
            QJsonObject{{QStringLiteral("value"), lvtest::pfxBase64(material, QByteArray())}});
        QVERIFY2(result.status == 200,
                 qPrintable(QStringLiteral("%1: HTTP %2 %3 %4")
                                .arg(name)
                                .arg(result.status)
                                .arg(result.networkError, QString::fromUtf8(result.body))));
        QCOMPARE(result.json.value(QStringLiteral("x5t")).toString(), material.certificate.x5t());
        acknowledged.insert(name, material.certificate.x5t());
    }
    QCOMPARE(acknowledged.size(), 20);

    // SIGKILL: no shutdown code runs.
    QVERIFY(vault.killNine());
    client.stop();

    QVERIFY2(vault.start(binary, dataDir.path(), delay, &error), qPrintable(error));
    const QString restartedConnectionPath = vault.connectionPath();
    QCOMPARE(restartedConnectionPath, connectionPath);
    QVERIFY2(client.attach(restartedConnectionPath, &error), qPrintable(error));
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const HttpResult get = client.request("GET", QStringLiteral("/certificates/") + it.key());
        QVERIFY2(get.status == 200, qPrintable(QStringLiteral("%1 lost: HTTP %2 %3")
                                                   .arg(it.key())
                                                   .arg(get.status)
                                                   .arg(QString::fromUtf8(get.body))));
        QCOMPARE(get.json.value(QStringLiteral("x5t")).toString(), it.value());
        QCOMPARE(lvtest::x5tOf(lvtest::cerOf(get.json)), it.value());
    }
    QString listError;
    QCOMPARE(lvtest::listAll(client, QStringLiteral("/certificates"), nullptr, &listError).size(),
             20);
    QVERIFY2(listError.isEmpty(), qPrintable(listError));

    QCOMPARE(sqliteIntegrityCheck(QDir(dataDir.path()).filePath(QStringLiteral("vault.db"))),
             QStringLiteral("ok"));

    vault.stop();
    QCOMPARE(sqliteIntegrityCheck(QDir(dataDir.path()).filePath(QStringLiteral("vault.db"))),
             QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestLocalVaultPersistence)
#include "tst_localvault_persistence.moc"
