// VaultClient through its public API against a local vault over real HTTPS.
#include "client_secret_credential.h"
#include "local_vault_fixture.h"
#include "vault_client.h"

#include "certificate_signer.h"
#include "pkcs12.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace certdeck;
using namespace certdeck::client;

namespace {

template <typename T> bool waitFor(Reply<T> *reply, int timeoutMs = 20000) {
    if (reply->isFinished()) {
        QSignalSpy spy(reply, &ServiceReply::finished);
        return spy.wait(timeoutMs) || spy.count() > 0;
    }
    QSignalSpy spy(reply, &ServiceReply::finished);
    return spy.wait(timeoutMs);
}

vault::CertificatePolicy policy(const QString &subject, const QString &issuer) {
    vault::CertificatePolicy result;
    result.x509Properties = vault::X509Properties();
    result.x509Properties->subject = subject;
    result.issuer = vault::IssuerParameters();
    result.issuer->name = issuer;
    return result;
}

} // namespace

class VaultClientTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_vault.start(&error), qPrintable(error));
        m_client = makeClient(QStringLiteral("admin"), &m_pipeline, &m_credential);
    }

    void cleanupTestCase() {
        delete m_client;
        delete m_pipeline;
        delete m_credential;
    }

    void firstCallLearnsTheChallengeThenAuthenticates() {
        QList<ActivityRecord> records;
        connect(m_pipeline, &HttpPipeline::activity, this,
                [&records](const ActivityRecord &r) { records.append(r); });
        auto *reply = m_client->listIssuers();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].status, 401);
        QCOMPARE(records[1].status, 200);
        QVERIFY(!records[1].requestId.isEmpty());
        records.clear();
        auto *second = m_client->listIssuers();
        QVERIFY(waitFor(second));
        QCOMPARE(records.size(), 1); // the token is cached: no new challenge
        disconnect(m_pipeline, &HttpPipeline::activity, this, nullptr);
        reply->deleteLater();
        second->deleteLater();
    }

    void createMergeFlow() {
        auto *created = m_client->createCertificate(
            QStringLiteral("merged"),
            {policy(QStringLiteral("CN=merged"), QStringLiteral("Unknown")), {}, {}});
        QVERIFY(waitFor(created));
        QVERIFY2(!created->hasError(), qPrintable(created->error().message));
        QCOMPARE(created->value().status, vault::OperationStatus::InProgress);

        auto *operation = m_client->getOperation(QStringLiteral("merged"));
        QVERIFY(waitFor(operation));
        auto csr = crypto::CertificateRequest::fromDer(operation->value().csr);
        QVERIFY(csr.ok());
        auto caKey = crypto::PrivateKey::generate({});
        crypto::RequestSpec caSubject;
        caSubject.subject = QStringLiteral("CN=Client Test CA");
        crypto::IssueSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(90);
        spec.isCa = true;
        auto ca = crypto::selfSign(*caKey, caSubject, spec);
        spec.isCa = false;
        auto leaf = crypto::signRequest(*csr, *ca, *caKey, spec);
        QVERIFY(leaf.ok());

        auto *merged =
            m_client->mergeCertificate(QStringLiteral("merged"), {leaf->der(), ca->der()});
        QVERIFY(waitFor(merged));
        QVERIFY2(!merged->hasError(), qPrintable(merged->error().message));
        QCOMPARE(merged->value().x5t, leaf->x5t());
        QCOMPARE(merged->value().name(), QStringLiteral("merged"));
    }

    void importAndExportRoundTrip() {
        auto key = crypto::PrivateKey::generate({crypto::KeyType::Ec, 0, crypto::EcCurve::P256});
        crypto::RequestSpec subject;
        subject.subject = QStringLiteral("CN=imported.contoso.com");
        crypto::IssueSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(30);
        auto certificate = crypto::selfSign(*key, subject, spec);
        crypto::Pkcs12Bundle bundle{*key, *certificate, {}, {}};
        auto pfx = crypto::writePkcs12(bundle, "s3cret");
        QVERIFY(pfx.ok());

        ImportParameters parameters;
        parameters.pfxOrPem = *pfx;
        parameters.password = QStringLiteral("s3cret");
        parameters.expectedX5t = certificate->x5t();
        auto *imported = m_client->importCertificate(QStringLiteral("imported"), parameters);
        QVERIFY(waitFor(imported));
        QVERIFY2(!imported->hasError(), qPrintable(imported->error().message));
        QCOMPARE(imported->value().x5t, certificate->x5t());

        auto *secret = m_client->getSecret(QStringLiteral("imported"));
        QVERIFY(waitFor(secret));
        QVERIFY(!secret->hasError());
        auto exported =
            crypto::readPkcs12(QByteArray::fromBase64(secret->value().value.toLatin1()), {});
        QVERIFY(exported.ok());
        QCOMPARE(exported->certificate.der(), certificate->der());

        parameters.password = QStringLiteral("wrong");
        auto *wrong = m_client->importCertificate(QStringLiteral("imported2"), parameters);
        QVERIFY(waitFor(wrong));
        QCOMPARE(wrong->error().httpStatus, 400);
        QCOMPARE(wrong->error().code, QStringLiteral("BadParameter"));
    }

    void listingDeliversPagesAsTheyArrive() {
        for (int i = 0; i < 12; ++i) {
            auto *created = m_client->createCertificate(
                QStringLiteral("page-%1").arg(i),
                {policy(QStringLiteral("CN=p%1").arg(i), QStringLiteral("Self")), {}, {}});
            QVERIFY(waitFor(created));
            QVERIFY(!created->hasError());
        }
        CertificatePager *pager = m_client->listCertificates(true, 5);
        QSignalSpy pages(pager, &CertificatePager::pageReceived);
        QSignalSpy done(pager, &ServiceReply::finished);
        QVERIFY(done.wait(20000));
        QVERIFY(!pager->hasError());
        QVERIFY2(pages.count() >= 3, qPrintable(QString::number(pages.count())));
        QSet<QString> names;
        for (const auto &arguments : pages)
            for (const auto &item : arguments.at(0).value<QList<vault::CertificateItem>>())
                names.insert(item.name());
        QCOMPARE(pager->itemCount(), int(names.size())); // no duplicates across pages
        for (int i = 0; i < 12; ++i)
            QVERIFY(names.contains(QStringLiteral("page-%1").arg(i)));
    }

    void forbiddenErrorNamesThePermission() {
        HttpPipeline *pipeline = nullptr;
        ClientSecretCredential *credential = nullptr;
        VaultClient *reader = makeClient(QStringLiteral("reader"), &pipeline, &credential);
        auto *created = reader->createCertificate(
            QStringLiteral("denied"),
            {policy(QStringLiteral("CN=d"), QStringLiteral("Self")), {}, {}});
        QVERIFY(waitFor(created));
        QCOMPARE(created->error().httpStatus, 403);
        QCOMPARE(created->error().missingPermission, QStringLiteral("certificates create"));
        QVERIFY(!created->error().requestId.isEmpty());
        delete reader;
        delete pipeline;
        delete credential;
    }

    void notFoundAndConflictAreTyped() {
        auto *missing = m_client->getCertificate(QStringLiteral("does-not-exist"));
        QVERIFY(waitFor(missing));
        QVERIFY(missing->error().isNotFound());
        QCOMPARE(missing->error().code, QStringLiteral("CertificateNotFound"));
        auto *pending = m_client->createCertificate(
            QStringLiteral("busy"),
            {policy(QStringLiteral("CN=b"), QStringLiteral("Unknown")), {}, {}});
        QVERIFY(waitFor(pending));
        auto *again = m_client->createCertificate(
            QStringLiteral("busy"),
            {policy(QStringLiteral("CN=b"), QStringLiteral("Unknown")), {}, {}});
        QVERIFY(waitFor(again));
        QVERIFY(again->error().isConflict());
        QVERIFY(again->error().explanation().contains(QLatin1String("in progress")));
    }

    void plainHttpIsRefusedAndUntrustedTlsFails() {
        HttpPipeline pipeline(m_credential);
        VaultClient insecure(QUrl(QStringLiteral("http://vault.example.com/")), &pipeline);
        auto *refused = insecure.getCertificate(QStringLiteral("x"));
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->error().kind, VaultError::Kind::InvalidRequest);

        // Without the local CA the TLS handshake must fail: verification is never switched off.
        VaultClient untrusted(QUrl(m_vault.vaultUrl()), &pipeline);
        auto *failed = untrusted.getCertificate(QStringLiteral("x"));
        QVERIFY(waitFor(failed));
        QCOMPARE(failed->error().kind, VaultError::Kind::Tls);
    }

    void abortEndsWithCancelled() {
        auto *reply = m_client->getCertificate(QStringLiteral("merged"));
        reply->abort();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, VaultError::Kind::Cancelled);
    }

private:
    VaultClient *makeClient(const QString &principal, HttpPipeline **pipeline,
                            ClientSecretCredential **credential) {
        const QJsonObject who = m_vault.principal(principal);
        ConfidentialClient client;
        client.authorityHost =
            m_vault.connection().value(QStringLiteral("authorityHost")).toString();
        client.tenantId = m_vault.connection().value(QStringLiteral("tenantId")).toString();
        client.clientId = who.value(QStringLiteral("clientId")).toString();
        const auto ca = QSslCertificate::fromPath(
            m_vault.connection().value(QStringLiteral("caCertificate")).toString());
        *credential = new ClientSecretCredential(
            client, who.value(QStringLiteral("clientSecret")).toString(), &m_network);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(ca);
        (*credential)->setSslConfiguration(ssl);
        *pipeline = new HttpPipeline(*credential);
        (*pipeline)->addTrustedCertificates(ca);
        return new VaultClient(QUrl(m_vault.vaultUrl()), *pipeline);
    }

    LocalVaultFixture m_vault;
    QNetworkAccessManager m_network;
    ClientSecretCredential *m_credential = nullptr;
    HttpPipeline *m_pipeline = nullptr;
    VaultClient *m_client = nullptr;
};

QTEST_GUILESS_MAIN(VaultClientTest)
#include "tst_vault_client.moc"
