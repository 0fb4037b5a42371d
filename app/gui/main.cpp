// certdeck: the desktop certificate manager for Azure Key Vault.
#include "language_settings.h"
#include "local_vault_launcher.h"
#include "main_window.h"
#include "openssl_support.h"
#include "startup_warm_up.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

using namespace certdeck;

namespace {

// Runs a piece of work once, queued, right after the watched window's first paint.
class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && m_work) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(this, std::exchange(m_work, nullptr), Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_work;
};

// Every PNG size of the app icon embedded under :/app-icon (rendered from packaging/icons at build
// time), so each window and task bar gets a crisp icon even where the icon theme lacks it.
QIcon applicationIcon() {
    QIcon icon;
    const QDir sizes(QStringLiteral(":/app-icon"));
    for (const QString &size : sizes.entryList(QDir::Dirs))
        icon.addFile(sizes.filePath(size + QStringLiteral("/" CERTDECK_APP_ID ".png")));
    return icon;
}

// Whether QCommandLineParser::process() will end the process: a bad option, --help, --version.
bool endsWhileParsing(QCommandLineParser &parser) {
    if (!parser.parse(QCoreApplication::arguments()))
        return true;
    static const QStringList ending{QStringLiteral("?"),    QStringLiteral("h"),
                                    QStringLiteral("help"), QStringLiteral("help-all"),
                                    QStringLiteral("v"),    QStringLiteral("version")};
    const QStringList given = parser.optionNames();
    return std::any_of(given.cbegin(), given.cend(),
                       [](const QString &name) { return ending.contains(name); });
}

} // namespace

int main(int argc, char *argv[]) {
    gui::FontWarmUp fonts;
    QApplication app(argc, argv);
    fonts.applicationReady();
    QApplication::setApplicationName(QStringLiteral("certdeck"));
    QApplication::setOrganizationName(QStringLiteral("Certdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Certdeck"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CERTDECK_APP_ID));
    gui::installLanguage(app,
                         gui::savedLanguage()); // before any window, so --help is translated too

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Certificate manager for Azure Key Vault."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(
        QStringLiteral("local-vault-data"),
        QApplication::translate("main", "Data directory of the built-in local vault."),
        QStringLiteral("DIR"), gui::LocalVaultLauncher::defaultDataDirectory());
    parser.addOption(dataOption);
    QCommandLineOption firstPaintOption(QStringLiteral("print-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaintOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Certificate files to import."));
    gui::prepareFirstWindow();
    if (endsWhileParsing(parser))
        fonts.finish(); // process() calls exit(): not with the thread still reading the fonts
    parser.process(app);

    gui::MainWindow window; // builds what needs no text while fontconfig reads its configuration
    gui::LocalVaultLauncher launcher;
    const QStringList filesToImport = parser.positionalArguments();
    QObject::connect(&launcher, &gui::LocalVaultLauncher::ready, &window,
                     [&window, filesToImport](const QString &connectionFile) {
                         QString error;
                         auto *session = gui::VaultSession::fromLocalConnection(connectionFile,
                                                                                &error, &window);
                         if (!session)
                             return window.showStartupProblem(error);
                         window.addSession(session);
                         // "certdeck FILE.pfx" (and a double-click through the .desktop file) opens
                         // the import flow.
                         if (!filesToImport.isEmpty())
                             window.importFiles(filesToImport);
                     });
    QObject::connect(&launcher, &gui::LocalVaultLauncher::failed, &window,
                     &gui::MainWindow::showStartupProblem);
    QObject::connect(&app, &QApplication::aboutToQuit, &launcher, &gui::LocalVaultLauncher::stop);
    window.setBusyMessage(QApplication::translate("main", "Starting the built-in local vault…"));
    // The window comes first: starting the vault's process, reading saved connections, loading
    // OpenSSL's providers and decoding the icon wait until it has painted, so the operator sees
    // the app at once (and cold start is measured to that paint: --print-first-paint).
    const bool printFirstPaint = parser.isSet(firstPaintOption);
    const QString dataDirectory = parser.value(dataOption);
    new FirstPaintWatcher(&window, [&window, &launcher, printFirstPaint, dataDirectory] {
        if (printFirstPaint) {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            // Quit here, as the bench's bare window does: the vault's process and the rest would
            // start only to be stopped, and would compete for the cores with whoever reads the
            // line (measured: 1-2 ms added to certdeck's figure).
            QCoreApplication::quit();
            return;
        }
        QApplication::setWindowIcon(applicationIcon());
        crypto::ensureProvidersLoaded();
        launcher.start(dataDirectory);
        window.restoreConnections();
    });
    window.show();
    fonts.finish(); // long done: the window's text needed the font database
    return app.exec();
}
