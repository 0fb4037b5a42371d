#include "scripted_https_server.h"

#include "certificate_request.h"
#include "certificate_signer.h"
#include "private_key.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>

using namespace certdeck;

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

ScriptedHttpsServer::ScriptedHttpsServer(QObject *parent)
    : QAbstractHttpServer(parent) {}

bool ScriptedHttpsServer::start(QString *error) {
    auto caKey = crypto::PrivateKey::generate({});
    auto leafKey = crypto::PrivateKey::generate({});
    if (!caKey || !leafKey) {
        *error = QStringLiteral("key generation failed");
        return false;
    }
    crypto::IssueSpec validity;
    validity.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    validity.notAfter = QDateTime::currentDateTimeUtc().addDays(2);
    validity.isCa = true;
    crypto::RequestSpec caSubject;
    caSubject.subject = QStringLiteral("CN=Scripted test CA");
    auto ca = crypto::selfSign(*caKey, caSubject, validity);
    crypto::RequestSpec leafSubject;
    leafSubject.subject = QStringLiteral("CN=localhost");
    leafSubject.sans.dnsNames = {QStringLiteral("localhost")};
    leafSubject.extendedKeyUsages = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
    leafSubject.keyUsages = {QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")};
    auto csr = crypto::CertificateRequest::create(*leafKey, leafSubject);
    validity.isCa = false;
    auto leaf = ca && csr
                    ? crypto::signRequest(*csr, *ca, *caKey, validity)
                    : crypto::CryptoResult<crypto::Certificate>(fail(crypto::CryptoError{
                          crypto::CryptoErrorCode::Internal, QStringLiteral("CA or CSR failed")}));
    if (!leaf) {
        *error = leaf.error().message;
        return false;
    }
    m_ca = QSslCertificate(ca->pem());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain({QSslCertificate(leaf->pem()), m_ca});
    configuration.setPrivateKey(QSslKey(leafKey->toPkcs8Pem(), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    sslSetup(configuration);
    m_port = listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on loopback");
        return false;
    }
    listen(QHostAddress::LocalHostIPv6, m_port); // "localhost" may resolve to ::1 first
    m_clock.start();
    return true;
}

QString ScriptedHttpsServer::baseUrl() const {
    return QStringLiteral("https://localhost:%1").arg(m_port);
}

bool ScriptedHttpsServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    Request recorded;
    recorded.method = methodName(request.method());
    recorded.url = request.url();
    recorded.body = request.body();
    recorded.authorization = request.value("Authorization");
    recorded.receivedMs = m_clock.elapsed();
    requests.append(recorded);
    const certdeck::localvault::LocalResponse response =
        m_handler ? m_handler(recorded)
                  : certdeck::localvault::LocalResponse::json(
                        404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no handler")}});
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    emit requestReceived();
    return true;
}

void ScriptedHttpsServer::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}
