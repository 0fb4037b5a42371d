#pragma once

#include "certificate.h"
#include "certificate_request.h"
#include "private_key.h"

#include <QDateTime>

#include <optional>

namespace certdeck::crypto {

struct IssueSpec {
    QDateTime notBefore; // UTC; required
    QDateTime notAfter;  // UTC; required
    // When set, replace what the request asked for; otherwise the request's values are copied.
    std::optional<SubjectAlternativeNames> sans;
    std::optional<QStringList> extendedKeyUsages;
    std::optional<QStringList> keyUsages;
    bool isCa = false;
    int pathLength = -1; // -1: no pathLenConstraint
    QByteArray serial;   // big-endian bytes; random 16 bytes when empty
};

// Signs `request` with the CA's key (SHA-256 for RSA and P-256, SHA-384/512 for larger curves),
// adding subjectKeyIdentifier, authorityKeyIdentifier and basicConstraints.
CryptoResult<Certificate> signRequest(const CertificateRequest &request,
                                      const Certificate &caCertificate, const PrivateKey &caKey,
                                      const IssueSpec &spec);

// A certificate signed by its own key, subject == issuer.
CryptoResult<Certificate> selfSign(const PrivateKey &key, const RequestSpec &subject,
                                   const IssueSpec &spec);

} // namespace certdeck::crypto
