// certdeck-cli: Azure Key Vault certificates from the command line, on the same service layer as
// the desktop application. Every command is one asynchronous chain driven by the event loop; the
// process exits when it finishes, with the exit codes listed in --help.
#include "cli_commands.h"
#include "cli_session.h"
#include "openssl_support.h"
#include "table_output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <openssl/crypto.h>

using namespace certdeck::cli;

namespace {

QString exitCodeHelp() {
    return Text::tr("Exit codes:\n"
                    "  0  success\n"
                    "  2  usage error (unknown command or option, missing argument)\n"
                    "  3  authentication failed (401, or no token could be obtained)\n"
                    "  4  not found (404)\n"
                    "  5  conflict (409), e.g. a request is already pending\n"
                    "  6  forbidden (403): the access policy lacks a permission\n"
                    "  7  other service error (also: a watched request failed or was cancelled)\n"
                    "  8  network or TLS failure\n"
                    "  9  invalid local input: unreadable file, wrong password, chain not "
                    "matching the request\n");
}

QString commandsHelp() {
    QString text = Text::tr("Commands:\n");
    for (const CommandSpec &spec : commandSpecs())
        text += QStringLiteral("  %1\n      %2\n").arg(spec.synopsis, spec.summary);
    text += Text::tr("\nRun “certdeck-cli COMMAND --help” for a command's options.\n");
    return text;
}

int usageError(const QString &message) {
    err() << "certdeck-cli: " << message << '\n'
          << Text::tr("Run “certdeck-cli --help” for usage.") << '\n';
    err().flush();
    return ExitUsage;
}

// Secrets are never accepted as arguments: say so instead of "unknown option".
std::optional<QString> refusedSecretOption(const QStringList &arguments) {
    static const QStringList refused{QStringLiteral("--password"),
                                     QStringLiteral("--client-secret"), QStringLiteral("--pwd"),
                                     QStringLiteral("--secret")};
    for (const QString &argument : arguments) {
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (refused.contains(name))
            return Text::tr("%1 is not accepted: secrets never go on the command line (they "
                            "would show in the process list and the shell history). Use "
                            "--password-file or --client-secret-file, the environment variable "
                            "CERTDECK_CLIENT_SECRET, or the terminal prompt.")
                .arg(name);
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[]) {
    // No OpenSSL teardown at exit: Qt's network threads may still be finishing their own
    // per-thread OpenSSL state when main returns, and a global cleanup racing with them leaves
    // that state half-freed. The process is exiting anyway.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDECK_VERSION));
    certdeck::crypto::ensureProvidersLoaded();
    // The user's language when a translation is embedded (:/i18n/certdeck_<code>.qm).
    QTranslator translator;
    // Elsewhere English, whose catalogue holds its plural forms ("1 day", "7 days").
    if (translator.load(QLocale(), QStringLiteral("certdeck"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("certdeck_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const QStringList arguments = app.arguments();
    if (auto refused = refusedSecretOption(arguments.mid(1)))
        return usageError(*refused);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Manage the certificates of an Azure Key Vault (or of certdeck-localvault).") +
        QStringLiteral("\n\n") + commandsHelp() + QLatin1Char('\n') + exitCodeHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const GlobalOptions globals;
    globals.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("The command to run."),
                                 QStringLiteral("COMMAND [ARGUMENTS...]"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out() << "certdeck-cli " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usageError(Text::tr("No command given."));
    const CommandSpec *command = findCommand(rest.first());
    if (!command)
        return usageError(Text::tr("Unknown command “%1”.").arg(rest.first()));

    QCommandLineParser commandParser;
    commandParser.setApplicationDescription(command->summary);
    const QCommandLineOption commandHelp = commandParser.addHelpOption();
    commandParser.addOptions(command->options);
    globals.addTo(commandParser, true);
    commandParser.addPositionalArgument(command->name, command->synopsis);
    if (!commandParser.parse(QStringList{arguments.first()} + rest.mid(1)))
        return usageError(command->name + QLatin1String(": ") + commandParser.errorText());
    if (commandParser.isSet(commandHelp)) {
        out() << Text::tr("Usage: certdeck-cli [global options] %1").arg(command->synopsis)
              << "\n\n"
              << commandParser.helpText().section(QLatin1Char('\n'), 1);
        out().flush();
        return ExitOk;
    }
    const qsizetype count = commandParser.positionalArguments().size();
    if (count < command->minArguments ||
        (command->maxArguments >= 0 && count > command->maxArguments))
        return usageError(
            Text::tr("Usage: certdeck-cli [global options] %1").arg(command->synopsis));

    Session session;
    QString error;
    int exitCode = ExitOk;
    if (!session.configure(OptionValues(parser, commandParser), globals, &error, &exitCode))
        return exitCode == ExitUsage ? usageError(error)
                                     : (reportLocalError(Text::tr("connection"), error), exitCode);

    Commands commands(&session);
    QObject::connect(&commands, &Commands::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &commands, [&] { commands.start(*command, commandParser); });
    return app.exec();
}
