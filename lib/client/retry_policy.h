#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace certdeck::client {

// Exponential back-off with full jitter, honouring Retry-After; a bounded number of retries.
struct RetryPolicy {
    int maxRetries = 4;
    int baseDelayMs = 800;
    int maxDelayMs = 60000;

    static bool isRetryableStatus(int status);
    // A status after which a state-changing request may have been carried out anyway.
    static bool isAmbiguousStatus(int status);

    // Delay before retry number `retry` (1-based): the server's hint when it gave one.
    int delayMs(int retry, std::optional<qint64> serverHintMs) const;
};

// Retry-After (delta seconds or HTTP date), retry-after-ms, x-ms-retry-after-ms → milliseconds.
std::optional<qint64> retryAfterMs(const QByteArray &retryAfter,
                                   const QByteArray &retryAfterMsHeader,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace certdeck::client
