// Complements localvault_persistence (sequential imports, then kill -9): here several clients
// write at once and the vault is killed with SIGKILL while requests are in flight. After a restart
// on the same data directory every acknowledged write is there, nothing appeared that was never
// written, and SQLite's integrity check passes (before and after the restart).
#include "local_vault_fixture.h"
#include "local_vault_process.h"
#include "vault_load.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TestFaultKillDuringWrites : public QObject {
    Q_OBJECT

private slots:
    void killNineWhileClientsWrite();
};

void TestFaultKillDuringWrites::killNineWhileClientsWrite() {
    const QString binary = LocalVaultProcess::binaryFromEnvironment();
    if (binary.isEmpty())
        QSKIP(LocalVaultProcess::binaryMissing);
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QString database = QDir(dataDir.path()).filePath(QStringLiteral("vault.db"));
    LocalVaultProcess vault;
    QString error;
    LocalVaultFixture checker;
    QVERIFY2(loadtest::startAndAttach(vault, binary, dataDir.path(), checker, &error),
             qPrintable(error));

    const loadtest::LoadMaterial material = loadtest::LoadMaterial::make(4);
    loadtest::OperationMix writesOnly;
    writesOnly.createSelf = 3;
    writesOnly.createUnknownAndMerge = 2;
    writesOnly.importPfx = 5;
    loadtest::LoadLedger ledger;
    ledger.noAnswerIsProblem = false; // the kill cuts requests off: those writes are uncertain
    QObject owner;
    const QString prefix = QStringLiteral("kw");
    const QList<loadtest::LoadClient *> clients = loadtest::startClients(
        8, prefix, loadtest::targetOf(checker, 30000), material, writesOnly, &ledger, &owner);

    // Kill while the clients are busy: after enough acknowledged writes to matter.
    QTRY_VERIFY_WITH_TIMEOUT(ledger.live.size() >= 120, 120000);
    QVERIFY2(vault.killNine(), "the vault did not die of SIGKILL");
    QVERIFY2(loadtest::stopClients(clients, 60000), "a client never saw the vault go away");
    qInfo().noquote() << "kill -9 during writes:" << ledger.summary();
    QVERIFY2(ledger.problems.isEmpty(), qPrintable(loadtest::firstOf(ledger.problems)));
    QCOMPARE(sqliteIntegrityCheck(database), QStringLiteral("ok"));

    QVERIFY2(loadtest::startAndAttach(vault, binary, dataDir.path(), checker, &error),
             qPrintable(error));
    const QStringList differences = loadtest::compareWithVault(ledger, checker, prefix);
    QVERIFY2(differences.isEmpty(), qPrintable(loadtest::firstOf(differences)));
    vault.stop();
    QCOMPARE(sqliteIntegrityCheck(database), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestFaultKillDuringWrites)
#include "tst_fault_kill_during_writes.moc"
