#include "certificate_reader.h"

#include "openssl_errors.h"
#include "openssl_handles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <algorithm>

namespace certdeck::crypto {

using namespace ossl;

namespace {

struct PemBlock {
    QByteArray label; // "CERTIFICATE", "PRIVATE KEY", ...
    QByteArray der;   // left empty for private keys: key bytes are never copied here
};

bool isCertificateLabel(const QByteArray &label) {
    return label == PEM_STRING_X509 || label == PEM_STRING_X509_OLD ||
           label == PEM_STRING_X509_TRUSTED;
}

bool isPkcs7Label(const QByteArray &label) {
    return label == PEM_STRING_PKCS7 || label == PEM_STRING_PKCS7_SIGNED;
}

bool isRequestLabel(const QByteArray &label) {
    return label == PEM_STRING_X509_REQ || label == PEM_STRING_X509_REQ_OLD;
}

bool isPrivateKeyLabel(const QByteArray &label) {
    return label.endsWith("PRIVATE KEY");
}

bool looksLikePem(const QByteArray &data) {
    return data.contains("-----BEGIN ");
}

// The labels of "-----BEGIN label-----" lines, without decoding anything.
QList<QByteArray> pemLabels(const QByteArray &text) {
    static const QByteArray begin("-----BEGIN ");
    static const QByteArray dashes("-----");
    QList<QByteArray> labels;
    for (qsizetype pos = text.indexOf(begin); pos >= 0; pos = text.indexOf(begin, pos)) {
        pos += begin.size();
        const qsizetype end = text.indexOf(dashes, pos);
        if (end < 0)
            break;
        labels.append(text.mid(pos, end - pos));
        pos = end + dashes.size();
    }
    return labels;
}

bool reachedEndOfPem() {
    const unsigned long error = ERR_peek_last_error();
    return ERR_GET_LIB(error) == ERR_LIB_PEM && ERR_GET_REASON(error) == PEM_R_NO_START_LINE;
}

// Splits PEM text into decoded blocks; text outside blocks is ignored, a broken block is an error.
CryptoResult<QList<PemBlock>> readPemBlocks(const QByteArray &text) {
    const BioPtr bio = readOnlyBio(text);
    QList<PemBlock> blocks;
    while (true) {
        char *label = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long length = 0;
        // Secure heap for the decoded bytes, which may be a private key; wiped when freed.
        const int read =
            PEM_read_bio_ex(bio.get(), &label, &header, &data, &length, PEM_FLAG_SECURE);
        const SecureStringPtr labelOwner(label);
        const SecureStringPtr headerOwner(header);
        if (!read) {
            if (reachedEndOfPem()) {
                ERR_clear_error();
                return blocks;
            }
            return fail(opensslError(CryptoErrorCode::InvalidInput,
                                     QStringLiteral("Malformed or truncated PEM block")));
        }
        PemBlock block{QByteArray(label), {}};
        if (!isPrivateKeyLabel(block.label))
            block.der = QByteArray(reinterpret_cast<const char *>(data), length);
        OPENSSL_secure_clear_free(data, static_cast<size_t>(length));
        blocks.append(block);
    }
}

CryptoResult<QList<Certificate>> certificatesInPkcs7(const PKCS7 *pkcs7) {
    STACK_OF(X509) *stack = nullptr;
    const int type = OBJ_obj2nid(pkcs7->type);
    if (type == NID_pkcs7_signed && pkcs7->d.sign)
        stack = pkcs7->d.sign->cert;
    else if (type == NID_pkcs7_signedAndEnveloped && pkcs7->d.signed_and_enveloped)
        stack = pkcs7->d.signed_and_enveloped->cert;
    QList<Certificate> certificates;
    for (int i = 0; i < sk_X509_num(stack); ++i) {
        X509 *cert = sk_X509_value(stack, i);
        if (X509_up_ref(cert) == 1)
            certificates.append(Certificate::adopt(cert));
    }
    if (certificates.isEmpty())
        return fail(cryptoError(CryptoErrorCode::WrongKind,
                                QStringLiteral("The PKCS#7 data contains no certificates")));
    return certificates;
}

CryptoResult<QList<Certificate>> certificatesInPkcs7Der(const QByteArray &der) {
    const auto pkcs7 = decodeDerExactly<Pkcs7Ptr>(der, d2i_PKCS7);
    if (!pkcs7)
        return fail(
            opensslError(CryptoErrorCode::InvalidInput, QStringLiteral("Malformed PKCS#7 data")));
    return certificatesInPkcs7(pkcs7.get());
}

CryptoResult<Certificate> certificateInBlock(const PemBlock &block) {
    // "TRUSTED CERTIFICATE" carries OpenSSL trust settings after the certificate.
    auto cert = block.label == PEM_STRING_X509_TRUSTED
                    ? decodeDerExactly<X509Ptr>(block.der, d2i_X509_AUX)
                    : decodeDerExactly<X509Ptr>(block.der, d2i_X509);
    if (!cert)
        return fail(opensslError(CryptoErrorCode::InvalidInput,
                                 QStringLiteral("Malformed certificate in PEM block")));
    return Certificate::adopt(cert.release());
}

// Certificates from certificate and PKCS#7 blocks, in the order found.
std::optional<CryptoError> appendCertificates(const QList<PemBlock> &blocks,
                                              QList<Certificate> &into) {
    for (const PemBlock &block : blocks) {
        if (isCertificateLabel(block.label)) {
            auto cert = certificateInBlock(block);
            if (!cert)
                return cert.error();
            into.append(*cert);
        } else if (isPkcs7Label(block.label)) {
            auto certs = certificatesInPkcs7Der(block.der);
            if (!certs)
                return certs.error();
            into.append(*certs);
        }
    }
    return std::nullopt;
}

QString describeLabels(const QList<PemBlock> &blocks) {
    QStringList labels;
    for (const PemBlock &block : blocks)
        labels.append(QString::fromLatin1(block.label));
    labels.removeDuplicates();
    return labels.join(QStringLiteral(", "));
}

CryptoResult<QList<Certificate>> readPemCertificates(const QByteArray &text) {
    auto blocks = readPemBlocks(text);
    if (!blocks)
        return fail(blocks.error());
    if (blocks->isEmpty())
        return fail(
            cryptoError(CryptoErrorCode::InvalidInput, QStringLiteral("No PEM block found")));
    QList<Certificate> certificates;
    if (auto error = appendCertificates(*blocks, certificates))
        return fail(*error);
    if (certificates.isEmpty())
        return fail(cryptoError(CryptoErrorCode::WrongKind,
                                QStringLiteral("The PEM text contains no certificates (found: %1)")
                                    .arg(describeLabels(*blocks))));
    return certificates;
}

template <typename Ptr, typename Decoder> bool decodesAs(const QByteArray &der, Decoder decode) {
    return static_cast<bool>(decodeDerExactly<Ptr>(der, decode));
}

FileKind detectDerKind(const QByteArray &der) {
    if (decodesAs<X509Ptr>(der, d2i_X509))
        return FileKind::DerCertificate;
    if (decodesAs<Pkcs12Ptr>(der, d2i_PKCS12))
        return FileKind::Pkcs12;
    if (decodesAs<Pkcs7Ptr>(der, d2i_PKCS7))
        return FileKind::Pkcs7;
    if (decodesAs<X509ReqPtr>(der, d2i_X509_REQ))
        return FileKind::CertificateRequest;
    return FileKind::Unknown;
}

FileKind detectPemKind(const QByteArray &text) {
    bool certificate = false, pkcs7 = false, request = false;
    for (const QByteArray &label : pemLabels(text)) {
        if (isPrivateKeyLabel(label))
            return FileKind::PemWithPrivateKey;
        certificate = certificate || isCertificateLabel(label);
        pkcs7 = pkcs7 || isPkcs7Label(label);
        request = request || isRequestLabel(label);
    }
    if (certificate)
        return FileKind::PemCertificates;
    if (pkcs7)
        return FileKind::Pkcs7;
    return request ? FileKind::CertificateRequest : FileKind::Unknown;
}

QString kindName(FileKind kind) {
    switch (kind) {
    case FileKind::Pkcs12:
        return QStringLiteral("a PKCS#12 (PFX) file");
    case FileKind::CertificateRequest:
        return QStringLiteral("a certificate request");
    default:
        return QStringLiteral("not a certificate");
    }
}

CryptoResult<QList<Certificate>> readDerCertificates(const QByteArray &der) {
    if (auto cert = decodeDerExactly<X509Ptr>(der, d2i_X509))
        return QList<Certificate>{Certificate::adopt(cert.release())};
    const QString reasons = takeOpensslReasons();
    if (auto pkcs7 = decodeDerExactly<Pkcs7Ptr>(der, d2i_PKCS7))
        return certificatesInPkcs7(pkcs7.get());
    ERR_clear_error();
    const FileKind kind = detectDerKind(der);
    if (kind != FileKind::Unknown)
        return fail(
            cryptoError(CryptoErrorCode::WrongKind,
                        QStringLiteral("The data is %1, not certificates").arg(kindName(kind))));
    QString message = QStringLiteral("Not a certificate, PEM or PKCS#7 data");
    if (!reasons.isEmpty())
        message += QStringLiteral(" (OpenSSL: %1)").arg(reasons);
    return fail(cryptoError(CryptoErrorCode::InvalidInput, message));
}

} // namespace

FileKind detectFileKind(const QByteArray &data) {
    const ErrorQueueGuard guard;
    if (data.isEmpty())
        return FileKind::Unknown;
    return looksLikePem(data) ? detectPemKind(data) : detectDerKind(data);
}

CryptoResult<QList<Certificate>> readCertificates(const QByteArray &data) {
    const ErrorQueueGuard guard;
    if (data.trimmed().isEmpty())
        return fail(
            cryptoError(CryptoErrorCode::InvalidInput, QStringLiteral("The data is empty")));
    return looksLikePem(data) ? readPemCertificates(data) : readDerCertificates(data);
}

CryptoResult<PemBundle> readPem(const QByteArray &pem, const QByteArray &passphrase) {
    const ErrorQueueGuard guard;
    auto blocks = readPemBlocks(pem);
    if (!blocks)
        return fail(blocks.error());
    if (blocks->isEmpty())
        return fail(
            cryptoError(CryptoErrorCode::InvalidInput, QStringLiteral("No PEM block found")));
    PemBundle bundle;
    if (auto error = appendCertificates(*blocks, bundle.certificates))
        return fail(*error);
    const auto keyBlocks = std::count_if(blocks->cbegin(), blocks->cend(), [](const PemBlock &b) {
        return isPrivateKeyLabel(b.label);
    });
    if (keyBlocks > 1)
        return fail(cryptoError(CryptoErrorCode::InvalidInput,
                                QStringLiteral("The PEM text contains more than one private key")));
    if (keyBlocks == 1) {
        auto key = PrivateKey::fromPem(pem, passphrase); // skips the certificate blocks
        if (!key)
            return fail(key.error());
        bundle.key = *key;
    }
    if (bundle.certificates.isEmpty() && !bundle.key)
        return fail(cryptoError(CryptoErrorCode::WrongKind,
                                QStringLiteral("The PEM text contains no certificate or key "
                                               "(found: %1)")
                                    .arg(describeLabels(*blocks))));
    return bundle;
}

QByteArray writePem(const QList<Certificate> &certificates, const std::optional<PrivateKey> &key) {
    QByteArray pem;
    for (const Certificate &certificate : certificates)
        pem += certificate.pem();
    if (key && !key->isNull())
        pem += key->toPkcs8Pem();
    return pem;
}

} // namespace certdeck::crypto
