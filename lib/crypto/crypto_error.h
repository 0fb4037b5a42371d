#pragma once

#include "result.h"

#include <QString>

namespace certdeck::crypto {

enum class CryptoErrorCode {
    InvalidInput,  // garbage, truncated or malformed bytes
    WrongKind,     // readable, but not the kind of object the caller asked for
    WrongPassword, // PKCS#12 MAC or decryption failed
    KeyMismatch,   // certificate and key / CSR do not belong together
    Unsupported,   // algorithm, curve or structure we do not handle
    Internal,      // OpenSSL failed where it should not
};

// Messages are plain English for logs and tests; the GUI maps `code` to translated text.
struct CryptoError {
    CryptoErrorCode code = CryptoErrorCode::Internal;
    QString message;
};

template <typename T> using CryptoResult = Result<T, CryptoError>;

} // namespace certdeck::crypto
