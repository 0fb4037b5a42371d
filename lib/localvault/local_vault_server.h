#pragma once

#include "arm_service.h"
#include "http_exchange.h"
#include "identity_service.h"
#include "key_vault_service.h"
#include "local_certificate_authority.h"
#include "token_service.h"
#include "vault_store.h"

#include <QAbstractHttpServer>
#include <QTimer>

#include <memory>

namespace certdeck::localvault {

struct LocalVaultOptions {
    QString dataDirectory;
    quint16 port = 0;             // 0: any free port
    bool demo = false;            // seed demo data into a new store
    qint64 issuerDelayMs = 30000; // how long test-CA requests stay in progress
};

// The built-in local vault: Key Vault certificates data plane, a token endpoint and the ARM
// subset, over HTTPS on loopback, with state in SQLite under the data directory.
class LocalVaultServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit LocalVaultServer(QObject *parent = nullptr);
    ~LocalVaultServer() override;

    bool start(const LocalVaultOptions &options, QString *error);

    quint16 port() const { return m_port; }
    QString baseUrl() const;            // https://localhost:PORT
    QString connectionFilePath() const; // <data>/connection.json
    QString caCertificatePath() const;  // <data>/ca.pem
    QString tenantId() const { return m_tenantId; }

    // Routing without sockets: the same path every HTTPS request takes.
    LocalResponse route(const LocalRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool prepareDataDirectory(QString *error);
    bool ensureIdentities(QString *error);
    bool setUpTls(QString *error);
    bool listenOnLoopback(quint16 port, QString *error);
    void createServices();
    bool writeConnectionFile(QString *error) const;

    LocalVaultOptions m_options;
    VaultStore m_store;
    LocalCertificateAuthority m_authority;
    TokenService m_tokens;
    std::unique_ptr<KeyVaultService> m_keyVault;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<ArmService> m_arm;
    QTimer m_settleTimer;
    QString m_tenantId;
    QString m_subscriptionId;
    quint16 m_port = 0;
};

// Demo certificates, pending requests, issuers and an API Management principal (seed 000).
bool seedDemoData(VaultStore &store, const LocalCertificateAuthority &authority, QString *error);

} // namespace certdeck::localvault
