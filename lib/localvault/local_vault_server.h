#pragma once

#include "arm_service.h"
#include "fault_injector.h"
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
    // Turns purge protection on for the data directory; as in Azure, it cannot be turned off.
    bool purgeProtection = false;
    int seedCertificates = 0; // test-only: bulk-insert this many into a new store
    // Device code flow: the polling interval handed out, and how long a code stays usable.
    int deviceCodeIntervalSeconds = 5;
    int deviceCodeExpiresInSeconds = 900;
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
    // The server's durable state, for tests (e.g. registering a principal's certificate).
    VaultStore &store() { return m_store; }

    // Larger request bodies get 413 (a PFX with its chain is a few kilobytes).
    static constexpr qsizetype maxRequestBodyBytes = 1024 * 1024;

    // Routing without sockets: the same path every HTTPS request takes.
    LocalResponse route(const LocalRequest &request);

    // FOR TESTS ONLY: faults applied to HTTPS requests before routing (none unless rules are
    // added). See fault_injector.h.
    FaultInjector *faults() { return &m_faults; }

signals:
    // Every HTTPS request as it arrives and when its answer is written (status 0: the connection
    // was dropped without an answer). For tests and the activity of the local vault.
    void requestArrived(const QByteArray &method, const QString &path);
    void requestFinished(const QByteArray &method, const QString &path, int status);
    // A pending operation reached its issuer outcome (completed, failed, cancelled).
    void operationSettled(const QString &name, const QString &status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool prepareDataDirectory(QString *error);
    bool ensureIdentities(QString *error);
    bool setUpTls(QString *error);
    bool listenOnLoopback(quint16 port, QString *error);
    bool createServices(QString *error);
    void settleDue();
    LocalResponse withServiceHeaders(LocalResponse response, const LocalRequest &request) const;
    void answerWithFault(const FaultDecision &decision, const LocalRequest &request,
                         const QHttpServerRequest &httpRequest, QTcpSocket *socket);
    bool writeConnectionFile(QString *error) const;

    LocalVaultOptions m_options;
    VaultStore m_store;
    LocalCertificateAuthority m_authority;
    TokenService m_tokens;
    std::unique_ptr<KeyVaultService> m_keyVault;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<ApiManagementService> m_apim;
    std::unique_ptr<ArmService> m_arm;
    QTimer m_settleTimer;
    bool m_settleQueued = false;
    FaultInjector m_faults;
    QString m_tenantId;
    QString m_subscriptionId;
    quint16 m_port = 0;
};

// Demo certificates, pending requests, issuers and an API Management principal (seed 000).
// The local API Management service itself is created at start (see apimServiceName()).
bool seedDemoData(VaultStore &store, const LocalCertificateAuthority &authority, QString *error);

// Demo certificate, back ends and APIs of the local API Management service `service`.
bool seedDemoApiManagement(ApiManagementService &apim, VaultStore &store, const QString &service,
                           QString *error);

// Test-only (benchmarks): `count` imported certificates "seed-NNNN" in one transaction, sharing
// one key and a few certificates.
bool seedBenchmarkCertificates(VaultStore &store, int count, QString *error);

} // namespace certdeck::localvault
