#pragma once

// Internal to lib/crypto. Password-based key derivation costs named by untrusted files: OpenSSL
// runs whatever iteration count a PKCS#12 file or an encrypted PKCS#8 key names, so a crafted
// file (found by fuzzing: 2^31 PBKDF2 iterations) would keep the import dialog's thread or the
// local vault's import busy for hours. Files are checked before anything is derived.

#include <QByteArray>

typedef struct PKCS12_st PKCS12;

namespace certdeck::crypto {

// Current tools write 2048 (OpenSSL), 2000 (Windows) or 600000 (OWASP's PBKDF2-SHA256 advice).
inline constexpr long long maxKeyDerivationIterations = 2'000'000;

// True when the MAC and every encryption the password opens (encrypted safes, shrouded key bags,
// nested safes) ask for at most maxKeyDerivationIterations. Contents the password does not
// decrypt are not judged here: reading them fails anyway.
bool pkcs12MacCostAcceptable(const PKCS12 *pkcs12);
bool pkcs12ContentCostsAcceptable(const PKCS12 *pkcs12, const char *password, int passwordLength);

// True unless the PEM text's "ENCRYPTED PRIVATE KEY" asks for more iterations than allowed.
bool encryptedPemKeyCostAcceptable(const QByteArray &pem);

} // namespace certdeck::crypto
