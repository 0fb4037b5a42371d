#pragma once

#include "apim_client.h"
#include "arm_client.h"
#include "connection_spec.h"
#include "http_pipeline.h"
#include "operation_poller.h"
#include "vault_client.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace certdeck::gui {

// One connected vault: its credential, pipeline and client, and what the app knows about it.
class VaultSession : public QObject {
    Q_OBJECT
public:
    ~VaultSession() override;

    // A vault described by a connection.json of certdeck-localvault (the built-in local vault).
    static VaultSession *fromLocalConnection(const QString &connectionFile, QString *error,
                                             QObject *parent = nullptr);

    // An Azure vault the operator added; `secret` as makeCredential() takes it.
    static VaultSession *fromConnection(const ConnectionSpec &spec, const QString &secret,
                                        QString *error, QObject *parent = nullptr);

    QString displayName() const { return m_displayName; }
    // Empty for the built-in local vault.
    QString connectionId() const { return m_connectionId; }
    QUrl vaultUrl() const { return m_client->vaultUrl(); }
    QString vaultResourceId() const { return m_vaultResourceId; }
    QUrl armBaseUrl() const { return m_armBaseUrl; }
    bool isLocal() const { return m_local; }

    client::VaultClient *client() const { return m_client; }
    // Null when the app cannot reach Azure Resource Manager for this vault.
    client::ArmClient *arm() const { return m_arm; }
    // Follows this vault's pending requests (its own and those other tools started).
    client::OperationPoller *poller() const { return m_poller; }
    // API Management through the same Resource Manager endpoint and credential as arm().
    client::ApimClient *apim() const { return m_apim; }
    // The local API Management service named by connection.json (empty for Azure vaults).
    QString localApimServiceId() const { return m_localApimServiceId; }
    // From vaultResourceId ("/subscriptions/{id}/…"); empty when the vault was added by URL.
    QString subscriptionId() const;
    QString tenantId() const { return m_tenantId; }
    QString callerObjectId() const { return m_callerObjectId; }
    // Display names of principals the app knows (object id → name), in the current language.
    QHash<QString, QString> knownPrincipals() const;
    // Nothing in a vault's access policies names the managed identities of API Management
    // services; the services themselves do. Operators look for exactly those (seed 000).
    void nameApimIdentities(const QList<vault::ApimService> &services);
    client::HttpPipeline *pipeline() const { return m_pipeline; }

signals:
    // Device code sign-in: show `message` (it names the address and the code) to the operator.
    void signInRequired(const QString &message);
    // The caller's object id became known (from its token) or changed.
    void callerChanged();
    // knownPrincipals() gained names.
    void knownPrincipalsChanged();

private:
    explicit VaultSession(QObject *parent);
    void connectClients(std::unique_ptr<client::TokenCredential> credential, const QUrl &vaultUrl,
                        const QList<QSslCertificate> &trusted);

    QString m_displayName;
    QString m_connectionId;
    QString m_vaultResourceId;
    QUrl m_armBaseUrl;
    bool m_local = false;
    QNetworkAccessManager m_network;
    std::unique_ptr<client::TokenCredential> m_credential;
    client::HttpPipeline *m_pipeline = nullptr;
    client::VaultClient *m_client = nullptr;
    client::ArmClient *m_arm = nullptr;
    client::OperationPoller *m_poller = nullptr;
    client::ApimClient *m_apim = nullptr;
    QString m_localApimServiceId;
    QString m_tenantId;
    QString m_callerObjectId;
    QHash<QString, QString> m_knownPrincipals;
    QHash<QString, QString> m_apimIdentities; // object id → API Management service name
};

} // namespace certdeck::gui
