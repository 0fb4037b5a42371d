#pragma once

#include "http_exchange.h"
#include "token_service.h"
#include "vault_store.h"

namespace certdeck::localvault {

// The local stand-in for Microsoft Entra ID: OpenID metadata and the OAuth2 client-credentials
// token endpoint (client secret or certificate assertion), for the principals in the store.
class IdentityService {
public:
    IdentityService(const VaultStore &store, const TokenService &tokens, QString baseUrl,
                    QString tenantId);

    // True when the path belongs to the identity endpoints.
    bool handles(const QString &path) const;
    LocalResponse handle(const LocalRequest &request) const;

    QString tokenEndpoint() const;

private:
    LocalResponse openIdConfiguration(bool v2) const;
    LocalResponse instanceDiscovery() const;
    LocalResponse token(const LocalRequest &request, bool v2) const;

    const VaultStore &m_store;
    const TokenService &m_tokens;
    QString m_baseUrl;
    QString m_tenantId;
};

} // namespace certdeck::localvault
