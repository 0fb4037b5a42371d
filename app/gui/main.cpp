// certdeck: the desktop certificate manager for Azure Key Vault.
#include "language_settings.h"
#include "local_vault_launcher.h"
#include "main_window.h"
#include "openssl_support.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace certdeck;

namespace {

// --print-first-paint (benchmarks): prints "first-paint" once the main window has painted, then
// quits, so cold start can be timed from outside against a bare Qt Widgets window.
class FirstPaintReporter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdeck"));
    QApplication::setOrganizationName(QStringLiteral("Certdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Certdeck"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.certdeck.Certdeck"));
    crypto::ensureProvidersLoaded();
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
    parser.process(app);

    gui::MainWindow window;
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
    FirstPaintReporter firstPaint;
    if (parser.isSet(firstPaintOption))
        window.installEventFilter(&firstPaint);
    window.show();
    launcher.start(parser.value(dataOption));
    window.restoreConnections();
    return app.exec();
}
