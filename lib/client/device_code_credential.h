#pragma once

#include "token_credential.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

namespace certdeck::client {

// An application registered as a public client ("Allow public client flows"), signing a user in.
struct PublicClient {
    QString authorityHost = QStringLiteral("https://login.microsoftonline.com");
    QString tenantId = QStringLiteral("organizations");
    QString clientId;
};

// OAuth 2.0 device authorization grant (RFC 8628) against Entra ID's v2.0 endpoints: asks for a
// code, tells the user where to enter it (userActionRequired), then polls the token endpoint at
// the interval the service asks for until the user signed in, declined, or the code expired.
// Every requestToken() starts its own sign-in; abort() on its reply stops the polling.
class DeviceCodeCredential : public TokenCredential {
    Q_OBJECT
public:
    DeviceCodeCredential(PublicClient client, QNetworkAccessManager *network,
                         QObject *parent = nullptr);

    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    const PublicClient &client() const { return m_client; }

    Reply<AccessToken> *requestToken(const TokenRequestContext &context) override;
    QString describe() const override;

    QUrl deviceCodeEndpoint(const QString &tenantId) const;
    QUrl tokenEndpoint(const QString &tenantId) const;

    static constexpr int slowDownIncrementSeconds = 5; // RFC 8628 §3.5
    static constexpr int maxConsecutiveNetworkFailures = 3;

signals:
    // Show `message` (or the code and the address) to the user; polling has started.
    void userActionRequired(const QString &userCode, const QUrl &verificationUri,
                            const QString &message);

private:
    friend class DeviceCodeFlow;
    PublicClient m_client;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
};

} // namespace certdeck::client
