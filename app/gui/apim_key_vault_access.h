#pragma once

#include "apim_service.h"
#include "vault_session.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace certdeck::gui {

// Can API Management's managed identity read secrets of a Key Vault? The cause of seed 000
// ("Failed to update API Management service hostnames … Forbidden") checked before sending.
struct KeyVaultAccessVerdict {
    enum Kind {
        Ready,         // the system-assigned identity has secrets get on the vault
        NoIdentity,    // no system-assigned identity: nothing could read the vault
        NoSecretGet,   // the identity exists, the vault's access policies do not grant it get
        VaultUsesRbac, // the vault uses Azure RBAC: access policies say nothing
        VaultUnknown,  // the vault's access policies cannot be read (added by URL)
    };
    Kind kind = VaultUnknown;
    QString principalId; // the identity's object id, when it has one
    QString vaultName;
    QString serviceName;

    bool isFixable() const { return kind == NoIdentity || kind == NoSecretGet; }
    // The cause in plain words (for the question before sending and for Diagnose).
    QString explanation() const;
    // What the one-step fix does.
    QString fixDescription() const;
};

// Judges from the service as it is now and the vault's ARM resource (pure: no calls).
KeyVaultAccessVerdict judgeKeyVaultAccess(const vault::ApimService &service,
                                          const vault::VaultResource &vault);

// Runs the check and the one-step fix asynchronously. The APIM service is reached through
// `apim`, the vault's access policies through `vaultSession`'s ARM client (the one the
// access-policy page uses). Callbacks run on this object's thread, at most one of them.
class KeyVaultAccessCheck : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const KeyVaultAccessVerdict &, const vault::ApimService &)>;
    using Failed = std::function<void(const QString &what, const client::VaultError &error)>;

    KeyVaultAccessCheck(client::ApimClient *apim, QString serviceId, VaultSession *vaultSession,
                        QObject *parent = nullptr);

    void check(Done done, Failed failed);
    // Turns on the system-assigned identity when it is off and adds an access policy with
    // secrets get (nothing more) for it; `done` gets the service afterwards.
    void fix(const KeyVaultAccessVerdict &verdict, const vault::ApimService &service,
             std::function<void(const vault::ApimService &)> done, Failed failed);

private:
    void readVault(const vault::ApimService &service, Done done, Failed failed);
    void grantSecretGet(const vault::ApimService &service,
                        std::function<void(const vault::ApimService &)> done, Failed failed);

    client::ApimClient *m_apim;
    QString m_serviceId;
    QPointer<VaultSession> m_vaultSession;
};

// The connected vault whose URL holds `secretUrl` (a Key Vault secret identifier), or null.
VaultSession *vaultSessionForSecret(const QList<VaultSession *> &sessions, const QUrl &secretUrl);

} // namespace certdeck::gui
