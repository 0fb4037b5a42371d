#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace certdeck::localvault {

// FOR TESTS ONLY. Makes the local vault misbehave the way a real service and network do:
// throttling, unavailability, a write that succeeds although the client sees a 500, a
// connection closed without an answer, a slow answer. Nothing is injected unless rules are
// added (in process through LocalVaultServer::faults(), or with --fault-profile FILE.json).
enum class FaultAction {
    Throttle,        // 429 with Retry-After / retry-after-ms; the request is not carried out
    Unavailable,     // 503 for a burst of `burst` consecutive matching requests
    ErrorAfterWrite, // the request IS carried out, then the client gets a 500
    DropBefore,      // the connection is closed without an answer; nothing was carried out
    DropAfter,       // the request IS carried out, then the connection is closed unanswered
    Delay,           // the request is carried out, the answer is written `delayMs` later
};

struct FaultRule {
    QRegularExpression
        path;          // matched against the decoded path, e.g. "^/certificates/[^/]+/pending$"
    QByteArray method; // upper case; empty: any method
    FaultAction action = FaultAction::Unavailable;
    int count = -1;             // how many times the rule may trigger; -1: no limit
    double probability = 1.0;   // chance that a matching request triggers it (seeded generator)
    int retryAfterSeconds = -1; // Throttle (and Unavailable): Retry-After header; -1: none
    int retryAfterMs = -1;      // Throttle (and Unavailable): retry-after-ms header; -1: none
    int burst = 1;              // Unavailable: matching requests answered 503 per trigger
    int delayMs = 0;            // Delay
};

struct FaultDecision {
    int rule = -1; // index of the rule that triggered
    FaultRule fault;
};

class FaultInjector {
public:
    FaultInjector();

    // Fixed seed → the same decisions for the same sequence of requests.
    void setSeed(quint32 seed);
    int addRule(const FaultRule &rule); // returns the rule's index
    void clear();                       // rules, bursts and counters
    bool isEmpty() const { return m_rules.isEmpty(); }
    int ruleCount() const { return int(m_rules.size()); }

    // {"seed": 7, "rules": [{"path": "...", "method": "GET", "action": "throttle",
    //   "count": 3, "probability": 0.2, "retryAfter": 1, "retryAfterMs": 500, "burst": 3,
    //   "delayMs": 100}]}; action: throttle, unavailable, error-after-write, drop-before,
    //   drop-after, delay.
    bool loadProfile(const QJsonObject &profile, QString *error);
    bool loadProfileFile(const QString &path, QString *error);

    // The fault for one request, if any (first rule that triggers wins). Counts as a trigger.
    std::optional<FaultDecision> decide(const QByteArray &method, const QString &path);

    int triggered(int rule) const;
    int totalTriggered() const;

    static std::optional<FaultAction> actionFromString(const QString &name);
    static QString actionName(FaultAction action);

private:
    struct State {
        FaultRule rule;
        int triggered = 0;
        int burstLeft = 0; // remaining 503s of the current burst
    };
    QList<State> m_rules;
    QRandomGenerator m_random;
};

} // namespace certdeck::localvault
