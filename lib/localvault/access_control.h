#pragma once

#include "http_exchange.h"
#include "token_service.h"
#include "vault_store.h"

#include <optional>

namespace certdeck::localvault {

// Vault access policies: which principal may do what on the data plane.
class AccessControl {
public:
    AccessControl(const VaultStore &store, QString vaultName)
        : m_store(store)
        , m_vaultName(std::move(vaultName)) {}

    // nullopt when granted, else the service's 403 naming the missing permission.
    std::optional<LocalResponse> require(const TokenClaims &caller, const QString &category,
                                         const QString &permission, const QString &issuerUrl) const;

private:
    const VaultStore &m_store;
    QString m_vaultName;
};

} // namespace certdeck::localvault
