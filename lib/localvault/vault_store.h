#pragma once

#include "access_policy.h"
#include "certificate_bundle.h"
#include "certificate_operation.h"
#include "certificate_policy.h"
#include "contacts.h"
#include "issuer_bundle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace certdeck::localvault {

struct StoredCertificate {
    QString name;
    vault::CertificatePolicy policy;
    std::optional<qint64> deletedDate;
    std::optional<qint64> scheduledPurgeDate;
};

struct StoredVersion {
    QString name;
    QString version;
    QByteArray cer;   // DER; empty while pending
    QByteArray key;   // PKCS#8 DER
    QByteArray chain; // PEM of the issuing certificates, leaf excluded
    bool enabled = false;
    std::optional<qint64> notBefore;
    std::optional<qint64> expires;
    qint64 created = 0;
    qint64 updated = 0;
    std::optional<vault::Tags> tags;
    bool isPending() const { return cer.isEmpty(); }
};

struct StoredOperation {
    QString name;
    QString version;
    QString requestId;
    vault::IssuerParameters issuer;
    QByteArray csr;
    QString status;
    std::optional<QString> statusDetails;
    bool cancellationRequested = false;
    std::optional<vault::ServiceError> error;
    std::optional<qint64> readyAtMs; // when an issuer-backed request reaches its outcome
    bool enableOnCompletion = true;
};

struct Principal {
    QString objectId;
    QString clientId;
    QString displayName;
    QString secret;         // the local sandbox's own client secret
    QByteArray certificate; // DER, for certificate assertions; may be empty
    bool armOwner = false;  // may call the ARM routes
};

// One entity of the local API Management (service, certificate, backend, api, policy): its ARM
// contract as served, its ETag, and private material the contract never shows (certificate DER).
struct ApimEntity {
    QString service; // the owning service's name; empty for a service itself
    QString kind;    // "service", "certificate", "backend", "api", "policy"
    QString name;
    QJsonObject contract;
    QString etag;
    QByteArray material;
};

// Durable state of the local vault: SQLite in WAL mode with synchronous=FULL, so every
// acknowledged write survives a restart or kill -9. One instance per thread.
class VaultStore {
public:
    VaultStore();
    ~VaultStore();
    VaultStore(const VaultStore &) = delete;
    VaultStore &operator=(const VaultStore &) = delete;

    bool open(const QString &path, QString *error);
    QString lastError() const { return m_lastError; }

    bool transaction();
    bool commit();
    void rollback();

    QByteArray setting(const QString &key) const;
    bool setSetting(const QString &key, const QByteArray &value);

    std::optional<StoredCertificate> certificate(const QString &name) const;
    bool putCertificate(const StoredCertificate &certificate);
    bool purgeCertificate(const QString &name);
    // Names after `after` (exclusive, case-insensitive order), at most `limit`.
    QStringList certificateNames(bool deleted, const QString &after, int limit) const;

    QList<StoredVersion> versions(const QString &name) const; // oldest first
    std::optional<StoredVersion> version(const QString &name, const QString &version) const;
    std::optional<StoredVersion>
    latestVersion(const QString &name) const; // newest completed, else newest
    bool putVersion(const StoredVersion &version);

    std::optional<StoredOperation> operation(const QString &name) const;
    bool putOperation(const StoredOperation &operation);
    bool deleteOperation(const QString &name);
    QStringList dueOperations(qint64 nowMs) const;

    std::optional<vault::IssuerBundle> issuer(const QString &name) const;
    QList<vault::IssuerBundle> issuers() const;
    bool putIssuer(const QString &name, const vault::IssuerBundle &issuer);
    bool deleteIssuer(const QString &name);

    std::optional<vault::Contacts> contacts() const;
    bool putContacts(const std::optional<vault::Contacts> &contacts);

    QList<Principal> principals() const;
    std::optional<Principal> principalByClientId(const QString &clientId) const;
    std::optional<Principal> principalByObjectId(const QString &objectId) const;
    bool putPrincipal(const Principal &principal);

    QList<vault::AccessPolicyEntry> accessPolicies() const;
    bool setAccessPolicies(const QList<vault::AccessPolicyEntry> &policies);

    std::optional<ApimEntity> apimEntity(const QString &service, const QString &kind,
                                         const QString &name) const;
    QList<ApimEntity> apimEntities(const QString &service, const QString &kind) const; // by name
    bool putApimEntity(const ApimEntity &entity);
    bool deleteApimEntity(const QString &service, const QString &kind, const QString &name);

private:
    bool exec(const QString &sql);
    bool createSchema();

    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace certdeck::localvault
