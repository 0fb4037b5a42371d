#include "page_stream.h"

#include "bearer_challenge.h"
#include "json_support.h"
#include "retry_policy.h"

namespace certdeck::cli {

using client::VaultError;

namespace {

QString hostKey(const QUrl &url) {
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(443));
}

QByteArray headerValue(const client::RawHeaders &headers, const QByteArray &name) {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

PageStream::PageStream(client::HttpPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        // retryLater() drops the connection (without hearing its disconnected()).
        retryLater(std::nullopt,
                   VaultError::network(tr("The service did not answer within the time limit.")));
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PageStream::send);
}

void PageStream::start(const QUrl &firstPage) {
    m_url = firstPage;
    if (m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        // Finished on the next turn of the event loop, like every reply.
        QTimer::singleShot(0, this, [this] {
            fail(VaultError::invalidRequest(
                tr("Only HTTPS is allowed (got %1).")
                    .arg(m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
        });
        return;
    }
    QTimer::singleShot(0, this, &PageStream::send);
}

void PageStream::send() {
    if (m_finished)
        return;
    ++m_attempt;
    const bool tokenFresh =
        !m_token.isEmpty() && QDateTime::currentDateTimeUtc().secsTo(m_tokenExpires) >
                                  client::TokenCache::refreshMarginSeconds;
    if (m_context && !tokenFresh)
        withToken();
    else
        writeRequest(); // no token yet: the service's challenge says where to get one
}

void PageStream::withToken() {
    client::Reply<client::AccessToken> *token = m_pipeline->tokens()->token(*m_context);
    connect(token, &client::ServiceReply::finished, this, [this, token] {
        token->deleteLater();
        if (token->hasError()) {
            VaultError error = token->error();
            if (error.kind != VaultError::Kind::Cancelled)
                error.kind = VaultError::Kind::Authentication;
            return fail(error);
        }
        m_token = token->value().token;
        m_tokenExpires = token->value().expiresOn;
        writeRequest();
    });
}

void PageStream::writeRequest() {
    const QString key = hostKey(m_url);
    if (m_socket &&
        (m_socket->state() != QAbstractSocket::ConnectedState || m_connectedTo != key)) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    resetResponse();
    m_awaitingResponse = true;
    QByteArray request =
        "GET " + m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    request += " HTTP/1.1\r\nHost: " + m_url.host(QUrl::FullyEncoded).toLatin1();
    if (m_url.port() > 0)
        request += ':' + QByteArray::number(m_url.port());
    request += "\r\nAccept: application/json\r\nUser-Agent: certdeck-cli\r\n";
    if (!m_token.isEmpty())
        request += "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
    request += "\r\n";
    m_timeout.start(60000);
    if (m_socket) {
        m_socket->write(request);
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(m_pipeline->sslConfiguration()); // verification stays on
    m_connectedTo = key;
    connect(m_socket, &QSslSocket::readyRead, this, &PageStream::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &PageStream::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &PageStream::onSocketError);
    // Written once the handshake is done (QSslSocket buffers it until then).
    m_socket->connectToHostEncrypted(m_url.host(), quint16(m_url.port(443)));
    m_socket->write(request);
}

void PageStream::resetResponse() {
    m_buffer.clear();
    m_headDone = false;
    m_status = 0;
    m_headers.clear();
    m_contentLength = -1;
    m_chunked = false;
    m_closeAfter = false;
    m_body.clear();
}

void PageStream::onReadyRead() {
    m_buffer += m_socket->readAll();
    if (!m_awaitingResponse)
        return;
    if (!m_headDone && !parseHead())
        return;
    if (parseBody())
        handleResponse();
}

bool PageStream::parseHead() {
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    m_status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            m_headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    bool ok = false;
    const qint64 length = headerValue(m_headers, "Content-Length").toLongLong(&ok);
    m_contentLength = ok ? length : -1;
    m_chunked = headerValue(m_headers, "Transfer-Encoding").toLower().contains("chunked");
    m_closeAfter = headerValue(m_headers, "Connection").toLower().contains("close");
    if (m_status >= 100 && m_status < 200) { // interim answer: the real one follows
        m_headers.clear();
        return parseHead();
    }
    m_headDone = true;
    return true;
}

// True when the whole body is in.
bool PageStream::parseBody() {
    if (m_chunked) {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size =
                m_buffer.left(lineEnd).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return true; // malformed: handled as an unreadable answer
            if (size == 0) { // last chunk, then optional trailers and an empty line
                const qsizetype rest = lineEnd + 2;
                if (m_buffer.mid(rest, 2) == "\r\n") {
                    m_buffer.remove(0, rest + 2);
                    return true;
                }
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", rest);
                if (trailerEnd < 0)
                    return false;
                m_buffer.remove(0, trailerEnd + 4);
                return true;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            m_body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
        }
    }
    if (m_contentLength >= 0) {
        if (m_buffer.size() < m_contentLength)
            return false;
        m_body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
        return true;
    }
    if (m_status == 204 || m_status == 304)
        return true;
    return false; // read until the server closes the connection (onDisconnected)
}

void PageStream::onDisconnected() {
    if (!m_awaitingResponse)
        return;
    if (m_headDone && !m_chunked && m_contentLength < 0) { // body delimited by the close
        m_body = m_buffer;
        m_buffer.clear();
        m_closeAfter = true;
        handleResponse();
        return;
    }
    // Dropped before the answer was complete (e.g. an idle keep-alive closed by the server).
    m_timeout.stop();
    retryLater(std::nullopt, VaultError::network(tr("The connection was closed before the "
                                                    "answer was complete.")));
}

void PageStream::onSocketError() {
    if (!m_awaitingResponse || !m_socket)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected decides
    VaultError error = VaultError::network(m_socket->errorString());
    const auto code = m_socket->error();
    if (code == QAbstractSocket::SslHandshakeFailedError ||
        code == QAbstractSocket::SslInvalidUserDataError ||
        code == QAbstractSocket::SslInternalError || !m_socket->sslHandshakeErrors().isEmpty()) {
        error.kind = VaultError::Kind::Tls;
        m_timeout.stop();
        m_awaitingResponse = false;
        return fail(error); // never retried: nothing will make an untrusted certificate trusted
    }
    m_timeout.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    retryLater(std::nullopt, error);
}

void PageStream::retryLater(std::optional<qint64> hintMs, const VaultError &error,
                            bool keepConnection) {
    m_awaitingResponse = false;
    if (m_socket && !keepConnection) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const client::RetryPolicy &policy = m_pipeline->retryPolicy();
    if (m_attempt > policy.maxRetries)
        return fail(error);
    m_retryTimer.start(policy.delayMs(m_attempt, hintMs));
}

void PageStream::handleResponse() {
    m_timeout.stop();
    m_awaitingResponse = false;
    if (m_closeAfter && m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const QByteArray requestId = headerValue(m_headers, "x-ms-request-id");
    if (m_status == 401 && !m_challengeAnswered) {
        auto challenge = client::BearerChallenge::parse(headerValue(m_headers, "WWW-Authenticate"));
        if (challenge && !challenge->tokenScope().isEmpty()) {
            m_challengeAnswered = true;
            client::TokenRequestContext context{challenge->tokenScope(), challenge->tenantId(),
                                                challenge->authorityHost()};
            if (!m_token.isEmpty())
                m_pipeline->tokens()->invalidate(context.scope);
            m_token.clear(); // refused or never had one: ask the cache again
            m_context = context;
            --m_attempt; // learning the challenge is not a failed attempt
            return send();
        }
    }
    if (client::RetryPolicy::isRetryableStatus(m_status)) {
        const QByteArray msHint = headerValue(m_headers, "retry-after-ms");
        return retryLater(client::retryAfterMs(headerValue(m_headers, "Retry-After"),
                                               msHint.isEmpty()
                                                   ? headerValue(m_headers, "x-ms-retry-after-ms")
                                                   : msHint),
                          VaultError::fromHttp(m_status, m_body, requestId), true);
    }
    if (m_status < 200 || m_status >= 300)
        return fail(VaultError::fromHttp(m_status, m_body, requestId));
    auto json = vault::parseJsonObject(m_body);
    if (!json)
        return fail(VaultError::parse(json.error()));
    const QJsonArray items = json->value(QStringLiteral("value")).toArray();
    m_items += int(items.size());
    m_attempt = 0;
    QByteArray raw = rawMember(m_body, "value").trimmed();
    if (raw.startsWith('[') && raw.endsWith(']'))
        raw = raw.mid(1, raw.size() - 2).trimmed();
    else
        raw.clear();
    emit pageReceived(items, raw);
    if (m_finished)
        return;
    const QString nextLink = json->value(QStringLiteral("nextLink")).toString();
    if (nextLink.isEmpty()) {
        m_finished = true;
        if (m_socket)
            m_socket->disconnectFromHost();
        emit finished();
        return;
    }
    const QUrl next(nextLink, QUrl::StrictMode);
    if (!next.isValid() ||
        next.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 ||
        hostKey(next) != hostKey(m_url))
        return fail(VaultError::parse(
            tr("The service's nextLink points to another host; it is not followed.")));
    m_url = next; // used verbatim: it already holds api-version and the continuation token
    send();
}

QByteArray PageStream::rawMember(const QByteArray &json, QByteArrayView key) {
    int depth = 0;
    bool expectKey = false;
    qsizetype valueStart = -1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            if (depth == 1 && expectKey && valueStart < 0) {
                expectKey = false;
                if (QByteArrayView(json).sliced(start, i - start) == key) {
                    qsizetype colon = json.indexOf(':', i + 1);
                    if (colon < 0)
                        return {};
                    valueStart = colon + 1;
                }
            }
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
            if (depth == 1 && c == '{')
                expectKey = true;
        } else if (c == '}' || c == ']') {
            if (depth == 1 && valueStart >= 0)
                return json.mid(valueStart, i - valueStart);
            --depth;
        } else if (c == ',' && depth == 1) {
            if (valueStart >= 0)
                return json.mid(valueStart, i - valueStart);
            expectKey = true;
        }
    }
    return {};
}

void PageStream::fail(const VaultError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit finished();
}

} // namespace certdeck::cli
