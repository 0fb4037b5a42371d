#pragma once

// Shared helpers for the crypto tests: small PKIs built on the fly, PKCS#7 containers and
// checks of OpenSSL's error queue.

#include "certificate.h"
#include "certificate_signer.h"
#include "private_key.h"

#include <QDateTime>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>

#include <memory>
#include <stdexcept>

namespace certdeck::crypto::testing {

// Unwraps a result a test needs to go on; a failure throws, which Qt Test reports with the message.
template <typename T> T take(CryptoResult<T> result, const char *what) {
    if (!result.ok())
        throw std::runtime_error(std::string(what) +
                                 " failed: " + result.error().message.toStdString());
    return std::move(result).value();
}

inline bool errorQueueIsEmpty() {
    return ERR_peek_error() == 0;
}

inline QDateTime utc(int year, int month, int day) {
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

inline IssueSpec validity(bool isCa = false, int pathLength = -1) {
    IssueSpec spec;
    spec.notBefore = utc(2024, 1, 1);
    spec.notAfter = utc(2034, 1, 1);
    spec.isCa = isCa;
    spec.pathLength = pathLength;
    return spec;
}

inline PrivateKey ecKey(EcCurve curve = EcCurve::P256) {
    KeySpec spec;
    spec.type = KeyType::Ec;
    spec.curve = curve;
    return take(PrivateKey::generate(spec), "EC key generation");
}

inline PrivateKey rsaKey(int bits = 2048) {
    KeySpec spec;
    spec.type = KeyType::Rsa;
    spec.rsaBits = bits;
    return take(PrivateKey::generate(spec), "RSA key generation");
}

struct Authority {
    PrivateKey key;
    Certificate certificate;
};

inline Authority makeRoot(const QString &subject, PrivateKey key = ecKey()) {
    RequestSpec request;
    request.subject = subject;
    request.keyUsages = {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")};
    return {key, take(selfSign(key, request, validity(true)), "selfSign")};
}

inline Certificate issueFrom(const Authority &issuer, const PrivateKey &key,
                             const RequestSpec &request, const IssueSpec &spec) {
    const auto csr = take(CertificateRequest::create(key, request), "CSR creation");
    return take(signRequest(csr, issuer.certificate, issuer.key, spec), "signRequest");
}

inline Authority makeIntermediate(const Authority &parent, const QString &subject) {
    const PrivateKey key = ecKey();
    RequestSpec request;
    request.subject = subject;
    request.keyUsages = {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")};
    return {key, issueFrom(parent, key, request, validity(true, 0))};
}

inline Certificate makeLeaf(const Authority &issuer, const PrivateKey &key,
                            const QString &subject) {
    RequestSpec request;
    request.subject = subject;
    request.sans.dnsNames = {QStringLiteral("www.contoso.com")};
    request.keyUsages = {QStringLiteral("digitalSignature")};
    request.extendedKeyUsages = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
    return issueFrom(issuer, key, request, validity());
}

struct Pkcs7Deleter {
    void operator()(PKCS7 *p7) const { PKCS7_free(p7); }
};

// A certificates-only ("degenerate") signed-data PKCS#7, as .p7b files are.
inline std::unique_ptr<PKCS7, Pkcs7Deleter> pkcs7Of(const QList<Certificate> &certificates) {
    std::unique_ptr<PKCS7, Pkcs7Deleter> p7(PKCS7_new());
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1 ||
        PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1)
        throw std::runtime_error("PKCS7 setup failed");
    for (const Certificate &certificate : certificates) {
        if (PKCS7_add_certificate(p7.get(), certificate.native()) != 1)
            throw std::runtime_error("PKCS7_add_certificate failed");
    }
    return p7;
}

inline QByteArray pkcs7Der(const QList<Certificate> &certificates) {
    const auto p7 = pkcs7Of(certificates);
    unsigned char *buffer = nullptr;
    const int length = i2d_PKCS7(p7.get(), &buffer);
    if (length <= 0)
        throw std::runtime_error("i2d_PKCS7 failed");
    QByteArray der(reinterpret_cast<const char *>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

inline QByteArray pkcs7Pem(const QList<Certificate> &certificates) {
    const auto p7 = pkcs7Of(certificates);
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio || PEM_write_bio_PKCS7(bio, p7.get()) != 1) {
        BIO_free(bio);
        throw std::runtime_error("PEM_write_bio_PKCS7 failed");
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

inline QByteArray firstHalf(const QByteArray &data) {
    return data.left(data.size() / 2);
}

inline QByteArray garbage() {
    QByteArray bytes;
    for (int i = 0; i < 512; ++i)
        bytes.append(static_cast<char>((i * 7919 + 13) % 251));
    return bytes;
}

} // namespace certdeck::crypto::testing
