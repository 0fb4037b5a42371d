// Local API Management back ends, APIs, API policies, and the local-only gateway.
//
// - Backend PUT validates url and protocol (http | soap) and that every credentials
//   .certificateIds entry names a certificate of the service; a missing one answers the 400
//   ValidationError recorded in Azure/apiops#749 ("Certificate with id 'x' not found.").
//   Ids may be given bare ("c"), as "/certificates/c" or as the full resource id.
// - PATCH of back ends is not served (clients PUT the whole contract, If-Match optional).
// - APIs: PUT/GET/list of the contract; the back end an API uses is the backend-id of the
//   <set-backend-service> in its policy (PUT/GET …/apis/{api}/policies/policy), as in Azure.
// - The gateway (local only, not an Azure route): any method on
//   {baseUrl}/gateway/{service}/{api path}[/…] "calls" the API. Through a back end whose
//   credentials name certificates and whose tls.validateCertificateChain is true (the default),
//   a self-signed chain makes the call fail with 500, the failure seed 002 describes. The local
//   back end is assumed to present the same chain as the client certificate, the usual
//   self-signed test setup. Otherwise 200 with what would have been called.
#include "api_management_service.h"

#include "apim_api.h"
#include "apim_backend.h"
#include "certificate_reader.h"
#include "json_support.h"

#include <QJsonArray>
#include <QUuid>

namespace certdeck::localvault {

namespace {

std::optional<QString> invalidBackend(const vault::ApimBackend &backend) {
    if (backend.url.isEmpty() || backend.url.size() > 2000)
        return QStringLiteral("url");
    if (backend.protocol != QLatin1String("http") && backend.protocol != QLatin1String("soap"))
        return QStringLiteral("protocol");
    return std::nullopt;
}

bool isSelfSigned(const crypto::Certificate &certificate) {
    return certificate.isSelfIssued() && certificate.isSignedBy(certificate);
}

} // namespace

LocalResponse ApiManagementService::listEntities(const QString &service,
                                                 const QString &kind) const {
    QJsonArray value;
    const QList<ApimEntity> all = m_store.apimEntities(service, kind);
    for (const ApimEntity &entity : all)
        value.append(entity.contract);
    return LocalResponse::json(
        200, QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("count"), all.size()}});
}

LocalResponse ApiManagementService::putBackend(const LocalRequest &request, const QString &service,
                                               const QString &name) {
    const auto existing = m_store.apimEntity(service, QStringLiteral("backend"), name);
    if (auto refused = checkIfMatch(request, existing, false))
        return *refused;
    auto body = vault::parseJsonObject(request.body);
    vault::ApimBackend backend = vault::ApimBackend::fromJson(body ? *body : QJsonObject());
    if (auto field = invalidBackend(backend))
        return validationError(*field, QStringLiteral("Backend %1 is missing or invalid (url: "
                                                      "1 to 2000 characters; protocol: http or "
                                                      "soap).")
                                           .arg(*field));
    for (const QString &id : backend.certificateIds.value_or(QStringList())) {
        if (!m_store.apimEntity(service, QStringLiteral("certificate"),
                                vault::certificateIdName(id)))
            return validationError(QStringLiteral("credentials"),
                                   QStringLiteral("Certificate with id '%1' not found.")
                                       .arg(vault::certificateIdName(id)));
    }
    backend.id = childId(service, QStringLiteral("backends"), name);
    backend.name = name;
    backend.type = QStringLiteral("Microsoft.ApiManagement/service/backends");
    return saved({service, QStringLiteral("backend"), name, backend.toJson(), {}, {}}, !existing);
}

LocalResponse ApiManagementService::deleteEntity(const LocalRequest &request,
                                                 const QString &service, const QString &kind,
                                                 const QString &name) {
    const auto existing = m_store.apimEntity(service, kind, name);
    if (auto refused = checkIfMatch(request, existing, true))
        return *refused;
    if (!existing)
        return LocalResponse::empty(204);
    return m_store.deleteApimEntity(service, kind, name) ? LocalResponse::empty(200)
                                                         : storeFailure();
}

LocalResponse ApiManagementService::putApi(const LocalRequest &request, const QString &service,
                                           const QString &name) {
    const auto existing = m_store.apimEntity(service, QStringLiteral("api"), name);
    if (auto refused = checkIfMatch(request, existing, false))
        return *refused;
    auto body = vault::parseJsonObject(request.body);
    vault::ApimApi api = vault::ApimApi::fromJson(body ? *body : QJsonObject());
    if (api.displayName.isEmpty())
        return validationError(QStringLiteral("displayName"),
                               QStringLiteral("Api displayName is required."));
    api.id = childId(service, QStringLiteral("apis"), name);
    api.name = name;
    api.type = QStringLiteral("Microsoft.ApiManagement/service/apis");
    return saved({service, QStringLiteral("api"), name, api.toJson(), {}, {}}, !existing);
}

LocalResponse ApiManagementService::putPolicy(const LocalRequest &request, const QString &service,
                                              const QString &api) {
    if (!m_store.apimEntity(service, QStringLiteral("api"), api))
        return apimError(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Api not found."));
    auto body = vault::parseJsonObject(request.body);
    const QJsonObject properties =
        body ? body->value(QStringLiteral("properties")).toObject() : QJsonObject();
    const QString xml = properties.value(QStringLiteral("value")).toString();
    if (const auto backendId = vault::backendIdFromPolicy(xml);
        backendId && !m_store.apimEntity(service, QStringLiteral("backend"), *backendId))
        return validationError(QStringLiteral("value"),
                               QStringLiteral("Backend with id '%1' not found.").arg(*backendId));
    const QJsonObject contract{
        {QStringLiteral("id"),
         childId(service, QStringLiteral("apis"), api) + QStringLiteral("/policies/policy")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.ApiManagement/service/apis/policies")},
        {QStringLiteral("name"), QStringLiteral("policy")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("format"), QStringLiteral("xml")},
                     {QStringLiteral("value"), xml}}}};
    const bool created = !m_store.apimEntity(service, QStringLiteral("policy"), api);
    return saved({service, QStringLiteral("policy"), api, contract, {}, {}}, created);
}

// --- gateway -------------------------------------------------------------------------------

LocalResponse ApiManagementService::gateway(const LocalRequest &request) {
    const QString rest = request.path().mid(QStringLiteral("/gateway/").size());
    const QString service = rest.section(QLatin1Char('/'), 0, 0);
    const QString calledPath = rest.section(QLatin1Char('/'), 1);
    std::optional<vault::ApimApi> match;
    for (const ApimEntity &entity : m_store.apimEntities(service, QStringLiteral("api"))) {
        const auto api = vault::ApimApi::fromJson(entity.contract);
        const bool prefix = calledPath == api.path ||
                            calledPath.startsWith(api.path + QLatin1Char('/')) ||
                            api.path.isEmpty();
        if (prefix && (!match || api.path.size() > match->path.size()))
            match = api;
    }
    if (!match)
        return LocalResponse::json(
            404, QJsonObject{{QStringLiteral("statusCode"), 404},
                             {QStringLiteral("message"), QStringLiteral("Resource not found")}});
    const auto policy = m_store.apimEntity(service, QStringLiteral("policy"), match->name);
    const auto backendId =
        policy ? vault::backendIdFromPolicy(policy->contract.value(QStringLiteral("properties"))
                                                .toObject()
                                                .value(QStringLiteral("value"))
                                                .toString())
               : std::nullopt;
    if (!backendId)
        return LocalResponse::json(200,
                                   QJsonObject{{QStringLiteral("api"), match->name},
                                               {QStringLiteral("calledUrl"), match->serviceUrl}});
    return callBackend(service, *backendId, calledPath);
}

LocalResponse ApiManagementService::callBackend(const QString &service, const QString &backendId,
                                                const QString &calledPath) const {
    const auto entity = m_store.apimEntity(service, QStringLiteral("backend"), backendId);
    if (!entity)
        return LocalResponse::json(
            500, QJsonObject{{QStringLiteral("statusCode"), 500},
                             {QStringLiteral("message"), QStringLiteral("Internal server error")}});
    const auto backend = vault::ApimBackend::fromJson(entity->contract);
    for (const QString &id : backend.certificateIds.value_or(QStringList())) {
        const auto certificate = m_store.apimEntity(service, QStringLiteral("certificate"),
                                                    vault::certificateIdName(id));
        const auto chain =
            certificate
                ? crypto::readCertificates(certificate->material)
                : crypto::CryptoResult<QList<crypto::Certificate>>(QList<crypto::Certificate>());
        if (!chain || chain->isEmpty() || !backend.validatesChain())
            continue;
        if (isSelfSigned(chain->first()))
            return LocalResponse::json(
                500, QJsonObject{
                         {QStringLiteral("statusCode"), 500},
                         {QStringLiteral("message"), QStringLiteral("Internal server error")},
                         {QStringLiteral("activityId"),
                          QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("reason"),
                          QStringLiteral("Backend '%1': the certificate chain of '%2' (%3) is "
                                         "self-signed and tls.validateCertificateChain is true, so "
                                         "the TLS channel to %4 could not be trusted. Turn off "
                                         "certificate chain validation for this back end, or use "
                                         "a certificate issued by a trusted CA.")
                              .arg(backend.name, vault::certificateIdName(id),
                                   chain->first().subject(), backend.url)}});
    }
    return LocalResponse::json(200, QJsonObject{{QStringLiteral("backend"), backend.name},
                                                {QStringLiteral("calledUrl"),
                                                 backend.url + QLatin1Char('/') + calledPath}});
}

} // namespace certdeck::localvault
