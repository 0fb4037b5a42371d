#include "connection_spec.h"

#include <QSettings>

namespace certdeck::gui {

namespace {

const QList<QPair<CredentialKind, QString>> &kindKeys() {
    static const QList<QPair<CredentialKind, QString>> keys{
        {CredentialKind::AzureCli, QStringLiteral("azure-cli")},
        {CredentialKind::DeviceCode, QStringLiteral("device-code")},
        {CredentialKind::ClientSecret, QStringLiteral("client-secret")},
        {CredentialKind::ClientCertificate, QStringLiteral("client-certificate")}};
    return keys;
}

} // namespace

QString credentialKindKey(CredentialKind kind) {
    for (const auto &[k, key] : kindKeys()) {
        if (k == kind)
            return key;
    }
    return {};
}

CredentialKind credentialKindFromKey(const QString &key) {
    for (const auto &[kind, k] : kindKeys()) {
        if (k == key)
            return kind;
    }
    return CredentialKind::AzureCli;
}

bool credentialNeedsSecret(CredentialKind kind) {
    return kind == CredentialKind::ClientSecret || kind == CredentialKind::ClientCertificate;
}

QString ConnectionSpec::nameFromUrl(const QUrl &vaultUrl) {
    return vaultUrl.host().section(QLatin1Char('.'), 0, 0);
}

QUrl ConnectionSpec::normalizeVaultUrl(const QString &text) {
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://"))) {
        if (!trimmed.contains(QLatin1Char('.')))
            trimmed += QLatin1String(".vault.azure.net");
        trimmed.prepend(QLatin1String("https://"));
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return {};
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QList<ConnectionSpec> loadConnections() {
    QSettings settings;
    QList<ConnectionSpec> connections;
    const int count = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const auto text = [&settings](const char *key) {
            return settings.value(QLatin1String(key)).toString();
        };
        ConnectionSpec spec;
        spec.id = text("id");
        spec.displayName = text("displayName");
        spec.vaultUrl = QUrl(text("vaultUrl"));
        spec.vaultResourceId = text("vaultResourceId");
        spec.credential = credentialKindFromKey(text("credential"));
        spec.tenantId = text("tenantId");
        spec.clientId = text("clientId");
        spec.certificatePath = text("certificatePath");
        spec.authorityHost =
            settings.value(QStringLiteral("authorityHost"), spec.authorityHost).toString();
        spec.armBaseUrl = settings.value(QStringLiteral("armBaseUrl"), spec.armBaseUrl).toUrl();
        if (!spec.id.isEmpty() && spec.vaultUrl.isValid())
            connections.append(spec);
    }
    settings.endArray();
    return connections;
}

void saveConnections(const QList<ConnectionSpec> &connections) {
    QSettings settings;
    settings.remove(QStringLiteral("connections"));
    settings.beginWriteArray(QStringLiteral("connections"), int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const ConnectionSpec &spec = connections[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), spec.id);
        settings.setValue(QStringLiteral("displayName"), spec.displayName);
        settings.setValue(QStringLiteral("vaultUrl"), spec.vaultUrl.toString());
        settings.setValue(QStringLiteral("vaultResourceId"), spec.vaultResourceId);
        settings.setValue(QStringLiteral("credential"), credentialKindKey(spec.credential));
        settings.setValue(QStringLiteral("tenantId"), spec.tenantId);
        settings.setValue(QStringLiteral("clientId"), spec.clientId);
        settings.setValue(QStringLiteral("certificatePath"), spec.certificatePath);
        settings.setValue(QStringLiteral("authorityHost"), spec.authorityHost);
        settings.setValue(QStringLiteral("armBaseUrl"), spec.armBaseUrl.toString());
    }
    settings.endArray();
}

} // namespace certdeck::gui
