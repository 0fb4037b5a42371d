#include "private_key.h"

#include "key_algorithms.h"
#include "key_derivation_limits.h"
#include "openssl_errors.h"
#include "openssl_handles.h"

#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <cstring>

namespace certdeck::crypto {

using namespace ossl;

namespace {

bool isSupportedRsaSize(int bits) {
    return bits == 2048 || bits == 3072 || bits == 4096;
}

// Never let OpenSSL fall back to prompting on the terminal: the passphrase comes from the caller.
int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData) {
    const auto *passphrase = static_cast<const QByteArray *>(userData);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return 0;
    std::memcpy(buffer, passphrase->constData(), static_cast<size_t>(passphrase->size()));
    return static_cast<int>(passphrase->size());
}

bool looksEncrypted(const QByteArray &pem) {
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") ||
           pem.contains("Proc-Type: 4,ENCRYPTED");
}

CryptoResult<PrivateKey> adoptSupported(EVP_PKEY *raw) {
    EvpPkeyPtr key(raw);
    if (!describeKey(key.get()))
        return fail(
            cryptoError(CryptoErrorCode::Unsupported,
                        QStringLiteral("Only RSA and EC P-256/P-384/P-521 keys are supported")));
    return PrivateKey::adopt(key.release());
}

bool schemeFitsKey(SignatureScheme scheme, const EVP_PKEY *key) {
    const auto spec = describeKey(key);
    if (!spec)
        return false;
    return scheme == SignatureScheme::EcdsaSha256 ? spec->type == KeyType::Ec
                                                  : spec->type == KeyType::Rsa;
}

QString schemeMismatchMessage(SignatureScheme scheme) {
    return scheme == SignatureScheme::EcdsaSha256
               ? QStringLiteral("ECDSA signatures need an EC key")
               : QStringLiteral("RS256/PS256 signatures need an RSA key");
}

bool configurePadding(EVP_PKEY_CTX *context, SignatureScheme scheme) {
    if (scheme != SignatureScheme::RsaPssSha256)
        return true;
    // JWS PS256: MGF1 with the signature digest, salt as long as the digest.
    return EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) == 1 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(context, RSA_PSS_SALTLEN_DIGEST) == 1;
}

} // namespace

QString curveName(EcCurve curve) {
    return QString::fromLatin1(opensslGroupName(curve));
}

bool curveFromName(const QString &name, EcCurve *curve) {
    static const struct {
        const char *name;
        EcCurve curve;
    } known[] = {{"P-256", EcCurve::P256}, {"P-384", EcCurve::P384}, {"P-521", EcCurve::P521}};
    for (const auto &entry : known) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            if (curve)
                *curve = entry.curve;
            return true;
        }
    }
    return false;
}

CryptoResult<PrivateKey> PrivateKey::generate(const KeySpec &spec) {
    const ErrorQueueGuard guard;
    EVP_PKEY *raw = nullptr;
    if (spec.type == KeyType::Rsa) {
        if (!isSupportedRsaSize(spec.rsaBits))
            return fail(cryptoError(CryptoErrorCode::Unsupported,
                                    QStringLiteral("RSA key size %1 is not supported "
                                                   "(use 2048, 3072 or 4096)")
                                        .arg(spec.rsaBits)));
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(spec.rsaBits));
    } else {
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", opensslGroupName(spec.curve));
    }
    if (!raw)
        return fail(
            opensslError(CryptoErrorCode::Internal, QStringLiteral("Key generation failed")));
    return adopt(raw);
}

CryptoResult<PrivateKey> PrivateKey::fromPem(const QByteArray &pem, const QByteArray &passphrase) {
    const ErrorQueueGuard guard;
    if (!encryptedPemKeyCostAcceptable(pem))
        return fail(cryptoError(CryptoErrorCode::Unsupported,
                                QStringLiteral("The encrypted private key asks for more than %1 "
                                               "key derivation iterations")
                                    .arg(maxKeyDerivationIterations)));
    const BioPtr bio = readOnlyBio(pem);
    // OpenSSL passes user data as void *; the callback only reads it.
    auto *userData = const_cast<QByteArray *>(&passphrase);
    EVP_PKEY *raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, userData);
    if (raw)
        return adoptSupported(raw);
    if (looksEncrypted(pem))
        return fail(opensslError(CryptoErrorCode::WrongPassword,
                                 QStringLiteral("Could not decrypt the private key: wrong or "
                                                "missing passphrase")));
    if (pem.contains("-----BEGIN ") && !pem.contains("PRIVATE KEY-----"))
        return fail(cryptoError(CryptoErrorCode::WrongKind,
                                QStringLiteral("The PEM text contains no private key")));
    return fail(opensslError(CryptoErrorCode::InvalidInput,
                             QStringLiteral("Not a readable PEM private key")));
}

CryptoResult<PrivateKey> PrivateKey::fromPkcs8Der(const QByteArray &der) {
    const ErrorQueueGuard guard;
    const auto info = decodeDerExactly<Pkcs8Ptr>(der, d2i_PKCS8_PRIV_KEY_INFO);
    if (!info)
        return fail(opensslError(CryptoErrorCode::InvalidInput,
                                 QStringLiteral("Not a DER PKCS#8 private key")));
    EVP_PKEY *raw = EVP_PKCS82PKEY(info.get());
    if (!raw)
        return fail(opensslError(CryptoErrorCode::Unsupported,
                                 QStringLiteral("Cannot use the PKCS#8 private key")));
    return adoptSupported(raw);
}

KeySpec PrivateKey::spec() const {
    return describeKey(m_key.get()).value_or(KeySpec{});
}

QByteArray PrivateKey::toPkcs8Der() const {
    const ErrorQueueGuard guard;
    const Pkcs8Ptr info(m_key ? EVP_PKEY2PKCS8(m_key.get()) : nullptr);
    if (!info)
        return {};
    unsigned char *buffer = nullptr;
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info.get(), &buffer);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(buffer), length);
    OPENSSL_clear_free(buffer, static_cast<size_t>(length)); // key material: wipe our copy
    return der;
}

QByteArray PrivateKey::toPkcs8Pem() const {
    const ErrorQueueGuard guard;
    if (!m_key)
        return {};
    // Secure-heap BIO so OpenSSL's own copy of the key text is wiped when freed.
    const BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                              nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray PrivateKey::publicKeyDer() const {
    const ErrorQueueGuard guard;
    return encodeDer(m_key.get(), i2d_PUBKEY);
}

CryptoResult<QByteArray> PrivateKey::sign(const QByteArray &data, SignatureScheme scheme) const {
    const ErrorQueueGuard guard;
    if (!m_key)
        return fail(cryptoError(CryptoErrorCode::InvalidInput, QStringLiteral("No private key")));
    if (!schemeFitsKey(scheme, m_key.get()))
        return fail(cryptoError(CryptoErrorCode::WrongKind, schemeMismatchMessage(scheme)));
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by `context`
    size_t length = 0;
    if (!context ||
        EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        !configurePadding(keyContext, scheme) ||
        EVP_DigestSign(context.get(), nullptr, &length, bytesOf(data),
                       static_cast<size_t>(data.size())) != 1)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Signing failed")));
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytesOf(data), static_cast<size_t>(data.size())) != 1)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Signing failed")));
    signature.resize(static_cast<qsizetype>(length)); // ECDSA DER length varies
    return signature;
}

PrivateKey PrivateKey::adopt(EVP_PKEY *key) {
    PrivateKey result;
    if (key)
        result.m_key = std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
    return result;
}

bool verifySignature(const QByteArray &publicKeyDer, const QByteArray &data,
                     const QByteArray &signature, SignatureScheme scheme) {
    const ErrorQueueGuard guard;
    const auto key = decodeDerExactly<EvpPkeyPtr>(publicKeyDer, d2i_PUBKEY);
    if (!key || !schemeFitsKey(scheme, key.get()))
        return false;
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by `context`
    return context &&
           EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, key.get()) ==
               1 &&
           configurePadding(keyContext, scheme) &&
           EVP_DigestVerify(context.get(), bytesOf(signature),
                            static_cast<size_t>(signature.size()), bytesOf(data),
                            static_cast<size_t>(data.size())) == 1;
}

} // namespace certdeck::crypto
