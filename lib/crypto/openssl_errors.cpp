#include "openssl_errors.h"

#include <openssl/err.h>

#include <QStringList>

namespace certdeck::crypto::ossl {

namespace {
// Enough to name the root cause and its context without flooding a log line.
constexpr int maxReasons = 4;
} // namespace

ErrorQueueGuard::ErrorQueueGuard() {
    ERR_clear_error();
}

ErrorQueueGuard::~ErrorQueueGuard() {
    ERR_clear_error();
}

QString takeOpensslReasons() {
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        if (reasons.size() >= maxReasons)
            continue;
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        const QString reason = QString::fromUtf8(text);
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    ERR_clear_error();
    return reasons.join(QStringLiteral("; "));
}

CryptoError opensslError(CryptoErrorCode code, const QString &what) {
    const QString reasons = takeOpensslReasons();
    if (reasons.isEmpty())
        return CryptoError{code, what};
    return CryptoError{code, QStringLiteral("%1 (OpenSSL: %2)").arg(what, reasons)};
}

} // namespace certdeck::crypto::ossl
