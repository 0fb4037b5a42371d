#include "retry_policy.h"

#include <QLocale>
#include <QRandomGenerator>

namespace certdeck::client {

bool RetryPolicy::isRetryableStatus(int status) {
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
           status == 504;
}

bool RetryPolicy::isAmbiguousStatus(int status) {
    // 429 and 503 say the request was not processed; the others may hide a completed write.
    return status == 408 || status == 500 || status == 502 || status == 504;
}

int RetryPolicy::delayMs(int retry, std::optional<qint64> serverHintMs) const {
    if (serverHintMs)
        return int(qBound(qint64(0), *serverHintMs, qint64(maxDelayMs)));
    const qint64 ceiling = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << qMin(retry - 1, 16));
    // Full jitter: spreads the retries of many clients that failed together.
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

std::optional<qint64> retryAfterMs(const QByteArray &retryAfter,
                                   const QByteArray &retryAfterMsHeader, const QDateTime &now) {
    bool ok = false;
    const qint64 milliseconds = retryAfterMsHeader.trimmed().toLongLong(&ok);
    if (ok && milliseconds >= 0)
        return milliseconds;
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 7231 IMF-fixdate).
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(date));
}

} // namespace certdeck::client
