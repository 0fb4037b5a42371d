#include "vault_session.h"

#include "client_secret_credential.h"
#include "credential_factory.h"
#include "device_code_credential.h"

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
    session->connectClients(std::move(credential), QUrl(field("vaultUrl")), trusted);
    session->m_arm->setBaseUrl(session->m_armBaseUrl);
    session->m_apim->setBaseUrl(session->m_armBaseUrl);
    session->m_localApimServiceId = field("apimResourceId");
    session->m_tenantId = identity.tenantId;
    session->m_callerObjectId = field("objectId");
    for (const QJsonValue &principal : json.value(QStringLiteral("principals")).toArray()) {
        const QJsonObject object = principal.toObject();
        session->m_knownPrincipals.insert(object.value(QStringLiteral("objectId")).toString(),
                                          object.value(QStringLiteral("displayName")).toString());
    }
    return session;
}

VaultSession *VaultSession::fromConnection(const ConnectionSpec &spec, const QString &secret,
                                           QString *error, QObject *parent) {
    auto *session = new VaultSession(parent);
    auto credential = makeCredential(spec, secret, &session->m_network, error);
    if (!credential) {
        delete session;
        return nullptr;
    }
    if (auto *deviceCode = qobject_cast<client::DeviceCodeCredential *>(credential.get()))
        connect(deviceCode, &client::DeviceCodeCredential::userActionRequired, session,
                [session](const QString &, const QUrl &, const QString &message) {
                    emit session->signInRequired(message);
                });
    session->m_connectionId = spec.id;
    session->m_displayName = spec.displayName;
    session->m_vaultResourceId = spec.vaultResourceId;
    session->m_armBaseUrl = spec.armBaseUrl;
    session->m_tenantId = spec.tenantId;
    session->connectClients(std::move(credential), spec.vaultUrl, {});
    session->m_arm->setBaseUrl(spec.armBaseUrl);
    session->m_apim->setBaseUrl(spec.armBaseUrl);
    // Who the operator is signed in as is only known from the tokens: it is needed to offer
    // granting a missing permission to oneself.
    connect(session->m_pipeline->tokens(), &client::TokenCache::signedIn, session,
            [session](const QString &objectId, const QString &tenantId) {
                if (objectId == session->m_callerObjectId)
                    return;
                session->m_callerObjectId = objectId;
                if (session->m_tenantId.isEmpty() || !tenantId.isEmpty())
                    session->m_tenantId = tenantId;
                emit session->callerChanged();
            });
    return session;
}

QHash<QString, QString> VaultSession::knownPrincipals() const {
    QHash<QString, QString> names = m_knownPrincipals;
    for (auto it = m_apimIdentities.cbegin(); it != m_apimIdentities.cend(); ++it) {
        if (!names.contains(it.key()))
            names.insert(it.key(), tr("%1 (API Management managed identity)").arg(it.value()));
    }
    return names;
}

void VaultSession::nameApimIdentities(const QList<vault::ApimService> &services) {
    bool learned = false;
    for (const vault::ApimService &service : services) {
        if (!service.identity || service.identity->principalId.isEmpty())
            continue;
        const QString objectId = service.identity->principalId.toLower();
        learned = learned || m_apimIdentities.value(objectId) != service.name;
        m_apimIdentities.insert(objectId, service.name);
    }
    if (learned)
        emit knownPrincipalsChanged();
}

QString VaultSession::subscriptionId() const {
    const QStringList parts = m_vaultResourceId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() >= 2 &&
                   parts[0].compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0
               ? parts[1]
               : QString();
}

void VaultSession::connectClients(std::unique_ptr<client::TokenCredential> credential,
                                  const QUrl &vaultUrl, const QList<QSslCertificate> &trusted) {
    m_credential = std::move(credential);
    m_pipeline = new client::HttpPipeline(m_credential.get(), this);
    if (!trusted.isEmpty())
        m_pipeline->addTrustedCertificates(trusted);
    m_client = new client::VaultClient(vaultUrl, m_pipeline, this);
    m_arm = new client::ArmClient(m_pipeline, this);
    m_apim = new client::ApimClient(m_pipeline, this);
    m_poller = new client::OperationPoller(m_client, this);
    client::PollerSettings polling;
    polling.intervalMs = 3000;
    m_poller->setSettings(polling);
}

} // namespace certdeck::gui
