// ArmClient against the local vault's ARM subset over real HTTPS (subscriptions, the vault
// resource, access policies, the reader's 403 fixed in one step), and against a scripted HTTPS
// server for what the local vault never answers (nextLink to another path, null error details).
#include "arm_client.h"
#include "local_vault_connection.h"
#include "vault_client.h"

#include "local_vault_fixture.h"
#include "scripted_https_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace certdeck;
using namespace certdeck::client;

namespace {

bool waitFor(ServiceReply *reply, int timeoutMs = 30000) {
    QSignalSpy spy(reply, &ServiceReply::finished);
    return spy.wait(timeoutMs);
}

// A fixed token, for the scripted server (which checks nothing).
class StaticTokenCredential : public TokenCredential {
public:
    Reply<AccessToken> *requestToken(const TokenRequestContext &context) override {
        scopes.append(context.scope);
        auto *reply = new Reply<AccessToken>(this);
        reply->finishWithValue(
            {QStringLiteral("static-token"), QDateTime::currentDateTimeUtc().addSecs(3600)});
        return reply;
    }
    QString describe() const override { return QStringLiteral("static"); }
    QStringList scopes;
};

// One identity's clients: ARM and the vault's data plane over one pipeline.
struct Session {
    std::unique_ptr<ClientSecretCredential> credential;
    std::unique_ptr<HttpPipeline> pipeline;
    std::unique_ptr<ArmClient> arm;
    std::unique_ptr<VaultClient> vault;
    QList<ActivityRecord> activity;
};

vault::AccessPolicyEntry grant(const QString &tenantId, const QString &objectId,
                               const QStringList &certificates) {
    vault::AccessPolicyEntry entry;
    entry.tenantId = tenantId;
    entry.objectId = objectId;
    entry.permissions.certificates = certificates;
    return entry;
}

vault::CertificatePolicy selfSignedPolicy(const QString &subject) {
    vault::CertificatePolicy policy;
    policy.x509Properties = vault::X509Properties();
    policy.x509Properties->subject = subject;
    policy.issuer = vault::IssuerParameters();
    policy.issuer->name = QStringLiteral("Self");
    return policy;
}

} // namespace

class ArmClientTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listsSubscriptions();
    void listsVaults();
    void getsTheVaultWithItsPolicies();
    void fixesTheReadersForbiddenInOneStep();
    void removalUsesTheStoredSpelling();
    void readersOwnArmTokenIsForbidden();
    void refusesMalformedIdsBeforeSending();
    void followsNextLinkVerbatimAcrossPaths();
    void refusesNextLinkToAnotherHost();
    void mapsArmErrorsWithNullDetails();

private:
    std::unique_ptr<Session> session(const QString &principal);
    QList<vault::AccessPolicyEntry> update(AccessPolicyUpdateKind kind,
                                           const vault::AccessPolicyEntry &entry);
    vault::VaultResource currentVault();
    QStringList readerCertificatePermissions();
    int readerCreate(const QString &name, VaultError *error);
    QString readerObjectId() const {
        return m_connection->principal(QStringLiteral("reader"))->objectId;
    }

    LocalVaultFixture m_vault;
    QNetworkAccessManager m_network;
    std::optional<LocalVaultConnection> m_connection;
    std::unique_ptr<Session> m_admin;
    std::unique_ptr<Session> m_reader;
};

void ArmClientTest::initTestCase() {
    QString error;
    QVERIFY2(m_vault.start(&error), qPrintable(error));
    auto connection = LocalVaultConnection::load(m_vault.server()->connectionFilePath());
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error()));
    m_connection = *connection;
    m_admin = session(QStringLiteral("admin"));
    m_reader = session(QStringLiteral("reader"));
}

void ArmClientTest::cleanupTestCase() {
    m_admin.reset();
    m_reader.reset();
}

std::unique_ptr<Session> ArmClientTest::session(const QString &principal) {
    auto result = std::make_unique<Session>();
    result->credential.reset(m_connection->createCredential(&m_network, nullptr, principal));
    result->pipeline = std::make_unique<HttpPipeline>(result->credential.get());
    result->pipeline->addTrustedCertificates(m_connection->caCertificates());
    Session *raw = result.get();
    QObject::connect(result->pipeline.get(), &HttpPipeline::activity, result->pipeline.get(),
                     [raw](const ActivityRecord &record) { raw->activity.append(record); });
    result->arm = std::make_unique<ArmClient>(result->pipeline.get());
    result->arm->setBaseUrl(m_connection->armBaseUrl());
    result->vault = std::make_unique<VaultClient>(m_connection->vaultUrl(), result->pipeline.get());
    return result;
}

QList<vault::AccessPolicyEntry> ArmClientTest::update(AccessPolicyUpdateKind kind,
                                                      const vault::AccessPolicyEntry &entry) {
    auto *reply = m_admin->arm->updateAccessPolicy(m_connection->vaultResourceId(), kind, {entry});
    if (!waitFor(reply) || reply->hasError()) {
        qWarning("updateAccessPolicy failed: %s", qPrintable(reply->error().message));
        return {};
    }
    const auto echoed = reply->value();
    reply->deleteLater();
    return echoed;
}

vault::VaultResource ArmClientTest::currentVault() {
    auto *reply = m_admin->arm->getVault(m_connection->vaultResourceId());
    if (!waitFor(reply) || reply->hasError())
        return {};
    const vault::VaultResource resource = reply->value();
    reply->deleteLater();
    return resource;
}

QStringList ArmClientTest::readerCertificatePermissions() {
    for (const auto &entry : currentVault().accessPolicies) {
        if (entry.objectId == readerObjectId())
            return entry.permissions.certificates.value_or(QStringList());
    }
    return {};
}

int ArmClientTest::readerCreate(const QString &name, VaultError *error) {
    m_reader->activity.clear();
    auto *reply = m_reader->vault->createCertificate(
        name, {selfSignedPolicy(QStringLiteral("CN=") + name), {}, {}});
    if (!waitFor(reply))
        return -1;
    *error = reply->error();
    reply->deleteLater();
    return m_reader->activity.isEmpty() ? 0 : m_reader->activity.last().status;
}

void ArmClientTest::listsSubscriptions() {
    auto *reply = m_admin->arm->listSubscriptions();
    QVERIFY(waitFor(reply));
    QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
    QCOMPARE(reply->value().size(), 1);
    const Subscription &subscription = reply->value().first();
    QCOMPARE(subscription.subscriptionId, m_connection->subscriptionId());
    QCOMPARE(subscription.id, QStringLiteral("/subscriptions/") + m_connection->subscriptionId());
    QCOMPARE(subscription.tenantId, m_connection->tenantId());
    QCOMPARE(subscription.state, QStringLiteral("Enabled"));
    QVERIFY(!subscription.displayName.isEmpty());
    QCOMPARE(m_admin->activity.last().path, QStringLiteral("/subscriptions"));
    reply->deleteLater();
}

void ArmClientTest::listsVaults() {
    auto *reply = m_admin->arm->listVaults(m_connection->subscriptionId());
    QVERIFY(waitFor(reply));
    QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
    QCOMPARE(reply->value().size(), 1);
    QCOMPARE(reply->value().first().id, m_connection->vaultResourceId());
    QCOMPARE(reply->value().first().type, QStringLiteral("Microsoft.KeyVault/vaults"));
    reply->deleteLater();
}

void ArmClientTest::getsTheVaultWithItsPolicies() {
    auto *reply = m_admin->arm->getVault(m_connection->vaultResourceId());
    QVERIFY(waitFor(reply));
    QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
    const vault::VaultResource &resource = reply->value();
    QCOMPARE(resource.id, m_connection->vaultResourceId());
    QCOMPARE(resource.tenantId, m_connection->tenantId());
    QCOMPARE(QUrl(resource.vaultUri), m_connection->vaultUrl());
    QCOMPARE(resource.accessPolicies.size(), 2);
    QVERIFY(resource.accessPolicies.at(0).grants(QStringLiteral("certificates"),
                                                 QStringLiteral("create")));
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
    reply->deleteLater();
}

void ArmClientTest::fixesTheReadersForbiddenInOneStep() {
    // 1. The reader may not create: the error names the missing permission.
    VaultError error;
    QCOMPARE(readerCreate(QStringLiteral("arm-fix-one"), &error), 403);
    QCOMPARE(error.missingPermission, QStringLiteral("certificates create"));

    // 2. One ARM call grants it.
    const QString category = error.missingPermission.section(QLatin1Char(' '), 0, 0);
    const QString permission = error.missingPermission.section(QLatin1Char(' '), 1, 1);
    QCOMPARE(category, QStringLiteral("certificates"));
    const auto echoed = update(AccessPolicyUpdateKind::Add,
                               grant(m_connection->tenantId(), readerObjectId(), {permission}));
    QCOMPARE(echoed.size(), 1);
    QCOMPARE(echoed.first().objectId, readerObjectId());
    QCOMPARE(echoed.first().permissions.certificates,
             std::optional<QStringList>(QStringList{QStringLiteral("create")}));
    QCOMPARE(m_admin->activity.last().method, QByteArray("PUT"));
    QVERIFY(m_admin->activity.last().path.endsWith(QLatin1String("/accessPolicies/add")));
    QCOMPARE(
        readerCertificatePermissions(),
        (QStringList{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("create")}));

    // 3. The same request now succeeds.
    QCOMPARE(readerCreate(QStringLiteral("arm-fix-one"), &error), 202);
    QVERIFY2(!error.isError(), qPrintable(error.message));

    // 4. Take it away again, spelled as stored.
    const auto removal =
        removalEntryFor(currentVault(), readerObjectId(), category, QStringLiteral("CREATE"));
    QVERIFY(removal);
    QCOMPARE(removal->permissions.certificates,
             std::optional<QStringList>(QStringList{QStringLiteral("create")}));
    QCOMPARE(update(AccessPolicyUpdateKind::Remove, *removal).size(), 1);
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
    QCOMPARE(readerCreate(QStringLiteral("arm-fix-two"), &error), 403);
}

void ArmClientTest::removalUsesTheStoredSpelling() {
    // The portal writes PascalCase; remove must send back exactly what is stored.
    QCOMPARE(update(AccessPolicyUpdateKind::Add,
                    grant(m_connection->tenantId(), readerObjectId(), {QStringLiteral("Import")}))
                 .size(),
             1);
    const vault::VaultResource stored = currentVault();
    auto removal = removalEntryFor(stored, readerObjectId().toUpper(),
                                   QStringLiteral("Certificates"), QStringLiteral("import"));
    QVERIFY(removal);
    QCOMPARE(removal->objectId, readerObjectId());
    QCOMPARE(removal->tenantId, m_connection->tenantId());
    QCOMPARE(removal->permissions.certificates,
             std::optional<QStringList>(QStringList{QStringLiteral("Import")}));
    QVERIFY(!removal->permissions.keys && !removal->permissions.secrets &&
            !removal->permissions.storage);

    // Nothing to remove: not granted by name, unknown object, unknown category.
    QVERIFY(!removalEntryFor(stored, readerObjectId(), QStringLiteral("certificates"),
                             QStringLiteral("purge")));
    QVERIFY(!removalEntryFor(stored, QStringLiteral("00000000-0000-0000-0000-000000000000"),
                             QStringLiteral("certificates"), QStringLiteral("get")));
    QVERIFY(
        !removalEntryFor(stored, readerObjectId(), QStringLiteral("bogus"), QStringLiteral("get")));

    // Mixed spellings of one permission: both go.
    vault::VaultResource mixed = stored;
    for (auto &entry : mixed.accessPolicies) {
        if (entry.objectId == readerObjectId())
            entry.permissions.certificates->append(QStringLiteral("IMPORT"));
    }
    QCOMPARE(removalEntryFor(mixed, readerObjectId(), QStringLiteral("certificates"),
                             QStringLiteral("import"))
                 ->permissions.certificates,
             std::optional<QStringList>(
                 QStringList{QStringLiteral("Import"), QStringLiteral("IMPORT")}));

    QCOMPARE(update(AccessPolicyUpdateKind::Remove, *removal).size(), 1);
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));

    // replace overwrites the category; put the original back with it.
    update(AccessPolicyUpdateKind::Replace,
           grant(m_connection->tenantId(), readerObjectId(), {QStringLiteral("get")}));
    QCOMPARE(readerCertificatePermissions(), QStringList{QStringLiteral("get")});
    update(AccessPolicyUpdateKind::Replace, grant(m_connection->tenantId(), readerObjectId(),
                                                  {QStringLiteral("get"), QStringLiteral("list")}));
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
}

void ArmClientTest::readersOwnArmTokenIsForbidden() {
    auto *read = m_reader->arm->getVault(m_connection->vaultResourceId());
    QVERIFY(waitFor(read));
    QCOMPARE(read->error().kind, VaultError::Kind::Http);
    QCOMPARE(read->error().httpStatus, 403);
    QCOMPARE(read->error().code, QStringLiteral("AuthorizationFailed"));
    QVERIFY(read->error().message.contains(QLatin1String("Microsoft.KeyVault/vaults/read")));
    QVERIFY(!read->error().requestId.isEmpty());
    read->deleteLater();

    auto *write = m_reader->arm->updateAccessPolicy(
        m_connection->vaultResourceId(), AccessPolicyUpdateKind::Add,
        {grant(m_connection->tenantId(), readerObjectId(), {QStringLiteral("create")})});
    QVERIFY(waitFor(write));
    QCOMPARE(write->error().httpStatus, 403);
    QVERIFY(write->error().message.contains(QLatin1String("accessPolicies/write")));
    write->deleteLater();
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
}

void ArmClientTest::refusesMalformedIdsBeforeSending() {
    m_admin->activity.clear();
    auto *badId = m_admin->arm->getVault(QStringLiteral("/subscriptions/x/../../secrets"));
    auto *badSubscription = m_admin->arm->listVaults(QStringLiteral("x/../y"));
    auto *noEntries = m_admin->arm->updateAccessPolicy(m_connection->vaultResourceId(),
                                                       AccessPolicyUpdateKind::Add, {});
    const QList<ServiceReply *> replies{badId, badSubscription, noEntries};
    QSignalSpy lastFinished(noEntries, &ServiceReply::finished);
    QVERIFY(lastFinished.wait(5000)); // finished() is queued: all three have answered by now
    for (ServiceReply *reply : replies) {
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, VaultError::Kind::InvalidRequest);
        reply->deleteLater();
    }
    QVERIFY(m_admin->activity.isEmpty());
}

void ArmClientTest::followsNextLinkVerbatimAcrossPaths() {
    ScriptedHttpsServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString base = server.baseUrl();
    const QString secondPage =
        base + QStringLiteral("/subscriptions/sub-1/"
                              "resources?api-version=2023-07-01&%24skiptoken=eyJuZXh0IjoyfQ%3D%3D");
    server.setHandler([&](const ScriptedHttpsServer::Request &request) {
        const auto vaultJson = [](const QString &name) {
            return QJsonObject{
                {QStringLiteral("id"), QStringLiteral("/subscriptions/sub-1/resourceGroups/rg/"
                                                      "providers/Microsoft.KeyVault/vaults/") +
                                           name},
                {QStringLiteral("name"), name},
                {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("tenantId"), QStringLiteral("t")}}}};
        };
        if (request.url.path() ==
            QLatin1String("/subscriptions/sub-1/providers/Microsoft.KeyVault/vaults"))
            return localvault::LocalResponse::json(
                200,
                QJsonObject{{QStringLiteral("value"), QJsonArray{vaultJson(QStringLiteral("one")),
                                                                 vaultJson(QStringLiteral("two"))}},
                            {QStringLiteral("nextLink"), secondPage}});
        if (request.url.path() == QLatin1String("/subscriptions/sub-1/resources"))
            return localvault::LocalResponse::json(
                200, QJsonObject{
                         {QStringLiteral("value"), QJsonArray{vaultJson(QStringLiteral("three"))}},
                         {QStringLiteral("nextLink"), QJsonValue::Null}});
        if (request.url.path() == QLatin1String("/subscriptions"))
            return localvault::LocalResponse::json(
                200, QJsonObject{{QStringLiteral("value"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("subscriptionId"), QStringLiteral("sub-1")},
                                      {QStringLiteral("displayName"), QStringLiteral("One")}}}}});
        return localvault::LocalResponse::json(404, {});
    });
    StaticTokenCredential credential;
    HttpPipeline pipeline(&credential);
    pipeline.addTrustedCertificates(server.caCertificates());
    ArmClient arm(&pipeline);
    QCOMPARE(arm.baseUrl(), QUrl(QStringLiteral("https://management.azure.com")));
    arm.setBaseUrl(QUrl(base + QLatin1Char('/')));

    auto *vaults = arm.listVaults(QStringLiteral("sub-1"));
    QVERIFY(waitFor(vaults));
    QVERIFY2(!vaults->hasError(), qPrintable(vaults->error().message));
    QStringList names;
    for (const auto &resource : vaults->value())
        names << resource.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    vaults->deleteLater();

    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.at(0).url.query(QUrl::FullyEncoded),
             QStringLiteral("api-version=2023-07-01"));
    QCOMPARE(server.requests.at(1).url.toString(QUrl::FullyEncoded).mid(base.size()),
             secondPage.mid(base.size())); // verbatim
    QCOMPARE(server.requests.at(1).authorization, QByteArray("Bearer static-token"));
    QCOMPARE(credential.scopes.value(0), QStringLiteral("https://management.azure.com/.default"));

    auto *subscriptions = arm.listSubscriptions();
    QVERIFY(waitFor(subscriptions));
    QVERIFY2(!subscriptions->hasError(), qPrintable(subscriptions->error().message));
    QCOMPARE(subscriptions->value().size(), 1);
    QCOMPARE(subscriptions->value().first().displayName, QStringLiteral("One"));
    QCOMPARE(server.requests.last().url.query(QUrl::FullyEncoded),
             QStringLiteral("api-version=2022-12-01"));
    subscriptions->deleteLater();
}

void ArmClientTest::refusesNextLinkToAnotherHost() {
    ScriptedHttpsServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setHandler([](const ScriptedHttpsServer::Request &) {
        return localvault::LocalResponse::json(
            200, QJsonObject{{QStringLiteral("value"), QJsonArray{}},
                             {QStringLiteral("nextLink"),
                              QStringLiteral("https://attacker.example/collect?api-version=1")}});
    });
    StaticTokenCredential credential;
    HttpPipeline pipeline(&credential);
    pipeline.addTrustedCertificates(server.caCertificates());
    ArmClient arm(&pipeline);
    arm.setBaseUrl(QUrl(server.baseUrl()));
    auto *reply = arm.listSubscriptions();
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, VaultError::Kind::InvalidRequest);
    QVERIFY(reply->error().message.contains(QLatin1String("attacker.example")));
    QCOMPARE(server.requests.size(), 1);
    reply->deleteLater();
}

void ArmClientTest::mapsArmErrorsWithNullDetails() {
    ScriptedHttpsServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setHandler([](const ScriptedHttpsServer::Request &) {
        localvault::LocalResponse response;
        response.status = 404;
        response.body =
            R"({"error":{"code":"ResourceGroupNotFound","message":"Resource group 'rg' could not be found.","details":null,"innerError":null}})";
        response.setHeader("Content-Type", "application/json");
        response.setHeader("x-ms-request-id", "req-42");
        return response;
    });
    StaticTokenCredential credential;
    HttpPipeline pipeline(&credential);
    pipeline.addTrustedCertificates(server.caCertificates());
    ArmClient arm(&pipeline);
    arm.setBaseUrl(QUrl(server.baseUrl()));
    auto *reply = arm.getVault(QStringLiteral(
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v1"));
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, VaultError::Kind::Http);
    QCOMPARE(reply->error().httpStatus, 404);
    QCOMPARE(reply->error().code, QStringLiteral("ResourceGroupNotFound"));
    QCOMPARE(reply->error().message, QStringLiteral("Resource group 'rg' could not be found."));
    QCOMPARE(reply->error().requestId, QStringLiteral("req-42"));
    QCOMPARE(server.requests.first().url.path(),
             QStringLiteral(
                 "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v1"));
    QCOMPARE(server.requests.first().url.query(QUrl::FullyEncoded),
             QStringLiteral("api-version=2023-07-01"));
    reply->deleteLater();

    // PUT body shape for accessPolicies.
    server.setHandler([](const ScriptedHttpsServer::Request &) {
        return localvault::LocalResponse::json(
            201, QJsonObject{{QStringLiteral("properties"),
                              QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{}}}}});
    });
    vault::AccessPolicyEntry entry =
        grant(QStringLiteral("t"), QStringLiteral("o"), {QStringLiteral("Get")});
    auto *put = arm.updateAccessPolicy(
        QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v1"),
        AccessPolicyUpdateKind::Replace, {entry});
    QVERIFY(waitFor(put));
    QVERIFY2(!put->hasError(), qPrintable(put->error().message));
    const auto &sent = server.requests.last();
    QCOMPARE(sent.method, QByteArray("PUT"));
    QVERIFY(sent.url.path().endsWith(QLatin1String("/vaults/v1/accessPolicies/replace")));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body, (QJsonObject{
                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("accessPolicies"),
                                                                   QJsonArray{entry.toJson()}}}}}));
    put->deleteLater();
}

QTEST_GUILESS_MAIN(ArmClientTest)
#include "tst_arm_client.moc"
