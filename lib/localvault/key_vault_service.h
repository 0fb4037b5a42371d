#pragma once

#include "access_control.h"
#include "certificate_policy.h"
#include "http_exchange.h"
#include "local_certificate_authority.h"
#include "token_service.h"
#include "vault_store.h"

#include <QStringList>

#include <functional>

namespace certdeck::localvault {

struct KeyVaultContext {
    QString vaultUrl;  // https://localhost:PORT (no trailing slash)
    QString vaultName; // "local"
    QString tenantId;
    QString authorityUrl; // https://localhost:PORT/{tenant}
    qint64 issuerDelayMs = 30000;
    int recoverableDays = 90;
    bool purgeProtection = false; // the vault's enablePurgeProtection

    // What the service reports with soft delete on: a retention shorter than the default 90 days
    // is "Customized"; "+Purgeable" only without purge protection [rec].
    QString recoveryLevel() const {
        const QString level = recoverableDays >= 90 ? QStringLiteral("Recoverable")
                                                    : QStringLiteral("CustomizedRecoverable");
        return purgeProtection ? level : level + QStringLiteral("+Purgeable");
    }
};

// The Key Vault certificates (and certificate secrets) data plane.
class KeyVaultService {
public:
    KeyVaultService(VaultStore &store, const LocalCertificateAuthority &authority,
                    const TokenService &tokens, KeyVaultContext context);

    LocalResponse handle(const LocalRequest &request);

    // Supported api-version values (7.0 … 7.6 and 2025-07-01).
    static const QStringList &apiVersions();
    // Runs issuer outcomes that are due (also called by a timer so state moves without reads),
    // for at most about `budgetMs`; true when some are still due.
    bool settleDueOperations(qint64 budgetMs = 20);
    // Told about every operation that reached its issuer outcome (name, status).
    void setSettleObserver(std::function<void(const QString &, const QString &)> observer) {
        m_settleObserver = std::move(observer);
    }

private:
    using Segments = QStringList;
    LocalResponse dispatch(const LocalRequest &request, const Segments &segments);
    LocalResponse dispatchCertificate(const LocalRequest &request, const Segments &segments);
    LocalResponse dispatchCollections(const LocalRequest &request, const Segments &segments);
    std::optional<LocalResponse> require(const QString &category, const QString &permission) const;

    // certificate_handlers.cpp
    LocalResponse listCertificates(const LocalRequest &request, bool deleted);
    LocalResponse listVersions(const LocalRequest &request, const QString &name);
    LocalResponse getCertificate(const QString &name, const QString &version);
    LocalResponse updateCertificate(const LocalRequest &request, const QString &name,
                                    const QString &version);
    LocalResponse deleteCertificate(const QString &name);
    LocalResponse getDeleted(const QString &name);
    LocalResponse purgeDeleted(const QString &name);
    LocalResponse recoverDeleted(const QString &name);
    LocalResponse getPolicy(const QString &name);
    LocalResponse updatePolicy(const LocalRequest &request, const QString &name);
    LocalResponse importCertificate(const LocalRequest &request, const QString &name);
    LocalResponse getSecret(const QString &name, const QString &version);

    // pending_handlers.cpp
    LocalResponse createCertificate(const LocalRequest &request, const QString &name);
    LocalResponse getOperation(const LocalRequest &request, const QString &name);
    LocalResponse cancelOperation(const LocalRequest &request, const QString &name);
    LocalResponse deleteOperation(const LocalRequest &request, const QString &name);
    LocalResponse mergeCertificate(const LocalRequest &request, const QString &name);
    void settleOperation(const QString &name);

    // issuer_handlers.cpp
    LocalResponse listIssuers(const LocalRequest &request);
    LocalResponse issuerRequest(const LocalRequest &request, const QString &name);
    LocalResponse contactsRequest(const LocalRequest &request);

    // Shared by the handlers.
    QString certificateUrl(const QString &name) const;
    std::optional<LocalResponse> rejectWhileBusy(const QString &name) const;
    LocalResponse bundleResponse(const StoredCertificate &certificate, const StoredVersion &version,
                                 int status = 200) const;
    QJsonObject bundleJson(const StoredCertificate &certificate,
                           const StoredVersion &version) const;
    QJsonObject operationJson(const StoredOperation &operation) const;
    QJsonObject policyJson(const StoredCertificate &certificate) const;
    LocalResponse listPage(const LocalRequest &request, const QString &path,
                           const QJsonArray &items, const QString &lastKey, bool more) const;
    std::optional<LocalResponse> readPageSize(const LocalRequest &request, int *size) const;
    LocalResponse storeFailure() const;
    LocalResponse notFound(const QString &name) const;

    VaultStore &m_store;
    const LocalCertificateAuthority &m_authority;
    const TokenService &m_tokens;
    KeyVaultContext m_context;
    AccessControl m_access;
    TokenClaims m_caller;
    std::function<void(const QString &, const QString &)> m_settleObserver;
};

// Shared helpers of the handler files.
qint64 nowSeconds();
QString newVersionId();
bool isValidObjectName(const QString &name);
LocalResponse badParameter(const QString &message);

} // namespace certdeck::localvault
