#include "identity_service.h"

#include "openssl_support.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace certdeck::localvault {

namespace {

LocalResponse oauthError(int status, const QString &error, int code, const QString &description) {
    const QString text = QStringLiteral("AADSTS%1: %2").arg(code).arg(description);
    return LocalResponse::json(
        status,
        QJsonObject{
            {QStringLiteral("error"), error},
            {QStringLiteral("error_description"), text},
            {QStringLiteral("error_codes"), QJsonArray{code}},
            {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("trace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("correlation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        });
}

// Resources this sandbox issues tokens for, by the scope or resource a client names.
QString audienceFor(QString resource) {
    if (resource.endsWith(QLatin1String("/.default")))
        resource.chop(int(qstrlen("/.default")));
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    if (resource == QLatin1String("https://vault.azure.net"))
        return resource;
    if (resource == QLatin1String("https://management.azure.com") ||
        resource == QLatin1String("https://management.core.windows.net"))
        return QStringLiteral("https://management.azure.com/");
    return {};
}

// The first scope of a space-separated list that names a resource we issue tokens for
// (openid, profile and offline_access are skipped).
QString audienceForScopes(const QString &scopes) {
    for (const QString &scope : scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString audience = audienceFor(scope);
        if (!audience.isEmpty())
            return audience;
    }
    return {};
}

const QString deviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

// Eight characters without look-alikes (no 0/O, 1/I/L), like Entra's user codes.
QString newUserCode() {
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    const QByteArray random = crypto::randomBytes(8);
    QString code;
    for (const char byte : random)
        code += QLatin1Char(alphabet[quint8(byte) % (sizeof(alphabet) - 1)]);
    return code;
}

LocalResponse tokenResponse(const IssuedToken &issued, const QString &scope = {}) {
    QJsonObject json{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), issued.expiresIn},
        {QStringLiteral("ext_expires_in"), issued.expiresIn},
        {QStringLiteral("access_token"), issued.accessToken},
    };
    if (!scope.isEmpty())
        json.insert(QStringLiteral("scope"), scope);
    return LocalResponse::json(200, json);
}

// What a browser shows at the verification URI: the sandbox's stand-in for a sign-in page.
LocalResponse deviceAuthorizationPage() {
    LocalResponse response;
    response.status = 200;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Content-Security-Policy", "default-src 'none'; form-action 'self'");
    response.body = QByteArrayLiteral(
        "<!DOCTYPE html><html><head><title>Certdeck local sign-in</title></head><body>"
        "<h1>Certdeck local vault: device sign-in</h1>"
        "<p>Enter the code shown by the application and the client id and secret of a local "
        "principal (from connection.json).</p>"
        "<form method=\"post\">"
        "<p><label>Code <input name=\"user_code\" autocomplete=\"off\"></label></p>"
        "<p><label>Client id <input name=\"client_id\" autocomplete=\"off\"></label></p>"
        "<p><label>Client secret <input name=\"client_secret\" type=\"password\" "
        "autocomplete=\"off\"></label></p>"
        "<p><button name=\"action\" value=\"approve\">Sign in</button> "
        "<button name=\"action\" value=\"deny\">Deny</button></p>"
        "</form></body></html>");
    return response;
}

QUrlQuery formBody(const QByteArray &body) {
    // application/x-www-form-urlencoded encodes spaces as '+'; QUrlQuery does not decode those.
    QByteArray normalized = body;
    normalized.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(normalized));
}

} // namespace

IdentityService::IdentityService(const VaultStore &store, const TokenService &tokens,
                                 QString baseUrl, QString tenantId, DeviceCodeSettings deviceCodes)
    : m_store(store)
    , m_tokens(tokens)
    , m_baseUrl(std::move(baseUrl))
    , m_tenantId(std::move(tenantId))
    , m_deviceCodeSettings(deviceCodes) {}

QString IdentityService::tokenEndpoint() const {
    return m_baseUrl + QLatin1Char('/') + m_tenantId + QStringLiteral("/oauth2/v2.0/token");
}

QString IdentityService::deviceVerificationUri() const {
    return m_baseUrl + QLatin1Char('/') + m_tenantId + QStringLiteral("/oauth2/v2.0/deviceauth");
}

bool IdentityService::handles(const QString &path) const {
    const QString first = path.section(QLatin1Char('/'), 1, 1);
    return first == m_tenantId || first == QLatin1String("common") ||
           first == QLatin1String("organizations");
}

LocalResponse IdentityService::handle(const LocalRequest &request) {
    const QString path = request.path();
    const QString tenant = path.section(QLatin1Char('/'), 1, 1);
    const QString rest = path.section(QLatin1Char('/'), 2);
    if (request.method == "GET" && rest == QLatin1String("discovery/instance"))
        return instanceDiscovery();
    if (request.method == "GET" && rest == QLatin1String("v2.0/.well-known/openid-configuration"))
        return openIdConfiguration(true);
    if (request.method == "GET" && rest == QLatin1String(".well-known/openid-configuration"))
        return openIdConfiguration(false);
    if (request.method == "POST" && rest == QLatin1String("oauth2/v2.0/devicecode"))
        return deviceCode(request);
    if (rest == QLatin1String("oauth2/v2.0/deviceauth") && tenant == m_tenantId) {
        if (request.method == "GET")
            return deviceAuthorizationPage();
        if (request.method == "POST")
            return deviceAuthorization(request);
    }
    if (request.method == "POST" && rest == QLatin1String("oauth2/v2.0/token") &&
        formBody(request.body).queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded) ==
            deviceCodeGrant)
        return deviceCodeToken(request);
    if (request.method == "POST" &&
        (rest == QLatin1String("oauth2/v2.0/token") || rest == QLatin1String("oauth2/token"))) {
        if (tenant != m_tenantId)
            return oauthError(
                400, QStringLiteral("invalid_request"), 90002,
                QStringLiteral("Tenant '%1' not found. Client credentials need the tenant id.")
                    .arg(tenant));
        return token(request, rest.contains(QLatin1String("v2.0")));
    }
    return oauthError(404, QStringLiteral("invalid_request"), 90000,
                      QStringLiteral("Unknown endpoint %1").arg(path));
}

LocalResponse IdentityService::openIdConfiguration(bool v2) const {
    const QString tenantBase = m_baseUrl + QLatin1Char('/') + m_tenantId;
    const QString suffix = v2 ? QStringLiteral("/oauth2/v2.0") : QStringLiteral("/oauth2");
    return LocalResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("issuer"),
             v2 ? tenantBase + QStringLiteral("/v2.0") : m_tokens.issuerUrl()},
            {QStringLiteral("token_endpoint"), tenantBase + suffix + QStringLiteral("/token")},
            {QStringLiteral("authorization_endpoint"),
             tenantBase + suffix + QStringLiteral("/authorize")},
            {QStringLiteral("device_authorization_endpoint"),
             tenantBase + suffix + QStringLiteral("/devicecode")},
            {QStringLiteral("end_session_endpoint"),
             tenantBase + suffix + QStringLiteral("/logout")},
            {QStringLiteral("jwks_uri"), tenantBase + QStringLiteral("/discovery/v2.0/keys")},
            {QStringLiteral("token_endpoint_auth_methods_supported"),
             QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt"),
                        QStringLiteral("client_secret_basic")}},
            {QStringLiteral("response_types_supported"),
             QJsonArray{QStringLiteral("code"), QStringLiteral("token")}},
            {QStringLiteral("scopes_supported"),
             QJsonArray{QStringLiteral("openid"), QStringLiteral("offline_access")}},
            {QStringLiteral("tenant_region_scope"), QStringLiteral("local")},
            {QStringLiteral("cloud_instance_name"), QStringLiteral("localhost")},
        });
}

LocalResponse IdentityService::instanceDiscovery() const {
    const QString host = QUrl(m_baseUrl).authority();
    return LocalResponse::json(
        200, QJsonObject{
                 {QStringLiteral("tenant_discovery_endpoint"),
                  m_baseUrl + QLatin1Char('/') + m_tenantId +
                      QStringLiteral("/v2.0/.well-known/openid-configuration")},
                 {QStringLiteral("api-version"), QStringLiteral("1.1")},
                 {QStringLiteral("metadata"),
                  QJsonArray{QJsonObject{{QStringLiteral("preferred_network"), host},
                                         {QStringLiteral("preferred_cache"), host},
                                         {QStringLiteral("aliases"), QJsonArray{host}}}}},
             });
}

LocalResponse IdentityService::token(const LocalRequest &request, bool v2) const {
    const QUrlQuery form = formBody(request.body);
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    if (field("grant_type") != QLatin1String("client_credentials"))
        return oauthError(
            400, QStringLiteral("unsupported_grant_type"), 70003,
            QStringLiteral("The local vault supports the client_credentials grant only."));
    auto principal = m_store.principalByClientId(field("client_id"));
    if (!principal)
        return oauthError(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory.")
                .arg(field("client_id")));
    const QString assertion = field("client_assertion");
    QString reason;
    if (!assertion.isEmpty()) {
        const QString tenantBase = m_baseUrl + QLatin1Char('/') + m_tenantId;
        const QStringList audiences{tenantBase + QStringLiteral("/oauth2/v2.0/token"),
                                    tenantBase + QStringLiteral("/oauth2/token")};
        if (!m_tokens.verifyClientAssertion(assertion, *principal, audiences, &reason))
            return oauthError(
                401, QStringLiteral("invalid_client"), 700027,
                QStringLiteral("Client assertion failed signature validation: %1.").arg(reason));
    } else if (field("client_secret").isEmpty() || field("client_secret") != principal->secret) {
        return oauthError(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral(
                "Invalid client secret provided. Ensure the secret being sent in the request "
                "is the client secret value, not the client secret ID."));
    }
    const QString audience =
        audienceFor(v2 ? field("scope").section(QLatin1Char(' '), 0, 0) : field("resource"));
    if (audience.isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided value '%1' for the input parameter 'scope' is not valid.")
                .arg(v2 ? field("scope") : field("resource")));
    return tokenResponse(m_tokens.issue(*principal, audience));
}

// --- device code flow (RFC 8628, as Entra ID answers it) -------------------------------------

void IdentityService::dropExpiredDeviceCodes() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end();)
        it = it->expiresAtMs <= now ? m_deviceCodes.erase(it) : std::next(it);
}

LocalResponse IdentityService::deviceCode(const LocalRequest &request) {
    dropExpiredDeviceCodes();
    const QUrlQuery form = formBody(request.body);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following parameter: "
                                         "'client_id'."));
    const QString audience = audienceForScopes(scope);
    if (audience.isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided value '%1' for the input parameter 'scope' is not valid.")
                .arg(scope));
    constexpr qsizetype maxPending = 1000; // memory only, and bounded
    if (m_deviceCodes.size() >= maxPending)
        return oauthError(429, QStringLiteral("temporarily_unavailable"), 90033,
                          QStringLiteral("Too many pending device codes. Try again later."));
    const QString code = QString::fromLatin1(crypto::randomBytes(48).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    PendingDeviceCode pending;
    do { // user codes are what the user types: unique among the pending ones
        pending.userCode = newUserCode();
    } while (std::any_of(
        m_deviceCodes.cbegin(), m_deviceCodes.cend(),
        [&pending](const PendingDeviceCode &other) { return other.userCode == pending.userCode; }));
    pending.clientId = clientId;
    pending.audience = audience;
    pending.scope = scope;
    const int lifetime = std::max(1, m_deviceCodeSettings.expiresInSeconds);
    pending.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + qint64(lifetime) * 1000;
    m_deviceCodes.insert(code, pending);
    const QString message = QStringLiteral("To sign in, use a web browser to open the page %1 and "
                                           "enter the code %2 to authenticate.")
                                .arg(deviceVerificationUri(), pending.userCode);
    return LocalResponse::json(
        200, QJsonObject{
                 {QStringLiteral("device_code"), code},
                 {QStringLiteral("user_code"), pending.userCode},
                 {QStringLiteral("verification_uri"), deviceVerificationUri()},
                 {QStringLiteral("expires_in"), lifetime},
                 {QStringLiteral("interval"), std::max(1, m_deviceCodeSettings.intervalSeconds)},
                 {QStringLiteral("message"), message},
             });
}

LocalResponse IdentityService::deviceCodeToken(const LocalRequest &request) {
    const QUrlQuery form = formBody(request.body);
    const QString code = form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const auto found = m_deviceCodes.find(code);
    if (code.isEmpty() || found == m_deviceCodes.end() || found->clientId != clientId)
        return oauthError(400, QStringLiteral("bad_verification_code"), 70000,
                          QStringLiteral("The device_code was not recognized."));
    if (found->expiresAtMs <= QDateTime::currentMSecsSinceEpoch()) {
        m_deviceCodes.erase(found);
        return oauthError(400, QStringLiteral("expired_token"), 70019,
                          QStringLiteral("Verification code expired."));
    }
    if (found->declined) {
        m_deviceCodes.erase(found);
        return oauthError(400, QStringLiteral("authorization_declined"), 70000,
                          QStringLiteral("The user denied the authorization request."));
    }
    if (!found->approvedObjectId)
        return oauthError(400, QStringLiteral("authorization_pending"), 70016,
                          QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. "
                                         "Continue polling."));
    const auto principal = m_store.principalByObjectId(*found->approvedObjectId);
    const PendingDeviceCode approved = *found;
    m_deviceCodes.erase(found); // a device code is redeemed once
    if (!principal)
        return oauthError(400, QStringLiteral("invalid_grant"), 50034,
                          QStringLiteral("The user account does not exist in the directory."));
    return tokenResponse(m_tokens.issue(*principal, approved.audience), approved.scope);
}

LocalResponse IdentityService::deviceAuthorization(const LocalRequest &request) {
    dropExpiredDeviceCodes();
    const QUrlQuery form = formBody(request.body);
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
    };
    const QString userCode = field("user_code");
    auto found = std::find_if(
        m_deviceCodes.begin(), m_deviceCodes.end(), [&userCode](const PendingDeviceCode &pending) {
            return pending.userCode.compare(userCode, Qt::CaseInsensitive) == 0;
        });
    if (userCode.isEmpty() || found == m_deviceCodes.end() || found->approvedObjectId ||
        found->declined)
        return oauthError(400, QStringLiteral("invalid_grant"), 70000,
                          QStringLiteral("The code you entered is not valid or has expired."));
    const auto principal = m_store.principalByClientId(field("client_id"));
    const QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    if (!principal || secret.isEmpty() || secret != principal->secret)
        return oauthError(401, QStringLiteral("invalid_client"), 50126,
                          QStringLiteral("Error validating credentials due to invalid username or "
                                         "password."));
    const bool deny = field("action") == QLatin1String("deny");
    if (deny)
        found->declined = true;
    else
        found->approvedObjectId = principal->objectId;
    return LocalResponse::json(
        200, QJsonObject{{QStringLiteral("status"),
                          deny ? QStringLiteral("declined") : QStringLiteral("approved")},
                         {QStringLiteral("displayName"), principal->displayName}});
}

} // namespace certdeck::localvault
