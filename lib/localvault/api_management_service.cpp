// The local API Management: routing, the service resource and its long-running PATCH.
//
// How it fails the way Azure fails (api-version 2024-05-01; see also the handler files):
// - PATCH of the service with hostnameConfigurations is long-running, as in Azure: 202 with
//   Azure-AsyncOperation (…/operationresults/{id}) and APIM's own Location form (the service
//   URL with asyncId/asyncCode). Validation, including fetching every keyVaultId secret from
//   the local vault *as the service's managed identity*, happens when the PATCH arrives and the
//   outcome is reported by the operation: the first poll says InProgress (so clients exercise
//   their polling loop), the next ones Succeeded or Failed. A failed operation changes nothing
//   (identity included); the Location poll then answers 400 with the error, as APIM does
//   (Azure/apiops#214 shows a ValidationError arriving through asyncId polling).
// - A PATCH without hostnameConfigurations (e.g. turning on the identity) answers 200 at once.
// - Operations live in memory: after a restart their ids answer 404, the state is in SQLite.
#include "api_management_service.h"

#include "json_support.h"
#include "openssl_support.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace certdeck::localvault {

namespace {

QString newGuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString apiVersion = QStringLiteral("2024-05-01");

bool isEqual(const QString &a, const char *b) {
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

QString builtInHostName(const QString &service) {
    return service + QStringLiteral(".azure-api.net");
}

vault::HostnameConfiguration builtInHostname(const QString &service) {
    vault::HostnameConfiguration host;
    host.type = QStringLiteral("Proxy");
    host.hostName = builtInHostName(service);
    host.certificateSource = QStringLiteral("BuiltIn");
    host.negotiateClientCertificate = false;
    host.defaultSslBinding = true;
    return host;
}

} // namespace

LocalResponse apimError(int status, const QString &code, const QString &message,
                        const QList<std::pair<QString, QString>> &details) {
    vault::ArmError error;
    error.code = code;
    error.message = message;
    for (const auto &[target, text] : details) {
        vault::ArmError detail;
        detail.code = code;
        detail.target = target;
        detail.message = text;
        error.details.append(detail);
    }
    return LocalResponse::json(status, error.toJson());
}

LocalResponse validationError(const QString &target, const QString &message) {
    return apimError(400, QStringLiteral("ValidationError"),
                     QStringLiteral("One or more fields contain incorrect values:"),
                     {{target, message}});
}

QString newEtag() {
    return QLatin1Char('"') + QString::fromLatin1(crypto::randomBytes(8).toHex()) +
           QLatin1Char('"');
}

ApiManagementService::ApiManagementService(VaultStore &store, const TokenService &tokens,
                                           ApiManagementContext context, VaultDataPlane vault)
    : m_store(store)
    , m_tokens(tokens)
    , m_context(std::move(context))
    , m_vault(std::move(vault)) {}

bool ApiManagementService::handles(const QString &path) {
    return path.contains(QLatin1String("/providers/Microsoft.ApiManagement/"),
                         Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String("/providers/Microsoft.ApiManagement"), Qt::CaseInsensitive);
}

QString ApiManagementService::serviceResourceId(const QString &name) const {
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3")
        .arg(m_context.subscriptionId, m_context.resourceGroup, name);
}

QString ApiManagementService::firstServiceResourceId() const {
    const QList<ApimEntity> services = m_store.apimEntities(QString(), QStringLiteral("service"));
    return services.isEmpty() ? QString() : serviceResourceId(services.first().name);
}

QString ApiManagementService::childId(const QString &service, const QString &collection,
                                      const QString &name) const {
    return serviceResourceId(service) + QLatin1Char('/') + collection + QLatin1Char('/') + name;
}

LocalResponse ApiManagementService::storeFailure() const {
    return apimError(500, QStringLiteral("InternalServerError"), m_store.lastError());
}

bool ApiManagementService::ensureService(const QString &name, const QString &principalId,
                                         QString *error) {
    if (!m_store.apimEntities(QString(), QStringLiteral("service")).isEmpty())
        return true;
    vault::ApimService service;
    service.id = serviceResourceId(name);
    service.name = name;
    service.type = QStringLiteral("Microsoft.ApiManagement/service");
    service.location = QStringLiteral("local");
    service.skuName = QStringLiteral("Developer");
    service.skuCapacity = 1;
    vault::ApimServiceIdentity identity;
    identity.type =
        principalId.isEmpty() ? QStringLiteral("None") : QStringLiteral("SystemAssigned");
    identity.principalId = principalId;
    identity.tenantId = principalId.isEmpty() ? QString() : m_context.tenantId;
    service.identity = identity;
    service.gatewayUrl = m_context.baseUrl + QStringLiteral("/gateway/") + name;
    service.hostnameConfigurations = QList<vault::HostnameConfiguration>{builtInHostname(name)};
    service.extraProperties.insert(QStringLiteral("provisioningState"),
                                   QStringLiteral("Succeeded"));
    service.extraProperties.insert(QStringLiteral("publisherEmail"),
                                   QStringLiteral("admin@contoso.com"));
    service.extraProperties.insert(QStringLiteral("publisherName"), QStringLiteral("Contoso"));
    if (!saveService(service)) {
        *error = m_store.lastError();
        return false;
    }
    return true;
}

std::optional<vault::ApimService> ApiManagementService::loadService(const QString &name) const {
    const auto entity = m_store.apimEntity(QString(), QStringLiteral("service"), name);
    if (!entity)
        return std::nullopt;
    return vault::ApimService::fromJson(entity->contract);
}

bool ApiManagementService::saveService(const vault::ApimService &service) {
    ApimEntity entity;
    entity.kind = QStringLiteral("service");
    entity.name = service.name;
    entity.contract = service.toJson();
    entity.etag = newEtag();
    return m_store.putApimEntity(entity);
}

// --- routing -------------------------------------------------------------------------------

LocalResponse ApiManagementService::handle(const LocalRequest &request) {
    Segments s = request.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // subscriptions/{sub}[/resourceGroups/{rg}]/providers/Microsoft.ApiManagement/service/...
    const bool sameSubscription =
        s.value(1).compare(m_context.subscriptionId, Qt::CaseInsensitive) == 0;
    if (sameSubscription && s.size() == 5 && isEqual(s[4], "service") && request.method == "GET")
        return listServices();
    const bool sameGroup = isEqual(s.value(2), "resourceGroups") &&
                           s.value(3).compare(m_context.resourceGroup, Qt::CaseInsensitive) == 0;
    if (!sameSubscription || !sameGroup || s.size() < 7 || !isEqual(s[6], "service"))
        return apimError(404, QStringLiteral("ResourceNotFound"),
                         QStringLiteral("The Resource '%1' was not found.").arg(request.path()));
    return dispatch(request, s.mid(7));
}

LocalResponse ApiManagementService::dispatch(const LocalRequest &request, const Segments &s) {
    if (s.isEmpty())
        return request.method == "GET" ? listServices()
                                       : apimError(405, QStringLiteral("MethodNotAllowed"),
                                                   QStringLiteral("Only GET lists services."));
    const auto service = loadService(s[0]);
    if (!service)
        return apimError(
            404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource 'Microsoft.ApiManagement/service/%1' under resource "
                           "group '%2' was not found.")
                .arg(s[0], m_context.resourceGroup));
    if (s.size() == 1 && request.method == "GET")
        return getService(request, service->name);
    if (s.size() == 1 && request.method == "PATCH")
        return patchService(request, service->name);
    if (s.size() == 3 && isEqual(s[1], "operationresults") && request.method == "GET")
        return operationStatus(service->name, s[2]);
    return dispatchChild(request, service->name, s.mid(1));
}

LocalResponse ApiManagementService::dispatchChild(const LocalRequest &request,
                                                  const QString &service, const Segments &c) {
    const QByteArray &method = request.method;
    const QString collection = c.value(0).toLower();
    const QString name = c.value(1);
    if (c.size() == 1 && method == "GET" && collection == QLatin1String("certificates"))
        return listCertificates(request, service);
    if (c.size() == 1 && method == "GET" &&
        (collection == QLatin1String("backends") || collection == QLatin1String("apis")))
        return listEntities(service, collection.chopped(1));
    if (c.size() == 2 && collection == QLatin1String("certificates")) {
        if (method == "GET")
            return getEntity(service, QStringLiteral("certificate"), name,
                             QStringLiteral("Certificate"));
        if (method == "PUT")
            return putCertificate(request, service, name);
        if (method == "DELETE")
            return deleteCertificate(request, service, name);
    }
    if (c.size() == 2 && collection == QLatin1String("backends")) {
        if (method == "GET")
            return getEntity(service, QStringLiteral("backend"), name, QStringLiteral("Backend"));
        if (method == "PUT")
            return putBackend(request, service, name);
        if (method == "DELETE")
            return deleteEntity(request, service, QStringLiteral("backend"), name);
    }
    if (c.size() == 3 && collection == QLatin1String("backends") && method == "POST" &&
        isEqual(c[2], "reconnect")) {
        if (!m_store.apimEntity(service, QStringLiteral("backend"), name))
            return getEntity(service, QStringLiteral("backend"), name, QStringLiteral("Backend"));
        return LocalResponse::empty(202); // nothing to reconnect locally; the spec answers 202
    }
    if (c.size() == 2 && collection == QLatin1String("apis")) {
        if (method == "GET")
            return getEntity(service, QStringLiteral("api"), name, QStringLiteral("Api"));
        if (method == "PUT")
            return putApi(request, service, name);
    }
    if (c.size() == 4 && collection == QLatin1String("apis") && isEqual(c[2], "policies") &&
        isEqual(c[3], "policy")) {
        if (method == "GET")
            return getEntity(service, QStringLiteral("policy"), name, QStringLiteral("Policy"));
        if (method == "PUT")
            return putPolicy(request, service, name);
    }
    return apimError(404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Resource '%1' was not found.").arg(request.path()));
}

// --- the service ---------------------------------------------------------------------------

LocalResponse ApiManagementService::listServices() const {
    QJsonArray value;
    for (const ApimEntity &entity : m_store.apimEntities(QString(), QStringLiteral("service")))
        value.append(entity.contract);
    return LocalResponse::json(200, QJsonObject{{QStringLiteral("value"), value}});
}

LocalResponse ApiManagementService::getService(const LocalRequest &request, const QString &name) {
    // APIM's Location form of a long-running PATCH: the service URL with asyncId.
    const QString asyncId = request.queryValue(QStringLiteral("asyncId"));
    if (!asyncId.isEmpty())
        return locationResult(name, asyncId);
    const auto entity = m_store.apimEntity(QString(), QStringLiteral("service"), name);
    LocalResponse response = LocalResponse::json(200, entity->contract);
    response.setHeader("ETag", entity->etag.toUtf8());
    return response;
}

LocalResponse ApiManagementService::patchService(const LocalRequest &request, const QString &name) {
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return apimError(400, QStringLiteral("InvalidRequestContent"),
                         QStringLiteral("The request content was invalid and could not be "
                                        "deserialized: %1")
                             .arg(body.error()));
    vault::ApimService service = *loadService(name);
    std::optional<Principal> created;
    if (body->value(QStringLiteral("identity")).isObject()) {
        if (auto failed = applyIdentity(service, body->value(QStringLiteral("identity")).toObject(),
                                        &created))
            return *failed;
    }
    const auto patch = vault::ApimService::fromJson(*body);
    if (!patch.hostnameConfigurations) // identity only: answered at once
        return (created && !m_store.putPrincipal(*created)) || !saveService(service)
                   ? storeFailure()
                   : getService(LocalRequest{}, name);
    Operation operation;
    operation.service = name;
    operation.failure = applyHostnames(service, *patch.hostnameConfigurations);
    if (!operation.failure &&
        ((created && !m_store.putPrincipal(*created)) || !saveService(service)))
        return storeFailure();
    return accepted(name, operation);
}

std::optional<LocalResponse>
ApiManagementService::applyIdentity(vault::ApimService &service, const QJsonObject &json,
                                    std::optional<Principal> *created) const {
    const auto sent = vault::ApimServiceIdentity::fromJson(json);
    static const QStringList types{QStringLiteral("None"), QStringLiteral("SystemAssigned"),
                                   QStringLiteral("UserAssigned"),
                                   QStringLiteral("SystemAssigned, UserAssigned")};
    if (!types.contains(sent.type))
        return validationError(
            QStringLiteral("identity.type"),
            QStringLiteral("Identity type '%1' is not supported.").arg(sent.type));
    vault::ApimServiceIdentity identity = service.identity.value_or(vault::ApimServiceIdentity());
    identity.type = sent.type;
    identity.userAssignedIdentities = sent.userAssignedIdentities;
    if (!sent.hasSystemAssigned()) {
        identity.principalId.clear(); // Azure deletes the system-assigned principal
        identity.tenantId.clear();
    } else if (identity.principalId.isEmpty()) {
        Principal principal;
        principal.objectId = newGuid();
        principal.clientId = newGuid();
        principal.displayName = service.name + QStringLiteral(" (managed identity)");
        principal.secret = QString::fromLatin1(crypto::randomBytes(32).toHex());
        identity.principalId = principal.objectId;
        identity.tenantId = m_context.tenantId;
        *created = principal;
    }
    service.identity = identity;
    return std::nullopt;
}

std::optional<LocalResponse>
ApiManagementService::applyHostnames(vault::ApimService &service,
                                     const QList<vault::HostnameConfiguration> &sent) {
    QList<vault::HostnameConfiguration> result{builtInHostname(service.name)};
    for (vault::HostnameConfiguration host : sent) {
        if (host.hostName.compare(builtInHostName(service.name), Qt::CaseInsensitive) == 0)
            continue; // the built-in entry is the service's own, whatever was sent back
        if (auto failed = resolveHostname(service, host))
            return failed;
        result.append(host);
    }
    service.hostnameConfigurations = result;
    return std::nullopt;
}

std::optional<LocalResponse>
ApiManagementService::resolveHostname(const vault::ApimService &service,
                                      vault::HostnameConfiguration &host) {
    static const QStringList types{
        QStringLiteral("Proxy"),           QStringLiteral("Portal"),
        QStringLiteral("Management"),      QStringLiteral("Scm"),
        QStringLiteral("DeveloperPortal"), QStringLiteral("ConfigurationApi")};
    if (!types.contains(host.type) || host.hostName.isEmpty())
        return validationError(QStringLiteral("hostnameConfigurations"),
                               QStringLiteral("Hostname type and hostName are required; type is "
                                              "one of %1.")
                                   .arg(types.join(QStringLiteral(", "))));
    const QString encoded = host.extra.take(QStringLiteral("encodedCertificate")).toString();
    QByteArray password =
        host.extra.take(QStringLiteral("certificatePassword")).toString().toUtf8();
    std::optional<FetchedCertificate> fetched;
    if (!host.keyVaultId.isEmpty()) {
        auto result = fetchSecretAsService(
            service, host.keyVaultId, host.identityClientId,
            QStringLiteral("Failed to update API Management service hostnames. "));
        if (!result)
            return result.error();
        fetched = *result;
        host.certificateSource = QStringLiteral("KeyVault");
    } else if (!encoded.isEmpty()) {
        QJsonObject upload{{QStringLiteral("data"), encoded},
                           {QStringLiteral("password"), QString::fromUtf8(password)}};
        auto result = certificateFromBody(upload);
        if (!result)
            return result.error();
        fetched = *result;
        host.certificateSource = QStringLiteral("Custom");
    } else {
        host.certificateSource = QStringLiteral("Managed");
    }
    crypto::cleanse(password);
    host.certificateStatus = QStringLiteral("Completed");
    host.certificate.reset();
    if (fetched) {
        vault::HostnameCertificateInformation info;
        info.subject = fetched->certificate.subject();
        info.thumbprint =
            QString::fromLatin1(fetched->certificate.sha1Thumbprint().toHex().toUpper());
        info.expiry = fetched->certificate.notAfter().toString(Qt::ISODate);
        host.certificate = info;
    }
    return std::nullopt;
}

// --- long-running operations ---------------------------------------------------------------

LocalResponse ApiManagementService::accepted(const QString &service, const Operation &operation) {
    const QString id = newGuid();
    m_operations.insert(id, operation);
    const QString resource = m_context.baseUrl + serviceResourceId(service);
    LocalResponse response = LocalResponse::empty(202);
    response.setHeader("Azure-AsyncOperation",
                       QStringLiteral("%1/operationresults/%2?api-version=%3")
                           .arg(resource, id, apiVersion)
                           .toUtf8());
    response.setHeader("Location", QStringLiteral("%1?api-version=%2&asyncId=%3&asyncCode=200")
                                       .arg(resource, apiVersion, id)
                                       .toUtf8());
    response.setHeader("Retry-After", "1");
    return response;
}

ApiManagementService::Operation *ApiManagementService::pollOperation(const QString &service,
                                                                     const QString &id) {
    auto found = m_operations.find(id);
    if (found == m_operations.end() || found->service.compare(service, Qt::CaseInsensitive) != 0)
        return nullptr;
    ++found->polls;
    return &*found;
}

// Azure-AsyncOperation: always 200 with {status, error?} (ARM's operation status document).
LocalResponse ApiManagementService::operationStatus(const QString &service, const QString &id) {
    const Operation *operation = pollOperation(service, id);
    if (!operation)
        return apimError(404, QStringLiteral("ResourceNotFound"),
                         QStringLiteral("The operation '%1' was not found.").arg(id));
    QJsonObject status{{QStringLiteral("id"),
                        serviceResourceId(service) + QStringLiteral("/operationresults/") + id},
                       {QStringLiteral("name"), id}};
    if (operation->polls == 1)
        status.insert(QStringLiteral("status"), QStringLiteral("InProgress"));
    else if (!operation->failure)
        status.insert(QStringLiteral("status"), QStringLiteral("Succeeded"));
    else {
        status.insert(QStringLiteral("status"), QStringLiteral("Failed"));
        status.insert(
            QStringLiteral("error"),
            vault::parseJsonObject(operation->failure->body)->value(QStringLiteral("error")));
    }
    LocalResponse response = LocalResponse::json(200, status);
    if (operation->polls == 1)
        response.setHeader("Retry-After", "1");
    return response;
}

// APIM's Location form (service URL + asyncId): 202 while running, then the service (200) or
// the failure itself (400 and the error envelope).
LocalResponse ApiManagementService::locationResult(const QString &service, const QString &id) {
    const Operation *operation = pollOperation(service, id);
    if (!operation)
        return apimError(404, QStringLiteral("ResourceNotFound"),
                         QStringLiteral("The operation '%1' was not found.").arg(id));
    if (operation->polls == 1) {
        LocalResponse response = LocalResponse::empty(202);
        response.setHeader("Retry-After", "1");
        return response;
    }
    if (operation->failure)
        return *operation->failure;
    return getService(LocalRequest{}, service);
}

} // namespace certdeck::localvault
