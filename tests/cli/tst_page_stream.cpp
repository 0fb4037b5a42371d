// PageStream (certdeck-cli's listing reader) against a scripted HTTPS server in this process:
// chunked bodies, keep-alive and closed connections, retries, the bearer challenge, a nextLink
// to another host, and an untrusted certificate.
#include "page_stream.h"

#include "certificate_request.h"
#include "certificate_signer.h"
#include "http_pipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <functional>

using namespace certdeck;

namespace {

struct Tls {
    crypto::Certificate ca;
    crypto::Certificate leaf;
    crypto::PrivateKey leafKey;
};

Tls makeTls() {
    Tls tls;
    crypto::IssueSpec spec;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(30);
    spec.isCa = true;
    auto caKey = crypto::PrivateKey::generate({});
    crypto::RequestSpec caSubject;
    caSubject.subject = QStringLiteral("CN=PageStream Test CA");
    tls.ca = *crypto::selfSign(*caKey, caSubject, spec);
    tls.leafKey = *crypto::PrivateKey::generate({});
    crypto::RequestSpec leafSubject;
    leafSubject.subject = QStringLiteral("CN=localhost");
    leafSubject.sans.dnsNames = {QStringLiteral("localhost")};
    auto csr = crypto::CertificateRequest::create(tls.leafKey, leafSubject);
    spec.isCa = false;
    tls.leaf = *crypto::signRequest(*csr, tls.ca, *caKey, spec);
    return tls;
}

// One scripted answer per request, in order; `close` ends the connection after it.
struct Answer {
    QByteArray raw;
    bool close = false;
};

class ScriptedServer : public QTcpServer {
public:
    explicit ScriptedServer(const Tls &tls)
        : m_tls(tls) {}

    QList<Answer> answers;
    QList<QByteArray> requests; // request heads, in order
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(QSslCertificate(m_tls.leaf.pem()));
        socket->setPrivateKey(QSslKey(m_tls.leafKey.toPkcs8Pem(), QSsl::Rsa));
        ++connections;
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0;
                 end = buffer->indexOf("\r\n\r\n")) {
                requests.append(buffer->left(end));
                buffer->remove(0, end + 4);
                const Answer answer = answers.isEmpty() ? Answer{"HTTP/1.1 500 Nothing scripted\r\n"
                                                                 "Content-Length: 0\r\n\r\n",
                                                                 true}
                                                        : answers.takeFirst();
                socket->write(answer.raw);
                if (answer.close) {
                    socket->disconnectFromHost();
                    return;
                }
            }
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    Tls m_tls;
};

class FixedToken : public client::TokenCredential {
public:
    int requested = 0;
    client::Reply<client::AccessToken> *requestToken(const client::TokenRequestContext &) override {
        ++requested;
        auto *reply = new client::Reply<client::AccessToken>(this);
        reply->finishWithValue(
            {QStringLiteral("test-token"), QDateTime::currentDateTimeUtc().addSecs(3600)});
        return reply;
    }
    QString describe() const override { return QStringLiteral("fixed"); }
};

QByteArray json200(const QByteArray &body, bool chunked = false) {
    if (!chunked)
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const qsizetype half = body.size() / 2;
    return "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray::number(half, 16) +
           "\r\n" + body.left(half) + "\r\n" + QByteArray::number(body.size() - half, 16) +
           ";ext=1\r\n" + body.mid(half) + "\r\n0\r\n\r\n";
}

QByteArray page(const QStringList &names, const QString &nextLink) {
    QByteArray items;
    for (const QString &name : names)
        items += (items.isEmpty() ? "" : ",") +
                 QByteArray("{\"id\":\"https://localhost/certificates/") + name.toUtf8() + "\"}";
    return "{\"value\":[" + items + "],\"nextLink\":" +
           (nextLink.isEmpty() ? QByteArray("null") : '"' + nextLink.toUtf8() + '"') + '}';
}

} // namespace

class PageStreamTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_tls = makeTls();
        m_server = std::make_unique<ScriptedServer>(m_tls);
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
    }

    void init() {
        m_server->answers.clear();
        m_server->requests.clear();
        m_server->connections = 0;
    }

    void challengeThenChunkedPagesOnOneConnection() {
        const QString next =
            base() + QStringLiteral("/certificates?api-version=7.5&$skiptoken=abc");
        m_server->answers = {
            {"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer authorization=\"https://"
             "login.test/tenant1\", resource=\"https://vault.azure.net\"\r\nContent-Length: "
             "2\r\n\r\n{}"},
            {json200(page({QStringLiteral("a"), QStringLiteral("b")}, next), true)},
            {json200(page({QStringLiteral("c")}, {}))},
        };
        const auto result = run(base() + QStringLiteral("/certificates?api-version=7.5"));
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.ids,
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(m_server->requests.size(), 3);
        QVERIFY(!m_server->requests[0].contains("Authorization"));
        QVERIFY(m_server->requests[1].contains("Authorization: Bearer test-token"));
        QVERIFY(
            m_server->requests[2].startsWith("GET /certificates?api-version=7.5&$skiptoken=abc "));
        QCOMPARE(m_server->connections, 1); // keep-alive throughout
        QCOMPARE(m_credential->requested, 1);
        // The raw items are the service's own text: they form the same three items.
        const QJsonArray raw = QJsonDocument::fromJson("[" + result.raw + "]").array();
        QCOMPARE(raw.size(), 3);
        QCOMPARE(raw[2].toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("https://localhost/certificates/c"));
    }

    void rawMemberFindsTheTopLevelMemberOnly() {
        QCOMPARE(cli::PageStream::rawMember(
                     "{\"a\":\"x,]}\",\"value\":[{\"b\":\"]\"}],\"nextLink\":null}", "value"),
                 QByteArray("[{\"b\":\"]\"}]"));
        QCOMPARE(
            cli::PageStream::rawMember("{\"x\":{\"value\":1},\"value\": [2] }", "value").trimmed(),
            QByteArray("[2]"));
        QCOMPARE(cli::PageStream::rawMember("{\"s\":\"a\\\"value\\\"\",\"value\":[]}", "value"),
                 QByteArray("[]"));
        QCOMPARE(cli::PageStream::rawMember("{\"value\":[1,{\"c\":[3]}]}", "value"),
                 QByteArray("[1,{\"c\":[3]}]"));
        QCOMPARE(cli::PageStream::rawMember("{\"nextLink\":null}", "value"), QByteArray());
    }

    void retriesThrottlingAndReconnectsAfterClose() {
        m_server->answers = {
            {"HTTP/1.1 503 Busy\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n"},
            {json200(page({QStringLiteral("x")}, base() + QStringLiteral("/certificates?p=2"))),
             true},
            {"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + page({QStringLiteral("y")}, {}),
             true},
        };
        const auto result = run(base() + QStringLiteral("/certificates"), /*authenticated=*/true);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.ids, QStringList({QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(m_server->connections, 2);
    }

    void serviceErrorsAreTyped() {
        const QByteArray body = "{\"error\":{\"code\":\"Forbidden\",\"message\":\"does not have "
                                "certificates list permission\"}}";
        m_server->answers = {
            {"HTTP/1.1 403 Forbidden\r\nx-ms-request-id: rid-1\r\nContent-Length: " +
             QByteArray::number(body.size()) + "\r\n\r\n" + body},
        };
        const auto result = run(base() + QStringLiteral("/certificates"), true);
        QCOMPARE(result.error.httpStatus, 403);
        QCOMPARE(result.error.requestId, QStringLiteral("rid-1"));
        QCOMPARE(result.error.missingPermission, QStringLiteral("certificates list"));
        QVERIFY(result.ids.isEmpty());
    }

    void nextLinkToAnotherHostIsNotFollowed() {
        m_server->answers = {
            {json200(page({QStringLiteral("a")},
                          QStringLiteral("https://elsewhere.test/certificates?x=1")))},
        };
        const auto result = run(base() + QStringLiteral("/certificates"), true);
        QCOMPARE(result.error.kind, client::VaultError::Kind::Parse);
        QCOMPARE(result.ids, QStringList({QStringLiteral("a")}));
        QCOMPARE(m_server->requests.size(), 1);
    }

    void untrustedCertificateFailsWithoutRetry() {
        FixedToken credential;
        client::HttpPipeline untrusting(&credential); // the test CA is not added
        cli::PageStream stream(&untrusting);
        QSignalSpy finished(&stream, &cli::PageStream::finished);
        stream.start(QUrl(base() + QStringLiteral("/certificates")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(stream.error().kind, client::VaultError::Kind::Tls);
        QCOMPARE(m_server->requests.size(), 0);
    }

    void plainHttpIsRefused() {
        cli::PageStream stream(pipeline());
        QSignalSpy finished(&stream, &cli::PageStream::finished);
        stream.start(
            QUrl(QStringLiteral("http://localhost:%1/certificates").arg(m_server->serverPort())));
        QVERIFY(finished.wait(5000));
        QCOMPARE(stream.error().kind, client::VaultError::Kind::InvalidRequest);
        QCOMPARE(m_server->connections, 0);
    }

private:
    struct Result {
        QStringList ids;
        QByteArray raw;
        client::VaultError error;
    };

    QString base() const {
        return QStringLiteral("https://localhost:%1").arg(m_server->serverPort());
    }

    client::HttpPipeline *pipeline() {
        m_pipeline.reset();
        m_credential = std::make_unique<FixedToken>();
        m_pipeline = std::make_unique<client::HttpPipeline>(m_credential.get());
        m_pipeline->addTrustedCertificates({QSslCertificate(m_tls.ca.pem())});
        client::RetryPolicy fast;
        fast.baseDelayMs = 10;
        m_pipeline->setRetryPolicy(fast);
        return m_pipeline.get();
    }

    Result run(const QString &url, bool authenticated = false) {
        client::HttpPipeline *http = pipeline();
        if (authenticated) { // skip the challenge: answer it up front
            m_server->answers.prepend(
                {"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer authorization=\"https://"
                 "login.test/t\", resource=\"https://vault.azure.net\"\r\nContent-Length: "
                 "0\r\n\r\n"});
        }
        cli::PageStream stream(http);
        Result result;
        connect(&stream, &cli::PageStream::pageReceived, this,
                [&result](const QJsonArray &items, const QByteArray &raw) {
                    result.raw += (result.raw.isEmpty() || raw.isEmpty() ? "" : ",") + raw;
                    for (const QJsonValue &item : items)
                        result.ids.append(item.toObject()
                                              .value(QStringLiteral("id"))
                                              .toString()
                                              .section(QLatin1Char('/'), -1));
                });
        QSignalSpy finished(&stream, &cli::PageStream::finished);
        stream.start(QUrl(url));
        if (!finished.wait(20000))
            result.error = client::VaultError::network(QStringLiteral("test timed out"));
        else
            result.error = stream.error();
        if (authenticated && !m_server->requests.isEmpty())
            m_server->requests.removeFirst();
        return result;
    }

    Tls m_tls;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<FixedToken> m_credential;
    std::unique_ptr<client::HttpPipeline> m_pipeline;
};

QTEST_GUILESS_MAIN(PageStreamTest)
#include "tst_page_stream.moc"
