#include "expiry.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace certdeck::models {

namespace {

constexpr qint64 SecondsPerDay = 86400;

// Whole days since `expires`, rounded down.
int daysSince(qint64 expires, const QDateTime &now) {
    const qint64 days = (now.toSecsSinceEpoch() - expires) / SecondsPerDay;
    return static_cast<int>(std::clamp<qint64>(days, 0, std::numeric_limits<int>::max()));
}

} // namespace

int daysLeft(qint64 expires, const QDateTime &now) {
    const qint64 seconds = expires - now.toSecsSinceEpoch();
    qint64 days = seconds / SecondsPerDay;
    if (seconds % SecondsPerDay != 0 && seconds < 0)
        --days;
    if (days > std::numeric_limits<int>::max())
        return std::numeric_limits<int>::max();
    if (days < std::numeric_limits<int>::min())
        return std::numeric_limits<int>::min();
    return static_cast<int>(days);
}

bool hasExpired(qint64 expires, const QDateTime &now) {
    return now.toSecsSinceEpoch() > expires;
}

bool expiresWithin(qint64 expires, const QDateTime &now, int days) {
    return !hasExpired(expires, now) && daysLeft(expires, now) <= days;
}

ExpiryState expiryStateOf(std::optional<qint64> notBefore, std::optional<qint64> expires,
                          bool enabled, bool pending, const QDateTime &now,
                          int expiringWithinDays) {
    if (pending)
        return ExpiryState::Pending;
    if (!enabled)
        return ExpiryState::Disabled;
    if (expires && hasExpired(*expires, now))
        return ExpiryState::Expired;
    if (notBefore && now.toSecsSinceEpoch() < *notBefore)
        return ExpiryState::NotYetValid;
    if (expires && expiresWithin(*expires, now, expiringWithinDays))
        return ExpiryState::Expiring;
    return ExpiryState::Valid;
}

QString expiryInWords(qint64 expires, const QDateTime &now) {
    if (hasExpired(expires, now)) {
        const int ago = daysSince(expires, now);
        if (ago == 0)
            return QCoreApplication::translate("certdeck::models::Expiry",
                                               "Expired less than a day ago");
        return QCoreApplication::translate("certdeck::models::Expiry", "Expired %n day(s) ago",
                                           nullptr, ago);
    }
    const int days = daysLeft(expires, now);
    if (days == 0)
        return QCoreApplication::translate("certdeck::models::Expiry",
                                           "Expires in less than a day");
    return QCoreApplication::translate("certdeck::models::Expiry", "Expires in %n day(s)", nullptr,
                                       days);
}

QString describeExpiry(ExpiryState state, std::optional<qint64> notBefore,
                       std::optional<qint64> expires, const QDateTime &now) {
    switch (state) {
    case ExpiryState::Pending:
        return QCoreApplication::translate("certdeck::models::Expiry",
                                           "Pending: the certificate has not been issued yet");
    case ExpiryState::Disabled:
        if (expires && hasExpired(*expires, now)) {
            const int ago = daysSince(*expires, now);
            return QCoreApplication::translate("certdeck::models::Expiry",
                                               "Disabled (expired %n day(s) ago)", nullptr, ago);
        }
        if (expires) {
            const int days = daysLeft(*expires, now);
            return QCoreApplication::translate("certdeck::models::Expiry",
                                               "Disabled (expires in %n day(s))", nullptr, days);
        }
        return QCoreApplication::translate("certdeck::models::Expiry", "Disabled");
    case ExpiryState::Expired:
    case ExpiryState::Expiring:
        return expires ? expiryInWords(*expires, now) : QString();
    case ExpiryState::NotYetValid: {
        if (!notBefore)
            return QCoreApplication::translate("certdeck::models::Expiry", "Not yet valid");
        const int days = daysLeft(*notBefore, now);
        if (days == 0)
            return QCoreApplication::translate("certdeck::models::Expiry",
                                               "Not yet valid; becomes valid in less than a day");
        return QCoreApplication::translate(
            "certdeck::models::Expiry", "Not yet valid; becomes valid in %n day(s)", nullptr, days);
    }
    case ExpiryState::Valid:
        if (expires) {
            const int days = daysLeft(*expires, now);
            return QCoreApplication::translate("certdeck::models::Expiry",
                                               "Valid; expires in %n day(s)", nullptr, days);
        }
        return QCoreApplication::translate("certdeck::models::Expiry", "Valid");
    }
    return QString();
}

} // namespace certdeck::models
