// HttpPipeline retries and VaultClient reconciliation against the local vault with injected
// faults: throttling, 503 bursts, dropped connections, slow answers and writes whose answer is
// lost (500 after the write, or the connection closed after it).
#include "client_test_support.h"
#include "fault_injector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace certdeck;
using namespace certdeck::client;
using certdeck::localvault::FaultAction;
using certdeck::localvault::FaultRule;
using clienttest::waitFor;

Q_DECLARE_METATYPE(certdeck::localvault::FaultAction)

namespace {

FaultRule rule(const QByteArray &method, const QString &path, FaultAction action, int count) {
    FaultRule fault;
    fault.method = method;
    fault.path = QRegularExpression(path);
    fault.action = action;
    fault.count = count;
    return fault;
}

int versionCount(LocalVaultFixture &vault, const QString &name, QString *error) {
    return int(lvtest::listAll(vault, QStringLiteral("/certificates/%1/versions").arg(name),
                               nullptr, error)
                   .size());
}

const QString issuersPath = QStringLiteral("^/certificates/issuers$");

} // namespace

class RetriesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_vault.start(&error), qPrintable(error));
        QVERIFY2(m_connected.connect(m_vault, &error), qPrintable(error));
        m_pipeline = m_connected.pipeline.get();
        m_client = m_connected.client.get();
        m_pipeline->setRetryPolicy(RetryPolicy{4, 20, 2000});
        m_traffic = std::make_unique<clienttest::TrafficRecorder>(m_vault.server());
        // Learn the challenge and get a token first, so faults meet authenticated requests.
        auto *warmUp = m_client->listIssuers();
        QVERIFY(waitFor(warmUp));
        QVERIFY2(!warmUp->hasError(), qPrintable(warmUp->error().message));
        warmUp->deleteLater();
    }

    void init() {
        m_vault.server()->faults()->clear();
        m_traffic->clear();
        m_pipeline->setRetryPolicy(RetryPolicy{4, 20, 2000});
        m_pipeline->setTimeoutMs(60000);
    }

    void cleanup() { m_vault.server()->faults()->clear(); }

    void throttledRequestIsRetriedAfterRetryAfter() {
        FaultRule throttle = rule("GET", issuersPath, FaultAction::Throttle, 1);
        throttle.retryAfterSeconds = 1;
        m_vault.server()->faults()->addRule(throttle);
        QElapsedTimer clock;
        clock.start();
        auto *reply = m_client->listIssuers();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        const auto arrivals = m_traffic->arrivals("GET", issuersPath);
        QCOMPARE(arrivals.size(), 2); // one retry, no more
        const qint64 gap = arrivals[1].atMs - arrivals[0].atMs;
        QVERIFY2(gap >= 990, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
        QVERIFY2(clock.elapsed() < 5000, "the retry waited far longer than Retry-After");
        reply->deleteLater();
    }

    void unavailableBurstIsRetriedThrough() {
        FaultRule burst = rule("GET", issuersPath, FaultAction::Unavailable, 1);
        burst.burst = 3;
        m_vault.server()->faults()->addRule(burst);
        auto *reply = m_client->listIssuers();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        QCOMPARE(m_traffic->count("GET", issuersPath), 4);
        reply->deleteLater();
    }

    void unavailableForeverFailsAfterMaxRetries() {
        m_pipeline->setRetryPolicy(RetryPolicy{3, 20, 200});
        m_vault.server()->faults()->addRule(rule("GET", issuersPath, FaultAction::Unavailable, -1));
        auto *reply = m_client->listIssuers();
        QVERIFY(waitFor(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().kind, VaultError::Kind::Http);
        QCOMPARE(reply->error().httpStatus, 503);
        QCOMPARE(m_traffic->count("GET", issuersPath), 3 + 1);
        reply->deleteLater();
    }

    void droppedConnectionOnReadIsRetried() {
        // Qt's HTTP stack itself re-sends a request whose connection closed before any answer
        // (up to twice per attempt); six drops make sure the pipeline's own retry is exercised.
        m_vault.server()->faults()->addRule(rule("GET", issuersPath, FaultAction::DropBefore, 6));
        QList<ActivityRecord> records;
        auto connection =
            connect(m_pipeline, &HttpPipeline::activity, this,
                    [&records](const ActivityRecord &record) { records.append(record); });
        auto *reply = m_client->listIssuers();
        QVERIFY(waitFor(reply));
        disconnect(connection);
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        QCOMPARE(m_vault.server()->faults()->totalTriggered(), 6);
        QCOMPARE(m_traffic->count("GET", issuersPath), 7);
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.last().status, 200);
        // The pipeline itself saw the connection fail and sent the request again.
        QVERIFY(std::any_of(records.cbegin(), records.cend(),
                            [](const ActivityRecord &record) { return record.status == 0; }));
        QVERIFY(records.last().attempt > 1);
        reply->deleteLater();
    }

    void slowAnswerBeyondTheTimeoutIsANetworkError() {
        m_pipeline->setTimeoutMs(400);
        m_pipeline->setRetryPolicy(RetryPolicy{1, 20, 200});
        FaultRule slow = rule("GET", issuersPath, FaultAction::Delay, -1);
        slow.delayMs = 2000;
        m_vault.server()->faults()->addRule(slow);
        QElapsedTimer clock;
        clock.start();
        auto *reply = m_client->listIssuers();
        QVERIFY(waitFor(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().kind, VaultError::Kind::Network);
        QVERIFY2(clock.elapsed() < 2000, "the timeout did not cut the slow answer short");
        reply->deleteLater();
        // The late answers are written to closed connections; the server must survive it.
        m_vault.server()->faults()->clear();
        QTest::qWait(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_traffic->open() == 0, 5000);
        auto *after = m_client->listIssuers();
        QVERIFY(waitFor(after));
        QVERIFY2(!after->hasError(), qPrintable(after->error().message));
        after->deleteLater();
    }

    void createAnswered500AfterTheWriteIsReconciled_data() {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<FaultAction>("fault");
        QTest::newRow("Unknown, 500") << QStringLiteral("Unknown") << FaultAction::ErrorAfterWrite;
        QTest::newRow("Self, 500") << QStringLiteral("Self") << FaultAction::ErrorAfterWrite;
        QTest::newRow("Unknown, dropped") << QStringLiteral("Unknown") << FaultAction::DropAfter;
        QTest::newRow("Self, dropped") << QStringLiteral("Self") << FaultAction::DropAfter;
    }

    void createAnswered500AfterTheWriteIsReconciled() {
        QFETCH(QString, issuer);
        QFETCH(FaultAction, fault);
        const QString name = QStringLiteral("lost-create-%1").arg(m_counter++);
        const QString createPath = QStringLiteral("^/certificates/%1/create$").arg(name);
        m_vault.server()->faults()->addRule(rule("POST", createPath, fault, 1));
        auto *created = m_client->createCertificate(
            name, {clienttest::ecPolicy(QStringLiteral("CN=") + name, issuer), {}, {}});
        QVERIFY(waitFor(created));
        QVERIFY2(!created->hasError(), qPrintable(created->error().message));
        QCOMPARE(m_vault.server()->faults()->totalTriggered(), 1);
        QCOMPARE(created->value().name(), name);
        QCOMPARE(m_traffic->count("POST", createPath), 1); // looked, did not send it again
        QString error;
        QCOMPARE(versionCount(m_vault, name, &error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        created->deleteLater();
    }

    void importDroppedAfterTheWriteIsReconciled_data() {
        QTest::addColumn<FaultAction>("fault");
        QTest::newRow("dropped after write") << FaultAction::DropAfter;
        QTest::newRow("500 after write") << FaultAction::ErrorAfterWrite;
        QTest::newRow("dropped before") << FaultAction::DropBefore;
    }

    void importDroppedAfterTheWriteIsReconciled() {
        QFETCH(FaultAction, fault);
        const QString name = QStringLiteral("lost-import-%1").arg(m_counter++);
        const QString importPath = QStringLiteral("^/certificates/%1/import$").arg(name);
        m_vault.server()->faults()->addRule(rule("POST", importPath, fault, 1));
        const auto material =
            lvtest::makeSelfSigned(QStringLiteral("CN=%1.example.com").arg(name),
                                   {crypto::KeyType::Ec, 0, crypto::EcCurve::P256});
        ImportParameters parameters;
        parameters.pfxOrPem = QByteArray::fromBase64(lvtest::pfxBase64(material, {}).toLatin1());
        parameters.expectedX5t = material.certificate.x5t();
        auto *imported = m_client->importCertificate(name, parameters);
        QVERIFY(waitFor(imported));
        QVERIFY2(!imported->hasError(), qPrintable(imported->error().message));
        QCOMPARE(imported->value().x5t, material.certificate.x5t());
        QCOMPARE(m_vault.server()->faults()->totalTriggered(), 1);
        QString error;
        QCOMPARE(versionCount(m_vault, name, &error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        imported->deleteLater();
    }

    // 200 writes (100 creates with issuer Self or Unknown, 100 imports) with ~20 % of all
    // requests to the certificates API failing in every injected way, 8 at a time: at the end
    // every certificate exists exactly once with exactly one version.
    void manyWritesUnderFaultsLeaveExactlyOneVersionEach() {
        constexpr int creates = 100;
        constexpr int imports = 100;
        constexpr int parallel = 8;
        m_pipeline->setRetryPolicy(RetryPolicy{8, 20, 300});

        // Import material: 10 EC keys, 100 distinct certificates.
        QList<lvtest::KeyAndCertificate> keys;
        for (int i = 0; i < 10; ++i)
            keys.append(lvtest::makeSelfSigned(QStringLiteral("CN=key%1.example.com").arg(i),
                                               {crypto::KeyType::Ec, 0, crypto::EcCurve::P256}));
        struct Job {
            QString name;
            bool import = false;
            QString issuer;
            QByteArray pfx;
            QString x5t;
        };
        QList<Job> jobs;
        for (int i = 0; i < creates; ++i)
            jobs.append({QStringLiteral("mix-create-%1").arg(i),
                         false,
                         i % 2 ? QStringLiteral("Self") : QStringLiteral("Unknown"),
                         {},
                         {}});
        for (int i = 0; i < imports; ++i) {
            const lvtest::KeyAndCertificate &key = keys[i % keys.size()];
            const QString name = QStringLiteral("mix-import-%1").arg(i);
            lvtest::KeyAndCertificate material{
                key.key, lvtest::reissue(key, QStringLiteral("CN=%1.example.com").arg(name))};
            jobs.append({name,
                         true,
                         {},
                         QByteArray::fromBase64(lvtest::pfxBase64(material, {}).toLatin1()),
                         material.certificate.x5t()});
        }
        QRandomGenerator order(20261122);
        for (qsizetype i = jobs.size() - 1; i > 0; --i)
            jobs.swapItemsAt(i, order.bounded(int(i + 1)));

        auto *faults = m_vault.server()->faults();
        // CERTDECK_FAULT_SEED replays another mix (the default one is what CI runs).
        const quint32 seed = qEnvironmentVariableIsSet("CERTDECK_FAULT_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("CERTDECK_FAULT_SEED"))
                                 : 4242u;
        faults->setSeed(seed);
        const QString api = QStringLiteral("^/certificates/mix-");
        const auto probable = [&](FaultAction action, double probability) {
            FaultRule fault = rule({}, api, action, -1);
            fault.probability = probability;
            if (action == FaultAction::Throttle)
                fault.retryAfterMs = 30;
            if (action == FaultAction::Unavailable)
                fault.burst = 3;
            return faults->addRule(fault);
        };
        const int throttled = probable(FaultAction::Throttle, 0.05);
        const int unavailable = probable(FaultAction::Unavailable, 0.03);
        const int droppedBefore = probable(FaultAction::DropBefore, 0.04);
        const int droppedAfter = probable(FaultAction::DropAfter, 0.04);
        const int lostAnswer = probable(FaultAction::ErrorAfterWrite, 0.04);

        QElapsedTimer clock;
        clock.start();
        int next = 0;
        int running = 0;
        int done = 0;
        QStringList failures;
        std::function<void()> startNext = [&] {
            while (running < parallel && next < jobs.size()) {
                const Job &job = jobs[next++];
                ++running;
                ServiceReply *reply = nullptr;
                if (job.import) {
                    ImportParameters parameters;
                    parameters.pfxOrPem = job.pfx;
                    parameters.expectedX5t = job.x5t;
                    reply = m_client->importCertificate(job.name, parameters);
                } else {
                    reply = m_client->createCertificate(
                        job.name,
                        {clienttest::ecPolicy(QStringLiteral("CN=") + job.name, job.issuer),
                         {},
                         {}});
                }
                connect(reply, &ServiceReply::finished, this, [&, reply, name = job.name] {
                    reply->deleteLater();
                    if (reply->hasError())
                        failures.append(name + QStringLiteral(": ") + reply->error().message);
                    --running;
                    ++done;
                    startNext();
                });
            }
        };
        startNext();
        QTRY_VERIFY_WITH_TIMEOUT(done == int(jobs.size()), 120000);
        const qint64 elapsed = clock.elapsed();
        const int requests = m_traffic->count({}, api);
        const int injected = faults->totalTriggered();
        qInfo("seed %u: %d writes in %lld ms: %d requests, %d faults injected (%.1f %%): %d "
              "throttled, "
              "%d 503 bursts, %d dropped before, %d dropped after, %d lost answers",
              seed, int(jobs.size()), elapsed, requests, injected,
              100.0 * injected / qMax(1, requests), faults->triggered(throttled),
              faults->triggered(unavailable), faults->triggered(droppedBefore),
              faults->triggered(droppedAfter), faults->triggered(lostAnswer));
        bool everyKind = true;
        for (const int kind : {throttled, unavailable, droppedBefore, droppedAfter, lostAnswer})
            everyKind = everyKind && faults->triggered(kind) > 0;
        faults->clear();
        QVERIFY2(everyKind, "some kind of fault was never injected");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // Every kind of fault happened, often enough to matter.
        QVERIFY2(injected >= requests / 8, "fewer faults than intended were injected");

        QString error;
        const QList<QJsonObject> items = lvtest::listAll(
            m_vault, QStringLiteral("/certificates?includePending=true"), nullptr, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> names;
        for (const QJsonObject &item : items) {
            const QString name =
                item.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1);
            if (name.startsWith(QLatin1String("mix-")))
                names.insert(name);
        }
        QCOMPARE(names.size(), jobs.size());
        QStringList duplicated;
        for (const Job &job : std::as_const(jobs)) {
            QVERIFY2(names.contains(job.name), qPrintable(job.name));
            const int versions = versionCount(m_vault, job.name, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (versions != 1)
                duplicated.append(QStringLiteral("%1: %2 versions").arg(job.name).arg(versions));
        }
        QVERIFY2(duplicated.isEmpty(), qPrintable(duplicated.join(QLatin1Char('\n'))));
    }

    // The standalone binary takes the same rules from --fault-profile.
    void faultProfileOfTheStandaloneBinary() {
        const QString binary = qEnvironmentVariable("CERTDECK_LOCALVAULT_BIN");
        if (binary.isEmpty())
            QSKIP("CERTDECK_LOCALVAULT_BIN is not set");
        QTemporaryDir directory;
        const QString profilePath = directory.filePath(QStringLiteral("faults.json"));
        QFile profile(profilePath);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"seed": 3, "rules": [
            {"path": "^/certificates/issuers$", "method": "GET", "action": "throttle",
             "count": 2, "retryAfterMs": 40}]})");
        profile.close();
        QProcess process;
        process.setProgram(binary);
        process.setArguments({QStringLiteral("--data"), directory.filePath(QStringLiteral("data")),
                              QStringLiteral("--fault-profile"), profilePath});
        process.start();
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning,
                                 30000);
        const QString connectionPath = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(connectionPath.endsWith(QLatin1String("connection.json")),
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));
        LocalVaultFixture remote;
        QString error;
        QVERIFY2(remote.attach(connectionPath, &error), qPrintable(error));
        const HttpResult first = remote.request("GET", QStringLiteral("/certificates/issuers"));
        QCOMPARE(first.status, 429);
        QCOMPARE(first.header("retry-after-ms"), QByteArray("40"));
        QCOMPARE(first.errorCode(), QStringLiteral("Throttled"));
        QCOMPARE(remote.request("GET", QStringLiteral("/certificates/issuers")).status, 429);
        QCOMPARE(remote.request("GET", QStringLiteral("/certificates/issuers")).status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));

        // A profile that cannot be read stops the binary before it serves anything.
        QProcess broken;
        broken.start(binary, {QStringLiteral("--data"), directory.filePath(QStringLiteral("d2")),
                              QStringLiteral("--fault-profile"),
                              directory.filePath(QStringLiteral("missing.json"))});
        QVERIFY(broken.waitForFinished(30000));
        QCOMPARE(broken.exitCode(), 2);
    }

private:
    LocalVaultFixture m_vault{800};
    clienttest::ConnectedClient m_connected;
    HttpPipeline *m_pipeline = nullptr;
    VaultClient *m_client = nullptr;
    std::unique_ptr<clienttest::TrafficRecorder> m_traffic;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(RetriesTest)
#include "tst_retries.moc"
