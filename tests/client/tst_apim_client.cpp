// ApimClient against the local API Management over real HTTPS: the seed-000 failure through the
// long-running PATCH and its fix (identity + secrets get only), uploads, delete in use, the back
// end credential and chain switch, APIs with their back ends, and paging.
#include "apim_client.h"
#include "arm_client.h"

#include "client_test_support.h"

#include <QCryptographicHash>
#include <QTest>

using namespace certdeck;
using namespace certdeck::client;
using clienttest::waitFor;

class ApimClientTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void getsTheServiceWithItsIdentity();
    void uploadWithWrongPasswordIsRejected();
    void uploadReturnsTheThumbprint();
    void deleteInUseIsRefusedThenAllowed();
    void seed000FailsThenSucceedsAfterTheFix();
    void backendCredentialAndChainSwitch();
    void listsApisWithTheirBackends();
    void followsCertificatePages();
    void refusesMalformedIdsBeforeSending();

private:
    template <typename T> T take(Reply<T> *reply);
    template <typename T> VaultError errorOf(Reply<T> *reply);

    LocalVaultFixture m_vault{1500, true};
    clienttest::ConnectedClient m_connected;
    std::optional<LocalVaultConnection> m_connection;
    std::unique_ptr<ApimClient> m_apim;
    std::unique_ptr<ArmClient> m_arm;
    QString m_service;
    std::optional<lvtest::KeyAndCertificate> m_material;
};

template <typename T> T ApimClientTest::take(Reply<T> *reply) {
    const bool finished = waitFor(reply);
    reply->deleteLater();
    if (!finished || reply->hasError()) {
        qWarning("call failed: %s", qPrintable(reply->error().message));
        return T();
    }
    return reply->value();
}

template <typename T> VaultError ApimClientTest::errorOf(Reply<T> *reply) {
    waitFor(reply);
    reply->deleteLater();
    return reply->error();
}

void ApimClientTest::initTestCase() {
    QString error;
    QVERIFY2(m_vault.start(&error), qPrintable(error));
    QVERIFY2(m_connected.connect(m_vault, &error), qPrintable(error));
    auto connection = LocalVaultConnection::load(m_vault.server()->connectionFilePath());
    QVERIFY(connection.ok());
    m_connection = *connection;
    m_apim = std::make_unique<ApimClient>(m_connected.pipeline.get());
    m_apim->setBaseUrl(m_connection->armBaseUrl());
    m_apim->setMaxPollIntervalMs(20); // the local service asks for 1 s between polls
    m_arm = std::make_unique<ArmClient>(m_connected.pipeline.get());
    m_arm->setBaseUrl(m_connection->armBaseUrl());
    m_service = m_connection->apimResourceId();
    QVERIFY(!m_service.isEmpty());
    m_material = lvtest::makeSelfSigned(QStringLiteral("CN=client.contoso.com"));
}

void ApimClientTest::cleanupTestCase() {
    m_apim.reset();
    m_arm.reset();
}

void ApimClientTest::getsTheServiceWithItsIdentity() {
    const auto services = take(m_apim->listServices(m_connection->subscriptionId()));
    QCOMPARE(services.size(), 1);
    QCOMPARE(services[0].id, m_service);
    const vault::ApimService service = take(m_apim->getService(m_service));
    QVERIFY(service.identity && service.identity->hasSystemAssigned());
    QVERIFY(!service.identity->principalId.isEmpty());
    QCOMPARE(service.hostnameConfigurations->first().certificateSource, QStringLiteral("BuiltIn"));
}

void ApimClientTest::uploadWithWrongPasswordIsRejected() {
    const QByteArray pfx =
        QByteArray::fromBase64(lvtest::pfxBase64(*m_material, "secret").toLatin1());
    const VaultError error =
        errorOf(m_apim->createCertificateFromPfx(m_service, QStringLiteral("bad"), pfx, "nope"));
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, QStringLiteral("ValidationError"));
    QCOMPARE(error.details.size(), 1);
    QVERIFY(!error.explanation().isEmpty());
}

void ApimClientTest::uploadReturnsTheThumbprint() {
    const QByteArray pfx =
        QByteArray::fromBase64(lvtest::pfxBase64(*m_material, "secret").toLatin1());
    const auto certificate =
        take(m_apim->createCertificateFromPfx(m_service, QStringLiteral("client"), pfx, "secret"));
    QCOMPARE(certificate.thumbprint,
             QString::fromLatin1(m_material->certificate.sha1Thumbprint().toHex().toUpper()));
    QCOMPARE(certificate.expiration(), m_material->certificate.notAfter());
    QCOMPARE(take(m_apim->getCertificate(m_service, QStringLiteral("client"))).thumbprint,
             certificate.thumbprint);
}

void ApimClientTest::deleteInUseIsRefusedThenAllowed() {
    const QByteArray pfx = QByteArray::fromBase64(lvtest::pfxBase64(*m_material, "").toLatin1());
    QVERIFY(!take(m_apim->createCertificateFromPfx(m_service, QStringLiteral("used"), pfx, ""))
                 .thumbprint.isEmpty());
    vault::ApimBackend backend;
    backend.name = QStringLiteral("uses-it");
    backend.url = QStringLiteral("https://backend.contoso.com");
    backend.protocol = QStringLiteral("http");
    backend.certificateIds = QStringList{QStringLiteral("/certificates/used")};
    QCOMPARE(take(m_apim->createOrUpdateBackend(m_service, backend)).name,
             QStringLiteral("uses-it"));
    const VaultError refused =
        errorOf(m_apim->deleteCertificate(m_service, QStringLiteral("used")));
    QVERIFY(refused.httpStatus >= 400 && refused.httpStatus < 500);
    QVERIFY2(refused.message.contains(QStringLiteral("uses-it")), qPrintable(refused.message));
    backend.certificateIds = QStringList();
    QVERIFY(take(m_apim->createOrUpdateBackend(m_service, backend)).certificateIds->isEmpty());
    QVERIFY(take(m_apim->deleteCertificate(m_service, QStringLiteral("used"))));
    QCOMPARE(errorOf(m_apim->getCertificate(m_service, QStringLiteral("used"))).httpStatus, 404);
}

void ApimClientTest::seed000FailsThenSucceedsAfterTheFix() {
    vault::HostnameConfiguration host;
    host.type = QStringLiteral("Proxy");
    host.hostName = QStringLiteral("api.contoso.com");
    host.keyVaultId =
        m_connection->vaultUrl().toString() + QStringLiteral("secrets/www-contoso-com");
    vault::ApimService patch;
    patch.hostnameConfigurations = QList<vault::HostnameConfiguration>{host};
    const VaultError failure = errorOf(m_apim->updateService(m_service, patch));
    QCOMPARE(failure.httpStatus, 400);
    QVERIFY2(failure.message.startsWith(
                 QStringLiteral("Failed to update API Management service hostnames.")),
             qPrintable(failure.message));
    QVERIFY(failure.message.contains(QStringLiteral("StatusCode: Forbidden")));
    QVERIFY(!failure.details.isEmpty());
    QVERIFY(failure.explanation().contains(QStringLiteral("managed identity")));

    // The fix: identity on (already on in the demo) and secrets get, nothing more.
    vault::ApimService identityOn;
    identityOn.identity = vault::ApimServiceIdentity{};
    identityOn.identity->type = QStringLiteral("SystemAssigned");
    const vault::ApimService withIdentity = take(m_apim->updateService(m_service, identityOn));
    QVERIFY(!withIdentity.identity->principalId.isEmpty());
    vault::AccessPolicyEntry entry;
    entry.tenantId = withIdentity.identity->tenantId;
    entry.objectId = withIdentity.identity->principalId;
    entry.permissions.secrets = QStringList{QStringLiteral("get")};
    QCOMPARE(take(m_arm->updateAccessPolicy(m_connection->vaultResourceId(),
                                            AccessPolicyUpdateKind::Add, {entry}))
                 .size(),
             1);
    const vault::ApimService updated = take(m_apim->updateService(m_service, patch));
    QCOMPARE(updated.hostnameConfigurations.value_or(QList<vault::HostnameConfiguration>()).size(),
             2);
    const vault::HostnameConfiguration custom = updated.hostnameConfigurations->at(1);
    QCOMPARE(custom.certificateSource, QStringLiteral("KeyVault"));
    QVERIFY(custom.certificate && !custom.certificate->thumbprint.isEmpty());
}

void ApimClientTest::backendCredentialAndChainSwitch() {
    vault::ApimBackend backend =
        take(m_apim->getBackend(m_service, QStringLiteral("orders-backend")));
    QVERIFY(backend.validatesChain());
    QVERIFY(backend.usesCertificate(QStringLiteral("backend-client")));
    const auto call = [&] {
        return m_vault
            .raw("GET",
                 QUrl(m_connection->vaultUrl().toString() +
                      QStringLiteral("gateway/apim-contoso/orders")),
                 {}, {})
            .status;
    };
    QCOMPARE(call(), 500);
    backend.validateCertificateChain = false;
    QCOMPARE(take(m_apim->createOrUpdateBackend(m_service, backend)).validatesChain(), false);
    QCOMPARE(call(), 200);
    backend.validateCertificateChain = true;
    QVERIFY(take(m_apim->createOrUpdateBackend(m_service, backend)).validatesChain());
    QCOMPARE(call(), 500);
}

void ApimClientTest::listsApisWithTheirBackends() {
    const auto apis = take(m_apim->listApis(m_service));
    QCOMPARE(apis.size(), 2);
    QCOMPARE(apis[0].name, QStringLiteral("catalog"));
    QVERIFY(!apis[0].backendId.has_value());
    QCOMPARE(apis[1].name, QStringLiteral("orders"));
    QCOMPARE(apis[1].backendId.value_or(QString()), QStringLiteral("orders-backend"));
}

void ApimClientTest::followsCertificatePages() {
    const QByteArray pfx = QByteArray::fromBase64(lvtest::pfxBase64(*m_material, "").toLatin1());
    for (int i = 0; i < 4; ++i)
        take(
            m_apim->createCertificateFromPfx(m_service, QStringLiteral("page-%1").arg(i), pfx, ""));
    const auto all = take(m_apim->listCertificates(m_service));
    const auto paged = take(m_apim->listCertificates(m_service, 2));
    QVERIFY(all.size() >= 5);
    QCOMPARE(paged.size(), all.size());
    QCOMPARE(paged.last().name, all.last().name);
}

void ApimClientTest::refusesMalformedIdsBeforeSending() {
    QCOMPARE(errorOf(m_apim->getService(QStringLiteral("/subscriptions/x/../y"))).kind,
             VaultError::Kind::InvalidRequest);
    QCOMPARE(errorOf(m_apim->getCertificate(m_service, QStringLiteral("a/../../b"))).kind,
             VaultError::Kind::InvalidRequest);
}

QTEST_GUILESS_MAIN(ApimClientTest)
#include "tst_apim_client.moc"
