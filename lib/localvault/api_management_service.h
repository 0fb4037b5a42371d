#pragma once

#include "apim_service.h"
#include "certificate.h"
#include "http_exchange.h"
#include "result.h"
#include "token_service.h"
#include "vault_store.h"

#include <QHash>

#include <functional>
#include <optional>

namespace certdeck::localvault {

struct ApiManagementContext {
    QString baseUrl; // https://localhost:PORT (no trailing slash): ARM, gateway and vault
    QString subscriptionId;
    QString resourceGroup; // certdeck-local
    QString tenantId;
};

// How the local API Management reaches the local vault's data plane (the same routing and
// access-policy checks as any other caller).
using VaultDataPlane = std::function<LocalResponse(const LocalRequest &)>;

// What the service learnt from a Key Vault secret (or an uploaded PFX).
struct FetchedCertificate {
    crypto::Certificate certificate;
    QList<crypto::Certificate> chain; // the others in the PFX or PEM
};

// The local API Management (Microsoft.ApiManagement/service, api-version 2024-05-01 subset):
// the service with identity and hostnameConfigurations, certificates, backends, APIs and their
// policies, served at the ARM base URL behind ArmService's authorization; plus a local-only
// gateway (/gateway/{service}/{api path}) that "calls" an API's back end. See
// docs in api_management_service.cpp for what fails the way Azure fails.
class ApiManagementService {
public:
    ApiManagementService(VaultStore &store, const TokenService &tokens,
                         ApiManagementContext context, VaultDataPlane vault);

    static bool handles(const QString &path); // an ARM path under Microsoft.ApiManagement
    static bool isGatewayPath(const QString &path) {
        return path.startsWith(QLatin1String("/gateway/"));
    }
    // ARM requests; the caller (ArmService) has checked the token and api-version.
    LocalResponse handle(const LocalRequest &request);
    LocalResponse gateway(const LocalRequest &request);

    // Creates service `name` when the store holds none, with a system-assigned identity whose
    // principal is `principalId` (empty: no identity, type None).
    bool ensureService(const QString &name, const QString &principalId, QString *error);
    QString serviceResourceId(const QString &name) const;
    QString firstServiceResourceId() const; // empty when there is none

private:
    struct Operation {
        QString service;
        std::optional<LocalResponse> failure; // nullopt: succeeded
        int polls = 0;
    };
    using Segments = QStringList;

    // api_management_service.cpp: routing, the service resource, long-running PATCH
    LocalResponse dispatch(const LocalRequest &request, const Segments &s);
    LocalResponse dispatchChild(const LocalRequest &request, const QString &service,
                                const Segments &child);
    LocalResponse listServices() const;
    LocalResponse getService(const LocalRequest &request, const QString &name);
    LocalResponse patchService(const LocalRequest &request, const QString &name);
    Operation *pollOperation(const QString &service, const QString &id);
    LocalResponse operationStatus(const QString &service, const QString &id);
    LocalResponse locationResult(const QString &service, const QString &id);
    LocalResponse accepted(const QString &service, const Operation &operation);
    std::optional<LocalResponse> applyIdentity(vault::ApimService &service,
                                               const QJsonObject &identity,
                                               std::optional<Principal> *created) const;
    std::optional<LocalResponse> applyHostnames(vault::ApimService &service,
                                                const QList<vault::HostnameConfiguration> &sent);
    std::optional<LocalResponse> resolveHostname(const vault::ApimService &service,
                                                 vault::HostnameConfiguration &host);
    std::optional<vault::ApimService> loadService(const QString &name) const;
    bool saveService(const vault::ApimService &service);

    // apim_key_vault_access.cpp: reading a secret as the service's managed identity
    // The certificate, or the failure `prefix` + "Request to resource … failed with StatusCode:
    // Forbidden …" as an InvalidParameters error (seed 000).
    Result<FetchedCertificate, LocalResponse>
    fetchSecretAsService(const vault::ApimService &service, const QString &secretUrl,
                         const QString &identityClientId, const QString &prefix) const;

    // apim_certificate_handlers.cpp
    LocalResponse listCertificates(const LocalRequest &request, const QString &service) const;
    LocalResponse getEntity(const QString &service, const QString &kind, const QString &name,
                            const QString &what) const;
    LocalResponse putCertificate(const LocalRequest &request, const QString &service,
                                 const QString &name);
    LocalResponse deleteCertificate(const LocalRequest &request, const QString &service,
                                    const QString &name);
    Result<FetchedCertificate, LocalResponse>
    certificateFromBody(const QJsonObject &properties) const;

    // apim_backend_handlers.cpp: backends, APIs, API policies and the gateway
    LocalResponse putBackend(const LocalRequest &request, const QString &service,
                             const QString &name);
    LocalResponse deleteEntity(const LocalRequest &request, const QString &service,
                               const QString &kind, const QString &name);
    LocalResponse listEntities(const QString &service, const QString &kind) const;
    LocalResponse putApi(const LocalRequest &request, const QString &service, const QString &name);
    LocalResponse putPolicy(const LocalRequest &request, const QString &service,
                            const QString &api);
    LocalResponse callBackend(const QString &service, const QString &backendId,
                              const QString &calledPath) const;

    // shared
    QString childId(const QString &service, const QString &collection, const QString &name) const;
    LocalResponse storeFailure() const;
    std::optional<LocalResponse> checkIfMatch(const LocalRequest &request,
                                              const std::optional<ApimEntity> &existing,
                                              bool required) const;
    LocalResponse saved(ApimEntity entity, bool created);

    VaultStore &m_store;
    const TokenService &m_tokens;
    ApiManagementContext m_context;
    VaultDataPlane m_vault;
    QHash<QString, Operation> m_operations; // memory only: lost with the process, like a restart
};

// The ARM/APIM error envelope {"error":{"code","message","details":[{code,target,message}]}}.
LocalResponse apimError(int status, const QString &code, const QString &message,
                        const QList<std::pair<QString, QString>> &details = {});
// APIM's 400 ValidationError: "One or more fields contain incorrect values:" + one detail.
LocalResponse validationError(const QString &target, const QString &message);
QString newEtag();

} // namespace certdeck::localvault
