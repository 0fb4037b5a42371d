#include "local_vault_launcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace certdeck::gui {

LocalVaultLauncher::LocalVaultLauncher(QObject *parent)
    : QObject(parent) {
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalVaultLauncher::onOutput);
    // The vault must not outlive the app, even when the app is killed: the kernel sends it
    // SIGTERM when its parent dies.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_ready && !m_stopping)
            emit failed(tr("The built-in local vault could not be started: %1")
                            .arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_ready && !m_stopping)
            emit failed(tr("The built-in local vault stopped (exit code %1): %2")
                            .arg(code)
                            .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
    });
}

LocalVaultLauncher::~LocalVaultLauncher() {
    stop();
}

QString LocalVaultLauncher::executablePath() {
    const QDir appDir(QCoreApplication::applicationDirPath());
    // Installed side by side, or in the build tree (app/gui and app/localvault).
    for (const QString &candidate :
         {appDir.filePath(QStringLiteral("certdeck-localvault")),
          appDir.filePath(QStringLiteral("../localvault/certdeck-localvault"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("certdeck-localvault"));
}

QString LocalVaultLauncher::defaultDataDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/localvault");
}

void LocalVaultLauncher::start(const QString &dataDirectory) {
    const QString program = executablePath();
    if (program.isEmpty()) {
        emit failed(
            tr("The built-in local vault (certdeck-localvault) was not found next to Certdeck."));
        return;
    }
    m_ready = false;
    m_buffer.clear();
    m_process.start(program, {QStringLiteral("--demo"), QStringLiteral("--data"), dataDirectory});
}

void LocalVaultLauncher::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true; // stopping on purpose is not a failure to report
    m_process.terminate();
    // Bounded wait at shutdown only: the vault answers SIGTERM within milliseconds.
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

void LocalVaultLauncher::onOutput() {
    m_buffer += m_process.readAllStandardOutput();
    if (m_ready)
        return;
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return;
    m_ready = true;
    emit ready(QString::fromLocal8Bit(m_buffer.left(end)).trimmed());
}

} // namespace certdeck::gui
