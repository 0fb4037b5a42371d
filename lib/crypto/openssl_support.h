#pragma once

#include <QByteArray>

namespace certdeck::crypto {

// Loads OpenSSL's "default" and "legacy" providers once per process, so that RC2/3DES PFX files
// from older Windows tools can be read. Safe to call from any thread, any number of times.
void ensureProvidersLoaded();

QByteArray randomBytes(int count);

// Overwrites the buffer's bytes (OPENSSL_cleanse) and clears it; for passwords we own.
void cleanse(QByteArray &secret);

} // namespace certdeck::crypto
