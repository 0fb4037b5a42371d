#include "local_vault_process.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

LocalVaultProcess::~LocalVaultProcess() {
    stop();
}

QString LocalVaultProcess::binaryFromEnvironment() {
    return QString::fromLocal8Bit(qgetenv("CERTDECK_LOCALVAULT_BIN"));
}

bool LocalVaultProcess::start(const QString &binary, const QString &dataDir,
                              const QStringList &extraArguments, QString *error, int timeoutMs) {
    m_connectionPath.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(binary, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--data"), dataDir} +
                                extraArguments);
    if (!m_process.waitForStarted(30000)) {
        *error = m_process.errorString();
        return false;
    }
    // The event loop runs meanwhile: the test's own objects keep working.
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running &&
           !deadline.hasExpired()) {
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        output.wait(200);
    }
    if (!m_process.canReadLine()) {
        *error = QStringLiteral("no connection line; exit code %1, stderr: %2")
                     .arg(m_process.exitCode())
                     .arg(QString::fromLocal8Bit(m_process.readAllStandardError()));
        return false;
    }
    m_connectionPath = QString::fromLocal8Bit(m_process.readLine()).trimmed();
    if (!QFileInfo::exists(m_connectionPath)) {
        *error = QStringLiteral("connection file missing: ") + m_connectionPath;
        return false;
    }
    return true;
}

QString LocalVaultProcess::exitReport() {
    const QString how = m_process.state() != QProcess::NotRunning ? QStringLiteral("still running")
                        : m_process.exitStatus() == QProcess::CrashExit
                            ? QStringLiteral("crashed")
                            : QStringLiteral("exited with code %1").arg(m_process.exitCode());
    const QString errors = QString::fromLocal8Bit(m_process.readAllStandardError()).right(4000);
    return how + QStringLiteral("; stderr: ") +
           (errors.isEmpty() ? QStringLiteral("(none)") : errors);
}

bool LocalVaultProcess::killNine() {
    m_process.kill();
    return m_process.waitForFinished(30000) && m_process.exitStatus() == QProcess::CrashExit;
}

void LocalVaultProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished(30000);
    }
}

QString sqliteIntegrityCheck(const QString &databasePath) {
    const QString connectionName =
        QStringLiteral("integrity-") + QUuid::createUuid().toString(QUuid::Id128);
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            verdict = QStringLiteral("open failed: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                verdict = QStringLiteral("query failed: ") + query.lastError().text();
            while (query.next())
                verdict += (verdict.isEmpty() ? QString() : QStringLiteral("; ")) +
                           query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return verdict;
}
