#include "certificate_request.h"

#include "certificate.h"
#include "key_algorithms.h"
#include "openssl_errors.h"
#include "openssl_handles.h"
#include "private_key.h"
#include "x509_extensions.h"
#include "x509_name.h"

#include <openssl/pem.h>

namespace certdeck::crypto {

using namespace ossl;

namespace {

CryptoResult<ExtensionStackPtr> requestedExtensions(const RequestSpec &spec) {
    ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
    if (!extensions)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    CryptoResult<X509ExtensionPtr> built[] = {
        makeSubjectAltNameExtension(spec.sans),
        makeExtendedKeyUsageExtension(spec.extendedKeyUsages),
        makeKeyUsageExtension(spec.keyUsages),
    };
    for (auto &extension : built) {
        if (!extension)
            return fail(extension.error());
        if (!extension.value())
            continue; // nothing requested
        if (sk_X509_EXTENSION_push(extensions.get(), extension.value().get()) <= 0)
            return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
        extension.value().release();
    }
    return extensions;
}

ExtensionStackPtr extensionsOf(X509_REQ *request) {
    return ExtensionStackPtr(request ? X509_REQ_get_extensions(request) : nullptr);
}
} // namespace

CryptoResult<CertificateRequest> CertificateRequest::create(const PrivateKey &key,
                                                            const RequestSpec &spec) {
    const ErrorQueueGuard guard;
    if (key.isNull())
        return fail(cryptoError(CryptoErrorCode::InvalidInput, QStringLiteral("No private key")));
    auto subject = parseDistinguishedName(spec.subject);
    if (!subject)
        return fail(subject.error());
    auto extensions = requestedExtensions(spec);
    if (!extensions)
        return fail(extensions.error());

    X509ReqPtr request(X509_REQ_new());
    if (!request || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1 ||
        X509_REQ_set_subject_name(request.get(), subject->get()) != 1 ||
        X509_REQ_set_pubkey(request.get(), key.native()) != 1)
        return fail(opensslError(CryptoErrorCode::Internal,
                                 QStringLiteral("Could not build the certificate request")));
    if (sk_X509_EXTENSION_num(extensions->get()) > 0 &&
        X509_REQ_add_extensions(request.get(), extensions->get()) != 1)
        return fail(opensslError(CryptoErrorCode::Internal,
                                 QStringLiteral("Could not add the requested extensions")));
    if (X509_REQ_sign(request.get(), key.native(), certificateSignatureDigest(key.native())) <= 0)
        return fail(opensslError(CryptoErrorCode::Internal,
                                 QStringLiteral("Could not sign the certificate request")));
    CertificateRequest result;
    result.m_req = std::shared_ptr<X509_REQ>(request.release(), X509_REQ_free);
    return result;
}

CryptoResult<CertificateRequest> CertificateRequest::fromDer(const QByteArray &der) {
    const ErrorQueueGuard guard;
    auto request = decodeDerExactly<X509ReqPtr>(der, d2i_X509_REQ);
    if (!request)
        return fail(opensslError(CryptoErrorCode::InvalidInput,
                                 QStringLiteral("Not a DER PKCS#10 certificate request")));
    CertificateRequest result;
    result.m_req = std::shared_ptr<X509_REQ>(request.release(), X509_REQ_free);
    return result;
}

CryptoResult<CertificateRequest> CertificateRequest::fromPem(const QByteArray &pem) {
    const ErrorQueueGuard guard;
    const BioPtr bio = readOnlyBio(pem);
    // Accepts "CERTIFICATE REQUEST" and the older "NEW CERTIFICATE REQUEST" label.
    X509ReqPtr request(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    if (request) {
        CertificateRequest result;
        result.m_req = std::shared_ptr<X509_REQ>(request.release(), X509_REQ_free);
        return result;
    }
    if (pem.contains("-----BEGIN ") && !pem.contains("CERTIFICATE REQUEST-----"))
        return fail(cryptoError(CryptoErrorCode::WrongKind,
                                QStringLiteral("The PEM text contains no certificate request")));
    return fail(opensslError(CryptoErrorCode::InvalidInput,
                             QStringLiteral("Not a readable PEM certificate request")));
}

QByteArray CertificateRequest::der() const {
    const ErrorQueueGuard guard;
    return encodeDer(m_req.get(), i2d_X509_REQ);
}

QByteArray CertificateRequest::pem() const {
    const ErrorQueueGuard guard;
    if (!m_req)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509_REQ(bio.get(), m_req.get()) != 1)
        return {};
    return bioContents(bio.get());
}

QString CertificateRequest::subject() const {
    const ErrorQueueGuard guard;
    return m_req ? formatDistinguishedName(X509_REQ_get_subject_name(m_req.get())) : QString();
}

SubjectAlternativeNames CertificateRequest::subjectAlternativeNames() const {
    const ErrorQueueGuard guard;
    const auto extensions = extensionsOf(m_req.get());
    const auto names = requestExtension<GeneralNamesPtr>(extensions.get(), NID_subject_alt_name);
    return readSubjectAltNames(names.get());
}

QStringList CertificateRequest::extendedKeyUsages() const {
    const ErrorQueueGuard guard;
    const auto extensions = extensionsOf(m_req.get());
    const auto usages = requestExtension<ExtendedKeyUsagePtr>(extensions.get(), NID_ext_key_usage);
    return readExtendedKeyUsages(usages.get());
}

QStringList CertificateRequest::keyUsages() const {
    const ErrorQueueGuard guard;
    const auto extensions = extensionsOf(m_req.get());
    const auto bits = requestExtension<Asn1BitStringPtr>(extensions.get(), NID_key_usage);
    return readKeyUsages(bits.get());
}

QByteArray CertificateRequest::publicKeyDer() const {
    const ErrorQueueGuard guard;
    return m_req ? encodeDer(X509_REQ_get0_pubkey(m_req.get()), i2d_PUBKEY) : QByteArray();
}

bool CertificateRequest::verifySignature() const {
    const ErrorQueueGuard guard;
    if (!m_req)
        return false;
    EVP_PKEY *key = X509_REQ_get0_pubkey(m_req.get());
    return key && X509_REQ_verify(m_req.get(), key) == 1;
}

bool CertificateRequest::matches(const Certificate &certificate) const {
    const ErrorQueueGuard guard;
    return m_req && !certificate.isNull() &&
           samePublicKey(X509_REQ_get0_pubkey(m_req.get()), X509_get0_pubkey(certificate.native()));
}

} // namespace certdeck::crypto
