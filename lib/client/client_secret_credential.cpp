#include "client_secret_credential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

namespace certdeck::client {

ConfidentialClientCredential::ConfidentialClientCredential(ConfidentialClient client,
                                                           QNetworkAccessManager *network,
                                                           QObject *parent)
    : TokenCredential(parent)
    , m_client(std::move(client))
    , m_network(network)
    , m_ssl(QSslConfiguration::defaultConfiguration()) {}

QString ConfidentialClientCredential::tokenEndpoint(const TokenRequestContext &context) const {
    // The credential's own authority is authoritative; a challenge may only narrow the tenant.
    const QString tenant = context.tenantId.isEmpty() ? m_client.tenantId : context.tenantId;
    QString host = m_client.authorityHost;
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    return host + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token");
}

Reply<AccessToken> *ConfidentialClientCredential::requestToken(const TokenRequestContext &context) {
    auto *reply = new Reply<AccessToken>(this);
    const QString endpoint = tokenEndpoint(context);
    QList<QPair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {QStringLiteral("client_id"), m_client.clientId},
        {QStringLiteral("scope"), context.scope}};
    VaultError error;
    if (!addClientProof(endpoint, &form, &error)) {
        reply->finishWithError(error);
        return reply;
    }
    QNetworkRequest request{QUrl(endpoint)};
    request.setSslConfiguration(m_ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Every value percent-encoded ('+' included), so secrets survive form decoding.
    QByteArray body;
    for (const auto &[key, value] : form)
        body += (body.isEmpty() ? "" : "&") + key.toUtf8() + '=' + QUrl::toPercentEncoding(value);
    QNetworkReply *network = m_network->post(request, body);
    body.fill('\0');
    reply->setAbortHandler([network] { network->abort(); });
    connect(network, &QNetworkReply::finished, reply, [network, reply] {
        network->deleteLater();
        const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = network->readAll();
        if (status == 0) {
            reply->finishWithError(VaultError::network(network->errorString()));
            return;
        }
        if (status != 200) {
            VaultError error =
                VaultError::fromHttp(status, answer, network->rawHeader("x-ms-request-id"));
            error.kind = VaultError::Kind::Authentication;
            reply->finishWithError(error);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        AccessToken token;
        token.token = json.value(QStringLiteral("access_token")).toString();
        const qint64 lifetime = json.value(QStringLiteral("expires_in")).toVariant().toLongLong();
        token.expiresOn = QDateTime::currentDateTimeUtc().addSecs(lifetime > 0 ? lifetime : 3600);
        if (token.token.isEmpty())
            reply->finishWithError(
                VaultError::parse(QStringLiteral("The token endpoint returned no access_token.")));
        else
            reply->finishWithValue(token);
    });
    return reply;
}

ClientSecretCredential::ClientSecretCredential(ConfidentialClient client, QString secret,
                                               QNetworkAccessManager *network, QObject *parent)
    : ConfidentialClientCredential(std::move(client), network, parent)
    , m_secret(std::move(secret)) {}

ClientSecretCredential::~ClientSecretCredential() {
    m_secret.fill(QLatin1Char('\0'));
}

QString ClientSecretCredential::describe() const {
    return tr("Client secret of application %1").arg(client().clientId);
}

bool ClientSecretCredential::addClientProof(const QString &, QList<QPair<QString, QString>> *form,
                                            VaultError *) const {
    form->append({QStringLiteral("client_secret"), m_secret});
    return true;
}

} // namespace certdeck::client
