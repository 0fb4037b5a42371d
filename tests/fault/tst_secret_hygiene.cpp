// Secret hygiene: every credential type of lib/client and both PFX uploads (Key Vault import,
// API Management certificate) are driven against the real certdeck-localvault process with
// recognisable secrets. Then Qt's log output (all categories, debug included), the QSettings
// directory, the activity panel's CSV export and a core dump of this very process are searched:
// no secret, no token may appear.
#include "apim_client.h"
#include "azure_cli_credential.h"
#include "client_certificate_credential.h"
#include "device_code_credential.h"
#include "http_pipeline.h"
#include "local_vault_connection.h"
#include "vault_client.h"

#include "activity_feed.h"
#include "activity_model.h"

#include "local_vault_fixture.h"
#include "local_vault_process.h"

#include "openssl_support.h"
#include "pkcs12.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <malloc.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace certdeck;
using namespace certdeck::client;

namespace {

QByteArray capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message) {
    capturedLog += message.toUtf8() + '\n';
}

// "S3cret-CANARY-7f3a-" and a random tail made at run time: the whole string never sits in the
// binary, so a core dump only holds it where the program kept a copy.
QByteArray canary(const char *kind) {
    return "S3cret-CANARY-7f3a-" + QByteArray(kind) + '-' +
           QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

constexpr int replyTimeoutMs = 30000;

template <typename ReplyType> bool waitFor(ReplyType *reply) {
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &ServiceReply::finished);
    return finished.wait(replyTimeoutMs);
}

// The bytes of `secret` as a QString holds them.
QByteArray utf16Of(const QByteArray &secret) {
    const QString text = QString::fromUtf8(secret);
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

// Whether `secret` occurs in `haystack`, as UTF-8 or as UTF-16.
bool containsSecret(const QByteArray &haystack, const QByteArray &secret) {
    return haystack.contains(secret) || haystack.contains(utf16Of(secret));
}

// The surroundings of the first hit, printable characters only: tells whose copy it is.
QString whereFound(const QByteArray &haystack, const QByteArray &secret) {
    const QByteArray utf16 = utf16Of(secret);
    qsizetype at = haystack.indexOf(secret);
    const bool wide = at < 0;
    if (wide)
        at = haystack.indexOf(utf16);
    QByteArray around = haystack.mid(qMax<qsizetype>(0, at - 160), 320 + secret.size());
    for (char &c : around) {
        if (c < 0x20 || c > 0x7e)
            c = '.';
    }
    return QStringLiteral("%1 hit(s), %2 at %3: %4")
        .arg(haystack.count(secret) + haystack.count(utf16))
        .arg(wide ? QStringLiteral("UTF-16") : QStringLiteral("UTF-8"))
        .arg(at)
        .arg(QString::fromLatin1(around));
}

QByteArray pfxOf(const lvtest::KeyAndCertificate &material, const QByteArray &password) {
    return QByteArray::fromBase64(lvtest::pfxBase64(material, password).toLatin1());
}

bool wasBuiltWithAddressSanitizer() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
    return false;
#endif
}

} // namespace

class TestSecretHygiene : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clientSecretAndPfxUploads();
    void clientCertificate();
    void deviceCode();
    void azureCli();
    void nothingInLogsSettingsOrActivityExport();
    void nothingInACoreDump();

private:
    bool plantSecretsInStore(const QString &clientId, QString *error);
    std::unique_ptr<HttpPipeline> pipelineFor(TokenCredential *credential);
    void record(const AccessToken &token) { m_tokens.append(token.token.toUtf8()); }
    QSslConfiguration localSsl() const;
    ConfidentialClient confidentialClient() const;
    // Every secret the test handed out or obtained.
    QList<QByteArray> allSecrets() const;

    QTemporaryDir m_dataDir;
    QTemporaryDir m_configDir;
    LocalVaultProcess m_vault;
    std::optional<LocalVaultConnection> m_connection;
    lvtest::KeyAndCertificate m_clientMaterial;
    lvtest::KeyAndCertificate m_uploadMaterial;
    QByteArray m_clientSecret = canary("client-secret");
    QByteArray m_clientPfxPassword = canary("client-pfx");
    QByteArray m_importPassword = canary("import-pfx");
    QByteArray m_apimPassword = canary("apim-pfx");
    QList<QByteArray> m_tokens;
    models::ActivityModel m_activity;
    QNetworkAccessManager m_network;
};

void TestSecretHygiene::initTestCase() {
    const QString binary = LocalVaultProcess::binaryFromEnvironment();
    if (binary.isEmpty())
        QSKIP(LocalVaultProcess::binaryMissing);
    // Every category at debug level, all into our buffer.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qInstallMessageHandler(captureMessage);
    qDebug("secret-hygiene: log capture works");
    QVERIFY(capturedLog.contains("log capture works"));
    // QSettings, wherever a library would write them, land in our directory.
    qputenv("XDG_CONFIG_HOME", m_configDir.path().toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_configDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_configDir.path());
    // Freed heap is overwritten (glibc): the dump shows what is still held, not what was freed.
    mallopt(M_PERTURB, 0x5a);

    m_clientMaterial = lvtest::makeSelfSigned(QStringLiteral("CN=hygiene-client.certdeck.test"));
    m_uploadMaterial = lvtest::makeSelfSigned(QStringLiteral("CN=hygiene-upload.certdeck.test"));

    // First start makes the identities; then the admin gets our secret and certificate.
    QString error;
    QVERIFY2(m_vault.start(binary, m_dataDir.path(), {}, &error), qPrintable(error));
    auto first = LocalVaultConnection::load(m_vault.connectionPath());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
    m_vault.stop();
    QVERIFY2(plantSecretsInStore(first->clientId(), &error), qPrintable(error));
    QVERIFY2(m_vault.start(binary, m_dataDir.path(), {}, &error), qPrintable(error));
    auto connection = LocalVaultConnection::load(m_vault.connectionPath());
    QVERIFY(connection.ok());
    m_connection = *connection;
}

void TestSecretHygiene::cleanupTestCase() {
    qInstallMessageHandler(nullptr);
}

bool TestSecretHygiene::plantSecretsInStore(const QString &clientId, QString *error) {
    const QString connectionName = QStringLiteral("hygiene-plant");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_dataDir.filePath(QStringLiteral("vault.db")));
        QSqlQuery update(db);
        ok = db.open() &&
             update.prepare(QStringLiteral(
                 "UPDATE principals SET secret = ?, certificate = ? WHERE client_id = ?"));
        update.addBindValue(QString::fromLatin1(m_clientSecret));
        update.addBindValue(m_clientMaterial.certificate.der());
        update.addBindValue(clientId);
        ok = ok && update.exec() && update.numRowsAffected() == 1;
        if (!ok)
            *error = QStringLiteral("cannot plant the test's secret in the store");
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

QSslConfiguration TestSecretHygiene::localSsl() const {
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_connection->caCertificates());
    return ssl;
}

ConfidentialClient TestSecretHygiene::confidentialClient() const {
    ConfidentialClient client;
    client.authorityHost = m_connection->authorityHost();
    client.tenantId = m_connection->tenantId();
    client.clientId = m_connection->clientId();
    return client;
}

std::unique_ptr<HttpPipeline> TestSecretHygiene::pipelineFor(TokenCredential *credential) {
    auto pipeline = std::make_unique<HttpPipeline>(credential);
    pipeline->addTrustedCertificates(m_connection->caCertificates());
    // As the main window feeds the activity panel.
    connect(pipeline.get(), &HttpPipeline::activity, &m_activity,
            [this](const ActivityRecord &record) {
                m_activity.append(gui::activityEntryFrom(record));
            });
    return pipeline;
}

QList<QByteArray> TestSecretHygiene::allSecrets() const {
    return QList<QByteArray>{m_clientSecret, m_clientPfxPassword, m_importPassword,
                             m_apimPassword} +
           m_tokens;
}

void TestSecretHygiene::clientSecretAndPfxUploads() {
    ClientSecretCredential credential(confidentialClient(), QString::fromLatin1(m_clientSecret),
                                      &m_network);
    credential.setSslConfiguration(localSsl());
    QVERIFY(!credential.describe().contains(QString::fromLatin1(m_clientSecret)));
    auto *token =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(token));
    QVERIFY2(!token->hasError(), qPrintable(token->error().message));
    record(token->value());
    token->deleteLater();

    const auto pipeline = pipelineFor(&credential);
    VaultClient vault(m_connection->vaultUrl(), pipeline.get());
    ImportParameters import;
    import.pfxOrPem = pfxOf(m_uploadMaterial, m_importPassword);
    import.password = QString::fromLatin1(m_importPassword);
    auto *imported = vault.importCertificate(QStringLiteral("hygiene"), import);
    QVERIFY(waitFor(imported));
    QVERIFY2(!imported->hasError(), qPrintable(imported->error().message));
    // A wrong password: the error must not quote it either.
    import.password = QString::fromLatin1(m_importPassword + "-wrong");
    auto *refused = vault.importCertificate(QStringLiteral("hygiene-wrong"), import);
    QVERIFY(waitFor(refused));
    QVERIFY(refused->hasError());
    capturedLog += refused->error().message.toUtf8() + '\n';

    ApimClient apim(pipeline.get());
    apim.setBaseUrl(m_connection->armBaseUrl());
    apim.setMaxPollIntervalMs(20);
    auto *uploaded =
        apim.createCertificateFromPfx(m_connection->apimResourceId(), QStringLiteral("hygiene"),
                                      pfxOf(m_uploadMaterial, m_apimPassword), m_apimPassword);
    QVERIFY(waitFor(uploaded));
    QVERIFY2(!uploaded->hasError(), qPrintable(uploaded->error().message));
    for (ServiceReply *reply :
         {static_cast<ServiceReply *>(imported), static_cast<ServiceReply *>(refused),
          static_cast<ServiceReply *>(uploaded)})
        delete reply;
    crypto::cleanse(import.pfxOrPem);
}

void TestSecretHygiene::clientCertificate() {
    const QByteArray pfx = pfxOf(m_clientMaterial, m_clientPfxPassword);
    auto material = loadClientCertificate(pfx, m_clientPfxPassword);
    QVERIFY2(material.ok(), qPrintable(material.ok() ? QString() : material.error()));
    auto wrong = loadClientCertificate(pfx, m_clientPfxPassword + "-wrong");
    QVERIFY(!wrong.ok());
    capturedLog += wrong.error().toUtf8() + '\n';

    ClientCertificateCredential credential(confidentialClient(), *material, &m_network);
    credential.setSslConfiguration(localSsl());
    auto *token =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(waitFor(token));
    QVERIFY2(!token->hasError(), qPrintable(token->error().message));
    record(token->value());
    delete token;
    const auto pipeline = pipelineFor(&credential);
    VaultClient vault(m_connection->vaultUrl(), pipeline.get());
    auto *listed = vault.listIssuers();
    QVERIFY(waitFor(listed));
    QVERIFY2(!listed->hasError(), qPrintable(listed->error().message));
    delete listed;
}

void TestSecretHygiene::deviceCode() {
    PublicClient client;
    client.authorityHost = m_connection->authorityHost();
    client.tenantId = m_connection->tenantId();
    client.clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    DeviceCodeCredential credential(client, &m_network);
    credential.setSslConfiguration(localSsl());
    QSignalSpy prompted(&credential, &DeviceCodeCredential::userActionRequired);
    auto *token =
        credential.requestToken({QStringLiteral("https://vault.azure.net/.default"), {}, {}});
    QVERIFY(prompted.wait(replyTimeoutMs));

    // The user signs in "in the browser": the vault's approval form, as the admin.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("user_code"), prompted.at(0).at(0).toString());
    form.addQueryItem(QStringLiteral("client_id"), m_connection->clientId());
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                           QString::fromLatin1(m_clientSecret))));
    QNetworkRequest approval(prompted.at(0).at(1).toUrl());
    approval.setSslConfiguration(localSsl());
    approval.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *approved =
        m_network.post(approval, form.toString(QUrl::FullyEncoded).toLatin1());
    QSignalSpy approvedSpy(approved, &QNetworkReply::finished);
    QVERIFY(approvedSpy.wait(replyTimeoutMs));
    QCOMPARE(approved->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete approved;

    QVERIFY(waitFor(token));
    QVERIFY2(!token->hasError(), qPrintable(token->error().message));
    record(token->value());
    delete token;
}

void TestSecretHygiene::azureCli() {
    QVERIFY(!m_tokens.isEmpty());
    QTemporaryDir bin;
    QFile script(bin.filePath(QStringLiteral("az")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nprintf '{\"accessToken\": \"" + m_tokens.first() +
                 "\", \"expires_on\": 1900000000, \"tokenType\": \"Bearer\"}\\n'\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", bin.path().toLocal8Bit() + ':' + oldPath);
    AzureCliCredential credential;
    const auto pipeline = pipelineFor(&credential);
    VaultClient vault(m_connection->vaultUrl(), pipeline.get());
    auto *listed = vault.listIssuers();
    const bool finished = waitFor(listed);
    qputenv("PATH", oldPath);
    QVERIFY(finished);
    QVERIFY2(!listed->hasError(), qPrintable(listed->error().message));
    delete listed;
}

void TestSecretHygiene::nothingInLogsSettingsOrActivityExport() {
    QVERIFY(m_activity.rowCount() > 0);
    const QByteArray csv = m_activity.toCsv();
    QVERIFY(csv.contains("/certificates/hygiene/import"));
    QByteArray settings;
    QDirIterator files(m_configDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            settings += file.readAll();
    }
    QCOMPARE(m_tokens.size(), 3);
    for (const QByteArray &secret : allSecrets()) {
        QVERIFY2(!containsSecret(capturedLog, secret), "a secret or token is in the log output");
        QVERIFY2(!containsSecret(csv, secret), "a secret or token is in the activity export");
        QVERIFY2(!containsSecret(settings, secret), "a secret or token is in the settings");
        // Tokens are JWTs: no piece as long as their signature may show either.
        const QByteArray signature = secret.mid(secret.lastIndexOf('.') + 1);
        if (secret.count('.') == 2 && signature.size() >= 16)
            QVERIFY2(!capturedLog.contains(signature), "a token's signature is in the log output");
    }
}

// The PFX passwords are ours to wipe: once the uploads are done, no live copy may remain.
// (Client secrets and tokens live on by design inside credentials and token caches while those
// exist; those objects are gone here too, but Qt's network stack keeps copies of request bodies
// we cannot wipe, so the dump is searched for the PFX passwords only.)
void TestSecretHygiene::nothingInACoreDump() {
    if (wasBuiltWithAddressSanitizer())
        QSKIP("AddressSanitizer keeps freed memory in quarantine unwiped: core dump check skipped");
    if (!qgetenv("GLIBC_TUNABLES").contains("glibc.malloc.tcache_count=0"))
        QSKIP("GLIBC_TUNABLES=glibc.malloc.tcache_count=0 is not set (ctest sets it): freed blocks "
              "would keep their bytes, core dump check skipped");
    if (QStandardPaths::findExecutable(QStringLiteral("gcore")).isEmpty())
        QSKIP("gcore (gdb) is not installed: core dump check skipped");
    // Our own copies go first (no other reference may share them, or cleanse() would wipe a
    // detached copy); what the dump still shows came from the code under test.
    QList<QByteArray> patterns;
    for (const QByteArray *password : {&m_clientPfxPassword, &m_importPassword, &m_apimPassword})
        patterns.append(password->mid(password->lastIndexOf('-') + 1));
    crypto::cleanse(m_clientPfxPassword);
    crypto::cleanse(m_importPassword);
    crypto::cleanse(m_apimPassword);
    m_network.clearConnectionCache();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0); // let gcore (our child) attach to us
    QTemporaryDir dumpDir;
    const QString dumpBase = dumpDir.filePath(QStringLiteral("core"));
    QProcess gcore;
    gcore.start(QStringLiteral("gcore"), {QStringLiteral("-o"), dumpBase,
                                          QString::number(QCoreApplication::applicationPid())});
    QVERIFY(gcore.waitForFinished(120000));
    const QString dumpPath =
        dumpBase + QLatin1Char('.') + QString::number(QCoreApplication::applicationPid());
    if (!QFile::exists(dumpPath))
        QSKIP(
            qPrintable(QStringLiteral("gcore could not dump this process (ptrace not allowed?): ") +
                       QString::fromLocal8Bit(gcore.readAllStandardError()).left(300)));
    QFile dump(dumpPath);
    QVERIFY(dump.open(QIODevice::ReadOnly));
    const QByteArray core = dump.readAll();
    QVERIFY(core.size() > 1024 * 1024);
    for (const QByteArray &tail : patterns)
        QVERIFY2(!containsSecret(core, "-pfx-" + tail),
                 qPrintable(QStringLiteral("a PFX password is still in memory: ") +
                            whereFound(core, "-pfx-" + tail)));
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secret_hygiene.moc"
