// 50 concurrent clients against the real certdeck-localvault process: mixed create (Self and
// Unknown + merge), PFX import, paged listing and delete for CERTDECK_LOAD_SECONDS (default 60).
// No 5xx (the local vault has no reason for any: no throttling, no outages), every request
// answered within a bound, and the final listing matches every acknowledged write.
#include "local_vault_fixture.h"
#include "local_vault_process.h"
#include "vault_load.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestFaultLoad : public QObject {
    Q_OBJECT

private slots:
    void fiftyClientsMixedOperations();
};

namespace {

constexpr int clientCount = 50;
constexpr int answerBoundMs = 60000; // generous for sanitizer builds; a hung vault exceeds it

int loadSeconds() {
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CERTDECK_LOAD_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 60;
}

} // namespace

void TestFaultLoad::fiftyClientsMixedOperations() {
    const QString binary = LocalVaultProcess::binaryFromEnvironment();
    if (binary.isEmpty())
        QSKIP(LocalVaultProcess::binaryMissing);
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    LocalVaultProcess vault;
    QString error;
    LocalVaultFixture checker;
    QVERIFY2(loadtest::startAndAttach(vault, binary, dataDir.path(), checker, &error),
             qPrintable(error));

    const loadtest::LoadMaterial material = loadtest::LoadMaterial::make(8);
    const loadtest::VaultTarget target = loadtest::targetOf(checker, answerBoundMs);
    QVERIFY(!target.token.isEmpty());
    loadtest::OperationMix mix;
    mix.createSelf = 20;
    mix.createUnknownAndMerge = 15;
    mix.importPfx = 25;
    mix.list = 25;
    mix.remove = 15;
    loadtest::LoadLedger ledger;
    QObject owner;
    const QString prefix = QStringLiteral("ld");
    const QList<loadtest::LoadClient *> clients =
        loadtest::startClients(clientCount, prefix, target, material, mix, &ledger, &owner);

    QTimer duration;
    duration.setSingleShot(true);
    QSignalSpy elapsed(&duration, &QTimer::timeout);
    duration.start(loadSeconds() * 1000);
    QVERIFY(elapsed.wait(loadSeconds() * 1000 + 10000));
    QVERIFY2(loadtest::stopClients(clients, answerBoundMs),
             "a client's last request was not answered in time");
    qInfo().noquote() << "load:" << clientCount << "clients for" << loadSeconds()
                      << "s:" << ledger.summary();

    QVERIFY2(vault.isRunning(), qPrintable(QStringLiteral("the local vault exited under load: ") +
                                           vault.exitReport()));
    QVERIFY2(ledger.problems.isEmpty(), qPrintable(loadtest::firstOf(ledger.problems)));
    QVERIFY(ledger.requests > clientCount);
    for (auto it = ledger.outcomes.cbegin(); it != ledger.outcomes.cend(); ++it)
        QVERIFY2(!it.key().startsWith(QLatin1Char('5')), qPrintable(it.key()));

    const QStringList differences = loadtest::compareWithVault(ledger, checker, prefix);
    QVERIFY2(differences.isEmpty(), qPrintable(loadtest::firstOf(differences)));
    vault.stop();
    QCOMPARE(sqliteIntegrityCheck(QDir(dataDir.path()).filePath(QStringLiteral("vault.db"))),
             QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestFaultLoad)
#include "tst_fault_load.moc"
