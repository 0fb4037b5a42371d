#include "operation_poller.h"

#include "json_support.h"

#include <QUrlQuery>

#include <utility>

namespace certdeck::client {

namespace {

constexpr qint64 maxServerHintMs = 3600 * 1000; // a Retry-After beyond an hour is not believed

// What the poller reports as a change: the fields an operator sees.
bool differs(const vault::CertificateOperation &a, const vault::CertificateOperation &b) {
    return a.status != b.status || a.cancellationRequested != b.cancellationRequested ||
           a.statusDetails != b.statusDetails || a.error != b.error;
}

QUrl pendingUrl(const VaultClient *client, const QString &name) {
    QUrl url = client->vaultUrl();
    url.setPath(url.path() + QStringLiteral("/certificates/%1/pending").arg(name),
                QUrl::DecodedMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), client->apiVersion());
    url.setQuery(query);
    return url;
}

} // namespace

OperationPoller::OperationPoller(VaultClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    qRegisterMetaType<OperationOutcome>();
    qRegisterMetaType<vault::CertificateOperation>();
    qRegisterMetaType<VaultError>();
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early: polls too often
    connect(&m_timer, &QTimer::timeout, this, &OperationPoller::pump);
}

OperationPoller::~OperationPoller() {
    // Nothing may call back into a destroyed poller: detach the answers still on the way.
    for (Tracked *tracked : std::as_const(m_tracked)) {
        if (tracked->reply) {
            tracked->reply->disconnect(this);
            tracked->reply->abort();
            tracked->reply->deleteLater();
        }
        delete tracked;
    }
    m_tracked.clear();
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->abort();
        m_pager->deleteLater();
    }
}

void OperationPoller::setSettings(const PollerSettings &settings) {
    m_settings = settings;
    m_settings.intervalMs = qMax(1, m_settings.intervalMs);
    m_settings.maxIntervalMs = qMax(m_settings.intervalMs, m_settings.maxIntervalMs);
    m_settings.backoffFactor = qMax(1.0, m_settings.backoffFactor);
    m_settings.maxInFlight = qMax(1, m_settings.maxInFlight);
    m_timer.start(0); // a larger bound may let waiting polls go now
}

void OperationPoller::follow(const QString &name) {
    if (Tracked *tracked = m_tracked.value(name)) {
        if (tracked->probe) { // discover() found it first: now it is followed whatever it says
            tracked->probe = false;
            onProbeDone(name);
        }
        return;
    }
    schedule(add(name, false), 0);
}

void OperationPoller::stop(const QString &name) {
    remove(name);
    onProbeDone(name);
}

void OperationPoller::stopAll() {
    const QStringList names = m_tracked.keys();
    for (const QString &name : names)
        remove(name);
    m_ready.clear();
    m_schedule.clear();
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->abort();
        m_pager->deleteLater();
    }
    m_probing.clear();
    m_discovered.clear();
    m_discovering = false;
}

bool OperationPoller::isFollowing(const QString &name) const {
    const Tracked *tracked = m_tracked.value(name);
    return tracked && !tracked->probe;
}

QStringList OperationPoller::followed() const {
    QStringList names;
    for (const Tracked *tracked : m_tracked) {
        if (!tracked->probe)
            names.append(tracked->name);
    }
    return names;
}

OperationPoller::Tracked *OperationPoller::add(const QString &name, bool probe) {
    auto *tracked = new Tracked;
    tracked->id = m_nextId++;
    tracked->name = name;
    tracked->intervalMs = m_settings.intervalMs;
    tracked->probe = probe;
    m_tracked.insert(name, tracked);
    return tracked;
}

void OperationPoller::remove(const QString &name) {
    Tracked *tracked = m_tracked.take(name);
    if (!tracked)
        return;
    unschedule(tracked);
    // A poll on the wire is aborted; its slot is given back when its (cancelled) answer
    // arrives, so the bound holds even then. A waiting entry is skipped by its id.
    if (tracked->reply)
        tracked->reply->abort();
    delete tracked;
}

void OperationPoller::schedule(Tracked *tracked, qint64 delayMs) {
    tracked->state = State::Scheduled;
    tracked->dueAtMs = now() + qMax<qint64>(0, delayMs);
    m_schedule.insert(tracked->dueAtMs, tracked->name);
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(int(qMax<qint64>(0, delayMs)));
}

void OperationPoller::unschedule(Tracked *tracked) {
    if (tracked->state != State::Scheduled)
        return;
    for (auto it = m_schedule.lowerBound(tracked->dueAtMs);
         it != m_schedule.end() && it.key() == tracked->dueAtMs; ++it) {
        if (it.value() == tracked->name) {
            m_schedule.erase(it);
            return;
        }
    }
}

void OperationPoller::pump() {
    const qint64 time = now();
    if (time < m_pausedUntilMs) { // the vault throttled us: everybody waits
        m_timer.start(int(m_pausedUntilMs - time));
        return;
    }
    // Due entries join the line in due order; the line moves as slots free up.
    for (auto it = m_schedule.begin(); it != m_schedule.end() && it.key() <= time;) {
        Tracked *tracked = m_tracked.value(it.value());
        if (tracked && tracked->state == State::Scheduled && tracked->dueAtMs == it.key()) {
            tracked->state = State::Ready;
            m_ready.enqueue({tracked->name, tracked->id});
        }
        it = m_schedule.erase(it);
    }
    while (m_inFlight < m_settings.maxInFlight && !m_ready.isEmpty()) {
        const auto [name, id] = m_ready.dequeue();
        Tracked *tracked = m_tracked.value(name);
        if (tracked && tracked->id == id && tracked->state == State::Ready)
            startPoll(tracked);
    }
    if (!m_schedule.isEmpty())
        m_timer.start(int(qMax<qint64>(0, m_schedule.firstKey() - time)));
    else
        m_timer.stop();
}

void OperationPoller::startPoll(Tracked *tracked) {
    ServiceRequest request;
    request.url = pendingUrl(m_client, tracked->name);
    Reply<HttpResponse> *reply = m_client->pipeline()->send(request);
    tracked->state = State::InFlight;
    tracked->reply = reply;
    ++m_inFlight;
    ++m_statistics.polls;
    m_statistics.maxInFlight = qMax(m_statistics.maxInFlight, m_inFlight);
    connect(reply, &ServiceReply::finished, this,
            [this, name = tracked->name, id = tracked->id, reply] { onPolled(name, id, reply); });
}

void OperationPoller::onPolled(const QString &name, quint64 id, Reply<HttpResponse> *reply) {
    reply->deleteLater();
    --m_inFlight;
    Tracked *tracked = m_tracked.value(name);
    if (tracked && tracked->id == id && tracked->state == State::InFlight) {
        tracked->reply = nullptr;
        if (reply->hasError()) {
            onFailure(tracked, reply->error());
        } else {
            const HttpResponse &response = reply->value();
            auto json = vault::parseJsonObject(response.body);
            if (!json) {
                onFailure(tracked, VaultError::parse(json.error()));
            } else {
                const QByteArray retryAfterMsHeader = response.header("retry-after-ms").isEmpty()
                                                          ? response.header("x-ms-retry-after-ms")
                                                          : response.header("retry-after-ms");
                onAnswer(tracked, vault::CertificateOperation::fromJson(*json),
                         retryAfterMs(response.header("Retry-After"), retryAfterMsHeader));
            }
        }
    }
    // `tracked` may be gone (a slot stopped it): only the scheduler is touched from here.
    pump();
}

void OperationPoller::onAnswer(Tracked *tracked, const vault::CertificateOperation &operation,
                               std::optional<qint64> serverHintMs) {
    const QString name = tracked->name;
    const bool terminal = vault::OperationStatus::isTerminal(operation.status);
    const bool wasProbe = tracked->probe;
    if (wasProbe && terminal) { // discover(): nothing to follow
        remove(name);
        onProbeDone(name);
        return;
    }
    if (wasProbe) {
        tracked->probe = false;
        m_discovered.append(name);
    }
    const bool changed = !tracked->last || differs(*tracked->last, operation);
    // All bookkeeping first: slots connected to the signals may stop or follow anything.
    if (terminal) {
        remove(name); // never polled again
        if (changed)
            emit statusChanged(name, operation);
        emit finished(name, OperationOutcome{operation});
        return;
    }
    tracked->last = operation;
    tracked->intervalMs = changed
                              ? m_settings.intervalMs
                              : int(qMin<double>(m_settings.maxIntervalMs,
                                                 tracked->intervalMs * m_settings.backoffFactor));
    qint64 delay = tracked->intervalMs;
    if (m_settings.honourInProgressRetryAfter && serverHintMs)
        delay = qMax(delay, qBound<qint64>(0, *serverHintMs, maxServerHintMs));
    schedule(tracked, delay);
    if (changed)
        emit statusChanged(name, operation);
    if (wasProbe)
        onProbeDone(name);
}

void OperationPoller::onFailure(Tracked *tracked, const VaultError &failure) {
    const QString name = tracked->name;
    const bool wasProbe = tracked->probe;
    if (failure.isNotFound()) { // the pending object was deleted (or never was)
        remove(name);
        if (wasProbe)
            onProbeDone(name);
        else
            emit finished(name, OperationOutcome{});
        return;
    }
    ++m_statistics.errors;
    const bool fatal = failure.httpStatus == 401 || failure.httpStatus == 403;
    if (fatal || wasProbe) { // a probe is not retried: discover() can be called again
        remove(name);
        emit error(name, failure);
        if (wasProbe)
            onProbeDone(name);
        return;
    }
    tracked->intervalMs = int(qMin<double>(
        m_settings.maxIntervalMs, tracked->intervalMs * qMax(2.0, m_settings.backoffFactor)));
    qint64 delay = tracked->intervalMs;
    if (failure.retryAfterMs) {
        const qint64 hint = qBound<qint64>(0, *failure.retryAfterMs, maxServerHintMs);
        delay = qMax(delay, hint);
        // Throttling is per vault: no poll of any operation before the server's time.
        if (failure.httpStatus == 429 || failure.httpStatus == 503)
            m_pausedUntilMs = qMax(m_pausedUntilMs, now() + hint);
    }
    schedule(tracked, delay);
    emit error(name, failure);
}

void OperationPoller::discover() {
    if (m_discovering)
        return;
    m_discovering = true;
    m_listed = false;
    m_discovered.clear();
    CertificatePager *pager = m_client->listCertificates(true);
    m_pager = pager;
    connect(pager, &CertificatePager::pageReceived, this,
            [this](const QList<vault::CertificateItem> &items) {
                // Every listed certificate is asked: a renewal in progress hides behind its
                // completed current version in the list.
                for (const vault::CertificateItem &item : items) {
                    const QString name = item.name();
                    if (name.isEmpty() || m_tracked.contains(name))
                        continue;
                    m_probing.insert(name);
                    schedule(add(name, true), 0);
                }
            });
    connect(pager, &ServiceReply::finished, this, [this, pager] {
        pager->deleteLater();
        if (pager->hasError() && pager->error().kind != VaultError::Kind::Cancelled)
            emit error(QString(), pager->error());
        m_listed = true;
        finishDiscoveryIfDone();
    });
}

void OperationPoller::onProbeDone(const QString &name) {
    if (m_probing.remove(name))
        finishDiscoveryIfDone();
}

void OperationPoller::finishDiscoveryIfDone() {
    if (!m_discovering || !m_listed || !m_probing.isEmpty())
        return;
    m_discovering = false;
    const QStringList found = std::exchange(m_discovered, {});
    emit discoveryFinished(found);
}

} // namespace certdeck::client
