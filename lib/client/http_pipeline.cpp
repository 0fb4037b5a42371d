#include "http_pipeline.h"

#include "bearer_challenge.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QIODevice>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <cstring>

namespace certdeck::client {

QByteArray HttpResponse::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

QString hostKey(const QUrl &url) {
    return url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

bool isLoopback(const QUrl &url) {
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

VaultError transportError(const QNetworkReply *reply) {
    VaultError error = VaultError::network(reply->errorString());
    const auto code = reply->error();
    if (code == QNetworkReply::SslHandshakeFailedError)
        error.kind = VaultError::Kind::Tls;
    return error;
}

// A request body that can be read once and never rewound (see PipelineExchange::attempt).
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

// One request's life: token, attempts, challenge, retries. Lives as a child of its reply.
class PipelineExchange : public QObject {
public:
    PipelineExchange(HttpPipeline *pipeline, ServiceRequest request, Reply<HttpResponse> *reply)
        : QObject(reply)
        , m_pipeline(pipeline)
        , m_request(std::move(request))
        , m_reply(reply) {
        reply->setAbortHandler([this] { cancel(); });
    }

    void start() {
        const auto known = m_pipeline->m_challenges.constFind(hostKey(m_request.url));
        if (!m_request.scope.isEmpty())
            withToken(TokenRequestContext{m_request.scope, {}, {}});
        else if (known != m_pipeline->m_challenges.cend())
            withToken(*known);
        else
            attempt(QString()); // no token yet: the service's challenge says where to get one
    }

private:
    void withToken(const TokenRequestContext &context) {
        m_context = context;
        Reply<AccessToken> *token = m_pipeline->m_tokens.token(context);
        m_pendingToken = token;
        connect(token, &ServiceReply::finished, this, [this, token] {
            token->deleteLater();
            m_pendingToken = nullptr;
            if (token->hasError()) {
                VaultError error = token->error();
                if (error.kind != VaultError::Kind::Cancelled)
                    error.kind = VaultError::Kind::Authentication;
                m_reply->finishWithError(error);
                return;
            }
            attempt(token->value().token);
        });
    }

    void attempt(const QString &token) {
        ++m_attempt;
        m_token = token;
        QNetworkRequest request(m_request.url);
        request.setSslConfiguration(m_pipeline->m_ssl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_pipeline->m_timeoutMs);
        request.setRawHeader("Accept", "application/json");
        if (!m_request.body.isEmpty() || m_request.method != "GET")
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : m_request.headers)
            request.setRawHeader(name, value);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        m_clock.start();
        if (m_request.stateChanging) {
            // Qt's HTTP stack silently sends a request again when its connection closes before
            // the answer, POST included: a create or import the vault already carried out would
            // happen twice. A body readable only once makes that fail (ContentReSendError)
            // instead, and the caller reconciles.
            auto *body = new OneShotBody(m_request.body);
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            m_network = m_pipeline->m_network.sendCustomRequest(request, m_request.method, body);
            body->setParent(m_network);
        } else {
            m_network =
                m_pipeline->m_network.sendCustomRequest(request, m_request.method, m_request.body);
        }
        connect(m_network, &QNetworkReply::finished, this, &PipelineExchange::onFinished);
    }

    void onFinished() {
        QNetworkReply *network = m_network;
        m_network = nullptr;
        network->deleteLater();
        HttpResponse response;
        response.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = network->isOpen() ? network->readAll() : QByteArray(); // closed: timed out
        response.headers = network->rawHeaderPairs();
        report(response, network);
        if (response.status == 0)
            return onTransportFailure(network);
        if (response.status == 401 && !m_challengeAnswered && handleChallenge(response))
            return;
        if (RetryPolicy::isRetryableStatus(response.status))
            return onRetryableStatus(response);
        if (response.status >= 400) {
            m_reply->finishWithError(VaultError::fromHttp(response.status, response.body,
                                                          response.header("x-ms-request-id")));
            return;
        }
        m_reply->finishWithValue(response);
    }

    bool handleChallenge(const HttpResponse &response) {
        auto challenge = BearerChallenge::parse(response.header("WWW-Authenticate"));
        if (!challenge || challenge->tokenScope().isEmpty())
            return false;
        m_challengeAnswered = true;
        TokenRequestContext context{challenge->tokenScope(), challenge->tenantId(),
                                    challenge->authorityHost()};
        if (!m_token.isEmpty())
            m_pipeline->m_tokens.invalidate(context.scope); // the token we sent was refused
        m_pipeline->m_challenges.insert(hostKey(m_request.url), context);
        withToken(context);
        return true;
    }

    void onTransportFailure(QNetworkReply *network) {
        const VaultError error = transportError(network);
        const bool canRetry = error.kind == VaultError::Kind::Network &&
                              network->error() != QNetworkReply::OperationCanceledError;
        // A dropped connection may hide a completed write: the caller reconciles instead.
        if (!canRetry || m_request.stateChanging || m_attempt > m_pipeline->m_retry.maxRetries) {
            VaultError final = error;
            final.message +=
                m_request.stateChanging ? QStringLiteral(" (outcome unknown)") : QString();
            m_reply->finishWithError(final);
            return;
        }
        retryAfter(m_pipeline->m_retry.delayMs(m_attempt, std::nullopt));
    }

    void onRetryableStatus(const HttpResponse &response) {
        const bool ambiguous = RetryPolicy::isAmbiguousStatus(response.status);
        const auto hint = retryAfterMs(response.header("Retry-After"),
                                       response.header("retry-after-ms").isEmpty()
                                           ? response.header("x-ms-retry-after-ms")
                                           : response.header("retry-after-ms"));
        if ((m_request.stateChanging && ambiguous) || m_attempt > m_pipeline->m_retry.maxRetries) {
            VaultError error = VaultError::fromHttp(response.status, response.body,
                                                    response.header("x-ms-request-id"));
            error.retryAfterMs = hint;
            m_reply->finishWithError(error);
            return;
        }
        retryAfter(m_pipeline->m_retry.delayMs(m_attempt, hint));
    }

    void retryAfter(int delayMs) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire before Retry-After
        connect(m_timer, &QTimer::timeout, this, [this] {
            m_timer->deleteLater();
            m_timer = nullptr;
            attempt(m_token);
        });
        m_timer->start(delayMs);
    }

    void report(const HttpResponse &response, const QNetworkReply *network) {
        ActivityRecord record;
        record.method = m_request.method;
        record.host = m_request.url.host();
        record.path = m_request.url.path();
        record.status = response.status;
        record.requestId = QString::fromLatin1(response.header("x-ms-request-id"));
        record.durationMs = m_clock.elapsed();
        record.attempt = m_attempt;
        if (response.status == 0)
            record.error = network->errorString();
        emit m_pipeline->activity(record);
    }

    void cancel() {
        if (m_network)
            m_network->abort();
        if (m_timer)
            m_timer->stop();
        if (m_pendingToken)
            m_pendingToken->abort();
    }

    HttpPipeline *m_pipeline;
    ServiceRequest m_request;
    Reply<HttpResponse> *m_reply;
    TokenRequestContext m_context;
    QString m_token;
    QPointer<QNetworkReply> m_network;
    QPointer<QTimer> m_timer;
    QPointer<Reply<AccessToken>> m_pendingToken;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    bool m_challengeAnswered = false;
};

HttpPipeline::HttpPipeline(TokenCredential *credential, QObject *parent)
    : QObject(parent)
    , m_tokens(credential)
    , m_ssl(QSslConfiguration::defaultConfiguration()) {
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network.setStrictTransportSecurityEnabled(true);
}

void HttpPipeline::addTrustedCertificates(const QList<QSslCertificate> &certificates) {
    m_ssl.addCaCertificates(certificates);
}

Reply<HttpResponse> *HttpPipeline::send(const ServiceRequest &request) {
    auto *reply = new Reply<HttpResponse>(this);
    const QString scheme = request.url.scheme().toLower();
    if (scheme != QLatin1String("https") &&
        !(scheme == QLatin1String("http") && m_allowInsecureLoopback && isLoopback(request.url))) {
        reply->finishWithError(VaultError::invalidRequest(
            tr("Only HTTPS is allowed (got %1). Plain HTTP is refused so that tokens never travel "
               "unencrypted.")
                .arg(request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        return reply;
    }
    auto *exchange = new PipelineExchange(this, request, reply);
    exchange->start();
    return reply;
}

} // namespace certdeck::client
