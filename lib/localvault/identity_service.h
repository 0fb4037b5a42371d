#pragma once

#include "http_exchange.h"
#include "token_service.h"
#include "vault_store.h"

#include <QHash>

#include <optional>

namespace certdeck::localvault {

struct DeviceCodeSettings {
    int intervalSeconds = 5;    // the polling interval the devicecode answer asks for
    int expiresInSeconds = 900; // how long a device code stays usable
};

// The local stand-in for Microsoft Entra ID: OpenID metadata, the OAuth2 client-credentials
// token endpoint (client secret or certificate assertion), and the device code flow, for the
// principals in the store. Signing in "in a browser" is a POST to the verification URI with the
// user code and the principal's client id and secret (or action=deny).
class IdentityService {
public:
    IdentityService(const VaultStore &store, const TokenService &tokens, QString baseUrl,
                    QString tenantId, DeviceCodeSettings deviceCodes = {});

    // True when the path belongs to the identity endpoints.
    bool handles(const QString &path) const;
    LocalResponse handle(const LocalRequest &request);

    QString tokenEndpoint() const;
    QString deviceVerificationUri() const;

private:
    struct PendingDeviceCode {
        QString userCode;
        QString clientId; // the public client that asked for the code
        QString audience;
        QString scope;
        qint64 expiresAtMs = 0;
        std::optional<QString> approvedObjectId;
        bool declined = false;
    };

    LocalResponse openIdConfiguration(bool v2) const;
    LocalResponse instanceDiscovery() const;
    LocalResponse token(const LocalRequest &request, bool v2) const;
    LocalResponse deviceCode(const LocalRequest &request);
    LocalResponse deviceCodeToken(const LocalRequest &request);
    LocalResponse deviceAuthorization(const LocalRequest &request);
    void dropExpiredDeviceCodes();

    const VaultStore &m_store;
    const TokenService &m_tokens;
    QString m_baseUrl;
    QString m_tenantId;
    DeviceCodeSettings m_deviceCodeSettings;
    QHash<QString, PendingDeviceCode> m_deviceCodes; // by device_code; memory only
};

} // namespace certdeck::localvault
