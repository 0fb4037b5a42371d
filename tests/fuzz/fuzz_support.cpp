#include "fuzz_support.h"

#include "chain.h"

namespace certdeck::fuzz {

namespace {

// Keeps results observable so the calls are not optimised away.
volatile std::size_t sink = 0;

void consume(const QString &text) {
    sink = sink + static_cast<std::size_t>(text.size());
}

void consume(const QByteArray &data) {
    sink = sink + static_cast<std::size_t>(data.size());
}

void consume(const QStringList &list) {
    for (const QString &text : list)
        consume(text);
}

void consume(const crypto::SubjectAlternativeNames &sans) {
    consume(sans.dnsNames);
    consume(sans.emails);
    consume(sans.upns);
}

} // namespace

void exercise(const crypto::Certificate &certificate) {
    if (certificate.isNull())
        return;
    consume(certificate.der());
    consume(certificate.pem());
    consume(certificate.subject());
    consume(certificate.issuer());
    consume(certificate.commonName());
    consume(certificate.serialNumberHex());
    consume(certificate.notBefore().toString(Qt::ISODate));
    consume(certificate.notAfter().toString(Qt::ISODate));
    consume(certificate.subjectAlternativeNames());
    consume(certificate.extendedKeyUsages());
    consume(certificate.keyUsages());
    sink = sink + certificate.isCa() + certificate.isSelfIssued() +
           certificate.isSignedBy(certificate);
    consume(certificate.sha1Thumbprint());
    consume(certificate.sha256Thumbprint());
    consume(certificate.x5t());
    consume(certificate.x5tS256());
    consume(certificate.publicKeyDer());
}

void exercise(const QList<crypto::Certificate> &certificates) {
    for (const crypto::Certificate &certificate : certificates)
        exercise(certificate);
    const QList<crypto::Certificate> ordered = crypto::orderChain(certificates);
    sink = sink + static_cast<std::size_t>(ordered.size()) + crypto::isContiguousChain(ordered);
}

void exercise(const crypto::CertificateRequest &request) {
    if (request.isNull())
        return;
    consume(request.der());
    consume(request.pem());
    consume(request.subject());
    consume(request.subjectAlternativeNames());
    consume(request.extendedKeyUsages());
    consume(request.keyUsages());
    consume(request.publicKeyDer());
    sink = sink + request.verifySignature();
}

void exercise(const crypto::PrivateKey &key) {
    if (key.isNull())
        return;
    const crypto::KeySpec spec = key.spec();
    sink = sink + static_cast<std::size_t>(spec.rsaBits);
    consume(key.publicKeyDer());
    consume(key.toPkcs8Der());
}

} // namespace certdeck::fuzz
