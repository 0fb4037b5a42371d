#pragma once

#include "client_secret_credential.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace certdeck::client {

// One identity of the local vault ("admin", "reader", ...). Its secret stays inside
// LocalVaultConnection.
struct LocalPrincipal {
    QString name;
    QString displayName;
    QString clientId;
    QString objectId;
};

// What certdeck-localvault writes to <data>/connection.json: where the local vault, its token
// endpoint and its ARM subset listen, the identities it knows, and the CA to trust for it.
class LocalVaultConnection {
public:
    // Reads and checks the file; the error names the file and what is wrong (never a secret).
    static Result<LocalVaultConnection, QString> load(const QString &path);
    // `baseDirectory` resolves a relative caCertificate path.
    static Result<LocalVaultConnection, QString>
    fromJson(const QByteArray &json, const QString &baseDirectory,
             const QString &sourceName = QStringLiteral("connection.json"));

    QUrl vaultUrl() const { return m_vaultUrl; }
    QString vaultName() const { return m_vaultName; }
    QString tenantId() const { return m_tenantId; }
    QString authorityHost() const { return m_authorityHost; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }
    QString clientId() const { return m_clientId; } // the administrator's
    QString objectId() const { return m_objectId; }
    QList<LocalPrincipal> principals() const { return m_principals; }
    std::optional<LocalPrincipal> principal(const QString &name) const;
    QString caCertificatePath() const { return m_caCertificatePath; }
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    QUrl armBaseUrl() const { return m_armBaseUrl; }
    QString subscriptionId() const { return m_subscriptionId; }
    QString vaultResourceId() const { return m_vaultResourceId; }
    // The local API Management service (optional: older connection files lack it).
    QString apimResourceId() const { return m_apimResourceId; }

    // The system's CAs plus the local vault's.
    QSslConfiguration sslConfiguration() const;
    // A client-secret credential against the local token endpoint (authorityHost from the file),
    // trusting the local CA: the administrator's, or the named principal's (null when unknown).
    ClientSecretCredential *createCredential(QNetworkAccessManager *network,
                                             QObject *parent = nullptr,
                                             const QString &principalName = {}) const;

private:
    QUrl m_vaultUrl;
    QString m_vaultName;
    QString m_tenantId;
    QString m_authorityHost;
    QUrl m_tokenEndpoint;
    QString m_clientId;
    QString m_clientSecret;
    QString m_objectId;
    QList<LocalPrincipal> m_principals;
    QHash<QString, QString> m_principalSecrets; // by principal name
    QString m_caCertificatePath;
    QList<QSslCertificate> m_caCertificates;
    QUrl m_armBaseUrl;
    QString m_subscriptionId;
    QString m_vaultResourceId;
    QString m_apimResourceId;
};

} // namespace certdeck::client
