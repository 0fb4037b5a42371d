// Test-only bulk seeding (certdeck-localvault --seed-certificates N): N imported certificates
// written through the store in one transaction. One key and a handful of self-signed
// certificates are reused, so seeding 10,000 takes seconds, not the minutes of N key generations.
#include "certificate_material.h"
#include "key_vault_service.h"
#include "local_vault_server.h"

#include "certificate_signer.h"

#include <QDateTime>

namespace certdeck::localvault {

bool seedBenchmarkCertificates(VaultStore &store, int count, QString *error) {
    constexpr int distinctCertificates = 4;
    auto key = crypto::PrivateKey::generate({crypto::KeyType::Ec, 0, crypto::EcCurve::P256});
    if (!key) {
        *error = QStringLiteral("Seeding: %1").arg(key.error().message);
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    crypto::IssueSpec spec;
    spec.notBefore = QDateTime::fromSecsSinceEpoch(now - 86400, Qt::UTC);
    spec.notAfter = QDateTime::fromSecsSinceEpoch(now + 365 * 86400, Qt::UTC);
    QList<crypto::Certificate> certificates;
    QList<vault::CertificatePolicy> policies;
    for (int i = 0; i < distinctCertificates; ++i) {
        crypto::RequestSpec subject;
        subject.subject = QStringLiteral("CN=seed%1.certdeck.test").arg(i);
        subject.sans.dnsNames = {QStringLiteral("seed%1.certdeck.test").arg(i)};
        auto certificate = crypto::selfSign(*key, subject, spec);
        if (!certificate) {
            *error = QStringLiteral("Seeding: %1").arg(certificate.error().message);
            return false;
        }
        policies.append(policyForImport(*certificate, *key, std::nullopt, now));
        certificates.append(*certificate);
    }
    const QByteArray keyDer = key->toPkcs8Der();
    if (!store.transaction()) {
        *error = store.lastError();
        return false;
    }
    const int width = int(QString::number(count).size());
    for (int i = 0; i < count; ++i) {
        const int which = i % distinctCertificates;
        const QString name = QStringLiteral("seed-%1").arg(i, width, 10, QLatin1Char('0'));
        StoredVersion version;
        version.name = name;
        version.version = newVersionId();
        version.cer = certificates[which].der();
        version.key = keyDer;
        version.enabled = true;
        version.notBefore = spec.notBefore.toSecsSinceEpoch();
        version.expires = spec.notAfter.toSecsSinceEpoch();
        version.created = now;
        version.updated = now;
        if (!store.putCertificate(StoredCertificate{name, policies[which], {}, {}}) ||
            !store.putVersion(version)) {
            *error = store.lastError();
            store.rollback();
            return false;
        }
    }
    if (!store.commit()) {
        *error = store.lastError();
        store.rollback();
        return false;
    }
    return true;
}

} // namespace certdeck::localvault
