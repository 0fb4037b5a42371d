#include "credential_factory.h"

#include "azure_cli_credential.h"
#include "client_certificate_credential.h"
#include "client_secret_credential.h"
#include "device_code_credential.h"
#include "openssl_support.h"

#include <QCoreApplication>

namespace certdeck::gui {

namespace {

client::ConfidentialClient confidentialClient(const ConnectionSpec &spec) {
    client::ConfidentialClient client;
    client.authorityHost = spec.authorityHost;
    client.tenantId = spec.tenantId;
    client.clientId = spec.clientId;
    return client;
}

std::unique_ptr<client::TokenCredential> certificateCredential(const ConnectionSpec &spec,
                                                               const QString &password,
                                                               QNetworkAccessManager *network,
                                                               QString *error) {
    QByteArray passwordBytes = password.toUtf8();
    auto material = client::loadClientCertificateFile(spec.certificatePath, passwordBytes);
    crypto::cleanse(passwordBytes);
    if (!material) {
        *error = QCoreApplication::translate("certdeck::gui::Credentials",
                                             "The client certificate %1 cannot be used: %2")
                     .arg(spec.certificatePath, material.error());
        return nullptr;
    }
    return std::make_unique<client::ClientCertificateCredential>(confidentialClient(spec),
                                                                 *material, network);
}

} // namespace

std::unique_ptr<client::TokenCredential> makeCredential(const ConnectionSpec &spec,
                                                        const QString &secret,
                                                        QNetworkAccessManager *network,
                                                        QString *error) {
    switch (spec.credential) {
    case CredentialKind::AzureCli: {
        auto credential = std::make_unique<client::AzureCliCredential>();
        credential->setTenantId(spec.tenantId);
        return credential;
    }
    case CredentialKind::DeviceCode: {
        client::PublicClient client;
        client.authorityHost = spec.authorityHost;
        client.tenantId = spec.tenantId.isEmpty() ? client.tenantId : spec.tenantId;
        client.clientId =
            spec.clientId.isEmpty() ? QLatin1String(defaultPublicClientId) : spec.clientId;
        return std::make_unique<client::DeviceCodeCredential>(client, network);
    }
    case CredentialKind::ClientSecret:
        return std::make_unique<client::ClientSecretCredential>(confidentialClient(spec), secret,
                                                                network);
    case CredentialKind::ClientCertificate:
        return certificateCredential(spec, secret, network, error);
    }
    return nullptr;
}

} // namespace certdeck::gui
