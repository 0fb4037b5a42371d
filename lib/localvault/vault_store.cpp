#include "vault_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace certdeck::localvault {

namespace {

QByteArray toJsonText(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject objectFromText(const QVariant &value) {
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

QVariant optionalInt(const std::optional<qint64> &value) {
    return value ? QVariant(*value) : QVariant();
}

std::optional<qint64> intOrNull(const QVariant &value) {
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

VaultStore::VaultStore()
    : m_connectionName(QStringLiteral("certdeck-localvault-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

VaultStore::~VaultStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool VaultStore::open(const QString &path, QString *error) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // WAL + FULL: a commit is on disk before we answer, so kill -9 loses nothing acknowledged.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !exec(QStringLiteral("PRAGMA busy_timeout=5000")) || !createSchema()) {
        *error = m_lastError;
        return false;
    }
    return true;
}

bool VaultStore::exec(const QString &sql) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool VaultStore::createSchema() {
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value BLOB)",
        "CREATE TABLE IF NOT EXISTS certificates (name TEXT PRIMARY KEY COLLATE NOCASE,"
        " policy TEXT NOT NULL, deleted_date INTEGER, scheduled_purge_date INTEGER)",
        "CREATE TABLE IF NOT EXISTS versions (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " name TEXT NOT NULL COLLATE NOCASE, version TEXT NOT NULL, cer BLOB, key BLOB,"
        " chain BLOB, enabled INTEGER NOT NULL, nbf INTEGER, exp INTEGER, created INTEGER NOT NULL,"
        " updated INTEGER NOT NULL, tags TEXT, UNIQUE(name, version))",
        "CREATE TABLE IF NOT EXISTS operations (name TEXT PRIMARY KEY COLLATE NOCASE,"
        " version TEXT NOT NULL, request_id TEXT NOT NULL, issuer TEXT NOT NULL, csr BLOB,"
        " status TEXT NOT NULL, status_details TEXT, cancellation_requested INTEGER NOT NULL,"
        " error TEXT, ready_at INTEGER, enable_on_completion INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS operations_due ON operations(status, ready_at)",
        "CREATE TABLE IF NOT EXISTS issuers (name TEXT PRIMARY KEY COLLATE NOCASE, bundle TEXT NOT "
        "NULL)",
        "CREATE TABLE IF NOT EXISTS principals (object_id TEXT PRIMARY KEY, client_id TEXT UNIQUE,"
        " display_name TEXT, secret TEXT, certificate BLOB, arm_owner INTEGER NOT NULL)",
        // Local API Management (added later; IF NOT EXISTS migrates older stores in place).
        "CREATE TABLE IF NOT EXISTS apim_entities (service TEXT NOT NULL COLLATE NOCASE,"
        " kind TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, contract TEXT NOT NULL,"
        " etag TEXT NOT NULL, material BLOB, PRIMARY KEY (service, kind, name))",
    };
    for (const char *sql : statements) {
        if (!exec(QString::fromLatin1(sql)))
            return false;
    }
    return true;
}

bool VaultStore::transaction() {
    return QSqlDatabase::database(m_connectionName).transaction();
}

bool VaultStore::commit() {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (db.commit())
        return true;
    m_lastError = db.lastError().text();
    return false;
}

void VaultStore::rollback() {
    QSqlDatabase::database(m_connectionName).rollback();
}

QByteArray VaultStore::setting(const QString &key) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toByteArray();
    return {};
}

bool VaultStore::setSetting(const QString &key, const QByteArray &value) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

std::optional<StoredCertificate> VaultStore::certificate(const QString &name) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT name, policy, deleted_date, scheduled_purge_date"
                                 " FROM certificates WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredCertificate certificate;
    certificate.name = query.value(0).toString();
    certificate.policy = vault::CertificatePolicy::fromJson(objectFromText(query.value(1)));
    certificate.deletedDate = intOrNull(query.value(2));
    certificate.scheduledPurgeDate = intOrNull(query.value(3));
    return certificate;
}

bool VaultStore::putCertificate(const StoredCertificate &certificate) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO certificates"
                       " (name, policy, deleted_date, scheduled_purge_date) VALUES (?, ?, ?, ?)"));
    query.addBindValue(certificate.name);
    query.addBindValue(toJsonText(certificate.policy.toJson()));
    query.addBindValue(optionalInt(certificate.deletedDate));
    query.addBindValue(optionalInt(certificate.scheduledPurgeDate));
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool VaultStore::purgeCertificate(const QString &name) {
    for (const char *sql :
         {"DELETE FROM versions WHERE name = ?", "DELETE FROM operations WHERE name = ?",
          "DELETE FROM certificates WHERE name = ?"}) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName));
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(name);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList VaultStore::certificateNames(bool deleted, const QString &after, int limit) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT name FROM certificates WHERE (deleted_date IS NOT NULL) = ?"
                       " AND name > ? ORDER BY name LIMIT ?"));
    query.addBindValue(deleted);
    query.addBindValue(after);
    query.addBindValue(limit);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

namespace {

const QString versionColumns =
    QStringLiteral("name, version, cer, key, chain, enabled, nbf, exp, created, updated, tags");

StoredVersion versionFromRow(const QSqlQuery &query) {
    StoredVersion version;
    version.name = query.value(0).toString();
    version.version = query.value(1).toString();
    version.cer = query.value(2).toByteArray();
    version.key = query.value(3).toByteArray();
    version.chain = query.value(4).toByteArray();
    version.enabled = query.value(5).toBool();
    version.notBefore = intOrNull(query.value(6));
    version.expires = intOrNull(query.value(7));
    version.created = query.value(8).toLongLong();
    version.updated = query.value(9).toLongLong();
    if (!query.value(10).isNull())
        version.tags = vault::tagsFromJson(objectFromText(query.value(10)));
    return version;
}

} // namespace

QList<StoredVersion> VaultStore::versions(const QString &name) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT ") + versionColumns +
                  QStringLiteral(" FROM versions WHERE name = ? ORDER BY seq"));
    query.addBindValue(name);
    QList<StoredVersion> result;
    if (query.exec()) {
        while (query.next())
            result.append(versionFromRow(query));
    }
    return result;
}

std::optional<StoredVersion> VaultStore::version(const QString &name,
                                                 const QString &version) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT ") + versionColumns +
                  QStringLiteral(" FROM versions WHERE name = ? AND version = ?"));
    query.addBindValue(name);
    query.addBindValue(version.toLower());
    if (query.exec() && query.next())
        return versionFromRow(query);
    return std::nullopt;
}

std::optional<StoredVersion> VaultStore::latestVersion(const QString &name) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    // The current version is the newest one that completed; a never-completed certificate
    // shows its newest pending version.
    query.prepare(
        QStringLiteral("SELECT ") + versionColumns +
        QStringLiteral(" FROM versions WHERE name = ?"
                       " ORDER BY (cer IS NOT NULL AND length(cer) > 0) DESC, seq DESC LIMIT 1"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return versionFromRow(query);
    return std::nullopt;
}

bool VaultStore::putVersion(const StoredVersion &version) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "INSERT INTO versions (name, version, cer, key, chain, enabled, nbf, exp, created, "
        "updated, tags)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name, version) DO UPDATE SET"
        " cer = excluded.cer, key = excluded.key, chain = excluded.chain, enabled = "
        "excluded.enabled,"
        " nbf = excluded.nbf, exp = excluded.exp, updated = excluded.updated, tags = "
        "excluded.tags"));
    query.addBindValue(version.name);
    query.addBindValue(version.version);
    query.addBindValue(version.cer);
    query.addBindValue(version.key);
    query.addBindValue(version.chain);
    query.addBindValue(version.enabled);
    query.addBindValue(optionalInt(version.notBefore));
    query.addBindValue(optionalInt(version.expires));
    query.addBindValue(version.created);
    query.addBindValue(version.updated);
    query.addBindValue(version.tags ? QVariant(toJsonText(vault::tagsToJson(*version.tags)))
                                    : QVariant());
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

std::optional<StoredOperation> VaultStore::operation(const QString &name) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT name, version, request_id, issuer, csr, status, status_details,"
                       " cancellation_requested, error, ready_at, enable_on_completion FROM "
                       "operations WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredOperation operation;
    operation.name = query.value(0).toString();
    operation.version = query.value(1).toString();
    operation.requestId = query.value(2).toString();
    operation.issuer = vault::IssuerParameters::fromJson(objectFromText(query.value(3)));
    operation.csr = query.value(4).toByteArray();
    operation.status = query.value(5).toString();
    if (!query.value(6).isNull())
        operation.statusDetails = query.value(6).toString();
    operation.cancellationRequested = query.value(7).toBool();
    if (!query.value(8).isNull())
        operation.error = vault::ServiceError::fromJson(objectFromText(query.value(8)));
    operation.readyAtMs = intOrNull(query.value(9));
    operation.enableOnCompletion = query.value(10).toBool();
    return operation;
}

bool VaultStore::putOperation(const StoredOperation &operation) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO operations (name, version, request_id, issuer, csr, status,"
        " status_details, cancellation_requested, error, ready_at, enable_on_completion)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(operation.name);
    query.addBindValue(operation.version);
    query.addBindValue(operation.requestId);
    query.addBindValue(toJsonText(operation.issuer.toJson()));
    query.addBindValue(operation.csr);
    query.addBindValue(operation.status);
    query.addBindValue(operation.statusDetails ? QVariant(*operation.statusDetails) : QVariant());
    query.addBindValue(operation.cancellationRequested);
    query.addBindValue(operation.error ? QVariant(toJsonText(operation.error->toJson()))
                                       : QVariant());
    query.addBindValue(optionalInt(operation.readyAtMs));
    query.addBindValue(operation.enableOnCompletion);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool VaultStore::deleteOperation(const QString &name) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM operations WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QStringList VaultStore::dueOperations(qint64 nowMs) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT name FROM operations WHERE status = 'inProgress'"
                                 " AND ready_at IS NOT NULL AND ready_at <= ?"));
    query.addBindValue(nowMs);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

std::optional<vault::IssuerBundle> VaultStore::issuer(const QString &name) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT bundle FROM issuers WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return vault::IssuerBundle::fromJson(objectFromText(query.value(0)));
}

QList<vault::IssuerBundle> VaultStore::issuers() const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QList<vault::IssuerBundle> result;
    if (query.exec(QStringLiteral("SELECT bundle FROM issuers ORDER BY name"))) {
        while (query.next())
            result.append(vault::IssuerBundle::fromJson(objectFromText(query.value(0))));
    }
    return result;
}

bool VaultStore::putIssuer(const QString &name, const vault::IssuerBundle &issuer) {
    // The password is write-only on the wire but the store keeps it, as the service does.
    QJsonObject json = issuer.toJson();
    if (issuer.password) {
        QJsonObject credentials = json.value(QStringLiteral("credentials")).toObject();
        credentials.insert(QStringLiteral("pwd"), *issuer.password);
        json.insert(QStringLiteral("credentials"), credentials);
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO issuers (name, bundle) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(toJsonText(json));
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool VaultStore::deleteIssuer(const QString &name) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM issuers WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

std::optional<vault::Contacts> VaultStore::contacts() const {
    const QByteArray text = setting(QStringLiteral("contacts"));
    if (text.isEmpty())
        return std::nullopt;
    return vault::Contacts::fromJson(QJsonDocument::fromJson(text).object());
}

bool VaultStore::putContacts(const std::optional<vault::Contacts> &contacts) {
    return setSetting(QStringLiteral("contacts"),
                      contacts ? toJsonText(contacts->toJson()) : QByteArray());
}

namespace {

Principal principalFromRow(const QSqlQuery &query) {
    Principal principal;
    principal.objectId = query.value(0).toString();
    principal.clientId = query.value(1).toString();
    principal.displayName = query.value(2).toString();
    principal.secret = query.value(3).toString();
    principal.certificate = query.value(4).toByteArray();
    principal.armOwner = query.value(5).toBool();
    return principal;
}

const QString principalColumns =
    QStringLiteral("object_id, client_id, display_name, secret, certificate, arm_owner");

} // namespace

QList<Principal> VaultStore::principals() const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QList<Principal> result;
    if (query.exec(QStringLiteral("SELECT ") + principalColumns +
                   QStringLiteral(" FROM principals ORDER BY rowid"))) {
        while (query.next())
            result.append(principalFromRow(query));
    }
    return result;
}

std::optional<Principal> VaultStore::principalByClientId(const QString &clientId) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT ") + principalColumns +
                  QStringLiteral(" FROM principals WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (query.exec() && query.next())
        return principalFromRow(query);
    return std::nullopt;
}

std::optional<Principal> VaultStore::principalByObjectId(const QString &objectId) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT ") + principalColumns +
                  QStringLiteral(" FROM principals WHERE object_id = ?"));
    query.addBindValue(objectId);
    if (query.exec() && query.next())
        return principalFromRow(query);
    return std::nullopt;
}

bool VaultStore::putPrincipal(const Principal &principal) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO principals (") + principalColumns +
                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(principal.objectId);
    query.addBindValue(principal.clientId);
    query.addBindValue(principal.displayName);
    query.addBindValue(principal.secret);
    query.addBindValue(principal.certificate);
    query.addBindValue(principal.armOwner);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QList<vault::AccessPolicyEntry> VaultStore::accessPolicies() const {
    QList<vault::AccessPolicyEntry> result;
    const QJsonArray array =
        QJsonDocument::fromJson(setting(QStringLiteral("accessPolicies"))).array();
    for (const QJsonValue &value : array)
        result.append(vault::AccessPolicyEntry::fromJson(value.toObject()));
    return result;
}

bool VaultStore::setAccessPolicies(const QList<vault::AccessPolicyEntry> &policies) {
    QJsonArray array;
    for (const auto &entry : policies)
        array.append(entry.toJson());
    return setSetting(QStringLiteral("accessPolicies"),
                      QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// --- local API Management ------------------------------------------------------------------

namespace {

ApimEntity apimEntityFromRow(const QSqlQuery &query) {
    ApimEntity entity;
    entity.service = query.value(0).toString();
    entity.kind = query.value(1).toString();
    entity.name = query.value(2).toString();
    entity.contract = objectFromText(query.value(3));
    entity.etag = query.value(4).toString();
    entity.material = query.value(5).toByteArray();
    return entity;
}

const QString apimColumns = QStringLiteral("service, kind, name, contract, etag, material");

// A null QString binds as SQL NULL, which equals nothing: services themselves use "".
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

std::optional<ApimEntity> VaultStore::apimEntity(const QString &service, const QString &kind,
                                                 const QString &name) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT %1 FROM apim_entities WHERE service = ? AND kind = ?"
                                 " AND name = ?")
                      .arg(apimColumns));
    query.addBindValue(notNull(service));
    query.addBindValue(kind);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return apimEntityFromRow(query);
}

QList<ApimEntity> VaultStore::apimEntities(const QString &service, const QString &kind) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT %1 FROM apim_entities WHERE service = ? AND kind = ? ORDER BY name")
            .arg(apimColumns));
    query.addBindValue(notNull(service));
    query.addBindValue(kind);
    QList<ApimEntity> entities;
    if (query.exec()) {
        while (query.next())
            entities.append(apimEntityFromRow(query));
    }
    return entities;
}

bool VaultStore::putApimEntity(const ApimEntity &entity) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO apim_entities (%1) VALUES (?, ?, ?, ?, ?, ?)")
            .arg(apimColumns));
    query.addBindValue(notNull(entity.service));
    query.addBindValue(entity.kind);
    query.addBindValue(entity.name);
    query.addBindValue(toJsonText(entity.contract));
    query.addBindValue(entity.etag);
    query.addBindValue(entity.material);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool VaultStore::deleteApimEntity(const QString &service, const QString &kind,
                                  const QString &name) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("DELETE FROM apim_entities WHERE service = ? AND kind = ? AND name = ?"));
    query.addBindValue(notNull(service));
    query.addBindValue(kind);
    query.addBindValue(name);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

} // namespace certdeck::localvault
