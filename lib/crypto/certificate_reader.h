#pragma once

#include "certificate.h"
#include "private_key.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace certdeck::crypto {

enum class FileKind {
    Pkcs12,            // DER PFX
    PemCertificates,   // one or more "BEGIN CERTIFICATE" blocks, no key
    PemWithPrivateKey, // certificates plus a private key block
    DerCertificate,
    Pkcs7,              // DER or PEM (.p7b)
    CertificateRequest, // DER or PEM PKCS#10
    Unknown,
};

// Sniffs the content, never the file name.
FileKind detectFileKind(const QByteArray &data);

// Certificates from DER, PEM (one or many) or PKCS#7 (DER or PEM); in the order found.
CryptoResult<QList<Certificate>> readCertificates(const QByteArray &data);

struct PemBundle {
    QList<Certificate> certificates;
    std::optional<PrivateKey> key;
};

// PEM text with certificates and at most one private key (PKCS#8 or traditional).
CryptoResult<PemBundle> readPem(const QByteArray &pem, const QByteArray &passphrase = {});

// Concatenated PEM blocks: certificates in order, then the unencrypted PKCS#8 key when given.
QByteArray writePem(const QList<Certificate> &certificates,
                    const std::optional<PrivateKey> &key = std::nullopt);

} // namespace certdeck::crypto
