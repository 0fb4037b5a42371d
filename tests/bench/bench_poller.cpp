// bench_poller: one OperationPoller following 1,000 pending certificate operations of the
// in-process local vault (issuer provider "Test", completing over ~10-20 s).
// Targets, each printed with its figure, then PASS/FAIL (non-zero exit on FAIL):
//   - polls on the wire never exceed the bound B (seen by the vault), and the poll rate stays
//     under B / average latency (Little's law) and under N (T/I + 1) / T over the T seconds
//     of polling (no operation more often than its interval I, also checked per operation);
//   - no poll of an operation after the poller reported its end;
//   - every operation completes, and the lag from its completion in the vault to the poller
//     reporting it is at most I plus the poll latency (the rest of the round trip of the poll
//     that just missed it, and the next one: I + 2 x max latency); max and median printed.
// Environment: CERTDECK_BENCH_OPS (1000), CERTDECK_BENCH_INTERVAL_MS (20000),
// CERTDECK_BENCH_IN_FLIGHT (4), CERTDECK_BENCH_ISSUER_DELAY_MS (10000: first completion),
// CERTDECK_BENCH_SPREAD_MS (10000: completions spread over), CERTDECK_BENCH_LATENCY_MS (10:
// added to every poll's answer, standing for the network).
#include "client_test_support.h"
#include "operation_poller.h"

#include "certificate_material.h"
#include "fault_injector.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace certdeck;
using namespace certdeck::client;

namespace {

int setting(const char *name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

double median(QList<qint64> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? double(values[middle]) : (values[middle - 1] + values[middle]) / 2.0;
}

// `count` requests "bench-NNNN" as a create with issuer "bench-ca" (provider Test) leaves them,
// written straight into the store in one transaction (creating 1,000 over HTTPS would take the
// vault longer than the benchmark itself): the issuer outcomes fall due evenly from `delayMs` to
// `delayMs + spreadMs` from now.
bool seedPendingOperations(localvault::VaultStore &store, int count, int delayMs, int spreadMs,
                           QStringList *names, QString *error) {
    using namespace certdeck::localvault;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<crypto::PrivateKey> keys;
    for (int i = 0; i < 10; ++i) {
        auto key = crypto::PrivateKey::generate({crypto::KeyType::Ec, 0, crypto::EcCurve::P256});
        if (!key) {
            *error = key.error().message;
            return false;
        }
        keys.append(*key);
    }
    if (!store.transaction()) {
        *error = store.lastError();
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("bench-%1").arg(i, 4, 10, QLatin1Char('0'));
        vault::CertificatePolicy policy = clienttest::ecPolicy(
            QStringLiteral("CN=%1.example.com").arg(name), QStringLiteral("bench-ca"));
        applyCreateDefaults(&policy, now);
        const crypto::PrivateKey &key = keys[i % keys.size()];
        auto csr = crypto::CertificateRequest::create(key, requestSpecFor(policy));
        if (!csr) {
            *error = csr.error().message;
            store.rollback();
            return false;
        }
        StoredVersion version;
        version.name = name;
        version.version = QUuid::createUuid().toString(QUuid::Id128);
        version.key = key.toPkcs8Der();
        version.created = now;
        version.updated = now;
        StoredOperation operation;
        operation.name = name;
        operation.version = version.version;
        operation.requestId = QUuid::createUuid().toString(QUuid::Id128);
        operation.issuer = *policy.issuer;
        operation.csr = csr->der();
        operation.status = vault::OperationStatus::InProgress;
        operation.statusDetails = QStringLiteral("Pending certificate created. Certificate request "
                                                 "is in progress.");
        operation.readyAtMs = nowMs + delayMs + qint64(spreadMs) * i / qMax(1, count - 1);
        if (!store.putCertificate(StoredCertificate{name, policy, std::nullopt, std::nullopt}) ||
            !store.putVersion(version) || !store.putOperation(operation)) {
            *error = store.lastError();
            store.rollback();
            return false;
        }
        names->append(name);
    }
    if (!store.commit()) {
        *error = store.lastError();
        return false;
    }
    return true;
}

} // namespace

class PollerBenchmark : public QObject {
    Q_OBJECT

private slots:
    void followThousandOperations() {
        const int operations = setting("CERTDECK_BENCH_OPS", 1000);
        const int intervalMs = setting("CERTDECK_BENCH_INTERVAL_MS", 20000);
        const int bound = setting("CERTDECK_BENCH_IN_FLIGHT", 4);
        const int issuerDelayMs = setting("CERTDECK_BENCH_ISSUER_DELAY_MS", 10000);
        const int spreadMs = setting("CERTDECK_BENCH_SPREAD_MS", 10000);
        const int latencyMs = setting("CERTDECK_BENCH_LATENCY_MS", 10);

        // The vault's store syncs every write to disk; on a busy disk that, not the poller, would
        // set the pace. The benchmark keeps its data in memory when it can.
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            qputenv("TMPDIR", "/dev/shm");
        LocalVaultFixture vault(issuerDelayMs);
        QString error;
        QVERIFY2(vault.start(&error), qPrintable(error));
        clienttest::ConnectedClient connected;
        QVERIFY2(connected.connect(vault, &error), qPrintable(error));
        VaultClient *client = connected.client.get();
        const HttpResult issuer =
            vault.request("PUT", QStringLiteral("/certificates/issuers/bench-ca"),
                          QJsonObject{{QStringLiteral("provider"), QStringLiteral("Test")}});
        QCOMPARE(issuer.status, 200);
        QStringList names;
        QVERIFY2(seedPendingOperations(vault.server()->store(), operations, issuerDelayMs, spreadMs,
                                       &names, &error),
                 qPrintable(error));

        QElapsedTimer clock;
        clock.start();
        // What the vault saw: GET …/pending arrivals and open requests, completions.
        QHash<QString, QList<qint64>> polls; // name → arrival times
        int open = 0;
        int maxOpen = 0;
        QHash<QString, qint64> settledAt;
        const QRegularExpression pendingPath(QStringLiteral("^/certificates/([^/]+)/pending$"));
        auto *server = vault.server();
        connect(server, &localvault::LocalVaultServer::requestArrived, this,
                [&](const QByteArray &method, const QString &path) {
                    const auto match = pendingPath.match(path);
                    if (method != "GET" || !match.hasMatch())
                        return;
                    polls[match.captured(1)].append(clock.elapsed());
                    maxOpen = qMax(maxOpen, ++open);
                });
        connect(server, &localvault::LocalVaultServer::requestFinished, this,
                [&](const QByteArray &method, const QString &path, int) {
                    if (method == "GET" && pendingPath.match(path).hasMatch())
                        --open;
                });
        connect(server, &localvault::LocalVaultServer::operationSettled, this,
                [&](const QString &name, const QString &) { settledAt[name] = clock.elapsed(); });
        // What the client measured: the wire time of each poll.
        QList<qint64> latencies;
        connect(connected.pipeline.get(), &HttpPipeline::activity, this,
                [&](const ActivityRecord &record) {
                    if (record.method == "GET" && pendingPath.match(record.path).hasMatch())
                        latencies.append(record.durationMs);
                });

        // A network between poller and vault: every poll's answer takes latencyMs longer (written
        // by a timer, so polls overlap at the vault as they would on the wire).
        localvault::FaultRule network;
        network.method = "GET";
        network.path = pendingPath;
        network.action = localvault::FaultAction::Delay;
        network.delayMs = latencyMs;
        server->faults()->addRule(network);

        OperationPoller poller(client);
        PollerSettings settings;
        settings.intervalMs = intervalMs;
        settings.backoffFactor = 1.0; // a fixed interval: the lag target is about it
        settings.maxInFlight = bound;
        poller.setSettings(settings);
        QHash<QString, qint64> finishedAt;
        QStringList notCompleted;
        connect(&poller, &OperationPoller::finished, this,
                [&](const QString &name, const OperationOutcome &outcome) {
                    finishedAt[name] = clock.elapsed();
                    if (outcome.deleted() ||
                        outcome.operation->status != vault::OperationStatus::Completed)
                        notCompleted.append(name);
                });
        int pollErrors = 0;
        connect(&poller, &OperationPoller::error, this,
                [&](const QString &, const VaultError &) { ++pollErrors; });

        // The client learns the vault's challenge and gets its token before the clock matters.
        auto *warmUp = client->listIssuers();
        QVERIFY(clienttest::waitFor(warmUp));
        QVERIFY2(!warmUp->hasError(), qPrintable(warmUp->error().message));
        warmUp->deleteLater();
        latencies.clear();
        // The requests were created (see seedPendingOperations); all are followed from now on.
        for (const QString &name : std::as_const(names))
            poller.follow(name);
        QTRY_VERIFY_WITH_TIMEOUT(finishedAt.size() == operations, 80000);
        const qint64 lastFinished = clock.elapsed();
        // One more interval: nothing may be polled any more.
        QSignalSpy quiet(server, &localvault::LocalVaultServer::requestArrived);
        while (clock.elapsed() < lastFinished + intervalMs + 1000)
            quiet.wait(int(lastFinished + intervalMs + 1000 - clock.elapsed()) + 1);

        // Figures.
        int totalPolls = 0;
        int pollsAfterEnd = 0;
        qint64 firstPoll = std::numeric_limits<qint64>::max();
        qint64 lastPoll = 0;
        qint64 minGap = std::numeric_limits<qint64>::max();
        QList<qint64> lags;
        QStringList lateOnes;
        const double averageLatency =
            latencies.isEmpty()
                ? 0
                : double(std::accumulate(latencies.cbegin(), latencies.cend(), qint64(0))) /
                      latencies.size();
        const qint64 maxLatency =
            latencies.isEmpty() ? 0 : *std::max_element(latencies.cbegin(), latencies.cend());
        for (auto it = polls.cbegin(); it != polls.cend(); ++it) {
            const QList<qint64> &times = it.value();
            totalPolls += int(times.size());
            firstPoll = qMin(firstPoll, times.first());
            lastPoll = qMax(lastPoll, times.last());
            for (qsizetype i = 1; i < times.size(); ++i)
                minGap = qMin(minGap, times[i] - times[i - 1]);
            const qint64 end = finishedAt.value(it.key(), -1);
            for (qint64 time : times)
                pollsAfterEnd += end >= 0 && time > end ? 1 : 0;
        }
        // Completion just after a poll reached the vault: that poll's answer still travels back
        // (part of one latency), the next one leaves an interval later and takes one latency.
        const qint64 lagTarget = intervalMs + 2 * maxLatency;
        for (auto it = finishedAt.cbegin(); it != finishedAt.cend(); ++it) {
            if (!settledAt.contains(it.key()))
                continue;
            const qint64 lag = it.value() - settledAt.value(it.key());
            lags.append(lag);
            if (lag > lagTarget)
                lateOnes.append(QStringLiteral("%1: %2 ms").arg(it.key()).arg(lag));
        }
        const double seconds = qMax<qint64>(1, lastPoll - firstPoll) / 1000.0;
        const double rate = totalPolls / seconds;
        const double littleBound = averageLatency > 0 ? bound / (averageLatency / 1000.0) : 0;
        // No operation more often than once per interval: over T seconds at most N (T/I + 1).
        const double intervalBound =
            operations * (std::floor(seconds * 1000.0 / intervalMs) + 1) / seconds;
        const qint64 maxLag = lags.isEmpty() ? -1 : *std::max_element(lags.cbegin(), lags.cend());
        const qint64 completedFrom =
            settledAt.isEmpty() ? 0 : *std::min_element(settledAt.cbegin(), settledAt.cend());
        const qint64 completedTo =
            settledAt.isEmpty() ? 0 : *std::max_element(settledAt.cbegin(), settledAt.cend());

        QTextStream out(stdout);
        out << "bench_poller: " << operations << " operations, interval " << intervalMs
            << " ms, at most " << bound << " polls in flight, issuer delay " << issuerDelayMs
            << " ms\n";
        out << "  simulated network latency " << latencyMs << " ms; completed in the vault from "
            << completedFrom / 1000.0 << " s to " << completedTo / 1000.0 << " s\n";
        out << "  polls: " << totalPolls << " over " << seconds << " s = " << rate
            << " polls/s (bounds: B/avg latency = " << littleBound
            << ", N(T/I + 1)/T = " << intervalBound << ")\n";
        out << "  poll latency: avg " << averageLatency << " ms, max " << maxLatency
            << " ms; most polls open at the vault: " << maxOpen << " (bound " << bound << ")\n";
        out << "  shortest gap between two polls of one operation: " << minGap << " ms\n";
        out << "  polls after the end was reported: " << pollsAfterEnd << "; poll errors "
            << pollErrors << "\n";
        out << "  lag completion -> reported: max " << maxLag << " ms, median " << median(lags)
            << " ms (target <= interval + 2 x max latency = " << lagTarget << " ms)\n";

        QStringList missed;
        if (maxOpen > bound)
            missed << QStringLiteral("more polls in flight than the bound");
        if (rate > littleBound * 1.05)
            missed << QStringLiteral("poll rate above B / average latency");
        if (rate > intervalBound + 1e-9)
            missed << QStringLiteral("poll rate above N (T/I + 1) / T");
        if (minGap < intervalMs - 5)
            missed << QStringLiteral("an operation polled more often than its interval");
        if (pollsAfterEnd > 0)
            missed << QStringLiteral("polls after the end");
        if (!notCompleted.isEmpty())
            missed << QStringLiteral("%1 operations did not complete").arg(notCompleted.size());
        if (lags.size() != operations)
            missed << QStringLiteral("completion times missing for %1 operations")
                          .arg(operations - lags.size());
        if (!lateOnes.isEmpty())
            missed << QStringLiteral("%1 operations reported late, e.g. %2")
                          .arg(lateOnes.size())
                          .arg(lateOnes.first());
        out << (missed.isEmpty() ? "PASS" : "FAIL") << " bench_poller"
            << (missed.isEmpty() ? QString()
                                 : QStringLiteral(": ") + missed.join(QStringLiteral("; ")))
            << "\n";
        out.flush();
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(PollerBenchmark)
#include "bench_poller.moc"
