#include "local_certificate_authority.h"

#include <QDateTime>

namespace certdeck::localvault {

namespace {

const QString caCertificateKey = QStringLiteral("ca.certificate");
const QString caKeyKey = QStringLiteral("ca.key");

bool createAuthority(VaultStore &store, crypto::Certificate *certificate, crypto::PrivateKey *key,
                     QString *error) {
    auto generated =
        crypto::PrivateKey::generate({crypto::KeyType::Rsa, 2048, crypto::EcCurve::P256});
    if (!generated) {
        *error = generated.error().message;
        return false;
    }
    crypto::RequestSpec subject;
    subject.subject = QStringLiteral("CN=Certdeck Local Vault CA, O=Certdeck");
    subject.keyUsages = {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")};
    crypto::IssueSpec spec;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    spec.notBefore = now.addSecs(-600);
    spec.notAfter = now.addYears(10);
    spec.isCa = true;
    auto signedCa = crypto::selfSign(*generated, subject, spec);
    if (!signedCa) {
        *error = signedCa.error().message;
        return false;
    }
    if (!store.setSetting(caCertificateKey, signedCa->der()) ||
        !store.setSetting(caKeyKey, generated->toPkcs8Der())) {
        *error = store.lastError();
        return false;
    }
    *certificate = *signedCa;
    *key = *generated;
    return true;
}

} // namespace

bool LocalCertificateAuthority::loadOrCreate(VaultStore &store, QString *error) {
    const QByteArray der = store.setting(caCertificateKey);
    if (der.isEmpty())
        return createAuthority(store, &m_certificate, &m_key, error);
    auto certificate = crypto::Certificate::fromDer(der);
    auto key = crypto::PrivateKey::fromPkcs8Der(store.setting(caKeyKey));
    if (!certificate || !key) {
        *error = QStringLiteral("The local CA stored in the data directory is unreadable.");
        return false;
    }
    m_certificate = *certificate;
    m_key = *key;
    return true;
}

crypto::CryptoResult<crypto::Certificate>
LocalCertificateAuthority::issueTlsCertificate(const crypto::PrivateKey &tlsKey) const {
    crypto::RequestSpec subject;
    subject.subject = QStringLiteral("CN=localhost, O=Certdeck Local Vault");
    subject.sans.dnsNames = {QStringLiteral("localhost")};
    auto request = crypto::CertificateRequest::create(tlsKey, subject);
    if (!request)
        return fail(request.error());
    crypto::IssueSpec spec;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    spec.notBefore = now.addSecs(-600);
    spec.notAfter = now.addDays(365);
    spec.extendedKeyUsages = QStringList{QStringLiteral("1.3.6.1.5.5.7.3.1")};
    spec.keyUsages =
        QStringList{QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")};
    return crypto::signRequest(*request, m_certificate, m_key, spec);
}

crypto::CryptoResult<crypto::Certificate>
LocalCertificateAuthority::sign(const crypto::CertificateRequest &request,
                                const crypto::IssueSpec &spec) const {
    return crypto::signRequest(request, m_certificate, m_key, spec);
}

} // namespace certdeck::localvault
