// certdeck-cli end to end: the real certdeck-cli binary against the real certdeck-localvault
// binary (paths from CERTDECK_CLI_BIN and CERTDECK_LOCALVAULT_BIN), both driven with QProcess.
#include "certificate_reader.h"
#include "certificate_request.h"
#include "certificate_signer.h"
#include "local_vault_connection.h"
#include "pkcs12.h"
#include "vault_client.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace certdeck;

namespace {

constexpr int commandTimeoutMs = 60000;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

crypto::IssueSpec validity(bool ca = false) {
    crypto::IssueSpec spec;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(60);
    spec.isCa = ca;
    return spec;
}

struct TestCa {
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

TestCa makeCa(const QString &subject) {
    TestCa ca;
    ca.key = *crypto::PrivateKey::generate({});
    crypto::RequestSpec spec;
    spec.subject = subject;
    ca.certificate = *crypto::selfSign(ca.key, spec, validity(true));
    return ca;
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void usageErrorsExitTwo();
    void helpDocumentsExitCodes();
    void selfSignedLifecycle();
    void importWithPasswordFileAndExport();
    void deleteRecoverPurge();
    void unknownIssuerMergeFlow();
    void readerIsForbiddenToCreate();
    void watchFollowsTestIssuerToCompletion();
    void authenticationAndNetworkFailures();
    void accessPolicies();
    void clientSecretSignInWithoutConnectionFile();
    void listingsFollowNextLinkAcrossPages();

private:
    Run cli(const QStringList &arguments, const QString &connection = {});
    QString writeFile(const QString &name, const QByteArray &data);
    QString connectionWith(const QString &name, const QJsonObject &changes);
    QJsonObject connectionJson() const;

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_cliBin;
    QString m_connection;
};

void CliTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cliBin = qEnvironmentVariable("CERTDECK_CLI_BIN");
    const QString serverBin = qEnvironmentVariable("CERTDECK_LOCALVAULT_BIN");
    QVERIFY2(!m_cliBin.isEmpty() && QFileInfo(m_cliBin).isExecutable(),
             "CERTDECK_CLI_BIN must name the certdeck-cli executable");
    QVERIFY2(!serverBin.isEmpty() && QFileInfo(serverBin).isExecutable(),
             "CERTDECK_LOCALVAULT_BIN must name the certdeck-localvault executable");
    m_server.setProgram(serverBin);
    m_server.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                           m_dir.filePath(QStringLiteral("vault")),
                           QStringLiteral("--issuer-delay-ms"), QStringLiteral("800")});
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start();
    QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine() || m_server.state() == QProcess::NotRunning,
                             30000);
    QVERIFY2(m_server.state() == QProcess::Running, m_server.readAllStandardError().constData());
    m_connection = QString::fromUtf8(m_server.readLine()).trimmed();
    QVERIFY2(QFileInfo(m_connection).isFile(), qPrintable(m_connection));
}

void CliTest::cleanupTestCase() {
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        QSignalSpy stopped(&m_server, &QProcess::finished);
        QVERIFY(stopped.wait(15000) || m_server.state() == QProcess::NotRunning);
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }
}

Run CliTest::cli(const QStringList &arguments, const QString &connection) {
    QProcess process;
    process.setProgram(m_cliBin);
    QStringList all;
    if (connection != QLatin1String("none"))
        all << QStringLiteral("--connection") << (connection.isEmpty() ? m_connection : connection);
    process.setArguments(all + arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    Run run;
    if (!finished.wait(commandTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "timed out: " + arguments.join(QLatin1Char(' ')).toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString CliTest::writeFile(const QString &name, const QByteArray &data) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

QJsonObject CliTest::connectionJson() const {
    QFile file(m_connection);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString CliTest::connectionWith(const QString &name, const QJsonObject &changes) {
    QJsonObject json = connectionJson();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        json.insert(it.key(), it.value());
    return writeFile(name, QJsonDocument(json).toJson());
}

void CliTest::usageErrorsExitTwo() {
    const QList<QStringList> cases{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("show")},
        {QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("--output"), QStringLiteral("xml"), QStringLiteral("list")},
        {QStringLiteral("--api-version"), QStringLiteral("2.0"), QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("--no-such-option")},
        {QStringLiteral("create"), QStringLiteral("no-subject")},
        {QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--subject"),
         QStringLiteral("CN=x"), QStringLiteral("--key-type"), QStringLiteral("DSA")},
        {QStringLiteral("export"), QStringLiteral("x")},
        {QStringLiteral("merge"), QStringLiteral("x")},
    };
    for (const QStringList &arguments : cases) {
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.describe()));
        QVERIFY2(!run.err.isEmpty(), qPrintable(run.describe()));
    }
    // No vault at all is a usage error too.
    QCOMPARE(cli({QStringLiteral("list")}, QStringLiteral("none")).exitCode, 2);
    // A password on the command line is refused, and the password never echoed back.
    const Run refused = cli({QStringLiteral("import"), QStringLiteral("x"), QStringLiteral("f.pfx"),
                             QStringLiteral("--password=Hunter2Secret")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("never go on the command line"), qPrintable(refused.describe()));
    QVERIFY(!refused.err.contains("Hunter2Secret"));
}

void CliTest::helpDocumentsExitCodes() {
    const Run help = cli({QStringLiteral("--help")}, QStringLiteral("none"));
    QCOMPARE(help.exitCode, 0);
    for (const char *expected :
         {"Exit codes", "  9  invalid local input", "merge NAME FILE", "--connection", "--output"})
        QVERIFY2(help.out.contains(expected), expected);
    const Run commandHelp =
        cli({QStringLiteral("create"), QStringLiteral("--help")}, QStringLiteral("none"));
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains("--validity-months"));
}

void CliTest::selfSignedLifecycle() {
    const QString name = QStringLiteral("cli-self");
    Run run = cli({QStringLiteral("create"), name, QStringLiteral("--subject"),
                   QStringLiteral("CN=self.cli.test"), QStringLiteral("--san-dns"),
                   QStringLiteral("self.cli.test,www.self.cli.test"), QStringLiteral("--key-type"),
                   QStringLiteral("EC"), QStringLiteral("--curve"), QStringLiteral("P-256"),
                   QStringLiteral("--validity-months"), QStringLiteral("6")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // Self-signed requests complete at once; wait (bounded) in case the vault settles them later.
    QTRY_VERIFY_WITH_TIMEOUT((run = cli({QStringLiteral("--output"), QStringLiteral("json"),
                                         QStringLiteral("show"), name}))
                                         .exitCode == 0 &&
                                 !run.json().value(QStringLiteral("cer")).toString().isEmpty(),
                             10000);
    const QJsonObject bundle = run.json();
    auto certificate = crypto::Certificate::fromDer(
        QByteArray::fromBase64(bundle.value(QStringLiteral("cer")).toString().toLatin1()));
    QVERIFY(certificate.ok());
    QCOMPARE(certificate->subject(), QStringLiteral("CN=self.cli.test"));
    QCOMPARE(certificate->subjectAlternativeNames().dnsNames,
             QStringList({QStringLiteral("self.cli.test"), QStringLiteral("www.self.cli.test")}));
    QCOMPARE(bundle.value(QStringLiteral("policy"))
                 .toObject()
                 .value(QStringLiteral("key_props"))
                 .toObject()
                 .value(QStringLiteral("kty"))
                 .toString(),
             QStringLiteral("EC"));

    run = cli({QStringLiteral("show"), name});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains("CN=self.cli.test"), qPrintable(run.describe()));
    QVERIFY2(run.out.contains(certificate->sha1Thumbprint().toHex().toUpper()),
             qPrintable(run.describe()));

    run =
        cli({QStringLiteral("versions"), name, QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(QStringLiteral("value")).toArray().size(), 1);

    run = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonParseError error;
    const QJsonDocument listed = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    bool found = false;
    for (const QJsonValue &item : listed.object().value(QStringLiteral("value")).toArray())
        found = found || item.toObject()
                             .value(QStringLiteral("id"))
                             .toString()
                             .endsWith(QStringLiteral("/certificates/") + name);
    QVERIFY2(found, run.out.constData());

    run = cli({QStringLiteral("list"), QStringLiteral("--api-version"), QStringLiteral("7.4")});
    QVERIFY2(run.exitCode == 0 && run.out.contains(name.toUtf8()), qPrintable(run.describe()));
    QVERIFY(run.out.startsWith("NAME"));
}

void CliTest::importWithPasswordFileAndExport() {
    auto key = crypto::PrivateKey::generate({});
    crypto::RequestSpec subject;
    subject.subject = QStringLiteral("CN=import.cli.test");
    auto certificate = crypto::selfSign(*key, subject, validity());
    QVERIFY(certificate.ok());
    auto pfx = crypto::writePkcs12({*key, *certificate, {}, {}}, "Imp0rt-Pass");
    QVERIFY(pfx.ok());
    const QString pfxFile = writeFile(QStringLiteral("import.pfx"), *pfx);
    const QString passwordFile = writeFile(QStringLiteral("import.pw"), "Imp0rt-Pass\n");
    const QString wrongFile = writeFile(QStringLiteral("wrong.pw"), "not-the-password\n");

    Run run = cli({QStringLiteral("import"), QStringLiteral("cli-pfx"), pfxFile,
                   QStringLiteral("--password-file"), wrongFile});
    QVERIFY2(run.exitCode == 9, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("password does not open"), qPrintable(run.describe()));
    QVERIFY(!run.err.contains("not-the-password"));
    // Not a terminal and no password file: told how to give it, nothing sent.
    run = cli({QStringLiteral("import"), QStringLiteral("cli-pfx"), pfxFile});
    QVERIFY2(run.exitCode == 9 && run.err.contains("--password-file"), qPrintable(run.describe()));
    QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("cli-pfx")}).exitCode, 4);
    run = cli({QStringLiteral("import"), QStringLiteral("cli-pfx"),
               m_dir.filePath(QStringLiteral("missing.pfx"))});
    QVERIFY2(run.exitCode == 9, qPrintable(run.describe()));

    run = cli({QStringLiteral("import"), QStringLiteral("cli-pfx"), pfxFile,
               QStringLiteral("--password-file"), passwordFile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(certificate->sha1Thumbprint().toHex().toUpper()),
             qPrintable(run.describe()));
    QVERIFY(!run.out.contains("Imp0rt-Pass") && !run.err.contains("Imp0rt-Pass"));

    const QString exported = m_dir.filePath(QStringLiteral("exported.pfx"));
    run = cli(
        {QStringLiteral("export"), QStringLiteral("cli-pfx"), QStringLiteral("--out"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(QFile(exported).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto readBack = crypto::readPkcs12(file.readAll(), {});
    QVERIFY2(readBack.ok(), readBack.ok() ? "" : qPrintable(readBack.error().message));
    QCOMPARE(readBack->certificate, *certificate);
    QCOMPARE(readBack->key.publicKeyDer(), key->publicKeyDer());
    // The file exists now: not overwritten without --force.
    run = cli(
        {QStringLiteral("export"), QStringLiteral("cli-pfx"), QStringLiteral("--out"), exported});
    QVERIFY2(run.exitCode == 9, qPrintable(run.describe()));

    const QString pem = m_dir.filePath(QStringLiteral("exported.pem"));
    run = cli({QStringLiteral("export"), QStringLiteral("cli-pfx"), QStringLiteral("--out"), pem});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile pemFile(pem);
    QVERIFY(pemFile.open(QIODevice::ReadOnly));
    auto pemBundle = crypto::readPem(pemFile.readAll());
    QVERIFY(pemBundle.ok() && pemBundle->key);
    QCOMPARE(pemBundle->certificates.value(0), *certificate);
}

void CliTest::deleteRecoverPurge() {
    const QString name = QStringLiteral("cli-del");
    Run run = cli({QStringLiteral("create"), name, QStringLiteral("--subject"),
                   QStringLiteral("CN=del.cli.test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(cli({QStringLiteral("show"), name}).exitCode, 0, 10000);

    run = cli({QStringLiteral("delete"), name});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(cli({QStringLiteral("show"), name}).exitCode, 4);
    run = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("deleted")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains("/deletedcertificates/" + name.toUtf8()), qPrintable(run.describe()));

    run = cli({QStringLiteral("recover"), name});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(cli({QStringLiteral("show"), name}).exitCode, 0, 10000);

    QCOMPARE(cli({QStringLiteral("delete"), name}).exitCode, 0);
    run = cli({QStringLiteral("purge"), name});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = cli({QStringLiteral("show"), name});
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    // The error names the cause and, on its own line, the service's message with the request id.
    QVERIFY2(run.err.contains("was not found") && run.err.contains("request id"),
             qPrintable(run.describe()));
    QCOMPARE(cli({QStringLiteral("purge"), name}).exitCode, 4);
}

void CliTest::unknownIssuerMergeFlow() {
    const QString name = QStringLiteral("cli-merge");
    Run run =
        cli({QStringLiteral("create"), name, QStringLiteral("--issuer"), QStringLiteral("Unknown"),
             QStringLiteral("--subject"), QStringLiteral("CN=merge.cli.test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    run = cli({QStringLiteral("pending"), name});
    QVERIFY2(run.exitCode == 0 && run.out.contains("inProgress"), qPrintable(run.describe()));
    const QString csrFile = m_dir.filePath(QStringLiteral("merge.csr"));
    run = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("pending"), name,
               QStringLiteral("--csr-out"), csrFile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("inProgress"));
    QFile csrPem(csrFile);
    QVERIFY(csrPem.open(QIODevice::ReadOnly));
    auto csr = crypto::CertificateRequest::fromPem(csrPem.readAll());
    QVERIFY(csr.ok());
    QCOMPARE(csr->der(),
             QByteArray::fromBase64(run.json().value(QStringLiteral("csr")).toString().toLatin1()));

    // Creating again while the request is pending is a conflict.
    run =
        cli({QStringLiteral("create"), name, QStringLiteral("--issuer"), QStringLiteral("Unknown"),
             QStringLiteral("--subject"), QStringLiteral("CN=merge.cli.test")});
    QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));

    const TestCa ca = makeCa(QStringLiteral("CN=CLI Test CA"));
    auto leaf = crypto::signRequest(*csr, ca.certificate, ca.key, validity());
    QVERIFY(leaf.ok());
    // A certificate for another key, from the same CA: refused locally.
    auto otherKey = crypto::PrivateKey::generate({});
    crypto::RequestSpec otherSpec;
    otherSpec.subject = QStringLiteral("CN=merge.cli.test");
    auto otherCsr = crypto::CertificateRequest::create(*otherKey, otherSpec);
    auto other = crypto::signRequest(*otherCsr, ca.certificate, ca.key, validity());
    QVERIFY(other.ok());
    const QString caFile = writeFile(QStringLiteral("ca.crt"), ca.certificate.der());
    const QString otherFile = writeFile(QStringLiteral("other.pem"), other->pem());
    const QString leafFile = writeFile(QStringLiteral("leaf.pem"), leaf->pem());

    run = cli({QStringLiteral("merge"), name, otherFile, caFile});
    QVERIFY2(run.exitCode == 9, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("does not match") && run.err.contains("Nothing was sent"),
             qPrintable(run.describe()));
    run = cli({QStringLiteral("merge"), name, writeFile(QStringLiteral("junk.crt"), "junk")});
    QVERIFY2(run.exitCode == 9, qPrintable(run.describe()));
    // Still pending: nothing was merged.
    run =
        cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("pending"), name});
    QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("inProgress"));

    // CA first on the command line: the CLI orders the chain leaf → root.
    run = cli({QStringLiteral("merge"), name, caFile, leafFile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("show"), name});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(QByteArray::fromBase64(run.json().value(QStringLiteral("cer")).toString().toLatin1()),
             leaf->der());
}

void CliTest::readerIsForbiddenToCreate() {
    QJsonObject reader;
    for (const QJsonValue &principal :
         connectionJson().value(QStringLiteral("principals")).toArray()) {
        if (principal.toObject().value(QStringLiteral("name")).toString() ==
            QLatin1String("reader"))
            reader = principal.toObject();
    }
    QVERIFY(!reader.isEmpty());
    const QString readerConnection = connectionWith(
        QStringLiteral("reader.json"),
        {{QStringLiteral("clientId"), reader.value(QStringLiteral("clientId"))},
         {QStringLiteral("clientSecret"), reader.value(QStringLiteral("clientSecret"))},
         {QStringLiteral("objectId"), reader.value(QStringLiteral("objectId"))}});
    Run run = cli({QStringLiteral("create"), QStringLiteral("cli-denied"),
                   QStringLiteral("--subject"), QStringLiteral("CN=denied.cli.test")},
                  readerConnection);
    QVERIFY2(run.exitCode == 6, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("certificates create"), qPrintable(run.describe()));
    QVERIFY(!run.err.contains(reader.value(QStringLiteral("clientSecret")).toString().toUtf8()));
    // The reader may list; --principal picks the same identity from the original file.
    QCOMPARE(cli({QStringLiteral("list")}, readerConnection).exitCode, 0);
    run = cli({QStringLiteral("--principal"), QStringLiteral("reader"), QStringLiteral("delete"),
               QStringLiteral("cli-self")});
    QVERIFY2(run.exitCode == 6 && run.err.contains("certificates delete"),
             qPrintable(run.describe()));
}

void CliTest::watchFollowsTestIssuerToCompletion() {
    // The CLI only lists issuers: set one up through the client library.
    auto connection = client::LocalVaultConnection::load(m_connection);
    QVERIFY(connection.ok());
    QNetworkAccessManager network;
    auto *credential = connection->createCredential(&network);
    client::HttpPipeline pipeline(credential);
    pipeline.addTrustedCertificates(connection->caCertificates());
    client::VaultClient vault(connection->vaultUrl(), &pipeline);
    vault::IssuerBundle issuer;
    issuer.provider = QStringLiteral("Test");
    for (const auto &[issuerName, provider] :
         {std::pair{QStringLiteral("clitest"), QStringLiteral("Test")},
          std::pair{QStringLiteral("clireject"), QStringLiteral("TestReject")}}) {
        issuer.provider = provider;
        auto *set = vault.setIssuer(issuerName, issuer);
        QSignalSpy done(set, &client::ServiceReply::finished);
        QVERIFY(done.wait(20000));
        QVERIFY2(!set->hasError(), qPrintable(set->error().message));
        delete set;
    }
    delete credential;

    Run run = cli({QStringLiteral("issuers")});
    QVERIFY2(run.exitCode == 0 && run.out.contains("clitest") && run.out.contains("Test"),
             qPrintable(run.describe()));

    const QString name = QStringLiteral("cli-watch");
    run =
        cli({QStringLiteral("create"), name, QStringLiteral("--issuer"), QStringLiteral("clitest"),
             QStringLiteral("--subject"), QStringLiteral("CN=watch.cli.test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = cli({QStringLiteral("pending"), name, QStringLiteral("--watch")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const qsizetype inProgress = run.out.indexOf("inProgress");
    const qsizetype completed = run.out.indexOf("completed");
    QVERIFY2(inProgress >= 0 && completed > inProgress, qPrintable(run.describe()));
    run = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("show"), name});
    QVERIFY2(run.exitCode == 0 && !run.json().value(QStringLiteral("cer")).toString().isEmpty(),
             qPrintable(run.describe()));
    // The completed request stays readable: watching it again ends at once.
    run = cli({QStringLiteral("pending"), name, QStringLiteral("--watch")});
    QVERIFY2(run.exitCode == 0 && !run.out.contains("inProgress") && run.out.contains("completed"),
             qPrintable(run.describe()));
    // A request the issuer rejects: the watch ends with exit 7 and says why.
    run = cli({QStringLiteral("create"), QStringLiteral("cli-rejected"), QStringLiteral("--issuer"),
               QStringLiteral("clireject"), QStringLiteral("--subject"),
               QStringLiteral("CN=rejected.cli.test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run =
        cli({QStringLiteral("pending"), QStringLiteral("cli-rejected"), QStringLiteral("--watch")});
    QVERIFY2(run.exitCode == 7 && run.out.contains("failed") && run.err.contains("ended failed"),
             qPrintable(run.describe()));
    QCOMPARE(cli({QStringLiteral("pending"), QStringLiteral("cli-never-created"),
                  QStringLiteral("--watch")})
                 .exitCode,
             4);
}

void CliTest::authenticationAndNetworkFailures() {
    const QString wrongSecret = connectionWith(
        QStringLiteral("wrong-secret.json"),
        {{QStringLiteral("clientSecret"), QStringLiteral("definitely-not-the-secret")}});
    Run run = cli({QStringLiteral("list")}, wrongSecret);
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY(!run.err.contains("definitely-not-the-secret"));

    const QString closed =
        connectionWith(QStringLiteral("closed-port.json"),
                       {{QStringLiteral("vaultUrl"), QStringLiteral("https://localhost:1/")}});
    run = cli({QStringLiteral("list")}, closed);
    QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));

    // A connection file that cannot be read is invalid local input.
    run = cli({QStringLiteral("list")}, writeFile(QStringLiteral("broken.json"), "{"));
    QVERIFY2(run.exitCode == 9, qPrintable(run.describe()));
}

void CliTest::accessPolicies() {
    const QString admin = connectionJson().value(QStringLiteral("objectId")).toString();
    Run run = cli({QStringLiteral("policy"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0 && run.out.contains(admin.toUtf8()), qPrintable(run.describe()));

    const QString newcomer = QStringLiteral("6f1f3c1e-0000-4000-8000-00000000c11a");
    run = cli({QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("--object-id"),
               newcomer, QStringLiteral("--certificates"), QStringLiteral("get,list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("policy"),
               QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    bool granted = false;
    for (const QJsonValue &entry : run.json().value(QStringLiteral("value")).toArray()) {
        const auto object = entry.toObject();
        granted = granted || (object.value(QStringLiteral("objectId")).toString() == newcomer &&
                              object.value(QStringLiteral("permissions"))
                                  .toObject()
                                  .value(QStringLiteral("certificates"))
                                  .toArray()
                                  .contains(QStringLiteral("list")));
    }
    QVERIFY2(granted, run.out.constData());

    run = cli({QStringLiteral("policy"), QStringLiteral("remove"), QStringLiteral("--object-id"),
               newcomer});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = cli({QStringLiteral("policy"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0 && !run.out.contains(newcomer.toUtf8()), qPrintable(run.describe()));
    run = cli({QStringLiteral("policy"), QStringLiteral("remove"), QStringLiteral("--object-id"),
               newcomer});
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    QCOMPARE(cli({QStringLiteral("policy"), QStringLiteral("grant")}).exitCode, 2);
}

void CliTest::clientSecretSignInWithoutConnectionFile() {
    const QJsonObject json = connectionJson();
    const QString secret = json.value(QStringLiteral("clientSecret")).toString();
    const QString secretFile = writeFile(QStringLiteral("client.secret"), secret.toUtf8() + '\n');
    const QStringList common{
        QStringLiteral("--vault"),          json.value(QStringLiteral("vaultUrl")).toString(),
        QStringLiteral("--auth"),           QStringLiteral("secret"),
        QStringLiteral("--tenant"),         json.value(QStringLiteral("tenantId")).toString(),
        QStringLiteral("--client-id"),      json.value(QStringLiteral("clientId")).toString(),
        QStringLiteral("--authority-host"), json.value(QStringLiteral("authorityHost")).toString()};
    const QString ca = json.value(QStringLiteral("caCertificate")).toString();
    // Global options may also follow the command.
    Run run = cli(common + QStringList{QStringLiteral("--client-secret-file"), secretFile,
                                       QStringLiteral("issuers"), QStringLiteral("--ca-file"), ca},
                  QStringLiteral("none"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // Without the local CA the TLS certificate is not trusted, and never silently accepted.
    run = cli(common + QStringList{QStringLiteral("--client-secret-file"), secretFile,
                                   QStringLiteral("issuers")},
              QStringLiteral("none"));
    QVERIFY2(run.exitCode == 8, qPrintable(run.describe()));
    // No secret given at all: a usage error naming the ways to give one.
    run = cli(common + QStringList{QStringLiteral("--ca-file"), ca, QStringLiteral("issuers")},
              QStringLiteral("none"));
    QVERIFY2(run.exitCode == 2 && run.err.contains("CERTDECK_CLIENT_SECRET"),
             qPrintable(run.describe()));
    QVERIFY(!run.err.contains(secret.toUtf8()));
}

void CliTest::listingsFollowNextLinkAcrossPages() {
    // A second vault, seeded with more certificates than three pages hold.
    QProcess seeded;
    seeded.setProgram(qEnvironmentVariable("CERTDECK_LOCALVAULT_BIN"));
    seeded.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                         m_dir.filePath(QStringLiteral("seeded")),
                         QStringLiteral("--seed-certificates"), QStringLiteral("61")});
    seeded.start();
    QVERIFY(seeded.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(seeded.canReadLine() || seeded.state() == QProcess::NotRunning, 60000);
    QVERIFY2(seeded.state() == QProcess::Running, seeded.readAllStandardError().constData());
    const QString connection = QString::fromUtf8(seeded.readLine()).trimmed();

    Run run = cli({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("list")},
                  connection);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray items = run.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(items.size(), 61);
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids.size(), 61);
    QFile seededFile(connection);
    QVERIFY(seededFile.open(QIODevice::ReadOnly));
    const QString vaultUrl = QJsonDocument::fromJson(seededFile.readAll())
                                 .object()
                                 .value(QStringLiteral("vaultUrl"))
                                 .toString();
    QVERIFY(ids.contains(vaultUrl + QStringLiteral("certificates/seed-60")));

    run = cli({QStringLiteral("list")}, connection);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 62); // header + 61 rows, one table across the pages
    QVERIFY(lines[0].startsWith("NAME"));
    QVERIFY(lines[1].startsWith("seed-00  enabled"));

    run = cli({QStringLiteral("deleted")}, connection);
    QVERIFY2(run.exitCode == 0 && run.out.trimmed() == "(none)", qPrintable(run.describe()));
    run = cli({QStringLiteral("versions"), QStringLiteral("seed-07")}, connection);
    QVERIFY2(run.exitCode == 0 && run.out.trimmed().split('\n').size() == 2,
             qPrintable(run.describe()));

    QSignalSpy stopped(&seeded, &QProcess::finished);
    seeded.terminate();
    QVERIFY(stopped.wait(15000));
    QCOMPARE(seeded.exitCode(), 0);
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
