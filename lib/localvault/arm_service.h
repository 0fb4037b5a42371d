#pragma once

#include "api_management_service.h"
#include "http_exchange.h"
#include "token_service.h"
#include "vault_store.h"

namespace certdeck::localvault {

struct ArmContext {
    QString baseUrl; // https://localhost:PORT (no trailing slash)
    QString subscriptionId;
    QString resourceGroup; // certdeck-local
    QString vaultName;     // local
    QString vaultUri;      // https://localhost:PORT/
    QString tenantId;
    QString authorityUrl; // https://localhost:PORT/{tenant}
    bool purgeProtection = false;
};

// The Azure Resource Manager subset for the local vault: subscriptions, the vault resource with its
// access policies, and PUT .../accessPolicies/{add|replace|remove}.
class ArmService {
public:
    ArmService(VaultStore &store, const TokenService &tokens, ArmContext context);

    static bool handles(const QString &path) {
        return path.startsWith(QLatin1String("/subscriptions"));
    }
    LocalResponse handle(const LocalRequest &request);

    // ARM requests under Microsoft.ApiManagement go there once authorized (not owned).
    void setApiManagement(ApiManagementService *apim) { m_apim = apim; }

    QString vaultResourceId() const;
    vault::VaultResource vaultResource() const;

private:
    LocalResponse updateAccessPolicies(const LocalRequest &request, const QString &kind);

    VaultStore &m_store;
    const TokenService &m_tokens;
    ArmContext m_context;
    ApiManagementService *m_apim = nullptr;
};

// Applies add/replace/remove to `current` (case-insensitive permission matching).
QList<vault::AccessPolicyEntry>
applyAccessPolicyChange(QList<vault::AccessPolicyEntry> current,
                        const QList<vault::AccessPolicyEntry> &changes, const QString &kind);

} // namespace certdeck::localvault
