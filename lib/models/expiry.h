#pragma once

#include <QDateTime>
#include <QHashFunctions>
#include <QString>

#include <optional>

namespace certdeck::models {

// One state per certificate, for colours, icons and words. When several apply, the first of
// Pending, Disabled, Expired, NotYetValid, Expiring, Valid wins.
enum class ExpiryState { Valid, Expiring, Expired, NotYetValid, Pending, Disabled };

inline size_t qHash(ExpiryState state, size_t seed = 0) noexcept {
    return ::qHash(static_cast<int>(state), seed);
}

// Whole days from `now` until `expires` (Unix seconds), rounded down: 0 within the last day,
// -1 during the first day after expiry.
int daysLeft(qint64 expires, const QDateTime &now);

// Expired once `now` is past `expires` (the notAfter second itself is still valid, as in X.509).
bool hasExpired(qint64 expires, const QDateTime &now);

// Not expired and daysLeft() <= days.
bool expiresWithin(qint64 expires, const QDateTime &now, int days);

ExpiryState expiryStateOf(std::optional<qint64> notBefore, std::optional<qint64> expires,
                          bool enabled, bool pending, const QDateTime &now, int expiringWithinDays);

// How long until (or since) `expires`, in words: "Expires in 3 days", "Expired 12 days ago".
// Translated in the context "certdeck::models::Expiry".
QString expiryInWords(qint64 expires, const QDateTime &now);

// The state in words, e.g. "Expired 12 days ago", "Expires in 3 days", "Disabled; expired ...".
// Translated in the context "certdeck::models::Expiry".
QString describeExpiry(ExpiryState state, std::optional<qint64> notBefore,
                       std::optional<qint64> expires, const QDateTime &now);

} // namespace certdeck::models
