#pragma once

#include "crypto_error.h"
#include "subject_alternative_names.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct x509_st X509;

namespace certdeck::crypto {

class PrivateKey;

// An X.509 certificate. Copies share the underlying X509 (never mutated after construction).
class Certificate {
public:
    Certificate() = default;

    static CryptoResult<Certificate> fromDer(const QByteArray &der);
    static CryptoResult<Certificate> fromPem(const QByteArray &pem); // the first certificate

    bool isNull() const { return !m_cert; }
    QByteArray der() const;
    QByteArray pem() const;

    // Distinguished names as "CN=a, O=b", attributes in the order encoded, UTF-8 kept.
    QString subject() const;
    QString issuer() const;
    QString commonName() const;
    QString serialNumberHex() const; // upper-case hex, no separators
    QDateTime notBefore() const;     // UTC
    QDateTime notAfter() const;      // UTC
    SubjectAlternativeNames subjectAlternativeNames() const;
    QStringList extendedKeyUsages() const; // dotted OIDs
    // Key Vault names: digitalSignature, keyEncipherment, cRLSign, ...
    QStringList keyUsages() const;
    bool isCa() const;                                // basicConstraints cA
    bool isSelfIssued() const;                        // subject == issuer
    bool isSignedBy(const Certificate &issuer) const; // signature verifies with issuer's key

    QByteArray sha1Thumbprint() const;   // raw 20 bytes
    QByteArray sha256Thumbprint() const; // raw 32 bytes
    QString x5t() const;                 // base64url(SHA-1), no padding
    QString x5tS256() const;             // base64url(SHA-256), no padding
    QByteArray publicKeyDer() const;     // SubjectPublicKeyInfo DER
    bool matches(const PrivateKey &key) const;

    X509 *native() const { return m_cert.get(); }
    static Certificate adopt(X509 *cert); // takes ownership

    bool operator==(const Certificate &other) const { return der() == other.der(); }

private:
    std::shared_ptr<X509> m_cert;
};

} // namespace certdeck::crypto
