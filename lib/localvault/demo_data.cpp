#include "certificate_material.h"
#include "local_vault_server.h"

#include "access_policy.h"
#include "certificate_reader.h"
#include "openssl_support.h"

#include <QDateTime>
#include <QUuid>

namespace certdeck::localvault {

namespace {

constexpr qint64 day = 86400;

struct DemoCertificate {
    const char *name;
    const char *subject;
    QStringList dnsNames;
    qint64 notBeforeOffsetDays; // relative to now
    qint64 notAfterOffsetDays;
    QStringList ekus;
    vault::Tags tags;
};

class DemoSeeder {
public:
    DemoSeeder(VaultStore &store, const LocalCertificateAuthority &authority)
        : m_store(store)
        , m_authority(authority) {}

    bool addIssued(const DemoCertificate &demo, QString *error) {
        auto key = crypto::PrivateKey::generate({});
        if (!key)
            return failWith(key.error().message, error);
        vault::CertificatePolicy policy = basePolicy(demo);
        auto csr = crypto::CertificateRequest::create(*key, requestSpecFor(policy));
        if (!csr)
            return failWith(csr.error().message, error);
        crypto::IssueSpec spec;
        spec.notBefore =
            QDateTime::fromSecsSinceEpoch(m_now + demo.notBeforeOffsetDays * day, Qt::UTC);
        spec.notAfter =
            QDateTime::fromSecsSinceEpoch(m_now + demo.notAfterOffsetDays * day, Qt::UTC);
        auto issued = m_authority.sign(*csr, spec);
        if (!issued)
            return failWith(issued.error().message, error);
        StoredVersion version = newVersion(demo.name, *key, m_now + demo.notBeforeOffsetDays * day);
        version.cer = issued->der();
        version.chain = crypto::writePem({m_authority.certificate()});
        version.enabled = true;
        version.notBefore = issued->notBefore().toSecsSinceEpoch();
        version.expires = issued->notAfter().toSecsSinceEpoch();
        version.tags = demo.tags;
        return put(StoredCertificate{QString::fromLatin1(demo.name), policy, {}, {}}, version,
                   std::nullopt, error);
    }

    bool addPending(const DemoCertificate &demo, const QString &issuerName,
                    std::optional<qint64> readyAtMs, QString *error) {
        auto key = crypto::PrivateKey::generate({});
        if (!key)
            return failWith(key.error().message, error);
        vault::CertificatePolicy policy = basePolicy(demo);
        policy.issuer->name = issuerName;
        auto csr = crypto::CertificateRequest::create(*key, requestSpecFor(policy));
        if (!csr)
            return failWith(csr.error().message, error);
        StoredOperation operation;
        operation.name = QString::fromLatin1(demo.name);
        operation.version = newVersionId();
        operation.requestId = QUuid::createUuid().toString(QUuid::Id128);
        operation.issuer = *policy.issuer;
        operation.csr = csr->der();
        operation.status = vault::OperationStatus::InProgress;
        operation.statusDetails = readyAtMs ? vault::OperationDetails::IssuerInProgress
                                            : vault::OperationDetails::MergeRequired;
        operation.readyAtMs = readyAtMs;
        StoredVersion version = newVersion(demo.name, *key, m_now);
        version.version = operation.version;
        version.tags = demo.tags;
        return put(StoredCertificate{operation.name, policy, {}, {}}, version, operation, error);
    }

    qint64 now() const { return m_now; }

private:
    static bool failWith(const QString &message, QString *error) {
        *error = QStringLiteral("Demo data: %1").arg(message);
        return false;
    }

    vault::CertificatePolicy basePolicy(const DemoCertificate &demo) const {
        vault::CertificatePolicy policy;
        policy.x509Properties = vault::X509Properties();
        policy.x509Properties->subject = QString::fromUtf8(demo.subject);
        if (!demo.dnsNames.isEmpty()) {
            policy.x509Properties->sans = vault::SubjectAlternativeNames();
            policy.x509Properties->sans->dnsNames = demo.dnsNames;
        }
        if (!demo.ekus.isEmpty())
            policy.x509Properties->extendedKeyUsages = demo.ekus;
        policy.issuer = vault::IssuerParameters();
        policy.issuer->name = QStringLiteral("Unknown");
        applyCreateDefaults(&policy, m_now);
        return policy;
    }

    static StoredVersion newVersion(const char *name, const crypto::PrivateKey &key,
                                    qint64 created) {
        StoredVersion version;
        version.name = QString::fromLatin1(name);
        version.version = newVersionId();
        version.key = key.toPkcs8Der();
        version.created = created;
        version.updated = created;
        return version;
    }

    bool put(const StoredCertificate &certificate, const StoredVersion &version,
             const std::optional<StoredOperation> &operation, QString *error) {
        if (!m_store.putCertificate(certificate) || !m_store.putVersion(version) ||
            (operation && !m_store.putOperation(*operation))) {
            *error = m_store.lastError();
            return false;
        }
        return true;
    }

    VaultStore &m_store;
    const LocalCertificateAuthority &m_authority;
    qint64 m_now = QDateTime::currentSecsSinceEpoch();
};

bool addApiManagementIdentity(VaultStore &store, QString *error) {
    // The local API Management instance's system-assigned identity: it may read certificates but
    // lacks secrets get, which is exactly the situation of seed 000.
    Principal apim;
    apim.objectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    apim.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    apim.displayName = QStringLiteral("apim-contoso (managed identity)");
    apim.secret = QString::fromLatin1(crypto::randomBytes(32).toHex());
    vault::AccessPolicyEntry entry;
    entry.tenantId = QString::fromLatin1(store.setting(QStringLiteral("tenantId")));
    entry.objectId = apim.objectId;
    entry.permissions.certificates = QStringList{QStringLiteral("get"), QStringLiteral("list")};
    QList<vault::AccessPolicyEntry> policies = store.accessPolicies();
    policies.append(entry);
    if (!store.putPrincipal(apim) || !store.setAccessPolicies(policies) ||
        !store.setSetting(QStringLiteral("demo.apimObjectId"), apim.objectId.toLatin1())) {
        *error = store.lastError();
        return false;
    }
    return true;
}

bool addIssuer(VaultStore &store, const QString &name, const QString &provider, qint64 now,
               QString *error) {
    vault::IssuerBundle issuer;
    issuer.provider = provider;
    issuer.accountId = QStringLiteral("certdeck-demo");
    issuer.enabled = true;
    issuer.created = now;
    issuer.updated = now;
    if (!store.putIssuer(name, issuer)) {
        *error = store.lastError();
        return false;
    }
    return true;
}

} // namespace

bool seedDemoData(VaultStore &store, const LocalCertificateAuthority &authority, QString *error) {
    DemoSeeder seeder(store, authority);
    const QStringList serverAuth{QStringLiteral("1.3.6.1.5.5.7.3.1")};
    const QStringList clientAuth{QStringLiteral("1.3.6.1.5.5.7.3.2")};
    const DemoCertificate issued[] = {
        {"www-contoso-com",
         "CN=www.contoso.com, O=Contoso Ltd",
         {QStringLiteral("www.contoso.com"), QStringLiteral("contoso.com")},
         -30,
         335,
         serverAuth,
         {{QStringLiteral("env"), QStringLiteral("production")}}},
        {"api-fabrikam-com",
         "CN=api.fabrikam.com, O=Fabrikam",
         {QStringLiteral("api.fabrikam.com")},
         -355,
         10,
         serverAuth,
         {{QStringLiteral("owner"), QStringLiteral("platform-team")}}},
        {"legacy-intranet",
         "CN=intranet.contoso.local",
         {QStringLiteral("intranet.contoso.local")},
         -400,
         -35,
         serverAuth,
         {}},
        {"portal-contoso-kr",
         "CN=포털.contoso.kr, O=콘토소 코리아",
         {QStringLiteral("portal.contoso.kr")},
         -10,
         355,
         serverAuth,
         {}},
        {"gateway-client", "CN=apim-backend-client, O=Contoso Ltd", {}, -730, -365, clientAuth, {}},
        {"gateway-client", "CN=apim-backend-client, O=Contoso Ltd", {}, -365, 1, clientAuth, {}},
        {"gateway-client",
         "CN=apim-backend-client, O=Contoso Ltd",
         {},
         -1,
         364,
         clientAuth,
         {{QStringLiteral("usedBy"), QStringLiteral("apim-contoso")}}},
    };
    if (!store.transaction())
        return false;
    bool ok = addIssuer(store, QStringLiteral("LocalTestCA"), QStringLiteral("Test"), seeder.now(),
                        error) &&
              addIssuer(store, QStringLiteral("RejectingCA"), QStringLiteral("TestReject"),
                        seeder.now(), error) &&
              addApiManagementIdentity(store, error);
    for (const auto &demo : issued)
        ok = ok && seeder.addIssued(demo, error);
    ok = ok && seeder.addPending({"partner-portal",
                                  "CN=partner.contoso.com, O=Contoso Ltd",
                                  {QStringLiteral("partner.contoso.com")},
                                  0,
                                  0,
                                  serverAuth,
                                  {}},
                                 QStringLiteral("Unknown"), std::nullopt, error);
    ok = ok && seeder.addPending({"payments-api",
                                  "CN=payments.contoso.com, O=Contoso Ltd",
                                  {QStringLiteral("payments.contoso.com")},
                                  0,
                                  0,
                                  serverAuth,
                                  {}},
                                 QStringLiteral("LocalTestCA"),
                                 QDateTime::currentMSecsSinceEpoch() + 90'000, error);
    if (!ok || !store.commit()) {
        store.rollback();
        return false;
    }
    return true;
}

} // namespace certdeck::localvault
