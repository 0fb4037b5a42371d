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
    parser.addOptions({portOption, dataOption, demoOption, delayOption});
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

    quitOnTerminationSignals(app);
    certdeck::localvault::LocalVaultServer server;
    QString error;
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
