#include "certificate.h"

#include "key_algorithms.h"
#include "openssl_errors.h"
#include "openssl_handles.h"
#include "private_key.h"
#include "x509_extensions.h"
#include "x509_name.h"

#include <openssl/pem.h>

#include <ctime>

namespace certdeck::crypto {

using namespace ossl;

namespace {

QDateTime toUtcDateTime(const ASN1_TIME *time) {
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QByteArray digestOf(const X509 *cert, const EVP_MD *digest) {
    unsigned char buffer[EVP_MAX_MD_SIZE] = {};
    unsigned int length = 0;
    if (!cert || X509_digest(cert, digest, buffer, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buffer), static_cast<qsizetype>(length));
}

QString base64UrlNoPadding(const QByteArray &bytes) {
    if (bytes.isEmpty())
        return {};
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

CryptoResult<Certificate> Certificate::fromDer(const QByteArray &der) {
    const ErrorQueueGuard guard;
    auto cert = decodeDerExactly<X509Ptr>(der, d2i_X509);
    if (!cert)
        return fail(opensslError(CryptoErrorCode::InvalidInput,
                                 QStringLiteral("Not a DER X.509 certificate")));
    return adopt(cert.release());
}

CryptoResult<Certificate> Certificate::fromPem(const QByteArray &pem) {
    const ErrorQueueGuard guard;
    const BioPtr bio = readOnlyBio(pem);
    // Skips other PEM blocks (keys, requests) before the first certificate.
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (cert)
        return adopt(cert.release());
    if (pem.contains("-----BEGIN ") && !pem.contains("CERTIFICATE-----"))
        return fail(cryptoError(CryptoErrorCode::WrongKind,
                                QStringLiteral("The PEM text contains no certificate")));
    return fail(opensslError(CryptoErrorCode::InvalidInput,
                             QStringLiteral("Not a readable PEM certificate")));
}

QByteArray Certificate::der() const {
    const ErrorQueueGuard guard;
    return encodeDer(m_cert.get(), i2d_X509);
}

QByteArray Certificate::pem() const {
    const ErrorQueueGuard guard;
    if (!m_cert)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), m_cert.get()) != 1)
        return {};
    return bioContents(bio.get());
}

QString Certificate::subject() const {
    const ErrorQueueGuard guard;
    return m_cert ? formatDistinguishedName(X509_get_subject_name(m_cert.get())) : QString();
}

QString Certificate::issuer() const {
    const ErrorQueueGuard guard;
    return m_cert ? formatDistinguishedName(X509_get_issuer_name(m_cert.get())) : QString();
}

QString Certificate::commonName() const {
    const ErrorQueueGuard guard;
    return m_cert ? commonNameOf(X509_get_subject_name(m_cert.get())) : QString();
}

QString Certificate::serialNumberHex() const {
    const ErrorQueueGuard guard;
    if (!m_cert)
        return {};
    const BignumPtr number(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr));
    const OpensslStringPtr hex(number ? BN_bn2hex(number.get()) : nullptr);
    return hex ? QString::fromLatin1(hex.get()) : QString();
}

QDateTime Certificate::notBefore() const {
    const ErrorQueueGuard guard;
    return m_cert ? toUtcDateTime(X509_get0_notBefore(m_cert.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const {
    const ErrorQueueGuard guard;
    return m_cert ? toUtcDateTime(X509_get0_notAfter(m_cert.get())) : QDateTime();
}

SubjectAlternativeNames Certificate::subjectAlternativeNames() const {
    const ErrorQueueGuard guard;
    if (!m_cert)
        return {};
    const auto names = certificateExtension<GeneralNamesPtr>(m_cert.get(), NID_subject_alt_name);
    return readSubjectAltNames(names.get());
}

QStringList Certificate::extendedKeyUsages() const {
    const ErrorQueueGuard guard;
    if (!m_cert)
        return {};
    const auto usages = certificateExtension<ExtendedKeyUsagePtr>(m_cert.get(), NID_ext_key_usage);
    return readExtendedKeyUsages(usages.get());
}

QStringList Certificate::keyUsages() const {
    const ErrorQueueGuard guard;
    if (!m_cert)
        return {};
    const auto bits = certificateExtension<Asn1BitStringPtr>(m_cert.get(), NID_key_usage);
    return readKeyUsages(bits.get());
}

bool Certificate::isCa() const {
    const ErrorQueueGuard guard;
    if (!m_cert)
        return false;
    const auto constraints =
        certificateExtension<BasicConstraintsPtr>(m_cert.get(), NID_basic_constraints);
    return constraints && constraints->ca;
}

bool Certificate::isSelfIssued() const {
    const ErrorQueueGuard guard;
    return m_cert && X509_NAME_cmp(X509_get_subject_name(m_cert.get()),
                                   X509_get_issuer_name(m_cert.get())) == 0;
}

bool Certificate::isSignedBy(const Certificate &issuer) const {
    const ErrorQueueGuard guard;
    if (!m_cert || !issuer.m_cert)
        return false;
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer.m_cert.get());
    return issuerKey && X509_verify(m_cert.get(), issuerKey) == 1;
}

QByteArray Certificate::sha1Thumbprint() const {
    const ErrorQueueGuard guard;
    return digestOf(m_cert.get(), EVP_sha1());
}

QByteArray Certificate::sha256Thumbprint() const {
    const ErrorQueueGuard guard;
    return digestOf(m_cert.get(), EVP_sha256());
}

QString Certificate::x5t() const {
    return base64UrlNoPadding(sha1Thumbprint());
}

QString Certificate::x5tS256() const {
    return base64UrlNoPadding(sha256Thumbprint());
}

QByteArray Certificate::publicKeyDer() const {
    const ErrorQueueGuard guard;
    return m_cert ? encodeDer(X509_get0_pubkey(m_cert.get()), i2d_PUBKEY) : QByteArray();
}

bool Certificate::matches(const PrivateKey &key) const {
    const ErrorQueueGuard guard;
    return m_cert && samePublicKey(X509_get0_pubkey(m_cert.get()), key.native());
}

Certificate Certificate::adopt(X509 *cert) {
    Certificate result;
    if (cert)
        result.m_cert = std::shared_ptr<X509>(cert, X509_free);
    return result;
}

} // namespace certdeck::crypto
