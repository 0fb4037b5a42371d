#include "client_certificate_credential.h"

#include "certificate_reader.h"
#include "pkcs12.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace certdeck::client {

namespace {

QByteArray base64Url(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString usableKeyProblem(const crypto::PrivateKey &key, const crypto::Certificate &certificate) {
    if (key.isNull() || certificate.isNull())
        return QStringLiteral(
            "A certificate credential needs both the certificate and its private key.");
    if (key.spec().type != crypto::KeyType::Rsa)
        return QStringLiteral(
            "Microsoft Entra ID accepts only RSA keys for certificate credentials.");
    if (!certificate.matches(key))
        return QStringLiteral("The private key does not belong to the certificate.");
    return {};
}

} // namespace

Result<ClientCertificate, QString> loadClientCertificate(const QByteArray &pfxOrPem,
                                                         const QByteArray &password) {
    ClientCertificate material;
    switch (crypto::detectFileKind(pfxOrPem)) {
    case crypto::FileKind::Pkcs12: {
        auto bundle = crypto::readPkcs12(pfxOrPem, password);
        if (!bundle) {
            if (bundle.error().code == crypto::CryptoErrorCode::WrongPassword)
                return fail(QStringLiteral("The PFX password is wrong."));
            return fail(
                QStringLiteral("The PFX file could not be read: %1").arg(bundle.error().message));
        }
        material.key = bundle->key;
        material.certificate = bundle->certificate;
        break;
    }
    case crypto::FileKind::PemWithPrivateKey: {
        auto pem = crypto::readPem(pfxOrPem, password);
        if (!pem) {
            if (pem.error().code == crypto::CryptoErrorCode::WrongPassword)
                return fail(QStringLiteral("The private key's password is wrong."));
            return fail(
                QStringLiteral("The PEM file could not be read: %1").arg(pem.error().message));
        }
        if (!pem->key)
            return fail(QStringLiteral("The PEM file holds no private key."));
        material.key = *pem->key;
        for (const crypto::Certificate &certificate : pem->certificates) {
            if (certificate.matches(material.key)) {
                material.certificate = certificate;
                break;
            }
        }
        if (material.certificate.isNull())
            return fail(QStringLiteral("The PEM file holds no certificate for its private key."));
        break;
    }
    default:
        return fail(QStringLiteral("A certificate credential needs a PFX file or PEM text with the "
                                   "certificate and its private key."));
    }
    const QString problem = usableKeyProblem(material.key, material.certificate);
    if (!problem.isEmpty())
        return fail(problem);
    return material;
}

Result<ClientCertificate, QString> loadClientCertificateFile(const QString &path,
                                                             const QByteArray &password) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    return loadClientCertificate(file.readAll(), password);
}

ClientCertificateCredential::ClientCertificateCredential(ConfidentialClient client,
                                                         crypto::PrivateKey key,
                                                         crypto::Certificate certificate,
                                                         QNetworkAccessManager *network,
                                                         QObject *parent)
    : ConfidentialClientCredential(std::move(client), network, parent)
    , m_key(std::move(key))
    , m_certificate(std::move(certificate)) {}

ClientCertificateCredential::ClientCertificateCredential(ConfidentialClient client,
                                                         const ClientCertificate &material,
                                                         QNetworkAccessManager *network,
                                                         QObject *parent)
    : ClientCertificateCredential(std::move(client), material.key, material.certificate, network,
                                  parent) {}

QString ClientCertificateCredential::describe() const {
    return tr("Certificate %1 of application %2")
        .arg(m_certificate.commonName(), client().clientId);
}

Result<QString, QString> ClientCertificateCredential::createAssertion(const QString &audience,
                                                                      const QDateTime &now) const {
    const QString problem = usableKeyProblem(m_key, m_certificate);
    if (!problem.isEmpty())
        return fail(problem);
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("PS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("x5t#S256"), m_certificate.x5tS256()}};
    const QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), client().clientId},
        {QStringLiteral("sub"), client().clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("nbf"), issuedAt},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + assertionLifetimeSeconds}};
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    auto signature = m_key.sign(signingInput, crypto::SignatureScheme::RsaPssSha256);
    if (!signature)
        return fail(QStringLiteral("The client assertion could not be signed: %1")
                        .arg(signature.error().message));
    return QString::fromLatin1(signingInput + '.' + base64Url(*signature));
}

bool ClientCertificateCredential::addClientProof(const QString &tokenEndpoint,
                                                 QList<QPair<QString, QString>> *form,
                                                 VaultError *error) const {
    auto assertion = createAssertion(tokenEndpoint);
    if (!assertion) {
        error->kind = VaultError::Kind::Authentication;
        error->message = assertion.error();
        return false;
    }
    form->append({QStringLiteral("client_assertion_type"),
                  QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")});
    form->append({QStringLiteral("client_assertion"), *assertion});
    return true;
}

} // namespace certdeck::client
