#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The real certdeck-localvault binary in its own process, for tests that kill it or load it from
// other processes' point of view.
class LocalVaultProcess {
public:
    LocalVaultProcess() = default;
    ~LocalVaultProcess();
    LocalVaultProcess(const LocalVaultProcess &) = delete;
    LocalVaultProcess &operator=(const LocalVaultProcess &) = delete;

    // $CERTDECK_LOCALVAULT_BIN (ctest sets it); empty when unset.
    static QString binaryFromEnvironment();
    static constexpr const char *binaryMissing =
        "CERTDECK_LOCALVAULT_BIN is not set: it must name the certdeck-localvault executable "
        "(ctest sets it).";

    // Starts the binary on `dataDir` (any free port) and waits up to `timeoutMs` for its first
    // stdout line, the path of connection.json (complete before the line is printed).
    bool start(const QString &binary, const QString &dataDir, const QStringList &extraArguments,
               QString *error, int timeoutMs = 60000);
    QString connectionPath() const { return m_connectionPath; }
    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // For a failure message: how the process ended, and the end of what it wrote to stderr
    // (a sanitizer report, a Qt fatal message).
    QString exitReport();

    // SIGKILL: no shutdown code runs. True once the process is gone.
    bool killNine();
    // SIGTERM, then SIGKILL after a bound.
    void stop();

private:
    QProcess m_process;
    QString m_connectionPath;
};

// The verdict of SQLite's PRAGMA integrity_check on `databasePath` ("ok" when sound), opened
// through Qt's QSQLITE driver on a connection of its own.
QString sqliteIntegrityCheck(const QString &databasePath);
