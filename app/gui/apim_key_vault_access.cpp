#include "apim_key_vault_access.h"

namespace certdeck::gui {

namespace {

bool grantsSecretGet(const vault::VaultResource &vault, const QString &objectId) {
    for (const vault::AccessPolicyEntry &entry : vault.accessPolicies) {
        if (entry.objectId.compare(objectId, Qt::CaseInsensitive) == 0 &&
            entry.grants(QStringLiteral("secrets"), QStringLiteral("get")))
            return true;
    }
    return false;
}

} // namespace

QString KeyVaultAccessVerdict::explanation() const {
    switch (kind) {
    case Ready:
        return KeyVaultAccessCheck::tr(
                   "The managed identity of API Management “%1” has the “Get” secret permission "
                   "on the vault “%2”: API Management can read the certificate.")
            .arg(serviceName, vaultName);
    case NoIdentity:
        return KeyVaultAccessCheck::tr(
                   "API Management “%1” has no system-assigned managed identity, so it has no "
                   "permission to access the vault “%2”.")
            .arg(serviceName, vaultName);
    case NoSecretGet:
        return KeyVaultAccessCheck::tr(
                   "The managed identity of API Management “%1” (object ID %2) has no “Get” "
                   "secret permission in the access policies of the vault “%3”, so API "
                   "Management has no permission to read the certificate.")
            .arg(serviceName, principalId, vaultName);
    case VaultUsesRbac:
        return KeyVaultAccessCheck::tr(
                   "The vault “%1” uses Azure role-based access control, so its access policies "
                   "do not decide. Make sure the managed identity of API Management “%2” has a "
                   "role that allows reading secrets (for example Key Vault Secrets User).")
            .arg(vaultName, serviceName);
    case VaultUnknown:
        return KeyVaultAccessCheck::tr(
                   "Certdeck cannot read the access policies of the vault “%1” (it was added by "
                   "URL, without Azure Resource Manager), so it cannot check whether API "
                   "Management “%2” may read the certificate.")
            .arg(vaultName, serviceName);
    }
    return {};
}

QString KeyVaultAccessVerdict::fixDescription() const {
    if (kind == NoIdentity)
        return KeyVaultAccessCheck::tr(
                   "Certdeck can fix this in one step: turn on the system-assigned managed "
                   "identity of “%1” and add an access policy for it on “%2” with the secret "
                   "permission “Get” only, then apply.")
            .arg(serviceName, vaultName);
    if (kind == NoSecretGet)
        return KeyVaultAccessCheck::tr(
                   "Certdeck can fix this in one step: add an access policy for the managed "
                   "identity on “%1” with the secret permission “Get” only, then apply.")
            .arg(vaultName);
    return {};
}

KeyVaultAccessVerdict judgeKeyVaultAccess(const vault::ApimService &service,
                                          const vault::VaultResource &vault) {
    KeyVaultAccessVerdict verdict;
    verdict.serviceName = service.name;
    verdict.vaultName = vault.name;
    const bool hasIdentity = service.identity && service.identity->hasSystemAssigned() &&
                             !service.identity->principalId.isEmpty();
    if (hasIdentity)
        verdict.principalId = service.identity->principalId;
    if (!hasIdentity)
        verdict.kind = KeyVaultAccessVerdict::NoIdentity;
    else if (vault.enableRbacAuthorization)
        verdict.kind = KeyVaultAccessVerdict::VaultUsesRbac;
    else if (grantsSecretGet(vault, verdict.principalId))
        verdict.kind = KeyVaultAccessVerdict::Ready;
    else
        verdict.kind = KeyVaultAccessVerdict::NoSecretGet;
    return verdict;
}

KeyVaultAccessCheck::KeyVaultAccessCheck(client::ApimClient *apim, QString serviceId,
                                         VaultSession *vaultSession, QObject *parent)
    : QObject(parent)
    , m_apim(apim)
    , m_serviceId(std::move(serviceId))
    , m_vaultSession(vaultSession) {}

void KeyVaultAccessCheck::check(Done done, Failed failed) {
    auto *reply = m_apim->getService(m_serviceId);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, done, failed] {
        reply->deleteLater();
        if (reply->hasError())
            return failed(tr("The API Management service could not be read."), reply->error());
        readVault(reply->value(), done, failed);
    });
}

void KeyVaultAccessCheck::readVault(const vault::ApimService &service, Done done, Failed failed) {
    if (!m_vaultSession || !m_vaultSession->arm() || m_vaultSession->vaultResourceId().isEmpty()) {
        KeyVaultAccessVerdict verdict;
        verdict.serviceName = service.name;
        verdict.vaultName = m_vaultSession ? m_vaultSession->displayName() : QString();
        return done(verdict, service);
    }
    auto *reply = m_vaultSession->arm()->getVault(m_vaultSession->vaultResourceId());
    connect(reply, &client::ServiceReply::finished, this, [reply, service, done, failed] {
        reply->deleteLater();
        if (reply->hasError())
            return failed(tr("The access policies of the vault could not be read."),
                          reply->error());
        done(judgeKeyVaultAccess(service, reply->value()), service);
    });
}

void KeyVaultAccessCheck::fix(const KeyVaultAccessVerdict &verdict,
                              const vault::ApimService &service,
                              std::function<void(const vault::ApimService &)> done, Failed failed) {
    if (verdict.kind != KeyVaultAccessVerdict::NoIdentity)
        return grantSecretGet(service, done, failed);
    vault::ApimService patch;
    patch.identity = service.identity.value_or(vault::ApimServiceIdentity());
    // Keep user-assigned identities the service already has.
    patch.identity->type = patch.identity->userAssignedIdentities
                               ? QStringLiteral("SystemAssigned, UserAssigned")
                               : QStringLiteral("SystemAssigned");
    auto *reply = m_apim->updateService(m_serviceId, patch);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, done, failed] {
        reply->deleteLater();
        if (reply->hasError())
            return failed(tr("The system-assigned managed identity could not be turned on."),
                          reply->error());
        grantSecretGet(reply->value(), done, failed);
    });
}

void KeyVaultAccessCheck::grantSecretGet(const vault::ApimService &service,
                                         std::function<void(const vault::ApimService &)> done,
                                         Failed failed) {
    if (!m_vaultSession || !service.identity || service.identity->principalId.isEmpty())
        return failed(tr("The managed identity has no object ID to grant access to."),
                      client::VaultError::invalidRequest(tr("no principalId")));
    vault::AccessPolicyEntry entry;
    entry.tenantId = service.identity->tenantId.isEmpty() ? m_vaultSession->tenantId()
                                                          : service.identity->tenantId;
    entry.objectId = service.identity->principalId;
    entry.permissions.secrets = QStringList{QStringLiteral("get")};
    auto *reply = m_vaultSession->arm()->updateAccessPolicy(
        m_vaultSession->vaultResourceId(), client::AccessPolicyUpdateKind::Add, {entry});
    connect(reply, &client::ServiceReply::finished, this, [reply, service, done, failed] {
        reply->deleteLater();
        if (reply->hasError())
            return failed(tr("The access policy for API Management's managed identity could not "
                             "be added."),
                          reply->error());
        done(service);
    });
}

VaultSession *vaultSessionForSecret(const QList<VaultSession *> &sessions, const QUrl &secretUrl) {
    for (VaultSession *session : sessions) {
        const QUrl vaultUrl = session->vaultUrl();
        if (vaultUrl.host().compare(secretUrl.host(), Qt::CaseInsensitive) == 0 &&
            vaultUrl.port(443) == secretUrl.port(443))
            return session;
    }
    return nullptr;
}

} // namespace certdeck::gui
