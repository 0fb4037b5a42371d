#include "pkcs12.h"

#include "certificate_reader.h"
#include "key_algorithms.h"
#include "key_derivation_limits.h"
#include "openssl_errors.h"
#include "openssl_handles.h"
#include "openssl_support.h"

#include <openssl/err.h>

#include <vector>

namespace certdeck::crypto {

using namespace ossl;

namespace {

struct PasswordCandidate {
    const char *text; // nullptr: "no password", which PKCS#12 encodes unlike ""
    int length;
};

struct ParsedPkcs12 {
    EvpPkeyPtr key;
    QList<Certificate> certificates; // as stored
};

std::vector<PasswordCandidate> passwordCandidates(const QByteArray &password) {
    if (!password.isEmpty())
        return {{password.constData(), static_cast<int>(password.size())}};
    return {{"", 0}, {nullptr, 0}};
}

CryptoError notPkcs12(const QByteArray &der) {
    const FileKind kind = detectFileKind(der);
    if (kind != FileKind::Unknown && kind != FileKind::Pkcs12)
        return cryptoError(CryptoErrorCode::WrongKind,
                           QStringLiteral("The data is not a PKCS#12 (PFX) file but another "
                                          "certificate format"));
    return cryptoError(CryptoErrorCode::InvalidInput,
                       QStringLiteral("The data is not a readable PKCS#12 (PFX) file"));
}

bool reasonsMentionUnsupported(const QString &reasons) {
    return reasons.contains(QLatin1String("unsupported"), Qt::CaseInsensitive);
}

CryptoResult<ParsedPkcs12> parseWith(PKCS12 *pkcs12, const char *password) {
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *others = nullptr;
    const int parsed = PKCS12_parse(pkcs12, password, &key, &cert, &others);
    ParsedPkcs12 result{EvpPkeyPtr(key), {}};
    X509Ptr certOwner(cert);
    const X509StackPtr othersOwner(others);
    if (!parsed) {
        const QString reasons = takeOpensslReasons();
        const auto code = reasonsMentionUnsupported(reasons) ? CryptoErrorCode::Unsupported
                                                             : CryptoErrorCode::InvalidInput;
        return fail(cryptoError(code, QStringLiteral("Could not decrypt the PKCS#12 contents "
                                                     "(OpenSSL: %1)")
                                          .arg(reasons)));
    }
    if (certOwner)
        result.certificates.append(Certificate::adopt(certOwner.release()));
    while (X509 *other = sk_X509_shift(othersOwner.get()))
        result.certificates.append(Certificate::adopt(other));
    return result;
}

CryptoError tooCostly() {
    return cryptoError(CryptoErrorCode::Unsupported,
                       QStringLiteral("The PKCS#12 (PFX) file asks for more than %1 key "
                                      "derivation iterations")
                           .arg(maxKeyDerivationIterations));
}

// The MAC proves the password before anything is decrypted; files without a MAC (rare) are
// tried by decrypting. Iteration counts are checked before each derivation they control.
CryptoResult<ParsedPkcs12> parseWithPassword(PKCS12 *pkcs12, const QByteArray &password) {
    const bool hasMac = PKCS12_mac_present(pkcs12) == 1;
    if (!pkcs12MacCostAcceptable(pkcs12))
        return fail(tooCostly());
    for (const PasswordCandidate &candidate : passwordCandidates(password)) {
        if (hasMac && PKCS12_verify_mac(pkcs12, candidate.text, candidate.length) != 1) {
            const unsigned long error = ERR_peek_error();
            if (ERR_GET_REASON(error) == PKCS12_R_MAC_GENERATION_ERROR)
                return fail(opensslError(CryptoErrorCode::Unsupported,
                                         QStringLiteral("Cannot check the PKCS#12 MAC")));
            continue; // MAC mismatch: not this password
        }
        if (!pkcs12ContentCostsAcceptable(pkcs12, candidate.text, candidate.length))
            return fail(tooCostly());
        auto parsed = parseWith(pkcs12, candidate.text);
        if (parsed || hasMac)
            return parsed;
        if (parsed.error().code == CryptoErrorCode::Unsupported)
            return parsed;
    }
    ERR_clear_error();
    return fail(cryptoError(CryptoErrorCode::WrongPassword,
                            QStringLiteral("Wrong password for the PKCS#12 (PFX) file")));
}

QString friendlyNameOf(const Certificate &certificate) {
    int length = 0;
    const unsigned char *alias = X509_alias_get0(certificate.native(), &length);
    return alias ? QString::fromUtf8(reinterpret_cast<const char *>(alias), length) : QString();
}

CryptoResult<Pkcs12Bundle> bundleFrom(ParsedPkcs12 parsed) {
    if (!parsed.key)
        return fail(cryptoError(CryptoErrorCode::WrongKind,
                                QStringLiteral("The PKCS#12 file contains no private key")));
    if (!describeKey(parsed.key.get()))
        return fail(cryptoError(CryptoErrorCode::Unsupported,
                                QStringLiteral("Only RSA and EC P-256/P-384/P-521 keys are "
                                               "supported")));
    Pkcs12Bundle bundle;
    bundle.key = PrivateKey::adopt(parsed.key.release());
    for (const Certificate &certificate : parsed.certificates) {
        if (bundle.certificate.isNull() && certificate.matches(bundle.key))
            bundle.certificate = certificate;
        else
            bundle.chain.append(certificate);
    }
    if (bundle.certificate.isNull())
        return fail(cryptoError(CryptoErrorCode::KeyMismatch,
                                QStringLiteral("No certificate in the PKCS#12 file matches its "
                                               "private key")));
    bundle.friendlyName = friendlyNameOf(bundle.certificate);
    return bundle;
}

} // namespace

CryptoResult<Pkcs12Bundle> readPkcs12(const QByteArray &der, const QByteArray &password) {
    const ErrorQueueGuard guard;
    ensureProvidersLoaded(); // RC2-40 and 3DES live in the legacy provider
    const auto pkcs12 = decodeDerExactly<Pkcs12Ptr>(der, d2i_PKCS12);
    if (!pkcs12)
        return fail(notPkcs12(der));
    auto parsed = parseWithPassword(pkcs12.get(), password);
    if (!parsed)
        return fail(parsed.error());
    return bundleFrom(std::move(parsed).value());
}

CryptoResult<QByteArray> writePkcs12(const Pkcs12Bundle &bundle, const QByteArray &password) {
    const ErrorQueueGuard guard;
    ensureProvidersLoaded();
    if (bundle.key.isNull() || bundle.certificate.isNull())
        return fail(cryptoError(CryptoErrorCode::InvalidInput,
                                QStringLiteral("A PKCS#12 file needs a key and its certificate")));
    if (!bundle.certificate.matches(bundle.key))
        return fail(cryptoError(CryptoErrorCode::KeyMismatch,
                                QStringLiteral("The certificate does not belong to the key")));
    const X509StackViewPtr chain(sk_X509_new_null());
    for (const Certificate &certificate : bundle.chain) {
        if (!chain || certificate.isNull() || sk_X509_push(chain.get(), certificate.native()) <= 0)
            return fail(opensslError(CryptoErrorCode::InvalidInput,
                                     QStringLiteral("Could not collect the chain certificates")));
    }
    const QByteArray friendlyName = bundle.friendlyName.toUtf8();
    // nid/iteration arguments 0: OpenSSL 3 defaults (AES-256-CBC, PBKDF2, SHA-256 MAC).
    const Pkcs12Ptr pkcs12(PKCS12_create(
        password.constData(), friendlyName.isEmpty() ? nullptr : friendlyName.constData(),
        bundle.key.native(), bundle.certificate.native(), chain.get(), 0, 0, 0, 0, 0));
    if (!pkcs12)
        return fail(opensslError(CryptoErrorCode::Internal,
                                 QStringLiteral("Could not create the PKCS#12 file")));
    const QByteArray der = encodeDer(pkcs12.get(), i2d_PKCS12);
    if (der.isEmpty())
        return fail(opensslError(CryptoErrorCode::Internal,
                                 QStringLiteral("Could not encode the PKCS#12 file")));
    return der;
}

} // namespace certdeck::crypto
