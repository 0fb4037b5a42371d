#include "certificate_signer.h"

#include "key_algorithms.h"
#include "openssl_errors.h"
#include "openssl_handles.h"
#include "openssl_support.h"
#include "x509_extensions.h"
#include "x509_name.h"

#include <vector>

namespace certdeck::crypto {

using namespace ossl;

namespace {

constexpr int randomSerialBytes = 16;
constexpr int maxSerialBytes = 20; // RFC 5280 4.1.2.2

struct Issuer {
    const X509_NAME *name = nullptr;
    EVP_PKEY *signingKey = nullptr;
    QByteArray keyIdentifier; // empty: self-signed, the new certificate's own key identifier
};

struct Subject {
    const X509_NAME *name = nullptr;
    EVP_PKEY *publicKey = nullptr;
    std::vector<X509ExtensionPtr> requestedExtensions; // SAN, EKU, key usage as wanted
};

std::optional<CryptoError> checkIssueSpec(const IssueSpec &spec) {
    const auto invalid = [](const QString &message) {
        return CryptoError{CryptoErrorCode::InvalidInput, message};
    };
    if (!spec.notBefore.isValid() || !spec.notAfter.isValid())
        return invalid(QStringLiteral("Both notBefore and notAfter are required"));
    if (spec.notAfter <= spec.notBefore)
        return invalid(QStringLiteral("notAfter must be later than notBefore"));
    if (spec.pathLength < -1 || (spec.pathLength >= 0 && !spec.isCa))
        return invalid(QStringLiteral("A path length needs isCa and must not be negative"));
    return std::nullopt;
}

CryptoResult<Asn1IntegerPtr> serialNumber(const QByteArray &requested) {
    QByteArray bytes = requested;
    if (bytes.isEmpty()) {
        bytes = randomBytes(randomSerialBytes);
        if (bytes.size() != randomSerialBytes)
            return fail(opensslError(CryptoErrorCode::Internal,
                                     QStringLiteral("The random generator failed")));
        // Positive and exactly 16 bytes long once DER-encoded.
        bytes[0] = static_cast<char>((bytes[0] & 0x7f) | 0x40);
    }
    const BignumPtr number(BN_bin2bn(bytesOf(bytes), static_cast<int>(bytes.size()), nullptr));
    if (!number || BN_is_zero(number.get()) || BN_num_bytes(number.get()) > maxSerialBytes)
        return fail(
            CryptoError{CryptoErrorCode::InvalidInput,
                        QStringLiteral("The serial number must be 1 to 20 bytes, not zero")});
    Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(number.get(), nullptr));
    if (!serial)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    return serial;
}

// RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits.
QByteArray keyIdentifierOf(const X509 *cert) {
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    unsigned int length = 0;
    if (X509_pubkey_digest(cert, EVP_sha1(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
}

QByteArray authorityKeyIdentifierFor(const Certificate &ca) {
    if (const ASN1_OCTET_STRING *existing = X509_get0_subject_key_id(ca.native()))
        return asn1StringBytes(existing);
    return keyIdentifierOf(ca.native());
}

bool addBasicConstraints(X509 *cert, const IssueSpec &spec) {
    const BasicConstraintsPtr constraints(BASIC_CONSTRAINTS_new());
    if (!constraints)
        return false;
    constraints->ca = spec.isCa ? 0xff : 0;
    if (spec.isCa && spec.pathLength >= 0) {
        constraints->pathlen = ASN1_INTEGER_new();
        if (!constraints->pathlen || ASN1_INTEGER_set(constraints->pathlen, spec.pathLength) != 1)
            return false;
    }
    return X509_add1_ext_i2d(cert, NID_basic_constraints, constraints.get(), 1,
                             X509V3_ADD_DEFAULT) == 1;
}

Asn1OctetStringPtr octetString(const QByteArray &bytes) {
    Asn1OctetStringPtr string(ASN1_OCTET_STRING_new());
    if (!string ||
        ASN1_OCTET_STRING_set(string.get(), bytesOf(bytes), static_cast<int>(bytes.size())) != 1)
        return nullptr;
    return string;
}

bool addKeyIdentifiers(X509 *cert, const QByteArray &authorityKeyId) {
    const QByteArray subjectKeyId = keyIdentifierOf(cert);
    Asn1OctetStringPtr subjectId = octetString(subjectKeyId);
    const AuthorityKeyIdPtr authority(AUTHORITY_KEYID_new());
    if (subjectKeyId.isEmpty() || !subjectId || !authority)
        return false;
    authority->keyid =
        octetString(authorityKeyId.isEmpty() ? subjectKeyId : authorityKeyId).release();
    return authority->keyid &&
           X509_add1_ext_i2d(cert, NID_subject_key_identifier, subjectId.get(), 0,
                             X509V3_ADD_DEFAULT) == 1 &&
           X509_add1_ext_i2d(cert, NID_authority_key_identifier, authority.get(), 0,
                             X509V3_ADD_DEFAULT) == 1;
}

bool setValidity(X509 *cert, const IssueSpec &spec) {
    return ASN1_TIME_set(X509_getm_notBefore(cert),
                         static_cast<time_t>(spec.notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(cert),
                         static_cast<time_t>(spec.notAfter.toSecsSinceEpoch()));
}

bool fillCertificate(X509 *cert, const Subject &subject, const Issuer &issuer,
                     const IssueSpec &spec, ASN1_INTEGER *serial) {
    if (X509_set_version(cert, X509_VERSION_3) != 1 || X509_set_serialNumber(cert, serial) != 1 ||
        X509_set_subject_name(cert, subject.name) != 1 ||
        X509_set_issuer_name(cert, issuer.name) != 1 ||
        X509_set_pubkey(cert, subject.publicKey) != 1 || !setValidity(cert, spec) ||
        !addBasicConstraints(cert, spec))
        return false;
    for (const auto &extension : subject.requestedExtensions) {
        if (X509_add_ext(cert, extension.get(), -1) != 1)
            return false;
    }
    return addKeyIdentifiers(cert, issuer.keyIdentifier);
}

CryptoResult<Certificate> issue(const Subject &subject, const Issuer &issuer,
                                const IssueSpec &spec) {
    auto serial = serialNumber(spec.serial);
    if (!serial)
        return fail(serial.error());
    const X509Ptr cert(X509_new());
    if (!cert || !fillCertificate(cert.get(), subject, issuer, spec, serial->get()))
        return fail(opensslError(CryptoErrorCode::Internal,
                                 QStringLiteral("Could not build the certificate")));
    if (X509_sign(cert.get(), issuer.signingKey, certificateSignatureDigest(issuer.signingKey)) <=
        0)
        return fail(opensslError(CryptoErrorCode::Internal,
                                 QStringLiteral("Could not sign the certificate")));
    // Re-read from DER so the result is exactly what any reader of the bytes will see.
    return Certificate::fromDer(encodeDer(cert.get(), i2d_X509));
}

// Collects the built extensions that are present; the first failure wins.
std::optional<CryptoError> collect(std::vector<X509ExtensionPtr> &into,
                                   CryptoResult<X509ExtensionPtr> extension) {
    if (!extension)
        return extension.error();
    if (extension.value())
        into.push_back(std::move(extension).value());
    return std::nullopt;
}

// The request's own extension, copied as encoded (so IP or URI SANs survive) once it is known
// to decode as `Decoded`.
template <typename DecodedPtr>
CryptoResult<X509ExtensionPtr> copyFromRequest(const CertificateRequest &request, int nid) {
    const ExtensionStackPtr extensions(X509_REQ_get_extensions(request.native()));
    const int index = X509v3_get_ext_by_NID(extensions.get(), nid, -1);
    if (index < 0)
        return X509ExtensionPtr();
    X509_EXTENSION *found = X509v3_get_ext(extensions.get(), index);
    using Decoded = typename DecodedPtr::element_type;
    if (!DecodedPtr(static_cast<Decoded *>(X509V3_EXT_d2i(found))))
        return fail(opensslError(CryptoErrorCode::InvalidInput,
                                 QStringLiteral("The request carries a malformed %1 extension")
                                     .arg(QString::fromLatin1(OBJ_nid2sn(nid)))));
    X509ExtensionPtr copy(X509_EXTENSION_dup(found));
    if (!copy)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    return copy;
}

std::optional<CryptoError> requestedExtensions(const CertificateRequest &request,
                                               const IssueSpec &spec,
                                               std::vector<X509ExtensionPtr> &into) {
    if (auto error = collect(
            into, spec.sans ? makeSubjectAltNameExtension(*spec.sans)
                            : copyFromRequest<GeneralNamesPtr>(request, NID_subject_alt_name)))
        return error;
    if (auto error =
            collect(into, spec.extendedKeyUsages
                              ? makeExtendedKeyUsageExtension(*spec.extendedKeyUsages)
                              : copyFromRequest<ExtendedKeyUsagePtr>(request, NID_ext_key_usage)))
        return error;
    // Rebuilt rather than copied so it is always critical.
    return collect(into, makeKeyUsageExtension(spec.keyUsages.value_or(request.keyUsages())));
}

std::optional<CryptoError> checkSigningInputs(const CertificateRequest &request,
                                              const Certificate &ca, const PrivateKey &caKey) {
    if (request.isNull() || ca.isNull() || caKey.isNull())
        return CryptoError{CryptoErrorCode::InvalidInput,
                           QStringLiteral("A request, a CA certificate and its key are required")};
    if (!request.verifySignature())
        return CryptoError{CryptoErrorCode::InvalidInput,
                           QStringLiteral("The certificate request's signature does not verify")};
    if (!ca.matches(caKey))
        return CryptoError{CryptoErrorCode::KeyMismatch,
                           QStringLiteral("The CA key does not belong to the CA certificate")};
    return std::nullopt;
}

} // namespace

CryptoResult<Certificate> signRequest(const CertificateRequest &request,
                                      const Certificate &caCertificate, const PrivateKey &caKey,
                                      const IssueSpec &spec) {
    const ErrorQueueGuard guard;
    if (auto error = checkSigningInputs(request, caCertificate, caKey))
        return fail(*error);
    if (auto error = checkIssueSpec(spec))
        return fail(*error);
    Subject subject;
    subject.name = X509_REQ_get_subject_name(request.native());
    subject.publicKey = X509_REQ_get0_pubkey(request.native());
    if (auto error = requestedExtensions(request, spec, subject.requestedExtensions))
        return fail(*error);
    Issuer issuer;
    issuer.name = X509_get_subject_name(caCertificate.native());
    issuer.signingKey = caKey.native();
    issuer.keyIdentifier = authorityKeyIdentifierFor(caCertificate);
    return issue(subject, issuer, spec);
}

CryptoResult<Certificate> selfSign(const PrivateKey &key, const RequestSpec &request,
                                   const IssueSpec &spec) {
    const ErrorQueueGuard guard;
    if (key.isNull())
        return fail(CryptoError{CryptoErrorCode::InvalidInput, QStringLiteral("No private key")});
    if (auto error = checkIssueSpec(spec))
        return fail(*error);
    auto name = parseDistinguishedName(request.subject);
    if (!name)
        return fail(name.error());
    Subject subject;
    subject.name = name->get();
    subject.publicKey = key.native();
    auto &extensions = subject.requestedExtensions;
    if (auto error =
            collect(extensions, makeSubjectAltNameExtension(spec.sans.value_or(request.sans))))
        return fail(*error);
    if (auto error =
            collect(extensions, makeExtendedKeyUsageExtension(
                                    spec.extendedKeyUsages.value_or(request.extendedKeyUsages))))
        return fail(*error);
    if (auto error =
            collect(extensions, makeKeyUsageExtension(spec.keyUsages.value_or(request.keyUsages))))
        return fail(*error);
    Issuer issuer;
    issuer.name = name->get();
    issuer.signingKey = key.native();
    return issue(subject, issuer, spec);
}

} // namespace certdeck::crypto
