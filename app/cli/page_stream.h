#pragma once

#include "http_pipeline.h"
#include "vault_error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace certdeck::cli {

// Reads a Key Vault listing ({"value": [...], "nextLink": ...}) page after page over ONE
// keep-alive HTTPS connection, in this thread, as plain HTTP/1.1 GETs. Long listings are
// hundreds of 25-item pages, and per request this costs a fraction of the general pipeline's
// CPU (no network thread, no per-request reply objects), while keeping its rules: TLS verified
// against the pipeline's configuration, the bearer challenge learnt from the first 401, tokens
// from the pipeline's TokenCache, the RetryPolicy for 429/5xx and dropped connections (GETs are
// safe to repeat), nextLink followed only on the same host (the token goes with it).
class PageStream : public QObject {
    Q_OBJECT
public:
    PageStream(client::HttpPipeline *pipeline, QObject *parent = nullptr);

    void start(const QUrl &firstPage);
    bool hasError() const { return m_error.isError(); }
    const client::VaultError &error() const { return m_error; }
    int itemCount() const { return m_items; }

    // The raw text of the top-level member `key` of a JSON object (already known to be valid),
    // e.g. the "value" array exactly as the service sent it; empty when there is none.
    static QByteArray rawMember(const QByteArray &json, QByteArrayView key);

signals:
    // `items` parsed; `rawItems` the same items as the service's own JSON text, comma-separated
    // without the enclosing brackets (empty for an empty page).
    void pageReceived(const QJsonArray &items, const QByteArray &rawItems);
    void finished(); // once, after the last page or the first error

private:
    void send();
    void withToken();
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void handleResponse();
    // `keepConnection`: the answer was complete, the connection can carry the next attempt.
    void retryLater(std::optional<qint64> hintMs, const client::VaultError &error,
                    bool keepConnection = false);
    void fail(const client::VaultError &error);
    void resetResponse();
    bool parseHead();
    bool parseBody();

    client::HttpPipeline *m_pipeline;
    QSslSocket *m_socket = nullptr;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QUrl m_url;
    QString m_connectedTo; // host:port of the open connection
    std::optional<client::TokenRequestContext> m_context;
    QString m_token;
    QDateTime m_tokenExpires;
    bool m_challengeAnswered = false;
    int m_attempt = 0;
    int m_items = 0;
    bool m_finished = false;
    client::VaultError m_error;

    // The response being read.
    QByteArray m_buffer;
    bool m_headDone = false;
    int m_status = 0;
    client::RawHeaders m_headers;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closeAfter = false;
    QByteArray m_body;
    bool m_awaitingResponse = false;
};

} // namespace certdeck::cli
