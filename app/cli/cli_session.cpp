#include "cli_session.h"

#include "azure_cli_credential.h"
#include "client_certificate_credential.h"
#include "client_secret_credential.h"
#include "device_code_credential.h"
#include "local_files.h"
#include "openssl_support.h"
#include "table_output.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace certdeck::cli {

using client::VaultError;

int exitCodeFor(const VaultError &error) {
    switch (error.kind) {
    case VaultError::Kind::None:
        return ExitOk;
    case VaultError::Kind::Authentication:
        return ExitAuthentication;
    case VaultError::Kind::Network:
    case VaultError::Kind::Tls:
        return ExitNetwork;
    case VaultError::Kind::InvalidRequest:
        return ExitLocalInput;
    case VaultError::Kind::Parse:
    case VaultError::Kind::Cancelled:
        return ExitService;
    case VaultError::Kind::Http:
        break;
    }
    switch (error.httpStatus) {
    case 401:
        return ExitAuthentication;
    case 403:
        return ExitForbidden;
    case 404:
        return ExitNotFound;
    case 409:
        return ExitConflict;
    default:
        return ExitService;
    }
}

void reportError(const QString &what, const VaultError &error) {
    err() << "certdeck-cli: " << what << ": " << error.explanation() << '\n';
    QStringList facts;
    if (error.httpStatus != 0)
        facts << QStringLiteral("HTTP %1").arg(error.httpStatus);
    if (!error.code.isEmpty())
        facts << (error.innerCode.isEmpty() ? error.code
                                            : error.code + QLatin1Char('/') + error.innerCode);
    if (!error.requestId.isEmpty())
        facts << Text::tr("request id %1").arg(error.requestId);
    if (!error.message.isEmpty() || !facts.isEmpty())
        err() << "  " << (error.message.isEmpty() ? Text::tr("(no message)") : error.message)
              << (facts.isEmpty()
                      ? QString()
                      : QStringLiteral(" [") + facts.join(QLatin1String(", ")) + QLatin1Char(']'))
              << '\n';
    err().flush();
}

void reportLocalError(const QString &what, const QString &message) {
    err() << "certdeck-cli: " << what << ": " << message << '\n';
    err().flush();
}

GlobalOptions::GlobalOptions() {
    connection.setDescription(Text::tr(
        "A connection.json (as certdeck-localvault writes it): vault URL, tenant, authority, "
        "client id and secret, CA certificate, ARM URL and vault resource id."));
    vault.setDescription(Text::tr("The vault URL, e.g. https://contoso.vault.azure.net/."));
    auth.setDescription(Text::tr("Sign-in method: local (the default with --connection), secret, "
                                 "cli (Azure CLI), device-code or certificate."));
    tenant.setDescription(Text::tr("Entra ID tenant (secret, certificate, device-code)."));
    clientId.setDescription(
        Text::tr("Application (client) id (secret, certificate, device-code)."));
    clientSecretFile.setDescription(
        Text::tr("File holding the client secret (--auth secret); or set CERTDECK_CLIENT_SECRET. "
                 "Secrets are never accepted as arguments."));
    certificateFile.setDescription(
        Text::tr("PFX or PEM with the application's certificate and key (--auth certificate)."));
    certificatePasswordFile.setDescription(
        Text::tr("File holding the password of --certificate-file, when it has one."));
    authorityHost.setDescription(
        Text::tr("Entra ID authority host (default https://login.microsoftonline.com)."));
    caFile.setDescription(
        Text::tr("PEM file of extra CA certificates to trust for this connection."));
    output.setDescription(Text::tr("table (default) or json."));
    apiVersion.setDescription(Text::tr("Key Vault API version: 7.5 (default) or 7.4."));
    armUrl.setDescription(Text::tr("Azure Resource Manager URL for access policies (default "
                                   "https://management.azure.com/)."));
    vaultResourceId.setDescription(Text::tr("The vault's ARM resource id, for access policies."));
    principal.setDescription(
        Text::tr("With --auth local: sign in as this principal of the connection file (e.g. "
                 "reader) instead of its administrator."));
}

void GlobalOptions::addTo(QCommandLineParser &parser, bool hidden) const {
    for (QCommandLineOption option :
         {connection, vault, auth, tenant, clientId, clientSecretFile, certificateFile,
          certificatePasswordFile, authorityHost, caFile, output, apiVersion, armUrl,
          vaultResourceId, principal}) {
        if (hidden)
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

bool OptionValues::isSet(const QCommandLineOption &option) const {
    const QString name = option.names().constFirst();
    return m_command.isSet(name) || m_global.isSet(name);
}

QString OptionValues::value(const QCommandLineOption &option) const {
    const QString name = option.names().constFirst();
    return m_command.isSet(name) ? m_command.value(name) : m_global.value(name);
}

Session::Session(QObject *parent)
    : QObject(parent) {}

Session::~Session() = default;

bool Session::configure(const OptionValues &parser, const GlobalOptions &options, QString *error,
                        int *exitCode) {
    *exitCode = ExitUsage;
    const QString format = parser.value(options.output);
    if (format == QLatin1String("json"))
        m_format = OutputFormat::Json;
    else if (format != QLatin1String("table")) {
        *error = Text::tr("--output must be table or json, not “%1”.").arg(format);
        return false;
    }
    const QString apiVersion = parser.value(options.apiVersion);
    if (apiVersion != QLatin1String("7.5") && apiVersion != QLatin1String("7.4")) {
        *error = Text::tr("--api-version must be 7.5 or 7.4, not “%1”.").arg(apiVersion);
        return false;
    }
    if (parser.isSet(options.connection)) {
        auto loaded = client::LocalVaultConnection::load(parser.value(options.connection));
        if (!loaded) {
            *error = loaded.error();
            *exitCode = ExitLocalInput;
            return false;
        }
        m_connection = std::move(loaded).value();
        m_settings.vaultUrl = m_connection->vaultUrl();
        m_settings.tenantId = m_connection->tenantId();
        m_settings.authorityHost = m_connection->authorityHost();
        m_settings.extraCertificates = m_connection->caCertificates();
        m_settings.armBaseUrl = m_connection->armBaseUrl();
        m_settings.vaultResourceId = m_connection->vaultResourceId();
    } else if (!parser.isSet(options.vault)) {
        *error = Text::tr("Say which vault: --connection FILE, or --vault URL with --auth.");
        return false;
    }
    if (parser.isSet(options.vault)) {
        m_settings.vaultUrl = QUrl(parser.value(options.vault), QUrl::StrictMode);
        if (!m_settings.vaultUrl.isValid() || m_settings.vaultUrl.host().isEmpty()) {
            *error = Text::tr("--vault needs a URL such as https://contoso.vault.azure.net/.");
            return false;
        }
    }
    if (parser.isSet(options.tenant))
        m_settings.tenantId = parser.value(options.tenant);
    if (parser.isSet(options.clientId))
        m_settings.clientId = parser.value(options.clientId);
    if (parser.isSet(options.authorityHost))
        m_settings.authorityHost = parser.value(options.authorityHost);
    if (parser.isSet(options.caFile)) {
        QString readError;
        auto pem = readLocalFile(parser.value(options.caFile), &readError);
        const QList<QSslCertificate> extra =
            pem ? QSslCertificate::fromData(*pem, QSsl::Pem) : QList<QSslCertificate>();
        if (extra.isEmpty()) {
            *error =
                pem ? Text::tr("%1 holds no PEM certificate.").arg(parser.value(options.caFile))
                    : readError;
            *exitCode = ExitLocalInput;
            return false;
        }
        m_settings.extraCertificates += extra;
    }
    if (parser.isSet(options.armUrl))
        m_settings.armBaseUrl = QUrl(parser.value(options.armUrl), QUrl::StrictMode);
    if (parser.isSet(options.vaultResourceId))
        m_settings.vaultResourceId = parser.value(options.vaultResourceId);

    const QString method = parser.isSet(options.auth)         ? parser.value(options.auth)
                           : parser.isSet(options.connection) ? QStringLiteral("local")
                                                              : QStringLiteral("cli");
    m_tokenNetwork = new QNetworkAccessManager(this);
    if (!createCredential(method, parser, options, error, exitCode))
        return false;
    m_pipeline = new client::HttpPipeline(m_credential, this);
    if (!m_settings.extraCertificates.isEmpty())
        m_pipeline->addTrustedCertificates(m_settings.extraCertificates);
    if (auto *confidential = qobject_cast<client::ConfidentialClientCredential *>(m_credential))
        confidential->setSslConfiguration(m_pipeline->sslConfiguration());
    if (auto *deviceCode = qobject_cast<client::DeviceCodeCredential *>(m_credential))
        deviceCode->setSslConfiguration(m_pipeline->sslConfiguration());
    m_vault = new client::VaultClient(m_settings.vaultUrl, m_pipeline, this);
    m_vault->setApiVersion(apiVersion);
    m_arm = new client::ArmClient(m_pipeline, this);
    if (m_settings.armBaseUrl.isValid() && !m_settings.armBaseUrl.isEmpty())
        m_arm->setBaseUrl(m_settings.armBaseUrl);
    *exitCode = ExitOk;
    return true;
}

bool Session::createCredential(const QString &method, const OptionValues &parser,
                               const GlobalOptions &options, QString *error, int *exitCode) {
    if (parser.isSet(options.principal) && method != QLatin1String("local")) {
        *error = Text::tr("--principal goes with --auth local only.");
        return false;
    }
    client::ConfidentialClient confidential;
    if (!m_settings.authorityHost.isEmpty())
        confidential.authorityHost = m_settings.authorityHost;
    confidential.tenantId = m_settings.tenantId;
    confidential.clientId = m_settings.clientId;
    if (confidential.clientId.isEmpty() && m_connection)
        confidential.clientId = m_connection->clientId();

    if (method == QLatin1String("local")) {
        if (!m_connection) {
            *error = Text::tr("--auth local needs --connection FILE.");
            return false;
        }
        const QString principal = parser.value(options.principal);
        m_credential = m_connection->createCredential(m_tokenNetwork, this, principal);
        if (!m_credential) {
            *error = Text::tr("The connection file has no principal named “%1”.").arg(principal);
            *exitCode = ExitLocalInput;
            return false;
        }
        return true;
    }
    if (method == QLatin1String("secret")) {
        if (confidential.tenantId.isEmpty() || confidential.clientId.isEmpty()) {
            *error = Text::tr("--auth secret needs --tenant and --client-id.");
            return false;
        }
        QByteArray secret;
        if (parser.isSet(options.clientSecretFile)) {
            auto read = readSecretFile(parser.value(options.clientSecretFile), error);
            if (!read) {
                *exitCode = ExitLocalInput;
                return false;
            }
            secret = *read;
            crypto::cleanse(*read);
        } else {
            secret = qgetenv("CERTDECK_CLIENT_SECRET");
        }
        if (secret.isEmpty()) {
            *error = Text::tr("--auth secret needs the secret in --client-secret-file FILE or in "
                              "the environment variable CERTDECK_CLIENT_SECRET.");
            return false;
        }
        QString text = QString::fromUtf8(secret);
        crypto::cleanse(secret);
        m_credential = new client::ClientSecretCredential(confidential, text, m_tokenNetwork, this);
        text.fill(QLatin1Char('\0'));
        return true;
    }
    if (method == QLatin1String("certificate")) {
        if (confidential.tenantId.isEmpty() || confidential.clientId.isEmpty() ||
            !parser.isSet(options.certificateFile)) {
            *error = Text::tr("--auth certificate needs --tenant, --client-id and "
                              "--certificate-file.");
            return false;
        }
        QByteArray password;
        if (parser.isSet(options.certificatePasswordFile)) {
            auto read = readSecretFile(parser.value(options.certificatePasswordFile), error);
            if (!read) {
                *exitCode = ExitLocalInput;
                return false;
            }
            password = *read;
            crypto::cleanse(*read);
        }
        auto material =
            client::loadClientCertificateFile(parser.value(options.certificateFile), password);
        crypto::cleanse(password);
        if (!material) {
            *error = material.error();
            *exitCode = ExitLocalInput;
            return false;
        }
        m_credential =
            new client::ClientCertificateCredential(confidential, *material, m_tokenNetwork, this);
        return true;
    }
    if (method == QLatin1String("cli")) {
        auto *cli = new client::AzureCliCredential(this);
        if (parser.isSet(options.tenant))
            cli->setTenantId(m_settings.tenantId);
        m_credential = cli;
        return true;
    }
    if (method == QLatin1String("device-code")) {
        client::PublicClient publicClient;
        if (!m_settings.authorityHost.isEmpty())
            publicClient.authorityHost = m_settings.authorityHost;
        if (!m_settings.tenantId.isEmpty())
            publicClient.tenantId = m_settings.tenantId;
        if (confidential.clientId.isEmpty()) {
            *error = Text::tr("--auth device-code needs --client-id (an application that allows "
                              "public client flows).");
            return false;
        }
        publicClient.clientId = confidential.clientId;
        auto *deviceCode = new client::DeviceCodeCredential(publicClient, m_tokenNetwork, this);
        connect(deviceCode, &client::DeviceCodeCredential::userActionRequired, this,
                [](const QString &code, const QUrl &uri, const QString &message) {
                    err() << (message.isEmpty() ? Text::tr("To sign in, open %1 and enter the code "
                                                           "%2.")
                                                      .arg(uri.toString(), code)
                                                : message)
                          << '\n';
                    err().flush();
                });
        m_credential = deviceCode;
        return true;
    }
    *error = Text::tr("--auth must be local, secret, cli, device-code or certificate, not “%1”.")
                 .arg(method);
    return false;
}

} // namespace certdeck::cli
