#pragma once

#include "token_credential.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace certdeck::client {

struct ConfidentialClient {
    QString authorityHost = QStringLiteral("https://login.microsoftonline.com");
    QString tenantId;
    QString clientId;
};

// OAuth2 client credentials against Entra ID's v2.0 token endpoint. Subclasses decide how the
// client proves itself (a secret here; a signed assertion for certificates).
class ConfidentialClientCredential : public TokenCredential {
    Q_OBJECT
public:
    ConfidentialClientCredential(ConfidentialClient client, QNetworkAccessManager *network,
                                 QObject *parent = nullptr);

    Reply<AccessToken> *requestToken(const TokenRequestContext &context) override;
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    const ConfidentialClient &client() const { return m_client; }

protected:
    QString tokenEndpoint(const TokenRequestContext &context) const;
    // Adds client_secret or client_assertion(_type) to the form; false with an error otherwise.
    virtual bool addClientProof(const QString &tokenEndpoint, QList<QPair<QString, QString>> *form,
                                VaultError *error) const = 0;

private:
    ConfidentialClient m_client;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
};

class ClientSecretCredential : public ConfidentialClientCredential {
    Q_OBJECT
public:
    ClientSecretCredential(ConfidentialClient client, QString secret,
                           QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ClientSecretCredential() override;
    QString describe() const override;

protected:
    bool addClientProof(const QString &tokenEndpoint, QList<QPair<QString, QString>> *form,
                        VaultError *error) const override;

private:
    QString m_secret;
};

} // namespace certdeck::client
