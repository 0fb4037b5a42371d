#pragma once

#include "retry_policy.h"
#include "service_reply.h"
#include "token_credential.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

namespace certdeck::client {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpResponse {
    int status = 0;
    QByteArray body;
    RawHeaders headers;
    QByteArray header(const QByteArray &name) const;
};

struct ServiceRequest {
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    // Create, import, merge: never re-sent blindly after a failure that may hide a success.
    bool stateChanging = false;
    // Token scope when known up front (ARM); empty: learn it from the service's challenge.
    QString scope;
    // Extra request headers (If-Match, ...). Never credentials: the pipeline adds those.
    RawHeaders headers;
};

// One entry of the activity panel. Never holds tokens, secrets or bodies.
struct ActivityRecord {
    QByteArray method;
    QString host;
    QString path;
    int status = 0; // 0: no HTTP answer
    QString requestId;
    qint64 durationMs = 0;
    int attempt = 1;
    QString error;
};

// Sends requests with bearer tokens (learning authority and scope from 401 challenges), retries
// what is safe to retry, and reports each attempt. HTTPS only, verification never switched off.
class HttpPipeline : public QObject {
    Q_OBJECT
public:
    explicit HttpPipeline(TokenCredential *credential, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // Extra CAs trusted for this connection only (e.g. the local vault's), besides the system's.
    void addTrustedCertificates(const QList<QSslCertificate> &certificates);
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    // Plain http is refused unless this is set and the host is loopback.
    void setAllowInsecureLoopback(bool allow) { m_allowInsecureLoopback = allow; }
    void setTimeoutMs(int timeout) { m_timeoutMs = timeout; }

    Reply<HttpResponse> *send(const ServiceRequest &request);

    QNetworkAccessManager *network() { return &m_network; }
    TokenCache *tokens() { return &m_tokens; }

signals:
    void activity(const certdeck::client::ActivityRecord &record);

private:
    friend class PipelineExchange;
    QNetworkAccessManager m_network;
    TokenCache m_tokens;
    RetryPolicy m_retry;
    QSslConfiguration m_ssl;
    bool m_allowInsecureLoopback = false;
    int m_timeoutMs = 60000;
    QHash<QString, TokenRequestContext> m_challenges; // by host:port, learnt from 401s
};

} // namespace certdeck::client

Q_DECLARE_METATYPE(certdeck::client::ActivityRecord)
