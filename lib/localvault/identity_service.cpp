#include "identity_service.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

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

QUrlQuery formBody(const QByteArray &body) {
    // application/x-www-form-urlencoded encodes spaces as '+'; QUrlQuery does not decode those.
    QByteArray normalized = body;
    normalized.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(normalized));
}

} // namespace

IdentityService::IdentityService(const VaultStore &store, const TokenService &tokens,
                                 QString baseUrl, QString tenantId)
    : m_store(store)
    , m_tokens(tokens)
    , m_baseUrl(std::move(baseUrl))
    , m_tenantId(std::move(tenantId)) {}

QString IdentityService::tokenEndpoint() const {
    return m_baseUrl + QLatin1Char('/') + m_tenantId + QStringLiteral("/oauth2/v2.0/token");
}

bool IdentityService::handles(const QString &path) const {
    const QString first = path.section(QLatin1Char('/'), 1, 1);
    return first == m_tenantId || first == QLatin1String("common") ||
           first == QLatin1String("organizations");
}

LocalResponse IdentityService::handle(const LocalRequest &request) const {
    const QString path = request.path();
    const QString tenant = path.section(QLatin1Char('/'), 1, 1);
    const QString rest = path.section(QLatin1Char('/'), 2);
    if (request.method == "GET" && rest == QLatin1String("discovery/instance"))
        return instanceDiscovery();
    if (request.method == "GET" && rest == QLatin1String("v2.0/.well-known/openid-configuration"))
        return openIdConfiguration(true);
    if (request.method == "GET" && rest == QLatin1String(".well-known/openid-configuration"))
        return openIdConfiguration(false);
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
        if (!m_tokens.verifyClientAssertion(assertion, *principal, &reason))
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
    const IssuedToken issued = m_tokens.issue(*principal, audience);
    return LocalResponse::json(200, QJsonObject{
                                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                        {QStringLiteral("expires_in"), issued.expiresIn},
                                        {QStringLiteral("ext_expires_in"), issued.expiresIn},
                                        {QStringLiteral("access_token"), issued.accessToken},
                                    });
}

} // namespace certdeck::localvault
