#include "local_vault_server.h"

#include "access_policy.h"
#include "certificate_reader.h"
#include "openssl_support.h"

#include <QDir>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

namespace certdeck::localvault {

namespace {

// The store's record that purge protection is on ("1"): once set, every later start keeps it.
QString purgeProtectionSetting() {
    return QStringLiteral("vault.purgeProtection");
}

QString newGuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

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
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// Header values the client controls are echoed only when they cannot end or add a header line.
bool isSafeHeaderValue(const QByteArray &value) {
    return std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= 0x20 && c != 0x7f; });
}

LocalRequest toLocalRequest(const QHttpServerRequest &request) {
    LocalRequest local;
    local.method = methodName(request.method());
    // "." and ".." segments resolved as the service's front end does, before routing.
    local.url = request.url().adjusted(QUrl::NormalizePathSegments);
    local.headers = request.headers();
    local.body = request.body();
    // Seed 004: clients that cannot send PATCH or DELETE use POST with X-HTTP-METHOD.
    const QByteArray override = local.header("X-HTTP-METHOD").isEmpty()
                                    ? local.header("X-HTTP-Method-Override")
                                    : local.header("X-HTTP-METHOD");
    if (local.method == "POST" && !override.isEmpty())
        local.method = override.trimmed().toUpper();
    return local;
}

void writeResponse(QHttpServerResponder &&responder, const LocalResponse &response) {
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers) {
        if (isSafeHeaderValue(value))
            responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// A delayed answer is written as raw bytes: the responder refers to the server's per-connection
// request object, which must not be kept beyond handleRequest().
void writeRawResponse(QTcpSocket *socket, const LocalResponse &response) {
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                       reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (isSafeHeaderValue(value))
            bytes += name + ": " + value + "\r\n";
    }
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    bytes += response.body;
    socket->write(bytes);
}

// Closes the connection without an answer. Deferred: the server still uses the socket until
// handleRequest() returns, and deletes it itself once it is disconnected.
void dropConnection(QTcpSocket *socket) {
    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

Principal newPrincipal(const QString &displayName, bool armOwner) {
    Principal principal;
    principal.objectId = newGuid();
    principal.clientId = newGuid();
    principal.displayName = displayName;
    principal.secret = QString::fromLatin1(crypto::randomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    principal.armOwner = armOwner;
    return principal;
}

vault::AccessPolicyEntry policyFor(const Principal &principal, const QString &tenantId,
                                   const QStringList &certificates, const QStringList &secrets,
                                   const QStringList &keys) {
    vault::AccessPolicyEntry entry;
    entry.tenantId = tenantId;
    entry.objectId = principal.objectId;
    entry.permissions.certificates = certificates;
    entry.permissions.secrets = secrets;
    entry.permissions.keys = keys;
    return entry;
}

// Like the portal, grant named permissions rather than "all", so that each one can be taken away.
QStringList withoutAll(QStringList permissions) {
    permissions.removeAll(QStringLiteral("all"));
    return permissions;
}

} // namespace

LocalVaultServer::LocalVaultServer(QObject *parent)
    : QAbstractHttpServer(parent) {
    connect(&m_settleTimer, &QTimer::timeout, this, &LocalVaultServer::settleDue);
}

LocalVaultServer::~LocalVaultServer() = default;

void LocalVaultServer::settleDue() {
    m_settleQueued = false;
    // More due than one slice settles: go on right after the requests that waited meanwhile.
    if (m_keyVault && m_keyVault->settleDueOperations() && !m_settleQueued) {
        m_settleQueued = true;
        QTimer::singleShot(0, this, &LocalVaultServer::settleDue);
    }
}

bool LocalVaultServer::start(const LocalVaultOptions &options, QString *error) {
    m_options = options;
    crypto::ensureProvidersLoaded();
    if (!prepareDataDirectory(error) ||
        !m_store.open(QDir(options.dataDirectory).filePath(QStringLiteral("vault.db")), error))
        return false;
    const bool fresh = m_store.setting(QStringLiteral("tenantId")).isEmpty();
    if (!m_authority.loadOrCreate(m_store, error) || !ensureIdentities(error) ||
        !m_tokens.loadOrCreate(m_store, m_tenantId, error))
        return false;
    if (fresh && options.demo && !seedDemoData(m_store, m_authority, error))
        return false;
    if (fresh && options.seedCertificates > 0 &&
        !seedBenchmarkCertificates(m_store, options.seedCertificates, error))
        return false;
    if (options.purgeProtection && !m_store.setSetting(purgeProtectionSetting(), "1")) {
        *error = QStringLiteral("Cannot turn purge protection on in the store");
        return false;
    }
    if (!setUpTls(error) || !listenOnLoopback(options.port, error))
        return false;
    if (!createServices(error))
        return false;
    m_settleTimer.start(200);
    return writeConnectionFile(error);
}

bool LocalVaultServer::prepareDataDirectory(QString *error) {
    QDir dir(m_options.dataDirectory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("Cannot create the data directory %1").arg(m_options.dataDirectory);
        return false;
    }
    QFile::setPermissions(dir.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

bool LocalVaultServer::ensureIdentities(QString *error) {
    m_tenantId = QString::fromLatin1(m_store.setting(QStringLiteral("tenantId")));
    m_subscriptionId = QString::fromLatin1(m_store.setting(QStringLiteral("subscriptionId")));
    if (!m_tenantId.isEmpty())
        return true;
    m_tenantId = newGuid();
    m_subscriptionId = newGuid();
    const Principal admin = newPrincipal(QStringLiteral("Certdeck local administrator"), true);
    const Principal reader = newPrincipal(QStringLiteral("Certdeck certificate reader"), false);
    QList<vault::AccessPolicyEntry> policies{
        policyFor(admin, m_tenantId, withoutAll(vault::Permission::allCertificatePermissions()),
                  withoutAll(vault::Permission::allSecretPermissions()),
                  withoutAll(vault::Permission::allKeyPermissions())),
        policyFor(reader, m_tenantId, {QStringLiteral("get"), QStringLiteral("list")}, {}, {}),
    };
    if (!m_store.transaction() ||
        !m_store.setSetting(QStringLiteral("tenantId"), m_tenantId.toLatin1()) ||
        !m_store.setSetting(QStringLiteral("subscriptionId"), m_subscriptionId.toLatin1()) ||
        !m_store.putPrincipal(admin) || !m_store.putPrincipal(reader) ||
        !m_store.setAccessPolicies(policies) || !m_store.commit()) {
        m_store.rollback();
        *error = m_store.lastError();
        return false;
    }
    return true;
}

bool LocalVaultServer::setUpTls(QString *error) {
    auto tlsKey = crypto::PrivateKey::generate({crypto::KeyType::Rsa, 2048, crypto::EcCurve::P256});
    auto tlsCertificate = tlsKey ? m_authority.issueTlsCertificate(*tlsKey)
                                 : crypto::CryptoResult<crypto::Certificate>(fail(tlsKey.error()));
    if (!tlsCertificate) {
        *error = tlsCertificate.error().message;
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(
        {QSslCertificate(tlsCertificate->pem()), QSslCertificate(m_authority.certificate().pem())});
    configuration.setPrivateKey(QSslKey(tlsKey->toPkcs8Pem(), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    sslSetup(configuration);

    QSaveFile caFile(caCertificatePath());
    if (!caFile.open(QIODevice::WriteOnly) || caFile.write(m_authority.certificate().pem()) < 0 ||
        !caFile.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(caCertificatePath());
        return false;
    }
    return true;
}

bool LocalVaultServer::listenOnLoopback(quint16 port, QString *error) {
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        *error = QStringLiteral("Cannot listen on 127.0.0.1 port %1").arg(port);
        return false;
    }
    // "localhost" may resolve to ::1 first; serve it too where IPv6 exists (best effort).
    listen(QHostAddress::LocalHostIPv6, m_port);
    return true;
}

QString LocalVaultServer::baseUrl() const {
    return QStringLiteral("https://localhost:%1").arg(m_port);
}

QString LocalVaultServer::connectionFilePath() const {
    return QDir(m_options.dataDirectory).absoluteFilePath(QStringLiteral("connection.json"));
}

QString LocalVaultServer::caCertificatePath() const {
    return QDir(m_options.dataDirectory).absoluteFilePath(QStringLiteral("ca.pem"));
}

bool LocalVaultServer::createServices(QString *error) {
    const QString authority = baseUrl() + QLatin1Char('/') + m_tenantId;
    KeyVaultContext vaultContext;
    vaultContext.vaultUrl = baseUrl();
    vaultContext.vaultName = QStringLiteral("local");
    vaultContext.tenantId = m_tenantId;
    vaultContext.authorityUrl = authority;
    vaultContext.issuerDelayMs = m_options.issuerDelayMs;
    vaultContext.purgeProtection = m_store.setting(purgeProtectionSetting()) == "1";
    m_keyVault = std::make_unique<KeyVaultService>(m_store, m_authority, m_tokens, vaultContext);
    m_keyVault->setSettleObserver([this](const QString &name, const QString &status) {
        emit operationSettled(name, status);
    });
    m_identity =
        std::make_unique<IdentityService>(m_store, m_tokens, baseUrl(), m_tenantId,
                                          DeviceCodeSettings{m_options.deviceCodeIntervalSeconds,
                                                             m_options.deviceCodeExpiresInSeconds});
    ArmContext armContext{baseUrl(),
                          m_subscriptionId,
                          QStringLiteral("certdeck-local"),
                          QStringLiteral("local"),
                          baseUrl() + QLatin1Char('/'),
                          m_tenantId,
                          authority,
                          vaultContext.purgeProtection};
    m_arm = std::make_unique<ArmService>(m_store, m_tokens, armContext);
    ApiManagementContext apimContext{baseUrl(), m_subscriptionId, armContext.resourceGroup,
                                     m_tenantId};
    m_apim = std::make_unique<ApiManagementService>(
        m_store, m_tokens, apimContext,
        [this](const LocalRequest &request) { return m_keyVault->handle(request); });
    m_arm->setApiManagement(m_apim.get());
    // With --demo the service's identity is the demo APIM principal, which has no secrets get on
    // the vault: the state of seed 000. Without demo data: a service with no identity.
    const QString demoPrincipal =
        QString::fromLatin1(m_store.setting(QStringLiteral("demo.apimObjectId")));
    const QString name =
        demoPrincipal.isEmpty() ? QStringLiteral("apim-local") : QStringLiteral("apim-contoso");
    return m_apim->ensureService(name, demoPrincipal, error) &&
           (demoPrincipal.isEmpty() || seedDemoApiManagement(*m_apim, m_store, name, error));
}

bool LocalVaultServer::writeConnectionFile(QString *error) const {
    QJsonArray principals;
    QJsonObject admin;
    const QStringList names{QStringLiteral("admin"), QStringLiteral("reader")};
    const QList<Principal> stored = m_store.principals();
    for (qsizetype i = 0; i < stored.size() && i < names.size(); ++i) {
        const QJsonObject entry{{QStringLiteral("name"), names[i]},
                                {QStringLiteral("displayName"), stored[i].displayName},
                                {QStringLiteral("clientId"), stored[i].clientId},
                                {QStringLiteral("clientSecret"), stored[i].secret},
                                {QStringLiteral("objectId"), stored[i].objectId}};
        principals.append(entry);
        if (i == 0)
            admin = entry;
    }
    const QJsonObject connection{
        {QStringLiteral("vaultUrl"), baseUrl() + QLatin1Char('/')},
        {QStringLiteral("vaultName"), QStringLiteral("local")},
        {QStringLiteral("tenantId"), m_tenantId},
        {QStringLiteral("authorityHost"), baseUrl()},
        {QStringLiteral("tokenEndpoint"), m_identity->tokenEndpoint()},
        {QStringLiteral("clientId"), admin.value(QStringLiteral("clientId"))},
        {QStringLiteral("clientSecret"), admin.value(QStringLiteral("clientSecret"))},
        {QStringLiteral("objectId"), admin.value(QStringLiteral("objectId"))},
        {QStringLiteral("principals"), principals},
        {QStringLiteral("caCertificate"), caCertificatePath()},
        {QStringLiteral("armBaseUrl"), baseUrl() + QLatin1Char('/')},
        {QStringLiteral("subscriptionId"), m_subscriptionId},
        {QStringLiteral("vaultResourceId"), m_arm->vaultResourceId()},
        {QStringLiteral("apimResourceId"), m_apim->firstServiceResourceId()},
    };
    QSaveFile file(connectionFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1").arg(connectionFilePath());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // it holds the admin's client secret
    file.write(QJsonDocument(connection).toJson());
    if (!file.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(connectionFilePath());
        return false;
    }
    return true;
}

LocalResponse LocalVaultServer::route(const LocalRequest &request) {
    const QString path = request.path();
    if (ApiManagementService::isGatewayPath(path))
        return withServiceHeaders(m_apim->gateway(request), request);
    LocalResponse response = ArmService::handles(path)   ? m_arm->handle(request)
                             : m_identity->handles(path) ? m_identity->handle(request)
                                                         : m_keyVault->handle(request);
    return withServiceHeaders(std::move(response), request);
}

LocalResponse LocalVaultServer::withServiceHeaders(LocalResponse response,
                                                   const LocalRequest &request) const {
    response.setHeader("x-ms-request-id", newGuid().toLatin1());
    const QByteArray clientRequestId = request.header("x-ms-client-request-id");
    if (!clientRequestId.isEmpty() && isSafeHeaderValue(clientRequestId))
        response.setHeader("x-ms-client-request-id", clientRequestId.left(128));
    response.setHeader("x-ms-keyvault-service-version", "1.9.0.0");
    response.setHeader("x-ms-keyvault-region", "local");
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "-1");
    response.setHeader("Strict-Transport-Security", "max-age=31536000;includeSubDomains");
    return response;
}

bool LocalVaultServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    const LocalRequest local = toLocalRequest(request);
    const QString path = local.path();
    emit requestArrived(local.method, path);
    if (local.body.size() > maxRequestBodyBytes) {
        // Qt has read the body already; at least it goes no further than here.
        const LocalResponse tooLarge = withServiceHeaders(
            keyVaultError(413, QStringLiteral("RequestEntityTooLarge"),
                          QStringLiteral("The request body is larger than %1 bytes.")
                              .arg(maxRequestBodyBytes)),
            local);
        writeResponse(makeResponder(request, socket), tooLarge);
        emit requestFinished(local.method, path, tooLarge.status);
        return true;
    }
    if (!m_faults.isEmpty()) {
        if (const auto decision = m_faults.decide(local.method, path)) {
            answerWithFault(*decision, local, request, socket);
            return true;
        }
    }
    const LocalResponse response = route(local);
    writeResponse(makeResponder(request, socket), response);
    emit requestFinished(local.method, path, response.status);
    return true;
}

void LocalVaultServer::answerWithFault(const FaultDecision &decision, const LocalRequest &request,
                                       const QHttpServerRequest &httpRequest, QTcpSocket *socket) {
    const FaultRule &fault = decision.fault;
    const QString path = request.path();
    const auto answer = [&](const LocalResponse &response) {
        writeResponse(makeResponder(httpRequest, socket), response);
        emit requestFinished(request.method, path, response.status);
    };
    const auto withRetryHints = [&](LocalResponse response) {
        if (fault.retryAfterSeconds >= 0)
            response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        if (fault.retryAfterMs >= 0)
            response.setHeader("retry-after-ms", QByteArray::number(fault.retryAfterMs));
        return withServiceHeaders(std::move(response), request);
    };
    switch (fault.action) {
    case FaultAction::Throttle:
        answer(withRetryHints(keyVaultError(
            429, QStringLiteral("Throttled"),
            QStringLiteral("Request was not processed because too many requests were received. "
                           "Reason: VaultRequestTypeLimitReached (injected fault)"))));
        return;
    case FaultAction::Unavailable:
        answer(withRetryHints(
            keyVaultError(503, QStringLiteral("ServiceUnavailable"),
                          QStringLiteral("The service is unavailable (injected fault)."))));
        return;
    case FaultAction::ErrorAfterWrite:
        route(request); // carried out; the answer is lost
        answer(withServiceHeaders(
            keyVaultError(500, QStringLiteral("InternalServerError"),
                          QStringLiteral("An internal error occurred (injected fault).")),
            request));
        return;
    case FaultAction::DropAfter:
        route(request);
        [[fallthrough]];
    case FaultAction::DropBefore:
        dropConnection(socket);
        emit requestFinished(request.method, path, 0);
        return;
    case FaultAction::Delay: {
        const LocalResponse response = route(request);
        // Never blocks: a timer writes the answer later, unless the client gave up meanwhile
        // (the server deletes the socket once it is disconnected).
        QPointer<QTcpSocket> guarded(socket);
        const QByteArray method = request.method;
        QTimer::singleShot(fault.delayMs, this, [this, guarded, response, method, path] {
            if (!guarded || guarded->state() != QAbstractSocket::ConnectedState) {
                emit requestFinished(method, path, 0);
                return;
            }
            writeRawResponse(guarded, response);
            emit requestFinished(method, path, response.status);
        });
        return;
    }
    }
}

void LocalVaultServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    writeResponse(makeResponder(request, socket),
                  keyVaultError(404, QStringLiteral("NotFound"), QStringLiteral("No such route.")));
}

} // namespace certdeck::localvault
