#pragma once

#include "crypto_error.h"
#include "subject_alternative_names.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct X509_req_st X509_REQ;

namespace certdeck::crypto {

class PrivateKey;
class Certificate;

struct RequestSpec {
    QString subject; // "CN=www.contoso.com, O=Contoso" (RFC 2253 escapes honoured)
    SubjectAlternativeNames sans;
    QStringList extendedKeyUsages; // dotted OIDs
    QStringList keyUsages;         // Key Vault names, see Certificate::keyUsages()
};

// A PKCS#10 certificate signing request.
class CertificateRequest {
public:
    CertificateRequest() = default;

    static CryptoResult<CertificateRequest> create(const PrivateKey &key, const RequestSpec &spec);
    static CryptoResult<CertificateRequest> fromDer(const QByteArray &der);
    static CryptoResult<CertificateRequest> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_req; }
    QByteArray der() const;
    QByteArray pem() const;
    QString subject() const;
    SubjectAlternativeNames subjectAlternativeNames() const;
    QStringList extendedKeyUsages() const;
    QStringList keyUsages() const;
    QByteArray publicKeyDer() const;
    bool verifySignature() const;

    // True when the certificate carries this request's public key.
    bool matches(const Certificate &certificate) const;

    X509_REQ *native() const { return m_req.get(); }

private:
    std::shared_ptr<X509_REQ> m_req;
};

} // namespace certdeck::crypto
