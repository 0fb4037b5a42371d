#include "local_vault_connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdeck::client {

namespace {

QUrl httpsUrl(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty()
               ? url
               : QUrl();
}

} // namespace

Result<LocalVaultConnection, QString> LocalVaultConnection::load(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return fail(
            QStringLiteral(
                "The local vault connection file %1 does not exist. Start certdeck-localvault "
                "first, or choose its data directory.")
                .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray json = file.readAll();
    auto connection =
        fromJson(json, QFileInfo(path).absolutePath(), QDir::toNativeSeparators(path));
    json.fill('\0'); // it held client secrets
    return connection;
}

Result<LocalVaultConnection, QString> LocalVaultConnection::fromJson(const QByteArray &json,
                                                                     const QString &baseDirectory,
                                                                     const QString &sourceName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1 is not valid JSON: %2 at offset %3.")
                        .arg(sourceName, parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(QStringLiteral("%1 does not hold a JSON object.").arg(sourceName));
    const QJsonObject object = document.object();

    static const char *const required[] = {"vaultUrl",      "tenantId",       "authorityHost",
                                           "tokenEndpoint", "clientId",       "clientSecret",
                                           "objectId",      "principals",     "caCertificate",
                                           "armBaseUrl",    "subscriptionId", "vaultResourceId"};
    QStringList missing;
    for (const char *field : required) {
        const QJsonValue value = object.value(QLatin1String(field));
        const bool present = QLatin1String(field) == QLatin1String("principals")
                                 ? value.isArray()
                                 : value.isString() && !value.toString().isEmpty();
        if (!present)
            missing << QLatin1String(field);
    }
    if (!missing.isEmpty())
        return fail(
            QStringLiteral("%1 lacks the field(s) %2 (or they are empty or of the wrong type).")
                .arg(sourceName, missing.join(QStringLiteral(", "))));
    const auto text = [&object](const char *field) {
        return object.value(QLatin1String(field)).toString();
    };

    LocalVaultConnection connection;
    connection.m_vaultUrl = httpsUrl(text("vaultUrl"));
    connection.m_authorityHost = text("authorityHost");
    connection.m_tokenEndpoint = httpsUrl(text("tokenEndpoint"));
    connection.m_armBaseUrl = httpsUrl(text("armBaseUrl"));
    QStringList notHttps;
    if (connection.m_vaultUrl.isEmpty())
        notHttps << QStringLiteral("vaultUrl");
    if (httpsUrl(connection.m_authorityHost).isEmpty())
        notHttps << QStringLiteral("authorityHost");
    if (connection.m_tokenEndpoint.isEmpty())
        notHttps << QStringLiteral("tokenEndpoint");
    if (connection.m_armBaseUrl.isEmpty())
        notHttps << QStringLiteral("armBaseUrl");
    if (!notHttps.isEmpty())
        return fail(QStringLiteral("%1: %2 must be https:// URLs.")
                        .arg(sourceName, notHttps.join(QStringLiteral(", "))));

    connection.m_vaultName = text("vaultName");
    connection.m_tenantId = text("tenantId");
    connection.m_clientId = text("clientId");
    connection.m_clientSecret = text("clientSecret");
    connection.m_objectId = text("objectId");
    connection.m_subscriptionId = text("subscriptionId");
    connection.m_vaultResourceId = text("vaultResourceId");
    connection.m_apimResourceId = text("apimResourceId");

    const QJsonArray principals = object.value(QStringLiteral("principals")).toArray();
    for (qsizetype i = 0; i < principals.size(); ++i) {
        const QJsonObject entry = principals.at(i).toObject();
        LocalPrincipal principal;
        principal.name = entry.value(QStringLiteral("name")).toString();
        principal.displayName = entry.value(QStringLiteral("displayName")).toString();
        principal.clientId = entry.value(QStringLiteral("clientId")).toString();
        principal.objectId = entry.value(QStringLiteral("objectId")).toString();
        const QString secret = entry.value(QStringLiteral("clientSecret")).toString();
        if (principal.name.isEmpty() || principal.clientId.isEmpty() ||
            principal.objectId.isEmpty() || secret.isEmpty())
            return fail(QStringLiteral(
                            "%1: principals[%2] needs name, clientId, clientSecret and objectId.")
                            .arg(sourceName)
                            .arg(i));
        connection.m_principals.append(principal);
        connection.m_principalSecrets.insert(principal.name, secret);
    }

    QString caPath = text("caCertificate");
    if (QFileInfo(caPath).isRelative() && !baseDirectory.isEmpty())
        caPath = QDir(baseDirectory).filePath(caPath);
    connection.m_caCertificatePath = caPath;
    if (!QFileInfo::exists(caPath))
        return fail(QStringLiteral("%1: the CA certificate %2 does not exist.")
                        .arg(sourceName, QDir::toNativeSeparators(caPath)));
    connection.m_caCertificates =
        QSslCertificate::fromPath(caPath, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (connection.m_caCertificates.isEmpty())
        return fail(QStringLiteral("%1: %2 holds no PEM certificate.")
                        .arg(sourceName, QDir::toNativeSeparators(caPath)));
    return connection;
}

std::optional<LocalPrincipal> LocalVaultConnection::principal(const QString &name) const {
    for (const LocalPrincipal &principal : m_principals) {
        if (principal.name == name)
            return principal;
    }
    return std::nullopt;
}

QSslConfiguration LocalVaultConnection::sslConfiguration() const {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(m_caCertificates);
    return configuration;
}

ClientSecretCredential *LocalVaultConnection::createCredential(QNetworkAccessManager *network,
                                                               QObject *parent,
                                                               const QString &principalName) const {
    ConfidentialClient client;
    client.authorityHost = m_authorityHost;
    client.tenantId = m_tenantId;
    QString secret = m_clientSecret;
    client.clientId = m_clientId;
    if (!principalName.isEmpty()) {
        const auto chosen = principal(principalName);
        if (!chosen)
            return nullptr;
        client.clientId = chosen->clientId;
        secret = m_principalSecrets.value(principalName);
    }
    auto *credential = new ClientSecretCredential(client, secret, network, parent);
    credential->setSslConfiguration(sslConfiguration());
    return credential;
}

} // namespace certdeck::client
