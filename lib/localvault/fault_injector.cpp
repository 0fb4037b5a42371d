#include "fault_injector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace certdeck::localvault {

namespace {

struct ActionName {
    FaultAction action;
    const char *name;
};

constexpr ActionName actionNames[] = {
    {FaultAction::Throttle, "throttle"},
    {FaultAction::Unavailable, "unavailable"},
    {FaultAction::ErrorAfterWrite, "error-after-write"},
    {FaultAction::DropBefore, "drop-before"},
    {FaultAction::DropAfter, "drop-after"},
    {FaultAction::Delay, "delay"},
};

bool matches(const FaultRule &rule, const QByteArray &method, const QString &path) {
    if (!rule.method.isEmpty() && rule.method != method)
        return false;
    return !rule.path.isValid() || rule.path.pattern().isEmpty() ||
           rule.path.match(path).hasMatch();
}

} // namespace

FaultInjector::FaultInjector()
    : m_random(1u) {}

void FaultInjector::setSeed(quint32 seed) {
    m_random.seed(seed);
}

int FaultInjector::addRule(const FaultRule &rule) {
    m_rules.append(State{rule, 0, 0});
    return int(m_rules.size()) - 1;
}

void FaultInjector::clear() {
    m_rules.clear();
}

std::optional<FaultAction> FaultInjector::actionFromString(const QString &name) {
    for (const ActionName &entry : actionNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.action;
    }
    return std::nullopt;
}

QString FaultInjector::actionName(FaultAction action) {
    for (const ActionName &entry : actionNames) {
        if (entry.action == action)
            return QLatin1String(entry.name);
    }
    return {};
}

bool FaultInjector::loadProfile(const QJsonObject &profile, QString *error) {
    QList<FaultRule> rules;
    const QJsonArray array = profile.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject json = array.at(i).toObject();
        const auto fail = [&](const QString &what) {
            *error = QStringLiteral("fault rule %1: %2").arg(i).arg(what);
            return false;
        };
        FaultRule rule;
        rule.path = QRegularExpression(json.value(QStringLiteral("path")).toString());
        if (!rule.path.isValid())
            return fail(QStringLiteral("invalid path expression: %1").arg(rule.path.errorString()));
        rule.method = json.value(QStringLiteral("method")).toString().toUpper().toLatin1();
        const auto action = actionFromString(json.value(QStringLiteral("action")).toString());
        if (!action)
            return fail(QStringLiteral("unknown action '%1'")
                            .arg(json.value(QStringLiteral("action")).toString()));
        rule.action = *action;
        rule.count = json.value(QStringLiteral("count")).toInt(-1);
        rule.probability = json.value(QStringLiteral("probability")).toDouble(1.0);
        if (rule.probability < 0.0 || rule.probability > 1.0)
            return fail(QStringLiteral("probability must be between 0 and 1"));
        rule.retryAfterSeconds = json.value(QStringLiteral("retryAfter")).toInt(-1);
        rule.retryAfterMs = json.value(QStringLiteral("retryAfterMs")).toInt(-1);
        rule.burst = qMax(1, json.value(QStringLiteral("burst")).toInt(1));
        rule.delayMs = qMax(0, json.value(QStringLiteral("delayMs")).toInt(0));
        rules.append(rule);
    }
    if (rules.isEmpty()) {
        *error = QStringLiteral("the fault profile has no rules");
        return false;
    }
    clear();
    if (profile.contains(QStringLiteral("seed")))
        setSeed(quint32(profile.value(QStringLiteral("seed")).toInteger()));
    for (const FaultRule &rule : rules)
        addRule(rule);
    return true;
}

bool FaultInjector::loadProfileFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the fault profile %1").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("the fault profile %1 is not a JSON object: %2")
                     .arg(path, parseError.errorString());
        return false;
    }
    return loadProfile(document.object(), error);
}

std::optional<FaultDecision> FaultInjector::decide(const QByteArray &method, const QString &path) {
    // A burst in progress takes the request before anything else is drawn.
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        State &state = m_rules[i];
        if (state.burstLeft > 0 && matches(state.rule, method, path)) {
            --state.burstLeft;
            return FaultDecision{int(i), state.rule};
        }
    }
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        State &state = m_rules[i];
        if (!matches(state.rule, method, path))
            continue;
        if (state.rule.count >= 0 && state.triggered >= state.rule.count)
            continue;
        // Certain rules draw nothing, so adding one does not shift the others' sequence.
        if (state.rule.probability < 1.0 && m_random.generateDouble() >= state.rule.probability)
            continue;
        ++state.triggered;
        if (state.rule.action == FaultAction::Unavailable)
            state.burstLeft = qMax(1, state.rule.burst) - 1;
        return FaultDecision{int(i), state.rule};
    }
    return std::nullopt;
}

int FaultInjector::triggered(int rule) const {
    return rule >= 0 && rule < m_rules.size() ? m_rules[rule].triggered : 0;
}

int FaultInjector::totalTriggered() const {
    int total = 0;
    for (const State &state : m_rules)
        total += state.triggered;
    return total;
}

} // namespace certdeck::localvault
