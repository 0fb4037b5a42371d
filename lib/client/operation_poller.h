#pragma once

#include "certificate_operation.h"
#include "vault_client.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMultiMap>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <optional>

namespace certdeck::client {

struct PollerSettings {
    int intervalMs = 5000; // between the answer to one poll and the next poll of an operation
    // Back-off: an operation whose state did not change is polled `backoffFactor` times less
    // often, up to `maxIntervalMs`; any change brings it back to `intervalMs`.
    double backoffFactor = 1.5;
    int maxIntervalMs = 60000;
    // Polls of this poller (one vault) on the wire at once; the others wait in line.
    int maxInFlight = 4;
    // The service adds "Retry-After: 10" to every in-progress answer; the SDKs ignore it (their
    // interval is their own), and so does the poller unless this is set. A Retry-After on a
    // throttled (429) or unavailable (503) answer is always honoured.
    bool honourInProgressRetryAfter = false;
};

// How a followed operation ended.
struct OperationOutcome {
    // The last state seen: completed, failed or cancelled. Empty when the pending object was
    // deleted (404 PendingCertificateNotFound) before it reached a terminal state.
    std::optional<vault::CertificateOperation> operation;
    bool deleted() const { return !operation.has_value(); }
};

struct PollerStatistics {
    int polls = 0;       // GET /pending sent (probes of discover() included)
    int errors = 0;      // polls that ended with an error other than 404
    int maxInFlight = 0; // most polls ever on the wire at once
};

// Follows pending certificate operations (GET /certificates/{name}/pending) of one vault until
// they reach a terminal state, with a bounded number of polls in flight. Timers only: never
// sleeps, never blocks. An operation is never polled again once it reached a terminal state,
// was deleted, or was stopped.
class OperationPoller : public QObject {
    Q_OBJECT
public:
    explicit OperationPoller(VaultClient *client, QObject *parent = nullptr);
    ~OperationPoller() override;

    void setSettings(const PollerSettings &settings);
    const PollerSettings &settings() const { return m_settings; }

    // Starts following `name` (first poll as soon as a slot is free). Already followed: no-op.
    void follow(const QString &name);
    // Stops following (an answer still on the way is ignored); no signal.
    void stop(const QString &name);
    void stopAll();
    // Lists the certificates (includePending=true), asks /pending of each one not yet followed,
    // and follows those in progress: requests started by another tool. The probes share the
    // in-flight bound with the polls. discoveryFinished() follows.
    void discover();

    bool isFollowing(const QString &name) const;
    QStringList followed() const;
    int inFlight() const { return m_inFlight; }
    int waiting() const { return int(m_ready.size()); }
    const PollerStatistics &statistics() const { return m_statistics; }

signals:
    // The first state seen, then every change of status, cancellation_requested,
    // status_details or error.
    void statusChanged(const QString &name, const certdeck::vault::CertificateOperation &operation);
    // Terminal state reached, or the pending object was deleted. Polling of `name` has stopped.
    void finished(const QString &name, const certdeck::client::OperationOutcome &outcome);
    // A poll failed (not 404). Polling goes on with back-off, except after 401 or 403, after
    // which `name` is no longer followed. From discover(): `name` is empty for the listing.
    void error(const QString &name, const certdeck::client::VaultError &error);
    // discover() is done: the names it started following.
    void discoveryFinished(const QStringList &followed);

private:
    enum class State { Scheduled, Ready, InFlight };
    struct Tracked {
        quint64 id = 0;
        QString name;
        State state = State::Scheduled;
        qint64 dueAtMs = 0;
        int intervalMs = 0;
        bool probe = false; // from discover(): followed only if in progress
        std::optional<vault::CertificateOperation> last;
        QPointer<Reply<HttpResponse>> reply;
    };

    Tracked *add(const QString &name, bool probe);
    void remove(const QString &name);
    void schedule(Tracked *tracked, qint64 delayMs);
    void unschedule(Tracked *tracked);
    void pump();
    void startPoll(Tracked *tracked);
    void onPolled(const QString &name, quint64 id, Reply<HttpResponse> *reply);
    void onAnswer(Tracked *tracked, const vault::CertificateOperation &operation,
                  std::optional<qint64> serverHintMs);
    void onFailure(Tracked *tracked, const VaultError &error);
    void onProbeDone(const QString &name);
    void finishDiscoveryIfDone();
    qint64 now() const { return m_clock.elapsed(); }

    VaultClient *m_client;
    PollerSettings m_settings;
    QElapsedTimer m_clock;
    QTimer m_timer; // wakes the scheduler at the next due time (or the end of a pause)
    QHash<QString, Tracked *> m_tracked;
    QMultiMap<qint64, QString> m_schedule;   // due time → name
    QQueue<QPair<QString, quint64>> m_ready; // due, waiting for a free slot (name, id)
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    qint64 m_pausedUntilMs = 0; // after a throttled answer: no poll before this
    PollerStatistics m_statistics;
    // discover()
    QPointer<CertificatePager> m_pager;
    QSet<QString> m_probing;
    QStringList m_discovered;
    bool m_discovering = false;
    bool m_listed = false;
};

} // namespace certdeck::client

Q_DECLARE_METATYPE(certdeck::client::OperationOutcome)
