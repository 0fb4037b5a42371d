#include "device_code_credential.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace certdeck::client {

namespace {

VaultError authenticationError(const QString &message, const QString &code = {}) {
    VaultError error;
    error.kind = VaultError::Kind::Authentication;
    error.code = code;
    error.message = message;
    return error;
}

QByteArray formBody(const QList<QPair<QString, QString>> &form) {
    QByteArray body;
    for (const auto &[key, value] : form)
        body += (body.isEmpty() ? "" : "&") + key.toUtf8() + '=' + QUrl::toPercentEncoding(value);
    return body;
}

QString trimmedHost(QString host) {
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    return host;
}

} // namespace

// One sign-in: the device code request, then the polls. Lives as a child of its reply.
class DeviceCodeFlow : public QObject {
public:
    DeviceCodeFlow(DeviceCodeCredential *credential, QString tenantId, QString scope,
                   Reply<AccessToken> *reply)
        : QObject(reply)
        , m_credential(credential)
        , m_tenantId(std::move(tenantId))
        , m_scope(std::move(scope))
        , m_reply(reply) {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // never earlier than the interval asked for
        connect(&m_timer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
        reply->setAbortHandler([this] { cancel(); });
    }

    ~DeviceCodeFlow() override {
        m_deviceCode.fill(QLatin1Char('\0'));
        if (m_network) { // the reply went away mid-request: stop it, nobody is listening
            disconnect(m_network, nullptr, this, nullptr);
            m_network->abort();
            m_network->deleteLater();
        }
    }

    void start() {
        post(m_credential->deviceCodeEndpoint(m_tenantId),
             {{QStringLiteral("client_id"), m_credential->m_client.clientId},
              {QStringLiteral("scope"), m_scope}},
             [this](int status, const QByteArray &body, QNetworkReply *network) {
                 onDeviceCode(status, body, network);
             });
    }

private:
    using Handler = std::function<void(int, const QByteArray &, QNetworkReply *)>;

    void post(const QUrl &url, const QList<QPair<QString, QString>> &form, Handler handler) {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_credential->m_ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Accept", "application/json");
        request.setTransferTimeout(60000);
        QByteArray body = formBody(form);
        m_network = m_credential->m_network->post(request, body);
        body.fill('\0');
        connect(m_network, &QNetworkReply::finished, this, [this, handler = std::move(handler)] {
            QNetworkReply *network = m_network;
            m_network = nullptr;
            network->deleteLater();
            const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray answer = network->readAll();
            handler(status, answer, network);
            answer.fill('\0');
        });
    }

    void onDeviceCode(int status, const QByteArray &body, QNetworkReply *network) {
        if (status == 0)
            return m_reply->finishWithError(VaultError::network(network->errorString()));
        if (status != 200) {
            VaultError error =
                VaultError::fromHttp(status, body, network->rawHeader("x-ms-request-id"));
            error.kind = VaultError::Kind::Authentication;
            return m_reply->finishWithError(error);
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        m_deviceCode = json.value(QStringLiteral("device_code")).toString();
        const QString userCode = json.value(QStringLiteral("user_code")).toString();
        // v2.0 says verification_uri; v1.0 said verification_url.
        QString uri = json.value(QStringLiteral("verification_uri")).toString();
        if (uri.isEmpty())
            uri = json.value(QStringLiteral("verification_url")).toString();
        const QUrl verificationUri(uri);
        if (m_deviceCode.isEmpty() || userCode.isEmpty() || !verificationUri.isValid() ||
            uri.isEmpty())
            return m_reply->finishWithError(VaultError::parse(QStringLiteral(
                "The device code answer lacks device_code, user_code or verification_uri.")));
        const qint64 expiresIn = json.value(QStringLiteral("expires_in")).toVariant().toLongLong();
        const qint64 interval = json.value(QStringLiteral("interval")).toVariant().toLongLong();
        m_lifetimeMs = (expiresIn > 0 ? expiresIn : 900) * 1000;
        m_intervalMs = (interval > 0 ? interval : 5) * 1000;
        m_clock.start();
        QString message = json.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = DeviceCodeCredential::tr("To sign in, open %1 and enter the code %2.")
                          .arg(verificationUri.toDisplayString(), userCode);
        emit m_credential->userActionRequired(userCode, verificationUri, message);
        scheduleNextPoll();
    }

    void scheduleNextPoll() {
        if (m_reply->isFinished())
            return;
        if (m_clock.elapsed() + m_intervalMs > m_lifetimeMs)
            return m_reply->finishWithError(
                authenticationError(QStringLiteral("The sign-in code expired before sign-in was "
                                                   "completed. Start the sign-in again."),
                                    QStringLiteral("expired_token")));
        m_timer.start(int(m_intervalMs));
    }

    void poll() {
        post(m_credential->tokenEndpoint(m_tenantId),
             {{QStringLiteral("grant_type"),
               QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
              {QStringLiteral("client_id"), m_credential->m_client.clientId},
              {QStringLiteral("device_code"), m_deviceCode}},
             [this](int status, const QByteArray &body, QNetworkReply *network) {
                 onPoll(status, body, network);
             });
    }

    void onPoll(int status, const QByteArray &body, QNetworkReply *network) {
        if (status == 0) {
            if (network->error() == QNetworkReply::OperationCanceledError || m_reply->isFinished())
                return m_reply->finishWithError(VaultError::cancelled());
            // A dropped poll is not the end of the sign-in; several in a row are.
            if (++m_networkFailures >= DeviceCodeCredential::maxConsecutiveNetworkFailures)
                return m_reply->finishWithError(VaultError::network(network->errorString()));
            return scheduleNextPoll();
        }
        m_networkFailures = 0;
        if (status == 200)
            return onToken(body);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString code = json.value(QStringLiteral("error")).toString();
        if (code == QLatin1String("authorization_pending"))
            return scheduleNextPoll();
        if (code == QLatin1String("slow_down")) {
            m_intervalMs += DeviceCodeCredential::slowDownIncrementSeconds * 1000;
            return scheduleNextPoll();
        }
        if (code == QLatin1String("expired_token"))
            return m_reply->finishWithError(
                authenticationError(QStringLiteral("The sign-in code expired before sign-in was "
                                                   "completed. Start the sign-in again."),
                                    code));
        if (code == QLatin1String("authorization_declined") ||
            code == QLatin1String("access_denied"))
            return m_reply->finishWithError(
                authenticationError(QStringLiteral("The sign-in was declined."), code));
        VaultError error =
            VaultError::fromHttp(status, body, network->rawHeader("x-ms-request-id"));
        error.kind = VaultError::Kind::Authentication;
        m_reply->finishWithError(error);
    }

    void onToken(const QByteArray &body) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        AccessToken token;
        token.token = json.value(QStringLiteral("access_token")).toString();
        const qint64 lifetime = json.value(QStringLiteral("expires_in")).toVariant().toLongLong();
        token.expiresOn = QDateTime::currentDateTimeUtc().addSecs(lifetime > 0 ? lifetime : 3600);
        if (token.token.isEmpty())
            return m_reply->finishWithError(
                VaultError::parse(QStringLiteral("The token endpoint returned no access_token.")));
        m_reply->finishWithValue(token);
    }

    void cancel() {
        m_timer.stop();
        if (m_network)
            m_network->abort();
    }

    DeviceCodeCredential *m_credential;
    QString m_tenantId;
    QString m_scope;
    Reply<AccessToken> *m_reply;
    QString m_deviceCode;
    QPointer<QNetworkReply> m_network;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_intervalMs = 5000;
    qint64 m_lifetimeMs = 900000;
    int m_networkFailures = 0;
};

DeviceCodeCredential::DeviceCodeCredential(PublicClient client, QNetworkAccessManager *network,
                                           QObject *parent)
    : TokenCredential(parent)
    , m_client(std::move(client))
    , m_network(network)
    , m_ssl(QSslConfiguration::defaultConfiguration()) {}

QString DeviceCodeCredential::describe() const {
    return tr("Device code sign-in with application %1").arg(m_client.clientId);
}

QUrl DeviceCodeCredential::deviceCodeEndpoint(const QString &tenantId) const {
    return QUrl(trimmedHost(m_client.authorityHost) + QLatin1Char('/') + tenantId +
                QStringLiteral("/oauth2/v2.0/devicecode"));
}

QUrl DeviceCodeCredential::tokenEndpoint(const QString &tenantId) const {
    return QUrl(trimmedHost(m_client.authorityHost) + QLatin1Char('/') + tenantId +
                QStringLiteral("/oauth2/v2.0/token"));
}

Reply<AccessToken> *DeviceCodeCredential::requestToken(const TokenRequestContext &context) {
    auto *reply = new Reply<AccessToken>(this);
    const QString tenant = context.tenantId.isEmpty() ? m_client.tenantId : context.tenantId;
    if (m_client.clientId.isEmpty() || tenant.isEmpty() || context.scope.isEmpty()) {
        reply->finishWithError(VaultError::invalidRequest(QStringLiteral(
            "Device code sign-in needs an application (client) id, a tenant and a scope.")));
        return reply;
    }
    auto *flow = new DeviceCodeFlow(this, tenant, context.scope, reply);
    flow->start();
    return reply;
}

} // namespace certdeck::client
