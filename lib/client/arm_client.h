#pragma once

#include "access_policy.h"
#include "http_pipeline.h"
#include "service_reply.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace certdeck::client {

// A subscription as ARM lists it (api-version 2022-12-01).
struct Subscription {
    QString id; // /subscriptions/{subscriptionId}
    QString subscriptionId;
    QString displayName;
    QString state; // Enabled, Disabled, Warned, PastDue, Deleted
    QString tenantId;

    static Subscription fromJson(const QJsonObject &json);
};

enum class AccessPolicyUpdateKind { Add, Replace, Remove };

// The Azure Resource Manager calls Certdeck needs: subscriptions, Key Vault resources and their
// access policies. Tokens for management.azure.com come from the pipeline's credential.
class ArmClient : public QObject {
    Q_OBJECT
public:
    explicit ArmClient(HttpPipeline *pipeline, QObject *parent = nullptr);

    // https://management.azure.com by default; the local vault's armBaseUrl in the sandbox.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setScope(const QString &scope) { m_scope = scope; }
    QString scope() const { return m_scope; }

    static QString defaultScope() {
        return QStringLiteral("https://management.azure.com/.default");
    }
    static QString keyVaultApiVersion() { return QStringLiteral("2023-07-01"); }
    static QString subscriptionsApiVersion() { return QStringLiteral("2022-12-01"); }
    static constexpr int maxPages = 1000;

    // All pages, nextLink followed verbatim (same host only: the token goes with it).
    Reply<QList<Subscription>> *listSubscriptions();
    Reply<QList<vault::VaultResource>> *listVaults(const QString &subscriptionId);
    Reply<vault::VaultResource> *getVault(const QString &resourceId);
    // PUT {resourceId}/accessPolicies/{add|replace|remove}; the value is ARM's echo of the
    // entries. For Remove, send the spellings the vault stores (see removalEntryFor).
    Reply<QList<vault::AccessPolicyEntry>> *
    updateAccessPolicy(const QString &resourceId, AccessPolicyUpdateKind kind,
                       const QList<vault::AccessPolicyEntry> &entries);

private:
    QUrl url(const QString &path, const QString &apiVersion) const;
    template <typename T>
    Reply<QList<T>> *list(const QUrl &firstPage, std::function<T(const QJsonObject &)> parse);
    template <typename T>
    void fetchPage(Reply<QList<T>> *reply, const QUrl &url, std::shared_ptr<QList<T>> items,
                   int page, std::function<T(const QJsonObject &)> parse);

    HttpPipeline *m_pipeline;
    QUrl m_baseUrl = QUrl(QStringLiteral("https://management.azure.com"));
    QString m_scope = defaultScope();
};

// The entry to send with AccessPolicyUpdateKind::Remove to take `permission` (in `category`:
// keys, secrets, certificates, storage) away from `objectId`, spelled exactly as `vault` stores it
// (ARM's remove compares case-sensitively). Every stored spelling that matches case-insensitively
// is included. Nothing when the vault grants no such permission by name.
std::optional<vault::AccessPolicyEntry> removalEntryFor(const vault::VaultResource &vault,
                                                        const QString &objectId,
                                                        const QString &category,
                                                        const QString &permission);

} // namespace certdeck::client
