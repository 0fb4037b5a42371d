#pragma once

// A VaultClient (with its pipeline and credential) talking to a LocalVaultFixture over real
// HTTPS, and small helpers shared by the poller and retry tests.
#include "local_vault_connection.h"
#include "local_vault_fixture.h"
#include "vault_client.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>

#include <memory>

namespace clienttest {

// Destroyed in reverse order: client, pipeline, credential, network.
struct ConnectedClient {
    QNetworkAccessManager network;
    std::unique_ptr<certdeck::client::ClientSecretCredential> credential;
    std::unique_ptr<certdeck::client::HttpPipeline> pipeline;
    std::unique_ptr<certdeck::client::VaultClient> client;

    bool connect(const LocalVaultFixture &vault, QString *error) {
        const QString path = vault.server()
                                 ? vault.server()->connectionFilePath()
                                 : vault.dataDirectory() + QStringLiteral("/connection.json");
        auto connection = certdeck::client::LocalVaultConnection::load(path);
        if (!connection) {
            *error = connection.error();
            return false;
        }
        credential.reset(connection->createCredential(&network));
        pipeline = std::make_unique<certdeck::client::HttpPipeline>(credential.get());
        pipeline->addTrustedCertificates(connection->caCertificates());
        client =
            std::make_unique<certdeck::client::VaultClient>(connection->vaultUrl(), pipeline.get());
        return true;
    }
};

template <typename Reply> bool waitFor(Reply *reply, int timeoutMs = 30000) {
    if (reply->isFinished()) { // finished() is queued: let it be delivered
        QSignalSpy spy(reply, &certdeck::client::ServiceReply::finished);
        return spy.wait(timeoutMs) || spy.count() > 0;
    }
    QSignalSpy spy(reply, &certdeck::client::ServiceReply::finished);
    return spy.wait(timeoutMs);
}

// Requests as the vault saw them: arrival times (ms on a shared clock) per method and path.
class TrafficRecorder : public QObject {
public:
    explicit TrafficRecorder(certdeck::localvault::LocalVaultServer *server) {
        m_clock.start();
        QObject::connect(server, &certdeck::localvault::LocalVaultServer::requestArrived, this,
                         [this](const QByteArray &method, const QString &path) {
                             m_arrivals.append({method, path, m_clock.elapsed()});
                             m_open.append(describe(method, path));
                             if (m_open.size() > m_peak.size())
                                 m_peak = m_open;
                         });
        QObject::connect(server, &certdeck::localvault::LocalVaultServer::requestFinished, this,
                         [this](const QByteArray &method, const QString &path, int) {
                             m_open.removeOne(describe(method, path));
                         });
    }

    struct Arrival {
        QByteArray method;
        QString path;
        qint64 atMs = 0;
    };

    QList<Arrival> arrivals(const QByteArray &method, const QString &pathPattern) const {
        const QRegularExpression pattern(pathPattern);
        QList<Arrival> matching;
        for (const Arrival &arrival : m_arrivals) {
            if ((method.isEmpty() || arrival.method == method) &&
                pattern.match(arrival.path).hasMatch())
                matching.append(arrival);
        }
        return matching;
    }
    int count(const QByteArray &method, const QString &pathPattern) const {
        return int(arrivals(method, pathPattern).size());
    }
    void clear() {
        m_arrivals.clear();
        m_peak = m_open;
    }
    qint64 now() const { return m_clock.elapsed(); }
    int open() const { return int(m_open.size()); }
    int maxOpen() const { return int(m_peak.size()); } // most requests arrived, not yet answered
    // The requests that were open together at the peak, for a failure message.
    QString openAtPeak() const { return m_peak.join(QStringLiteral(", ")); }

private:
    static QString describe(const QByteArray &method, const QString &path) {
        return QString::fromLatin1(method) + QLatin1Char(' ') + path;
    }

    QElapsedTimer m_clock;
    QList<Arrival> m_arrivals;
    QStringList m_open;
    QStringList m_peak;
};

inline certdeck::vault::CertificatePolicy ecPolicy(const QString &subject, const QString &issuer) {
    certdeck::vault::CertificatePolicy policy;
    policy.keyProperties = certdeck::vault::KeyProperties();
    policy.keyProperties->keyType = QStringLiteral("EC");
    policy.keyProperties->curve = QStringLiteral("P-256");
    policy.x509Properties = certdeck::vault::X509Properties();
    policy.x509Properties->subject = subject;
    policy.issuer = certdeck::vault::IssuerParameters();
    policy.issuer->name = issuer;
    return policy;
}

} // namespace clienttest
