#pragma once

#include "client_secret_credential.h"

#include "certificate.h"
#include "private_key.h"
#include "result.h"

#include <QDateTime>

namespace certdeck::client {

// The key and certificate an application proves itself with.
struct ClientCertificate {
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

// Reads a PFX (with `password`, empty allowed) or PEM text holding a certificate and its private
// key (PKCS#8 or traditional, encrypted with `password` when it is). The certificate returned is
// the one matching the key. Error messages never contain the password.
Result<ClientCertificate, QString> loadClientCertificate(const QByteArray &pfxOrPem,
                                                         const QByteArray &password = {});
Result<ClientCertificate, QString> loadClientCertificateFile(const QString &path,
                                                             const QByteArray &password = {});

// Client credentials with a certificate: the client proves itself with a short-lived JWT signed
// PS256 by its private key (client_assertion), naming the certificate by x5t#S256.
class ClientCertificateCredential : public ConfidentialClientCredential {
    Q_OBJECT
public:
    ClientCertificateCredential(ConfidentialClient client, crypto::PrivateKey key,
                                crypto::Certificate certificate, QNetworkAccessManager *network,
                                QObject *parent = nullptr);
    ClientCertificateCredential(ConfidentialClient client, const ClientCertificate &material,
                                QNetworkAccessManager *network, QObject *parent = nullptr);

    QString describe() const override;
    const crypto::Certificate &certificate() const { return m_certificate; }

    // The signed assertion for `audience` (the token endpoint URL), valid from `now` for
    // assertionLifetimeSeconds. A credential in itself: never log it.
    Result<QString, QString>
    createAssertion(const QString &audience,
                    const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static constexpr qint64 assertionLifetimeSeconds = 600;

protected:
    bool addClientProof(const QString &tokenEndpoint, QList<QPair<QString, QString>> *form,
                        VaultError *error) const override;

private:
    crypto::PrivateKey m_key;
    crypto::Certificate m_certificate;
};

} // namespace certdeck::client
