// OperationPoller against the local vault over real HTTPS: outcomes (completed, failed,
// cancelled, deleted), discovery of requests started elsewhere, the in-flight bound, back-off,
// Retry-After, and that nothing is polled after the end.
#include "client_test_support.h"
#include "operation_poller.h"

#include <QTest>

using namespace certdeck;
using namespace certdeck::client;
using certdeck::localvault::FaultAction;
using certdeck::localvault::FaultRule;
using clienttest::waitFor;

namespace {

QString pendingPath(const QString &name) {
    return QStringLiteral("/certificates/%1/pending").arg(name);
}

QString exactly(const QString &path) {
    return QLatin1Char('^') + QRegularExpression::escape(path) + QLatin1Char('$');
}

// Watches the vault for `ms` (event loop running); the requests to `path` that arrived.
int requestsWithin(localvault::LocalVaultServer *server, const QString &path, int ms) {
    QSignalSpy arrived(server, &localvault::LocalVaultServer::requestArrived);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        arrived.wait(int(qMax<qint64>(1, ms - clock.elapsed())));
    int count = 0;
    for (const QList<QVariant> &arguments : std::as_const(arrived))
        count += arguments.at(1).toString() == path ? 1 : 0;
    return count;
}

} // namespace

class OperationPollerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_vault.start(&error), qPrintable(error));
        QVERIFY2(m_connected.connect(m_vault, &error), qPrintable(error));
        m_client = m_connected.client.get();
        // maxDelayMs also caps the server's Retry-After: above the 400 ms used below.
        m_connected.pipeline->setRetryPolicy(RetryPolicy{2, 20, 1000});
        m_traffic = std::make_unique<clienttest::TrafficRecorder>(m_vault.server());
        for (const auto &[issuer, provider] :
             {std::pair{"test-ca", "Test"}, std::pair{"reject-ca", "TestReject"}}) {
            const HttpResult set = m_vault.request(
                "PUT", QStringLiteral("/certificates/issuers/") + QLatin1String(issuer),
                QJsonObject{{QStringLiteral("provider"), QLatin1String(provider)}});
            QVERIFY2(set.status == 200, set.body.constData());
        }
    }

    void init() {
        m_vault.server()->faults()->clear();
        m_traffic->clear();
    }

    void cleanup() { m_vault.server()->faults()->clear(); }

    void followsARequestToCompletion() {
        const QString name = create(QStringLiteral("poll-complete"), QStringLiteral("test-ca"));
        OperationPoller poller(m_client);
        poller.setSettings(fast());
        QSignalSpy changed(&poller, &OperationPoller::statusChanged);
        QSignalSpy finished(&poller, &OperationPoller::finished);
        QSignalSpy errors(&poller, &OperationPoller::error);
        poller.follow(name);
        QVERIFY(poller.isFollowing(name));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), name);
        const auto outcome = finished.at(0).at(1).value<OperationOutcome>();
        QVERIFY(!outcome.deleted());
        QCOMPARE(outcome.operation->status, vault::OperationStatus::Completed);
        QVERIFY(outcome.operation->target.has_value());
        // First state seen, then the change to completed; nothing repeated in between.
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(1).value<vault::CertificateOperation>().status,
                 vault::OperationStatus::InProgress);
        QCOMPARE(changed.at(1).at(1).value<vault::CertificateOperation>().status,
                 vault::OperationStatus::Completed);
        QCOMPARE(errors.count(), 0);
        QVERIFY(!poller.isFollowing(name));
        QVERIFY(m_traffic->count("GET", exactly(pendingPath(name))) >= 2);
        // Never polled again: 1.5 s is 15 intervals.
        QCOMPARE(requestsWithin(m_vault.server(), pendingPath(name), 1500), 0);
    }

    void followsARequestTheIssuerRejects() {
        const QString name = create(QStringLiteral("poll-reject"), QStringLiteral("reject-ca"));
        OperationPoller poller(m_client);
        poller.setSettings(fast());
        QSignalSpy finished(&poller, &OperationPoller::finished);
        poller.follow(name);
        QVERIFY(finished.wait(15000));
        const auto outcome = finished.at(0).at(1).value<OperationOutcome>();
        QVERIFY(!outcome.deleted());
        QCOMPARE(outcome.operation->status, vault::OperationStatus::Failed);
        QVERIFY(outcome.operation->error.has_value());
        QCOMPARE(outcome.operation->error->code, QStringLiteral("Request rejected"));
        QCOMPARE(requestsWithin(m_vault.server(), pendingPath(name), 1000), 0);
    }

    void followsACancelledRequest() {
        const QString name = create(QStringLiteral("poll-cancel"), QStringLiteral("test-ca"));
        OperationPoller poller(m_client);
        poller.setSettings(fast());
        QSignalSpy changed(&poller, &OperationPoller::statusChanged);
        QSignalSpy finished(&poller, &OperationPoller::finished);
        poller.follow(name);
        QVERIFY(changed.wait(5000)); // the first state
        auto *cancel = m_client->cancelOperation(name);
        QVERIFY(waitFor(cancel));
        QVERIFY2(!cancel->hasError(), qPrintable(cancel->error().message));
        cancel->deleteLater();
        QVERIFY(finished.wait(15000));
        const auto outcome = finished.at(0).at(1).value<OperationOutcome>();
        QCOMPARE(outcome.operation->status, vault::OperationStatus::Cancelled);
        // The cancellation request itself was a change worth reporting while still in progress.
        bool sawRequested = false;
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            const auto operation = arguments.at(1).value<vault::CertificateOperation>();
            sawRequested =
                sawRequested || (operation.status == vault::OperationStatus::InProgress &&
                                 operation.cancellationRequested.value_or(false));
        }
        QVERIFY(sawRequested);
        QCOMPARE(requestsWithin(m_vault.server(), pendingPath(name), 1000), 0);
    }

    void stopsWhenThePendingObjectIsDeleted() {
        const QString name = create(QStringLiteral("poll-deleted"), QStringLiteral("Unknown"));
        OperationPoller poller(m_client);
        poller.setSettings(fast());
        QSignalSpy changed(&poller, &OperationPoller::statusChanged);
        QSignalSpy finished(&poller, &OperationPoller::finished);
        QSignalSpy errors(&poller, &OperationPoller::error);
        poller.follow(name);
        QVERIFY(changed.wait(5000));
        auto *removed = m_client->deleteOperation(name);
        QVERIFY(waitFor(removed));
        QVERIFY2(!removed->hasError(), qPrintable(removed->error().message));
        removed->deleteLater();
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.at(0).at(1).value<OperationOutcome>().deleted());
        QCOMPARE(errors.count(), 0); // a 404 is an outcome, not an error
        QCOMPARE(requestsWithin(m_vault.server(), pendingPath(name), 1000), 0);
    }

    void discoversRequestsStartedElsewhere() {
        // One pending request created by another tool (a raw HTTP call), one finished
        // certificate, one failed request: only the first is followed.
        const HttpResult raw = m_vault.request(
            "POST", QStringLiteral("/certificates/raw-pending/create"),
            QJsonObject{{QStringLiteral("policy"),
                         clienttest::ecPolicy(QStringLiteral("CN=raw"), QStringLiteral("Unknown"))
                             .toJson()}});
        QCOMPARE(raw.status, 202);
        const QString done = create(QStringLiteral("discover-done"), QStringLiteral("Self"));
        const QString failed =
            create(QStringLiteral("discover-failed"), QStringLiteral("reject-ca"));
        QTRY_VERIFY_WITH_TIMEOUT(operationStatus(done) == vault::OperationStatus::Completed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(operationStatus(failed) == vault::OperationStatus::Failed, 10000);

        OperationPoller poller(m_client);
        poller.setSettings(fast());
        QSignalSpy discovered(&poller, &OperationPoller::discoveryFinished);
        QSignalSpy changed(&poller, &OperationPoller::statusChanged);
        poller.discover();
        QVERIFY(discovered.wait(15000));
        const QStringList found = discovered.at(0).at(0).toStringList();
        QVERIFY2(found.contains(QStringLiteral("raw-pending")), qPrintable(found.join(u',')));
        QVERIFY(!found.contains(done));
        QVERIFY(!found.contains(failed));
        QVERIFY(poller.isFollowing(QStringLiteral("raw-pending")));
        QVERIFY(!poller.isFollowing(done));
        bool reported = false;
        for (const QList<QVariant> &arguments : std::as_const(changed))
            reported = reported || arguments.at(0).toString() == QLatin1String("raw-pending");
        QVERIFY(reported);
        // The ones that are not followed are not asked again.
        m_traffic->clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_traffic->count("GET", exactly(pendingPath(QStringLiteral("raw-pending")))) >= 2,
            5000);
        QCOMPARE(m_traffic->count("GET", exactly(pendingPath(done))), 0);
        QCOMPARE(m_traffic->count("GET", exactly(pendingPath(failed))), 0);
        poller.stopAll();
        QVERIFY(poller.followed().isEmpty());
    }

    void neverExceedsTheInFlightBound_data() {
        QTest::addColumn<int>("bound");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
    }

    void neverExceedsTheInFlightBound() {
        QFETCH(int, bound);
        QStringList names;
        for (int i = 0; i < 24; ++i)
            names.append(
                create(QStringLiteral("bound%1-%2").arg(bound).arg(i), QStringLiteral("Unknown")));
        // Slow answers make the polls overlap at the vault.
        FaultRule slow;
        slow.method = "GET";
        slow.path =
            QRegularExpression(QStringLiteral("^/certificates/bound%1-[0-9]+/pending$").arg(bound));
        slow.action = FaultAction::Delay;
        slow.delayMs = 60;
        m_vault.server()->faults()->addRule(slow);
        m_traffic->clear();

        // Retries and failures on the wire, to tell from a failure what the vault saw.
        QStringList unusual;
        const auto recording =
            connect(m_connected.pipeline.get(), &HttpPipeline::activity, this,
                    [&unusual](const ActivityRecord &record) {
                        if (record.attempt > 1 || record.status != 200)
                            unusual.append(QStringLiteral("%1 %2 → %3 (attempt %4) %5")
                                               .arg(QString::fromLatin1(record.method), record.path)
                                               .arg(record.status)
                                               .arg(record.attempt)
                                               .arg(record.error));
                    });
        OperationPoller poller(m_client);
        PollerSettings settings = fast();
        settings.intervalMs = 20;
        settings.maxInFlight = bound;
        poller.setSettings(settings);
        for (const QString &name : std::as_const(names))
            poller.follow(name);
        QTRY_VERIFY_WITH_TIMEOUT(poller.statistics().polls >= 3 * int(names.size()), 30000);
        poller.stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_traffic->open(), 0, 5000);
        disconnect(recording);
        // Seen from the vault: requests that arrived and were not yet answered.
        QVERIFY2(m_traffic->maxOpen() <= bound,
                 qPrintable(QStringLiteral("open together: %1; unusual exchanges: %2")
                                .arg(m_traffic->openAtPeak(), unusual.join(QStringLiteral("; ")))));
        QCOMPARE(m_traffic->maxOpen(), bound); // the bound was actually reached
        QVERIFY(poller.statistics().maxInFlight <= bound);
        // A stopped poll gives its slot back once its cancelled answer is delivered.
        QTRY_VERIFY_WITH_TIMEOUT(poller.waiting() == 0 && poller.inFlight() == 0, 5000);
    }

    void backsOffWhileNothingChanges() {
        const QString name = create(QStringLiteral("poll-backoff"), QStringLiteral("Unknown"));
        OperationPoller poller(m_client);
        PollerSettings settings = fast();
        settings.intervalMs = 100;
        settings.backoffFactor = 2.0;
        settings.maxIntervalMs = 800;
        poller.setSettings(settings);
        m_traffic->clear();
        poller.follow(name);
        const QString path = exactly(pendingPath(name));
        QTRY_VERIFY_WITH_TIMEOUT(m_traffic->count("GET", path) >= 6, 10000);
        poller.stop(name);
        const auto arrivals = m_traffic->arrivals("GET", path);
        QList<qint64> gaps;
        for (qsizetype i = 1; i < arrivals.size(); ++i)
            gaps.append(arrivals[i].atMs - arrivals[i - 1].atMs);
        const QString shown = [&] {
            QStringList text;
            for (qint64 gap : gaps)
                text.append(QString::number(gap));
            return text.join(u' ');
        }();
        // 100 (first answer is a change), 200, 400, 800, 800 … plus latency.
        QVERIFY2(gaps[0] >= 95 && gaps[0] < 400, qPrintable(shown));
        QVERIFY2(gaps[1] >= 195, qPrintable(shown));
        QVERIFY2(gaps[2] >= 395, qPrintable(shown));
        QVERIFY2(gaps[3] >= 795 && gaps[4] >= 795, qPrintable(shown));
        QVERIFY2(gaps[4] < 1500, qPrintable(shown)); // capped at the maximum
        QCOMPARE(requestsWithin(m_vault.server(), pendingPath(name), 1000), 0); // stopped
    }

    void honoursRetryAfterAndKeepsPollingAfterErrors() {
        const QString name = create(QStringLiteral("poll-throttled"), QStringLiteral("test-ca"));
        // More 429s than the pipeline retries: the poller itself sees the throttling.
        FaultRule throttle;
        throttle.method = "GET";
        throttle.path = QRegularExpression(exactly(pendingPath(name)));
        throttle.action = FaultAction::Throttle;
        throttle.count = 6;
        throttle.retryAfterMs = 400;
        m_vault.server()->faults()->addRule(throttle);
        OperationPoller poller(m_client);
        poller.setSettings(fast());
        QSignalSpy errors(&poller, &OperationPoller::error);
        QSignalSpy finished(&poller, &OperationPoller::finished);
        m_traffic->clear();
        poller.follow(name);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).value<OperationOutcome>().operation->status,
                 vault::OperationStatus::Completed);
        QVERIFY(errors.count() >= 1);
        QCOMPARE(errors.at(0).at(1).value<VaultError>().httpStatus, 429);
        // No request came sooner than Retry-After after a throttled one.
        const auto arrivals = m_traffic->arrivals("GET", exactly(pendingPath(name)));
        QCOMPARE(m_vault.server()->faults()->totalTriggered(), 6);
        QVERIFY(arrivals.size() >= 7);
        for (qsizetype i = 1; i <= 6; ++i) {
            const qint64 gap = arrivals[i].atMs - arrivals[i - 1].atMs;
            QVERIFY2(gap >= 395,
                     qPrintable(QStringLiteral("poll %1 came %2 ms after a 429").arg(i).arg(gap)));
        }
    }

    void stopAndStopAllEndPolling() {
        const QString first = create(QStringLiteral("poll-stop-1"), QStringLiteral("Unknown"));
        const QString second = create(QStringLiteral("poll-stop-2"), QStringLiteral("Unknown"));
        OperationPoller poller(m_client);
        poller.setSettings(fast());
        QSignalSpy changed(&poller, &OperationPoller::statusChanged);
        QSignalSpy finished(&poller, &OperationPoller::finished);
        poller.follow(first);
        poller.follow(second);
        poller.follow(first); // already followed: no second schedule
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
        poller.stop(first);
        QVERIFY(!poller.isFollowing(first));
        QCOMPARE(poller.followed(), QStringList{second});
        QCOMPARE(requestsWithin(m_vault.server(), pendingPath(first), 600), 0);
        poller.stopAll();
        QCOMPARE(requestsWithin(m_vault.server(), pendingPath(second), 600), 0);
        QCOMPARE(finished.count(), 0);
    }

    void destroyingThePollerMidPollIsSafe() {
        const QString name = create(QStringLiteral("poll-destroyed"), QStringLiteral("Unknown"));
        FaultRule slow;
        slow.method = "GET";
        slow.path = QRegularExpression(exactly(pendingPath(name)));
        slow.action = FaultAction::Delay;
        slow.delayMs = 300;
        m_vault.server()->faults()->addRule(slow);
        auto *poller = new OperationPoller(m_client);
        poller->setSettings(fast());
        poller->follow(name);
        m_traffic->clear();
        // The poll reached the vault, whose answer is held back: now the poller goes away.
        QTRY_COMPARE_WITH_TIMEOUT(m_traffic->count("GET", exactly(pendingPath(name))), 1, 5000);
        QCOMPARE(poller->inFlight(), 1);
        delete poller; // the answer on its way must not reach it
        QTRY_COMPARE_WITH_TIMEOUT(m_traffic->open(), 0, 5000);
        QCOMPARE(requestsWithin(m_vault.server(), pendingPath(name), 500), 0);
    }

private:
    static PollerSettings fast() {
        PollerSettings settings;
        settings.intervalMs = 100;
        settings.maxIntervalMs = 400;
        settings.maxInFlight = 4;
        return settings;
    }

    QString create(const QString &name, const QString &issuer) {
        auto *created = m_client->createCertificate(
            name, {clienttest::ecPolicy(QStringLiteral("CN=") + name, issuer), {}, {}});
        const bool finished = waitFor(created);
        created->deleteLater();
        if (!finished || created->hasError())
            qWarning("create %s failed: %s", qPrintable(name),
                     qPrintable(created->error().message));
        return name;
    }

    QString operationStatus(const QString &name) {
        return m_vault.request("GET", pendingPath(name))
            .json.value(QStringLiteral("status"))
            .toString();
    }

    LocalVaultFixture m_vault{800};
    clienttest::ConnectedClient m_connected;
    VaultClient *m_client = nullptr;
    std::unique_ptr<clienttest::TrafficRecorder> m_traffic;
};

QTEST_GUILESS_MAIN(OperationPollerTest)
#include "tst_operation_poller.moc"
