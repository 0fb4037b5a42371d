// The token credentials (certificate assertion, Azure CLI, device code) and the local vault's
// connection file, each against the in-process local vault over real HTTPS where it can be.
#include "azure_cli_credential.h"
#include "client_certificate_credential.h"
#include "device_code_credential.h"
#include "local_vault_connection.h"
#include "vault_client.h"

#include "local_vault_fixture.h"
#include "scripted_https_server.h"

#include "certificate_reader.h"
#include "pkcs12.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace certdeck;
using namespace certdeck::client;

namespace {

constexpr int replyTimeoutMs = 30000;

bool waitFor(ServiceReply *reply, int timeoutMs = replyTimeoutMs) {
    QSignalSpy spy(reply, &ServiceReply::finished);
    return spy.wait(timeoutMs);
}

QJsonObject jwtPart(const QString &jwt, int index) {
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(jwt.section(QLatin1Char('.'), index, index).toLatin1(),
                                      QByteArray::Base64UrlEncoding))
        .object();
}

QByteArray form(const QList<QPair<QString, QString>> &items) {
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query.toString(QUrl::FullyEncoded).toLatin1();
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// Sets an environment variable for one scope.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name)) {
        qputenv(name, value);
    }
    ~ScopedEnvironment() {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class CredentialsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void certificateAssertionIsWellFormed();
    void certificateAssertionTokenWorksForVaultCalls();
    void unregisteredOrMismatchedKeyIsAnAuthenticationError();
    void clientCertificateLoadsFromPfxAndPem();

    void azureCliTokenFromFakeProgram();
    void azureCliOutputParsing();
    void azureCliNotInstalled();
    void azureCliLoginRequired();
    void azureCliAbortAndTimeout();

    void deviceCodeFullFlow();
    void deviceCodeDeclined();
    void deviceCodeApprovalRejectsUnknownCodesAndWrongSecrets();
    void deviceCodeExpires();
    void deviceCodeSlowDownAndAbort();

    void localVaultConnectionLoads();
    void localVaultConnectionErrors();

private:
    ConfidentialClient confidentialClient(const QString &principal) const;
    QSslConfiguration localSsl() const;
    PublicClient publicClient() const;
    // listIssuers through a pipeline built on `credential`: the request's outcome.
    VaultError vaultCall(TokenCredential *credential);
    HttpResult approve(const QString &verificationUri, const QString &userCode,
                       const QString &principal, const QString &action = {});

    LocalVaultFixture m_vault;
    QNetworkAccessManager m_network;
};

void CredentialsTest::initTestCase() {
    m_vault.setOptionsHook(
        [](localvault::LocalVaultOptions &options) { options.deviceCodeIntervalSeconds = 1; });
    QString error;
    QVERIFY2(m_vault.start(&error), qPrintable(error));
}

ConfidentialClient CredentialsTest::confidentialClient(const QString &principal) const {
    ConfidentialClient client;
    client.authorityHost = m_vault.connection().value(QStringLiteral("authorityHost")).toString();
    client.tenantId = m_vault.connection().value(QStringLiteral("tenantId")).toString();
    client.clientId = m_vault.principal(principal).value(QStringLiteral("clientId")).toString();
    return client;
}

QSslConfiguration CredentialsTest::localSsl() const {
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(
        m_vault.connection().value(QStringLiteral("caCertificate")).toString()));
    return ssl;
}

PublicClient CredentialsTest::publicClient() const {
    PublicClient client;
    client.authorityHost = m_vault.connection().value(QStringLiteral("authorityHost")).toString();
    client.tenantId = m_vault.connection().value(QStringLiteral("tenantId")).toString();
    client.clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    return client;
}

VaultError CredentialsTest::vaultCall(TokenCredential *credential) {
    HttpPipeline pipeline(credential);
    pipeline.addTrustedCertificates(localSsl().caCertificates());
    VaultClient client(QUrl(m_vault.vaultUrl()), &pipeline);
    auto *reply = client.listIssuers();
    if (!waitFor(reply)) {
        VaultError timeout = VaultError::network(QStringLiteral("test timed out"));
        return timeout;
    }
    return reply->error();
}

HttpResult CredentialsTest::approve(const QString &verificationUri, const QString &userCode,
                                    const QString &principal, const QString &action) {
    const QJsonObject who = m_vault.principal(principal);
    QList<QPair<QString, QString>> items{
        {QStringLiteral("user_code"), userCode},
        {QStringLiteral("client_id"), who.value(QStringLiteral("clientId")).toString()},
        {QStringLiteral("client_secret"), who.value(QStringLiteral("clientSecret")).toString()}};
    if (!action.isEmpty())
        items.append({QStringLiteral("action"), action});
    return m_vault.raw("POST", QUrl(verificationUri), form(items),
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
}

// --- certificate credential --------------------------------------------------------------------

void CredentialsTest::certificateAssertionIsWellFormed() {
    const auto material = lvtest::makeSelfSigned(QStringLiteral("CN=assertion.certdeck.test"));
    ClientCertificateCredential credential(confidentialClient(QStringLiteral("admin")),
                                           material.key, material.certificate, &m_network);
    const QString audience = QStringLiteral("https://login.example/tenant/oauth2/v2.0/token");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto assertion = credential.createAssertion(audience, now);
    QVERIFY2(assertion.ok(), qPrintable(assertion.ok() ? QString() : assertion.error()));

    const QJsonObject header = jwtPart(*assertion, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("PS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(header.value(QStringLiteral("x5t#S256")).toString(), material.certificate.x5tS256());
    QCOMPARE(material.certificate.x5tS256().size(), 43); // base64url(SHA-256), no padding

    const QJsonObject claims = jwtPart(*assertion, 1);
    const QString clientId = confidentialClient(QStringLiteral("admin")).clientId;
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), audience);
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), clientId);
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), clientId);
    QVERIFY(!QUuid::fromString(claims.value(QStringLiteral("jti")).toString()).isNull());
    QCOMPARE(claims.value(QStringLiteral("nbf")).toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), now.toSecsSinceEpoch() + 600);

    const QByteArray input = assertion->section(QLatin1Char('.'), 0, 1).toLatin1();
    const QByteArray signature = QByteArray::fromBase64(
        assertion->section(QLatin1Char('.'), 2, 2).toLatin1(), QByteArray::Base64UrlEncoding);
    QVERIFY(crypto::verifySignature(material.certificate.publicKeyDer(), input, signature,
                                    crypto::SignatureScheme::RsaPssSha256));
    QVERIFY(!crypto::verifySignature(material.certificate.publicKeyDer(), input, signature,
                                     crypto::SignatureScheme::RsaPkcs1Sha256));
    // Each assertion is unique.
    auto second = credential.createAssertion(audience, now);
    QVERIFY(jwtPart(*second, 1).value(QStringLiteral("jti")) !=
            claims.value(QStringLiteral("jti")));
}

void CredentialsTest::certificateAssertionTokenWorksForVaultCalls() {
    const auto material = lvtest::makeSelfSigned(QStringLiteral("CN=admin-app.certdeck.test"));
    auto &store = m_vault.server()->store();
    auto principal =
        store.principalByClientId(confidentialClient(QStringLiteral("admin")).clientId);
    QVERIFY(principal);
    principal->certificate = material.certificate.der();
    QVERIFY(store.putPrincipal(*principal));

    ClientCertificateCredential credential(confidentialClient(QStringLiteral("admin")),
                                           material.key, material.certificate, &m_network);
    credential.setSslConfiguration(localSsl());
    QVERIFY(credential.describe().contains(QLatin1String("admin-app.certdeck.test")));
    auto *token =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(token));
    QVERIFY2(!token->hasError(), qPrintable(token->error().message));
    QVERIFY(token->value().expiresOn > QDateTime::currentDateTimeUtc().addSecs(600));
    token->deleteLater();

    const VaultError error = vaultCall(&credential);
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

void CredentialsTest::unregisteredOrMismatchedKeyIsAnAuthenticationError() {
    // The reader has no certificate registered; give the admin one that is not this one.
    const auto registered = lvtest::makeSelfSigned(QStringLiteral("CN=registered.certdeck.test"));
    auto &store = m_vault.server()->store();
    auto admin = store.principalByClientId(confidentialClient(QStringLiteral("admin")).clientId);
    QVERIFY(admin);
    admin->certificate = registered.certificate.der();
    QVERIFY(store.putPrincipal(*admin));

    const auto other = lvtest::makeSelfSigned(QStringLiteral("CN=other.certdeck.test"));
    ClientCertificateCredential wrong(confidentialClient(QStringLiteral("admin")), other.key,
                                      other.certificate, &m_network);
    wrong.setSslConfiguration(localSsl());
    auto *token = wrong.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(token));
    QCOMPARE(token->error().kind, VaultError::Kind::Authentication);
    QCOMPARE(token->error().code, QStringLiteral("invalid_client"));
    QVERIFY2(token->error().message.contains(QLatin1String("AADSTS700027")),
             qPrintable(token->error().message));
    token->deleteLater();
    QCOMPARE(vaultCall(&wrong).kind, VaultError::Kind::Authentication);

    ClientCertificateCredential unregistered(confidentialClient(QStringLiteral("reader")),
                                             other.key, other.certificate, &m_network);
    unregistered.setSslConfiguration(localSsl());
    QCOMPARE(vaultCall(&unregistered).kind, VaultError::Kind::Authentication);

    // The registered certificate with somebody else's key never leaves the machine.
    ClientCertificateCredential mismatched(confidentialClient(QStringLiteral("admin")), other.key,
                                           registered.certificate, &m_network);
    mismatched.setSslConfiguration(localSsl());
    auto *refused =
        mismatched.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(refused));
    QCOMPARE(refused->error().kind, VaultError::Kind::Authentication);
    QVERIFY(refused->error().message.contains(QLatin1String("does not belong")));
    refused->deleteLater();

    // And the right key works again.
    ClientCertificateCredential right(confidentialClient(QStringLiteral("admin")), registered.key,
                                      registered.certificate, &m_network);
    right.setSslConfiguration(localSsl());
    const VaultError ok = vaultCall(&right);
    QVERIFY2(!ok.isError(), qPrintable(ok.message));
}

void CredentialsTest::clientCertificateLoadsFromPfxAndPem() {
    const auto material = lvtest::makeSelfSigned(QStringLiteral("CN=load.certdeck.test"));
    const QByteArray password = "pfx-Passw0rd!";
    const QByteArray pfx = QByteArray::fromBase64(lvtest::pfxBase64(material, password).toLatin1());

    auto fromPfx = loadClientCertificate(pfx, password);
    QVERIFY2(fromPfx.ok(), qPrintable(fromPfx.ok() ? QString() : fromPfx.error()));
    QCOMPARE(fromPfx->certificate.der(), material.certificate.der());
    QCOMPARE(fromPfx->key.publicKeyDer(), material.key.publicKeyDer());

    auto wrongPassword = loadClientCertificate(pfx, "not-the-password");
    QVERIFY(!wrongPassword.ok());
    QVERIFY(wrongPassword.error().contains(QLatin1String("password is wrong")));
    QVERIFY(!wrongPassword.error().contains(QLatin1String("not-the-password")));

    auto fromPem = loadClientCertificate(lvtest::pemText(material).toLatin1());
    QVERIFY(fromPem.ok());
    QCOMPARE(fromPem->certificate.der(), material.certificate.der());

    // A certificate without its key, an EC key, garbage, a missing file: clear errors.
    auto certificateOnly = loadClientCertificate(material.certificate.pem());
    QVERIFY(!certificateOnly.ok());
    QVERIFY(certificateOnly.error().contains(QLatin1String("private key")));
    const auto ec = lvtest::makeSelfSigned(QStringLiteral("CN=ec.certdeck.test"),
                                           {crypto::KeyType::Ec, 0, crypto::EcCurve::P256});
    auto ecKey = loadClientCertificate(lvtest::pemText(ec).toLatin1());
    QVERIFY(!ecKey.ok());
    QVERIFY(ecKey.error().contains(QLatin1String("RSA")));
    QVERIFY(!loadClientCertificate("not a certificate").ok());

    QTemporaryDir dir;
    QVERIFY(!loadClientCertificateFile(dir.filePath(QStringLiteral("missing.pfx"))).ok());
    QFile file(dir.filePath(QStringLiteral("client.pfx")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pfx);
    file.close();
    auto fromFile = loadClientCertificateFile(file.fileName(), password);
    QVERIFY(fromFile.ok());
    QCOMPARE(fromFile->certificate.x5tS256(), material.certificate.x5tS256());
}

// --- Azure CLI -----------------------------------------------------------------------------------

void CredentialsTest::azureCliTokenFromFakeProgram() {
    QTemporaryDir dir;
    const QString token = m_vault.token(QStringLiteral("admin"));
    QVERIFY(!token.isEmpty());
    const QString argsFile = dir.filePath(QStringLiteral("args.txt"));
    const QString script = writeScript(
        dir, QStringLiteral("az"),
        QStringLiteral(
            "printf '%s\\n' \"$@\" > '%1'\n"
            "printf '{\"accessToken\": \"%2\", \"expiresOn\": \"2030-01-01 00:00:00.000000\", "
            "\"expires_on\": 1900000000, \"subscription\": \"s\", \"tenant\": \"t\", "
            "\"tokenType\": \"Bearer\"}\\n'\n")
            .arg(argsFile, token)
            .toUtf8());
    QVERIFY(!script.isEmpty());

    AzureCliCredential credential;
    credential.setProgram(script);
    auto *direct =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(direct));
    QVERIFY2(!direct->hasError(), qPrintable(direct->error().message));
    QCOMPARE(direct->value().token, token);
    QCOMPARE(direct->value().expiresOn, QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
    direct->deleteLater();

    // Through the pipeline: the vault's challenge names the tenant, which goes to --tenant.
    const VaultError error = vaultCall(&credential);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QFile args(argsFile);
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QStringList received =
        QString::fromUtf8(args.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString tenant = m_vault.connection().value(QStringLiteral("tenantId")).toString();
    QCOMPARE(received, (QStringList{QStringLiteral("account"), QStringLiteral("get-access-token"),
                                    QStringLiteral("--scope"),
                                    QStringLiteral("https://vault.azure.net/.default"),
                                    QStringLiteral("--tenant"), tenant, QStringLiteral("--output"),
                                    QStringLiteral("json")}));

    // Found by name on PATH as well.
    ScopedEnvironment path("PATH", dir.path().toLocal8Bit());
    AzureCliCredential byName;
    QCOMPARE(byName.program(), QStringLiteral("az"));
    byName.setTenantId(QStringLiteral("contoso.onmicrosoft.com"));
    auto *found =
        byName.requestToken({QStringLiteral("https://management.azure.com/.default"), {}, {}});
    QVERIFY(waitFor(found));
    QVERIFY2(!found->hasError(), qPrintable(found->error().message));
    found->deleteLater();
    QVERIFY(args.seek(0));
    QVERIFY(QString::fromUtf8(args.readAll())
                .contains(QLatin1String("--tenant\ncontoso.onmicrosoft.com\n")));

    // Nothing that looks like an option reaches the command line.
    auto *unsafe = byName.requestToken({QStringLiteral("--debug"), {}, {}});
    QVERIFY(waitFor(unsafe));
    QCOMPARE(unsafe->error().kind, VaultError::Kind::InvalidRequest);
    unsafe->deleteLater();
}

void CredentialsTest::azureCliOutputParsing() {
    auto modern = AzureCliCredential::parseOutput(
        R"({"accessToken":"abc","expiresOn":"2023-10-31 21:59:10.000000","expires_on":1698760750,"tokenType":"Bearer"})");
    QVERIFY(modern.ok());
    QCOMPARE(modern->token, QStringLiteral("abc"));
    QCOMPARE(modern->expiresOn.toSecsSinceEpoch(), 1698760750);

    auto asString =
        AzureCliCredential::parseOutput(R"({"accessToken":"abc","expires_on":"1698760750"})");
    QVERIFY(asString.ok());
    QCOMPARE(asString->expiresOn.toSecsSinceEpoch(), 1698760750);

    // Older CLIs: local wall-clock time only.
    auto legacy = AzureCliCredential::parseOutput(
        R"({"accessToken":"abc","expiresOn":"2023-10-31 21:59:10.000000"})");
    QVERIFY(legacy.ok());
    const QDateTime local(QDate(2023, 10, 31), QTime(21, 59, 10), Qt::LocalTime);
    QCOMPARE(legacy->expiresOn, local.toUTC());
    QCOMPARE(legacy->expiresOn.timeSpec(), Qt::UTC);

    QVERIFY(!AzureCliCredential::parseOutput(R"({"expires_on":1698760750})").ok());
    QVERIFY(!AzureCliCredential::parseOutput(R"({"accessToken":"abc"})").ok());
    auto garbage = AzureCliCredential::parseOutput("accessToken=SECRET-TOKEN-VALUE");
    QVERIFY(!garbage.ok());
    QVERIFY(!garbage.error().contains(QLatin1String("SECRET-TOKEN-VALUE")));
}

void CredentialsTest::azureCliNotInstalled() {
    QTemporaryDir emptyDir;
    ScopedEnvironment path("PATH", emptyDir.path().toLocal8Bit());
    AzureCliCredential credential;
    auto *reply =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, VaultError::Kind::Authentication);
    QVERIFY2(reply->error().message.contains(QLatin1String("Azure CLI (az) is not installed")),
             qPrintable(reply->error().message));
    reply->deleteLater();

    credential.setProgram(emptyDir.filePath(QStringLiteral("az")));
    auto *byPath =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(byPath));
    QVERIFY(byPath->error().message.contains(QLatin1String("Azure CLI (az) is not installed")));
    byPath->deleteLater();
}

void CredentialsTest::azureCliLoginRequired() {
    QTemporaryDir dir;
    const QString script = writeScript(
        dir, QStringLiteral("az"),
        "printf '%s\\n' \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1\n");
    AzureCliCredential credential;
    credential.setProgram(script);
    auto *reply =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, VaultError::Kind::Authentication);
    QVERIFY2(reply->error().message.contains(QLatin1String("Please run 'az login'")),
             qPrintable(reply->error().message));
    QVERIFY(reply->error().message.contains(QLatin1String("exit code 1")));
    reply->deleteLater();

    // Exit 0 with output that is not the token JSON: a clear error that does not quote it.
    const QString odd =
        writeScript(dir, QStringLiteral("az-odd"), "printf 'token: SECRET-ISH\\n'\n");
    credential.setProgram(odd);
    auto *unreadable =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(unreadable));
    QCOMPARE(unreadable->error().kind, VaultError::Kind::Authentication);
    QVERIFY(!unreadable->error().message.contains(QLatin1String("SECRET-ISH")));
    unreadable->deleteLater();
}

void CredentialsTest::azureCliAbortAndTimeout() {
    QTemporaryDir dir;
    const QString script = writeScript(dir, QStringLiteral("az"), "exec sleep 30\n");
    AzureCliCredential credential;
    credential.setProgram(script);
    QElapsedTimer clock;
    clock.start();
    auto *aborted =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    aborted->abort();
    QVERIFY(waitFor(aborted));
    QCOMPARE(aborted->error().kind, VaultError::Kind::Cancelled);
    delete aborted; // kills and reaps the child

    credential.setTimeoutMs(500);
    auto *slow =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(slow, 10000));
    QCOMPARE(slow->error().kind, VaultError::Kind::Authentication);
    QVERIFY(slow->error().message.contains(QLatin1String("did not answer")));
    delete slow;
    QVERIFY(clock.elapsed() < 20000); // neither waited for the 30 s child
}

// --- device code ---------------------------------------------------------------------------------

void CredentialsTest::deviceCodeFullFlow() {
    DeviceCodeCredential credential(publicClient(), &m_network);
    credential.setSslConfiguration(localSsl());
    QSignalSpy prompted(&credential, &DeviceCodeCredential::userActionRequired);
    HttpPipeline pipeline(&credential);
    pipeline.addTrustedCertificates(localSsl().caCertificates());
    VaultClient client(QUrl(m_vault.vaultUrl()), &pipeline);
    auto *reply = client.listIssuers();

    QVERIFY(prompted.wait(replyTimeoutMs));
    const QString userCode = prompted.at(0).at(0).toString();
    const QUrl verificationUri = prompted.at(0).at(1).toUrl();
    const QString message = prompted.at(0).at(2).toString();
    QCOMPARE(userCode.size(), 8);
    const QString tenant = m_vault.connection().value(QStringLiteral("tenantId")).toString();
    QCOMPARE(verificationUri.toString(), m_vault.vaultUrl() + QLatin1Char('/') + tenant +
                                             QStringLiteral("/oauth2/v2.0/deviceauth"));
    QVERIFY(message.contains(userCode));
    QVERIFY(message.contains(verificationUri.toString()));

    // Polling goes on (authorization_pending) until the user signs in.
    QVERIFY(!reply->isFinished());
    QSignalSpy finished(reply, &ServiceReply::finished);
    QVERIFY(!finished.wait(1500));
    const HttpResult approved =
        approve(verificationUri.toString(), userCode.toLower(), QStringLiteral("admin"));
    QCOMPARE(approved.status, 200);
    QVERIFY(finished.wait(replyTimeoutMs));
    QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
    QCOMPARE(prompted.size(), 1);

    // The code is redeemed once: approving it again fails.
    QCOMPARE(approve(verificationUri.toString(), userCode, QStringLiteral("admin")).status, 400);
}

void CredentialsTest::deviceCodeDeclined() {
    DeviceCodeCredential credential(publicClient(), &m_network);
    credential.setSslConfiguration(localSsl());
    QSignalSpy prompted(&credential, &DeviceCodeCredential::userActionRequired);
    auto *reply =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(prompted.wait(replyTimeoutMs));
    const HttpResult declined =
        approve(prompted.at(0).at(1).toUrl().toString(), prompted.at(0).at(0).toString(),
                QStringLiteral("reader"), QStringLiteral("deny"));
    QCOMPARE(declined.status, 200);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, VaultError::Kind::Authentication);
    QCOMPARE(reply->error().code, QStringLiteral("authorization_declined"));
    reply->deleteLater();
}

void CredentialsTest::deviceCodeApprovalRejectsUnknownCodesAndWrongSecrets() {
    const QString tenant = m_vault.connection().value(QStringLiteral("tenantId")).toString();
    const QString base = m_vault.vaultUrl() + QLatin1Char('/') + tenant;
    const HttpResult unknown = approve(base + QStringLiteral("/oauth2/v2.0/deviceauth"),
                                       QStringLiteral("ZZZZZZZZ"), QStringLiteral("admin"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));

    const HttpResult code =
        m_vault.raw("POST", QUrl(base + QStringLiteral("/oauth2/v2.0/devicecode")),
                    form({{QStringLiteral("client_id"), publicClient().clientId},
                          {QStringLiteral("scope"),
                           QStringLiteral("https://vault.azure.net/.default offline_access")}}),
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(code.status, 200);
    QCOMPARE(code.json.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(code.json.value(QStringLiteral("interval")).toInt(), 1);
    const QString userCode = code.json.value(QStringLiteral("user_code")).toString();
    const QString verificationUri = code.json.value(QStringLiteral("verification_uri")).toString();
    QList<QPair<QString, QString>> wrongSecret{
        {QStringLiteral("user_code"), userCode},
        {QStringLiteral("client_id"),
         m_vault.principal(QStringLiteral("admin")).value(QStringLiteral("clientId")).toString()},
        {QStringLiteral("client_secret"), QStringLiteral("not-the-secret")}};
    const HttpResult refused = m_vault.raw("POST", QUrl(verificationUri), form(wrongSecret),
                                           {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(refused.status, 401);

    // Still pending, then bad device codes are refused.
    const auto poll = [&](const QString &deviceCode) {
        return m_vault.raw("POST", QUrl(base + QStringLiteral("/oauth2/v2.0/token")),
                           form({{QStringLiteral("grant_type"),
                                  QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                                 {QStringLiteral("client_id"), publicClient().clientId},
                                 {QStringLiteral("device_code"), deviceCode}}),
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
    };
    const HttpResult pending = poll(code.json.value(QStringLiteral("device_code")).toString());
    QCOMPARE(pending.status, 400);
    QCOMPARE(pending.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("authorization_pending"));
    QCOMPARE(poll(QStringLiteral("made-up")).json.value(QStringLiteral("error")).toString(),
             QStringLiteral("bad_verification_code"));

    // The page a browser would show.
    const HttpResult page = m_vault.raw("GET", QUrl(verificationUri), {}, {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("user_code"));
}

void CredentialsTest::deviceCodeExpires() {
    LocalVaultFixture shortLived;
    shortLived.setOptionsHook([](localvault::LocalVaultOptions &options) {
        options.deviceCodeIntervalSeconds = 1;
        options.deviceCodeExpiresInSeconds = 2;
    });
    QString startError;
    QVERIFY2(shortLived.start(&startError), qPrintable(startError));
    const QString tenant = shortLived.connection().value(QStringLiteral("tenantId")).toString();
    const QString base = shortLived.vaultUrl() + QLatin1Char('/') + tenant;

    // The service says expired_token once the code's lifetime is over.
    const HttpResult code = shortLived.raw(
        "POST", QUrl(base + QStringLiteral("/oauth2/v2.0/devicecode")),
        form({{QStringLiteral("client_id"), QStringLiteral("app")},
              {QStringLiteral("scope"), QStringLiteral("https://vault.azure.net/.default")}}),
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(code.status, 200);
    const QByteArray pollBody =
        form({{QStringLiteral("grant_type"),
               QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
              {QStringLiteral("client_id"), QStringLiteral("app")},
              {QStringLiteral("device_code"),
               code.json.value(QStringLiteral("device_code")).toString()}});
    const auto poll = [&] {
        return shortLived
            .raw("POST", QUrl(base + QStringLiteral("/oauth2/v2.0/token")), pollBody,
                 {{"Content-Type", "application/x-www-form-urlencoded"}})
            .json.value(QStringLiteral("error"))
            .toString();
    };
    QCOMPARE(poll(), QStringLiteral("authorization_pending"));
    bool expired = false; // QTRY evaluates once more at the end: remember what was seen
    QTRY_VERIFY_WITH_TIMEOUT(expired = expired || poll() == QLatin1String("expired_token"), 15000);

    // The credential gives up by itself when the code's lifetime is over.
    PublicClient client;
    client.authorityHost =
        shortLived.connection().value(QStringLiteral("authorityHost")).toString();
    client.tenantId = tenant;
    client.clientId = QStringLiteral("app");
    DeviceCodeCredential credential(client, &m_network);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(
        shortLived.connection().value(QStringLiteral("caCertificate")).toString()));
    credential.setSslConfiguration(ssl);
    auto *reply =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, VaultError::Kind::Authentication);
    QCOMPARE(reply->error().code, QStringLiteral("expired_token"));
    QVERIFY(reply->error().message.contains(QLatin1String("expired")));
    reply->deleteLater();
}

void CredentialsTest::deviceCodeSlowDownAndAbort() {
    ScriptedHttpsServer server;
    QString startError;
    QVERIFY2(server.start(&startError), qPrintable(startError));
    bool alwaysPending = false;
    int polls = 0;
    server.setHandler([&](const ScriptedHttpsServer::Request &request) {
        if (request.url.path().endsWith(QLatin1String("/devicecode")))
            return localvault::LocalResponse::json(
                200, QJsonObject{{QStringLiteral("device_code"), QStringLiteral("device-code-1")},
                                 {QStringLiteral("user_code"), QStringLiteral("ABCD2345")},
                                 {QStringLiteral("verification_url"),
                                  server.baseUrl() + QStringLiteral("/device")},
                                 {QStringLiteral("expires_in"), 60},
                                 {QStringLiteral("interval"), 1}});
        ++polls;
        if (alwaysPending || polls == 1)
            return localvault::LocalResponse::json(
                400, QJsonObject{{QStringLiteral("error"),
                                  alwaysPending ? QStringLiteral("authorization_pending")
                                                : QStringLiteral("slow_down")}});
        return localvault::LocalResponse::json(
            200, QJsonObject{{QStringLiteral("access_token"), QStringLiteral("scripted-token")},
                             {QStringLiteral("expires_in"), 3600}});
    });
    PublicClient client;
    client.authorityHost = server.baseUrl() + QLatin1Char('/');
    client.tenantId = QStringLiteral("tenant-x");
    client.clientId = QStringLiteral("app-x");
    DeviceCodeCredential credential(client, &m_network);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(server.caCertificates());
    credential.setSslConfiguration(ssl);
    QSignalSpy prompted(&credential, &DeviceCodeCredential::userActionRequired);

    auto *reply =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(reply, 30000));
    QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
    QCOMPARE(reply->value().token, QStringLiteral("scripted-token"));
    reply->deleteLater();
    QCOMPARE(prompted.size(), 1);
    QCOMPARE(prompted.at(0).at(1).toUrl(),
             QUrl(server.baseUrl() + QStringLiteral("/device"))); // v1 name
    QVERIFY(
        !prompted.at(0).at(2).toString().isEmpty()); // a message even when the service gave none

    QCOMPARE(server.requests.size(), 3);
    const auto &first = server.requests.at(0);
    QCOMPARE(first.url.path(), QStringLiteral("/tenant-x/oauth2/v2.0/devicecode"));
    const QUrlQuery askForm(QString::fromLatin1(first.body));
    QCOMPARE(askForm.queryItemValue(QStringLiteral("client_id")), QStringLiteral("app-x"));
    QCOMPARE(askForm.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("https://vault.azure.net/.default"));
    const QUrlQuery pollForm(QString::fromLatin1(server.requests.at(1).body));
    QCOMPARE(server.requests.at(1).url.path(), QStringLiteral("/tenant-x/oauth2/v2.0/token"));
    QCOMPARE(pollForm.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
             QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    QCOMPARE(pollForm.queryItemValue(QStringLiteral("device_code")),
             QStringLiteral("device-code-1"));
    // First poll after `interval`; after slow_down the interval grew by 5 s.
    QVERIFY(server.requests.at(1).receivedMs - first.receivedMs >= 950);
    const qint64 slowedGap = server.requests.at(2).receivedMs - server.requests.at(1).receivedMs;
    QVERIFY2(slowedGap >= 5900, qPrintable(QString::number(slowedGap)));

    // Abort stops the polling for good.
    alwaysPending = true;
    server.requests.clear();
    QSignalSpy received(&server, &ScriptedHttpsServer::requestReceived);
    auto *aborted =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(server.requests.size() >= 2, 15000); // devicecode + a poll
    aborted->abort();
    QVERIFY(waitFor(aborted));
    QCOMPARE(aborted->error().kind, VaultError::Kind::Cancelled);
    received.clear();
    QVERIFY(!received.wait(2500));
    aborted->deleteLater();
}

// --- local vault connection ----------------------------------------------------------------------

void CredentialsTest::localVaultConnectionLoads() {
    auto connection = LocalVaultConnection::load(m_vault.server()->connectionFilePath());
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error()));
    const QJsonObject json = m_vault.connection();
    QCOMPARE(connection->vaultUrl(), QUrl(json.value(QStringLiteral("vaultUrl")).toString()));
    QCOMPARE(connection->tenantId(), json.value(QStringLiteral("tenantId")).toString());
    QCOMPARE(connection->authorityHost(), json.value(QStringLiteral("authorityHost")).toString());
    QCOMPARE(connection->tokenEndpoint(),
             QUrl(json.value(QStringLiteral("tokenEndpoint")).toString()));
    QCOMPARE(connection->clientId(), json.value(QStringLiteral("clientId")).toString());
    QCOMPARE(connection->objectId(), json.value(QStringLiteral("objectId")).toString());
    QCOMPARE(connection->armBaseUrl(), QUrl(json.value(QStringLiteral("armBaseUrl")).toString()));
    QCOMPARE(connection->subscriptionId(), json.value(QStringLiteral("subscriptionId")).toString());
    QCOMPARE(connection->vaultResourceId(),
             json.value(QStringLiteral("vaultResourceId")).toString());
    QCOMPARE(connection->caCertificates().size(), 1);
    QCOMPARE(connection->principals().size(), 2);
    QCOMPARE(
        connection->principal(QStringLiteral("reader"))->objectId,
        m_vault.principal(QStringLiteral("reader")).value(QStringLiteral("objectId")).toString());

    std::unique_ptr<ClientSecretCredential> admin(connection->createCredential(&m_network));
    QVERIFY(admin);
    QCOMPARE(admin->client().authorityHost, json.value(QStringLiteral("authorityHost")).toString());
    const VaultError error = vaultCall(admin.get());
    QVERIFY2(!error.isError(), qPrintable(error.message));

    std::unique_ptr<ClientSecretCredential> reader(
        connection->createCredential(&m_network, nullptr, QStringLiteral("reader")));
    QVERIFY(reader);
    QCOMPARE(reader->client().clientId, connection->principal(QStringLiteral("reader"))->clientId);
    QCOMPARE(vaultCall(reader.get()).httpStatus, 403); // the reader may not list issuers
    QVERIFY(!connection->createCredential(&m_network, nullptr, QStringLiteral("nobody")));
}

void CredentialsTest::localVaultConnectionErrors() {
    QTemporaryDir dir;
    auto missing = LocalVaultConnection::load(dir.filePath(QStringLiteral("connection.json")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QLatin1String("does not exist")));

    const auto writeFile = [&dir](const QByteArray &content) {
        QFile file(dir.filePath(QStringLiteral("connection.json")));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
        return file.fileName();
    };
    auto malformed =
        LocalVaultConnection::load(writeFile("{\"vaultUrl\": \"https://localhost:1/\","));
    QVERIFY(!malformed.ok());
    QVERIFY2(malformed.error().contains(QLatin1String("not valid JSON")),
             qPrintable(malformed.error()));
    QVERIFY(!LocalVaultConnection::load(writeFile("[1, 2]")).ok());

    const QString secret = QStringLiteral("TopSecretValue-123");
    QJsonObject json = m_vault.connection();
    json.insert(QStringLiteral("clientSecret"), secret);
    json.remove(QStringLiteral("armBaseUrl"));
    json.insert(QStringLiteral("tenantId"), QString());
    auto incomplete = LocalVaultConnection::load(writeFile(QJsonDocument(json).toJson()));
    QVERIFY(!incomplete.ok());
    QVERIFY2(incomplete.error().contains(QLatin1String("armBaseUrl")),
             qPrintable(incomplete.error()));
    QVERIFY(incomplete.error().contains(QLatin1String("tenantId")));
    QVERIFY(!incomplete.error().contains(secret));

    json = m_vault.connection();
    json.insert(QStringLiteral("vaultUrl"), QStringLiteral("http://localhost:1/"));
    auto insecure = LocalVaultConnection::load(writeFile(QJsonDocument(json).toJson()));
    QVERIFY(!insecure.ok());
    QVERIFY(insecure.error().contains(QLatin1String("vaultUrl")));

    json = m_vault.connection();
    json.insert(QStringLiteral("caCertificate"), QStringLiteral("no-such-ca.pem"));
    auto noCa = LocalVaultConnection::load(writeFile(QJsonDocument(json).toJson()));
    QVERIFY(!noCa.ok());
    QVERIFY(noCa.error().contains(QLatin1String("no-such-ca.pem")));

    json = m_vault.connection();
    QJsonArray principals = json.value(QStringLiteral("principals")).toArray();
    QJsonObject first = principals.at(0).toObject();
    first.remove(QStringLiteral("clientSecret"));
    principals.replace(0, first);
    json.insert(QStringLiteral("principals"), principals);
    auto badPrincipal = LocalVaultConnection::load(writeFile(QJsonDocument(json).toJson()));
    QVERIFY(!badPrincipal.ok());
    QVERIFY(badPrincipal.error().contains(QLatin1String("principals[0]")));
}

QTEST_GUILESS_MAIN(CredentialsTest)
#include "tst_credentials.moc"
