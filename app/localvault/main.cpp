// certdeck-localvault: the built-in Azure Key Vault stand-in as a standalone HTTPS server.
#include "local_vault_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Signals arrive on a socket so that the event loop, not the handler, shuts the server down.
void quitOnTerminationSignals(QCoreApplication &app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Certdeck's built-in local Azure Key Vault (HTTPS on loopback)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QStringLiteral("Data directory."), QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/localvault"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Seed demo data into a new data directory."));
    const QCommandLineOption delayOption(
        QStringLiteral("issuer-delay-ms"),
        QStringLiteral("How long test-CA requests stay in progress."), QStringLiteral("MS"),
        QStringLiteral("30000"));
    const QCommandLineOption purgeProtectionOption(
        QStringLiteral("purge-protection"),
        QStringLiteral("Turn purge protection on: deleted certificates can be recovered but not "
                       "purged before their scheduled purge date. As in Azure, it stays on."));
    const QCommandLineOption faultOption(
        QStringLiteral("fault-profile"),
        QStringLiteral("FOR TESTS ONLY: inject faults (throttling, 503, lost answers, dropped "
                       "connections, delays) described by this JSON file; see "
                       "lib/localvault/fault_injector.h."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {portOption, dataOption, demoOption, delayOption, purgeProtectionOption, faultOption});
    // Test-only (benchmarks): not shown in --help.
    QCommandLineOption seedOption(QStringLiteral("seed-certificates"),
                                  QStringLiteral("Insert N imported certificates at start."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    seedOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(seedOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        QTextStream(stderr) << "certdeck-localvault: --port needs a number from 0 to 65535\n";
        return 2;
    }
    certdeck::localvault::LocalVaultOptions options;
    options.port = quint16(port);
    options.dataDirectory = parser.value(dataOption);
    options.demo = parser.isSet(demoOption);
    options.issuerDelayMs = parser.value(delayOption).toLongLong();
    options.purgeProtection = parser.isSet(purgeProtectionOption);
    bool seedOk = false;
    options.seedCertificates = parser.value(seedOption).toInt(&seedOk);
    if (!seedOk || options.seedCertificates < 0 || options.seedCertificates > 1000000) {
        QTextStream(stderr) << "certdeck-localvault: --seed-certificates needs a number from 0 "
                               "to 1000000\n";
        return 2;
    }

    quitOnTerminationSignals(app);
    certdeck::localvault::LocalVaultServer server;
    QString error;
    if (parser.isSet(faultOption)) {
        if (!server.faults()->loadProfileFile(parser.value(faultOption), &error)) {
            QTextStream(stderr) << "certdeck-localvault: " << error << '\n';
            return 2;
        }
        QTextStream(stderr) << "certdeck-localvault: fault profile loaded ("
                            << server.faults()->ruleCount()
                            << " rules): this vault misbehaves on purpose, for tests only\n";
    }
    if (!server.start(options, &error)) {
        QTextStream(stderr) << "certdeck-localvault: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << server.connectionFilePath() << '\n';
    out << "Local Key Vault listening on " << server.baseUrl() << "/ (tenant " << server.tenantId()
        << ")\n";
    out << "Trust " << server.caCertificatePath()
        << " and sign in with the principal in the file above.\n";
    out.flush();
    return app.exec();
}
