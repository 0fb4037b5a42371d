#pragma once

// Concurrent clients for the fault tests: each one its own QNetworkAccessManager (so its own
// connections), one request at a time, writing only names under its own prefix, so that every
// acknowledged write can be checked against a final listing of the vault.
#include "certificate.h"
#include "private_key.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>

#include <functional>

class LocalVaultFixture;
class LocalVaultProcess;

namespace loadtest {

struct VaultTarget {
    QString vaultUrl; // https://localhost:PORT, no trailing slash
    QString token;    // the admin's bearer token
    QSslConfiguration ssl;
    int answerBoundMs = 30000; // unanswered for longer counts as a hung server
};

// Relative weights of the operations a client picks from.
struct OperationMix {
    int createSelf = 0;
    int createUnknownAndMerge = 0;
    int importPfx = 0;
    int list = 0;
    int remove = 0;
};

// Made once per test: PFX files to import and a CA that signs the CSRs of manual creates.
struct LoadMaterial {
    QStringList pfxValues; // base64
    QStringList pfxX5t;
    QByteArray pfxPassword;
    certdeck::crypto::PrivateKey caKey;
    certdeck::crypto::Certificate caCertificate;

    static LoadMaterial make(int pfxCount);
};

// Everything the clients saw.
struct LoadLedger {
    QSet<QString> live;                  // acknowledged create/import, not deleted since
    QSet<QString> deleted;               // acknowledged deletes
    QSet<QString> uncertain;             // written but never answered (the vault was killed)
    QHash<QString, QString> importedX5t; // name -> x5t of the acknowledged import
    QList<qint64> latenciesMs;
    QMap<QString, int> outcomes; // "202", "400 BadParameter", "no answer", ...
    QStringList problems;        // unexpected answers, duplicates within a listing
    bool noAnswerIsProblem = true;
    int requests = 0;

    qint64 percentileMs(double fraction) const;
    QString summary() const; // requests, p50/p99/max latency, outcomes by status and code
};

class LoadClient : public QObject {
    Q_OBJECT
public:
    LoadClient(const QString &namePrefix, quint32 seed, const VaultTarget &target,
               const LoadMaterial &material, const OperationMix &mix, LoadLedger *ledger,
               QObject *parent = nullptr);

    void start();
    void stop(); // no new operation once the current one is answered
    bool isStopped() const { return m_stopped; }

signals:
    void stopped();

private:
    using AnswerHandler = std::function<void(int status, const QJsonObject &json)>;
    void next();
    void send(const QByteArray &method, const QString &pathOrUrl, const QJsonObject &body,
              const QString &writtenName, AnswerHandler onAnswer);
    void expect(int status, int expected, const QString &what, const QJsonObject &json);
    QString newName();

    void createSelf();
    void createUnknownAndMerge();
    void merge(const QString &name, const QString &csrBase64);
    void importPfx();
    void list(int pagesLeft, const QString &url, QSet<QString> seen);
    void remove();

    QString m_prefix;
    QRandomGenerator m_random;
    VaultTarget m_target;
    const LoadMaterial &m_material;
    OperationMix m_mix;
    LoadLedger *m_ledger;
    QNetworkAccessManager m_network;
    QStringList m_mine; // settled names of this client that may be deleted
    int m_counter = 0;
    bool m_stopping = false;
    bool m_stopped = false;
};

// `count` clients named PREFIXnn- on `target`; owned by `parent`.
QList<LoadClient *> startClients(int count, const QString &prefix, const VaultTarget &target,
                                 const LoadMaterial &material, const OperationMix &mix,
                                 LoadLedger *ledger, QObject *parent);
// Stops them and waits until each has its last request answered, at most `boundMs`.
bool stopClients(const QList<LoadClient *> &clients, int boundMs);

// Starts the real binary on `dataDir` and attaches `checker` to it.
bool startAndAttach(LocalVaultProcess &vault, const QString &binary, const QString &dataDir,
                    LocalVaultFixture &checker, QString *error);
// "N problems, first ones: …" for a failure message.
QString firstOf(const QStringList &problems);

// A target for the vault `fixture` is attached to (its admin token and CA).
VaultTarget targetOf(LocalVaultFixture &fixture, int answerBoundMs);

// Compares the ledger with a full listing of the vault: acknowledged certificates present once,
// deleted ones in the deleted listing, nothing else under `prefix`. Empty when all agree.
QStringList compareWithVault(const LoadLedger &ledger, LocalVaultFixture &fixture,
                             const QString &prefix);

} // namespace loadtest
