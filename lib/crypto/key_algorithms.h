#pragma once

// Internal: what kind of key an EVP_PKEY holds, and which digest signs certificates with it.

#include "private_key.h"

#include <openssl/evp.h>

#include <optional>

namespace certdeck::crypto::ossl {

// The KeySpec of an RSA or P-256/384/521 key; nullopt for anything else.
std::optional<KeySpec> describeKey(const EVP_PKEY *key);

// OpenSSL's group name for a curve ("P-256", ...), as EVP_PKEY_Q_keygen accepts it.
const char *opensslGroupName(EcCurve curve);

// SHA-256 for RSA and P-256, SHA-384 for P-384, SHA-512 for P-521.
const EVP_MD *certificateSignatureDigest(const EVP_PKEY *key);

bool samePublicKey(const EVP_PKEY *first, const EVP_PKEY *second);

} // namespace certdeck::crypto::ossl
