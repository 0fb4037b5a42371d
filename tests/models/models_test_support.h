#pragma once

// Shared helpers for the lib/models tests: a fixed "now", list items and bundles built from
// real certificates made with lib/crypto.

#include "certificate.h"
#include "certificate_bundle.h"
#include "certificate_item.h"
#include "certificate_signer.h"
#include "private_key.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QString>

#include <optional>
#include <stdexcept>

namespace certdeck::models::testing {

constexpr qint64 Day = 86400;

inline QDateTime testNow() {
    return QDateTime(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC);
}

inline qint64 nowSeconds() {
    return testNow().toSecsSinceEpoch();
}

inline QString vaultUrl(const QString &vault) {
    return QStringLiteral("https://%1.vault.azure.net").arg(vault);
}

inline QString x5tOf(const QString &seed) {
    const QByteArray sha1 = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(
        sha1.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QString sha1HexOf(const QString &seed) {
    return QString::fromLatin1(
               QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex())
        .toUpper();
}

// A completed certificate expiring `daysFromNow` days after testNow() (same time of day).
inline vault::CertificateItem item(const QString &name, std::optional<qint64> daysFromNow = 365,
                                   const QString &vault = QStringLiteral("prod")) {
    vault::CertificateItem item;
    item.id = vaultUrl(vault) + QStringLiteral("/certificates/") + name;
    item.x5t = x5tOf(vault + QLatin1Char('/') + name);
    item.attributes.enabled = true;
    item.attributes.notBefore = nowSeconds() - 30 * Day;
    if (daysFromNow)
        item.attributes.expires = nowSeconds() + *daysFromNow * Day;
    item.attributes.created = nowSeconds() - 30 * Day;
    return item;
}

// A certificate listed with includePending before it was issued: no x5t, no dates.
inline vault::CertificateItem pendingItem(const QString &name,
                                          const QString &vault = QStringLiteral("prod")) {
    vault::CertificateItem item;
    item.id = vaultUrl(vault) + QStringLiteral("/certificates/") + name;
    item.attributes.enabled = false;
    return item;
}

template <typename T> T take(crypto::CryptoResult<T> result, const char *what) {
    if (!result.ok())
        throw std::runtime_error(std::string(what) +
                                 " failed: " + result.error().message.toStdString());
    return std::move(result).value();
}

struct Issued {
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

inline crypto::PrivateKey ecKey() {
    crypto::KeySpec spec;
    spec.type = crypto::KeyType::Ec;
    return take(crypto::PrivateKey::generate(spec), "EC key generation");
}

inline crypto::IssueSpec validityAround(qint64 notBefore, qint64 notAfter) {
    crypto::IssueSpec spec;
    spec.notBefore = QDateTime::fromSecsSinceEpoch(notBefore, Qt::UTC);
    spec.notAfter = QDateTime::fromSecsSinceEpoch(notAfter, Qt::UTC);
    return spec;
}

inline Issued makeRoot(const QString &subject) {
    const crypto::PrivateKey key = ecKey();
    crypto::RequestSpec request;
    request.subject = subject;
    request.keyUsages = {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")};
    crypto::IssueSpec spec = validityAround(nowSeconds() - 365 * Day, nowSeconds() + 3650 * Day);
    spec.isCa = true;
    return {key, take(crypto::selfSign(key, request, spec), "selfSign root")};
}

// A leaf certificate valid from 30 days ago for `daysFromNow` more days; self-signed unless
// `issuer` is given.
inline crypto::Certificate makeCertificate(const QString &subject,
                                           const crypto::SubjectAlternativeNames &sans,
                                           qint64 daysFromNow = 365,
                                           const Issued *issuer = nullptr) {
    const crypto::PrivateKey key = ecKey();
    crypto::RequestSpec request;
    request.subject = subject;
    request.sans = sans;
    request.keyUsages = {QStringLiteral("digitalSignature")};
    const crypto::IssueSpec spec =
        validityAround(nowSeconds() - 30 * Day, nowSeconds() + daysFromNow * Day);
    if (!issuer)
        return take(crypto::selfSign(key, request, spec), "selfSign");
    const auto csr = take(crypto::CertificateRequest::create(key, request), "CSR");
    return take(crypto::signRequest(csr, issuer->certificate, issuer->key, spec), "signRequest");
}

// GET /certificates/{name} as the service answers for `certificate`.
inline vault::CertificateBundle
bundleOf(const QString &name, const crypto::Certificate &certificate,
         const QString &vault = QStringLiteral("prod"),
         const QString &contentType = QStringLiteral("application/x-pkcs12")) {
    vault::CertificateBundle bundle;
    bundle.id = vaultUrl(vault) + QStringLiteral("/certificates/") + name +
                QStringLiteral("/0123456789abcdef0123456789abcdef");
    bundle.kid = vaultUrl(vault) + QStringLiteral("/keys/") + name;
    bundle.sid = vaultUrl(vault) + QStringLiteral("/secrets/") + name;
    bundle.x5t = certificate.x5t();
    bundle.cer = certificate.der();
    bundle.attributes.enabled = true;
    bundle.attributes.notBefore = certificate.notBefore().toSecsSinceEpoch();
    bundle.attributes.expires = certificate.notAfter().toSecsSinceEpoch();
    vault::CertificatePolicy policy;
    vault::SecretProperties secret;
    secret.contentType = contentType;
    policy.secretProperties = secret;
    bundle.policy = policy;
    return bundle;
}

// An item as the list returns it for `certificate`.
inline vault::CertificateItem itemOf(const QString &name, const crypto::Certificate &certificate,
                                     const QString &vault = QStringLiteral("prod")) {
    vault::CertificateItem item;
    item.id = vaultUrl(vault) + QStringLiteral("/certificates/") + name;
    item.x5t = certificate.x5t();
    item.attributes.enabled = true;
    item.attributes.notBefore = certificate.notBefore().toSecsSinceEpoch();
    item.attributes.expires = certificate.notAfter().toSecsSinceEpoch();
    return item;
}

} // namespace certdeck::models::testing
