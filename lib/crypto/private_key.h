#pragma once

#include "crypto_error.h"

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace certdeck::crypto {

enum class KeyType { Rsa, Ec };
enum class EcCurve { P256, P384, P521 };

struct KeySpec {
    KeyType type = KeyType::Rsa;
    int rsaBits = 2048; // 2048, 3072 or 4096
    EcCurve curve = EcCurve::P256;
};

// Key Vault's names: "P-256", "P-384", "P-521".
QString curveName(EcCurve curve);
bool curveFromName(const QString &name, EcCurve *curve);

enum class SignatureScheme {
    RsaPkcs1Sha256, // JWS RS256
    RsaPssSha256,   // JWS PS256 (salt length = digest length)
    EcdsaSha256,    // DER-encoded ECDSA signature
};

// An asymmetric private key. Copies share the underlying EVP_PKEY (immutable once built).
class PrivateKey {
public:
    PrivateKey() = default;

    static CryptoResult<PrivateKey> generate(const KeySpec &spec);
    // PKCS#8 (encrypted when passphrase given) or traditional RSA/EC PEM.
    static CryptoResult<PrivateKey> fromPem(const QByteArray &pem,
                                            const QByteArray &passphrase = {});
    static CryptoResult<PrivateKey> fromPkcs8Der(const QByteArray &der);

    bool isNull() const { return !m_key; }
    KeySpec spec() const;
    QByteArray toPkcs8Der() const;
    QByteArray toPkcs8Pem() const;   // unencrypted "-----BEGIN PRIVATE KEY-----"
    QByteArray publicKeyDer() const; // SubjectPublicKeyInfo DER

    CryptoResult<QByteArray> sign(const QByteArray &data, SignatureScheme scheme) const;

    EVP_PKEY *native() const { return m_key.get(); }
    static PrivateKey adopt(EVP_PKEY *key); // takes ownership

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

// Verifies `signature` over `data` with a SubjectPublicKeyInfo DER public key.
bool verifySignature(const QByteArray &publicKeyDer, const QByteArray &data,
                     const QByteArray &signature, SignatureScheme scheme);

} // namespace certdeck::crypto
