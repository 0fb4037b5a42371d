#pragma once

// Internal: turning OpenSSL's thread-local error queue into CryptoError values.

#include "crypto_error.h"

#include <QString>

namespace certdeck::crypto::ossl {

// Empties the error queue when created and again when destroyed, so every public call starts
// clean and never leaves an error behind for the next caller, whether it succeeded or failed.
class ErrorQueueGuard {
public:
    ErrorQueueGuard();
    ~ErrorQueueGuard();
    ErrorQueueGuard(const ErrorQueueGuard &) = delete;
    ErrorQueueGuard &operator=(const ErrorQueueGuard &) = delete;
};

// The reasons currently queued ("asn1 encoding routines::wrong tag; ..."), then the queue is
// emptied. Empty when OpenSSL recorded nothing.
QString takeOpensslReasons();

// `what`, followed by OpenSSL's reasons when there are any; empties the queue.
CryptoError opensslError(CryptoErrorCode code, const QString &what);

inline CryptoError cryptoError(CryptoErrorCode code, const QString &message) {
    return CryptoError{code, message};
}

} // namespace certdeck::crypto::ossl
