#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace certdeck::gui {

// How a connection proves who it is to Microsoft Entra ID.
enum class CredentialKind { AzureCli, DeviceCode, ClientSecret, ClientCertificate };

QString credentialKindKey(CredentialKind kind);
CredentialKind credentialKindFromKey(const QString &key);
// Whether the kind needs a secret (client secret, or a certificate file's password).
bool credentialNeedsSecret(CredentialKind kind);

// One Azure vault the operator connected to, as remembered between runs. Never holds a secret:
// those live in the OS keychain under secretKey().
struct ConnectionSpec {
    QString id; // stable, generated when the connection is added
    QString displayName;
    QUrl vaultUrl;
    QString vaultResourceId; // empty when added by URL without Resource Manager access
    CredentialKind credential = CredentialKind::AzureCli;
    QString tenantId;
    QString clientId;
    QString certificatePath; // ClientCertificate: the .pfx/.pem file
    QString authorityHost = QStringLiteral("https://login.microsoftonline.com");
    QUrl armBaseUrl = QUrl(QStringLiteral("https://management.azure.com"));

    QString secretKey() const { return secretKeyFor(id); }
    static QString secretKeyFor(const QString &id) { return QStringLiteral("connection/") + id; }
    // A short name for the sidebar: the vault's host name up to the first dot.
    static QString nameFromUrl(const QUrl &vaultUrl);
    // Accepts "name", "name.vault.azure.net" or a full https URL; empty when not a vault URL.
    static QUrl normalizeVaultUrl(const QString &text);

    friend bool operator==(const ConnectionSpec &, const ConnectionSpec &) = default;
};

// The public client Azure's own command-line tools sign users in with; device code sign-in works
// with it in any tenant without registering an application first.
inline constexpr char defaultPublicClientId[] = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

QList<ConnectionSpec> loadConnections();
void saveConnections(const QList<ConnectionSpec> &connections);

} // namespace certdeck::gui
