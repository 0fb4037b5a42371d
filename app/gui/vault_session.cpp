#include "vault_session.h"

#include "client_secret_credential.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace certdeck::gui {

VaultSession::VaultSession(QObject *parent)
    : QObject(parent) {}

VaultSession::~VaultSession() = default;

VaultSession *VaultSession::fromLocalConnection(const QString &connectionFile, QString *error,
                                                QObject *parent) {
    QFile file(connectionFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The local vault's connection file %1 cannot be read.").arg(connectionFile);
        return nullptr;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const auto field = [&json](const char *name) {
        return json.value(QLatin1String(name)).toString();
    };
    if (field("vaultUrl").isEmpty() || field("clientId").isEmpty() ||
        field("caCertificate").isEmpty()) {
        *error = tr("The local vault's connection file %1 is incomplete.").arg(connectionFile);
        return nullptr;
    }
    const QList<QSslCertificate> trusted = QSslCertificate::fromPath(field("caCertificate"));
    auto *session = new VaultSession(parent);
    session->m_local = true;
    session->m_displayName = tr("Local vault");
    session->m_vaultResourceId = field("vaultResourceId");
    session->m_armBaseUrl = QUrl(field("armBaseUrl"));
    client::ConfidentialClient identity;
    identity.authorityHost = field("authorityHost");
    identity.tenantId = field("tenantId");
    identity.clientId = field("clientId");
    auto credential = std::make_unique<client::ClientSecretCredential>(
        identity, field("clientSecret"), &session->m_network);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(trusted);
    credential->setSslConfiguration(ssl);
    session->m_credential = std::move(credential);
    session->m_pipeline = new client::HttpPipeline(session->m_credential.get(), session);
    session->m_pipeline->addTrustedCertificates(trusted);
    session->m_client =
        new client::VaultClient(QUrl(field("vaultUrl")), session->m_pipeline, session);
    session->m_arm = new client::ArmClient(session->m_pipeline, session);
    session->m_poller = new client::OperationPoller(session->m_client, session);
    client::PollerSettings polling;
    polling.intervalMs = 3000;
    session->m_poller->setSettings(polling);
    session->m_arm->setBaseUrl(session->m_armBaseUrl);
    session->m_tenantId = identity.tenantId;
    session->m_callerObjectId = field("objectId");
    for (const QJsonValue &principal : json.value(QStringLiteral("principals")).toArray()) {
        const QJsonObject object = principal.toObject();
        session->m_knownPrincipals.insert(object.value(QStringLiteral("objectId")).toString(),
                                          object.value(QStringLiteral("displayName")).toString());
    }
    return session;
}

} // namespace certdeck::gui
