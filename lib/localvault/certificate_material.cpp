#include "certificate_material.h"

#include "certificate_reader.h"
#include "pkcs12.h"

#include <QDateTime>

namespace certdeck::localvault {

namespace {

const QString pkcs12Type = QStringLiteral("application/x-pkcs12");
const QString pemType = QStringLiteral("application/x-pem-file");

bool isEcType(const QString &kty) {
    return kty.compare(QLatin1String("EC"), Qt::CaseInsensitive) == 0 ||
           kty.compare(QLatin1String("EC-HSM"), Qt::CaseInsensitive) == 0;
}

bool isRsaType(const QString &kty) {
    return kty.compare(QLatin1String("RSA"), Qt::CaseInsensitive) == 0 ||
           kty.compare(QLatin1String("RSA-HSM"), Qt::CaseInsensitive) == 0;
}

int monthsBetween(const QDateTime &from, const QDateTime &to) {
    const QDate start = from.date();
    const QDate end = to.date();
    int months = (end.year() - start.year()) * 12 + end.month() - start.month();
    if (end.day() < start.day())
        --months;
    return qMax(months, 0);
}

} // namespace

vault::CertificateAttributes attributesOf(const StoredVersion &version) {
    vault::CertificateAttributes attributes;
    attributes.enabled = version.enabled;
    attributes.notBefore = version.notBefore;
    attributes.expires = version.expires;
    attributes.created = version.created;
    attributes.updated = version.updated;
    return attributes;
}

void applyCreateDefaults(vault::CertificatePolicy *policy, qint64 now) {
    auto &key =
        policy->keyProperties.emplace(policy->keyProperties.value_or(vault::KeyProperties()));
    if (!key.exportable)
        key.exportable = true;
    if (!key.keyType)
        key.keyType = QStringLiteral("RSA");
    if (!key.reuseKey)
        key.reuseKey = false;
    if (isRsaType(*key.keyType) && !key.keySize)
        key.keySize = 2048;
    if (isEcType(*key.keyType) && !key.curve)
        key.curve = QStringLiteral("P-256");
    auto &secret = policy->secretProperties.emplace(
        policy->secretProperties.value_or(vault::SecretProperties()));
    if (!secret.contentType)
        secret.contentType = pkcs12Type;
    auto &x509 =
        policy->x509Properties.emplace(policy->x509Properties.value_or(vault::X509Properties()));
    if (!x509.extendedKeyUsages)
        x509.extendedKeyUsages =
            QStringList{QStringLiteral("1.3.6.1.5.5.7.3.1"), QStringLiteral("1.3.6.1.5.5.7.3.2")};
    if (!x509.keyUsage) {
        x509.keyUsage = isEcType(*key.keyType) ? QStringList{QStringLiteral("digitalSignature")}
                                               : QStringList{QStringLiteral("digitalSignature"),
                                                             QStringLiteral("keyEncipherment")};
    }
    if (!x509.validityMonths)
        x509.validityMonths = 12;
    if (!x509.extra.contains(QStringLiteral("basic_constraints")))
        x509.extra.insert(QStringLiteral("basic_constraints"),
                          QJsonObject{{QStringLiteral("ca"), false}});
    auto &issuer = policy->issuer.emplace(policy->issuer.value_or(vault::IssuerParameters()));
    if (!issuer.name)
        issuer.name = QStringLiteral("Unknown");
    if (!policy->lifetimeActions) {
        vault::LifetimeAction action;
        action.lifetimePercentage = 80;
        action.actionType = issuer.name->compare(QLatin1String("Unknown"), Qt::CaseInsensitive) == 0
                                ? QStringLiteral("EmailContacts")
                                : QStringLiteral("AutoRenew");
        policy->lifetimeActions = QList<vault::LifetimeAction>{action};
    }
    auto &attributes =
        policy->attributes.emplace(policy->attributes.value_or(vault::CertificateAttributes()));
    if (!attributes.enabled)
        attributes.enabled = true;
    attributes.created = attributes.created.value_or(now);
    attributes.updated = now;
}

void touchPolicy(vault::CertificatePolicy *policy) {
    auto &attributes =
        policy->attributes.emplace(policy->attributes.value_or(vault::CertificateAttributes()));
    attributes.updated = QDateTime::currentSecsSinceEpoch();
}

std::optional<QString> validatePolicy(const vault::CertificatePolicy &policy) {
    const auto x509 = policy.x509Properties.value_or(vault::X509Properties());
    if (x509.subject.value_or(QString()).trimmed().isEmpty())
        return QStringLiteral("Property policy.x509_props.subject is required.");
    if (x509.validityMonths && (*x509.validityMonths < 1 || *x509.validityMonths > 1200))
        return QStringLiteral(
            "Property policy.x509_props.validity_months must be between 1 and 1200.");
    auto spec = keySpecFor(policy);
    if (!spec)
        return spec.error();
    const auto secret = policy.secretProperties.value_or(vault::SecretProperties());
    if (secret.contentType && *secret.contentType != pkcs12Type && *secret.contentType != pemType)
        return QStringLiteral(
            "Property policy.secret_props.contentType must be application/x-pkcs12 or "
            "application/x-pem-file.");
    return std::nullopt;
}

Result<crypto::KeySpec, QString> keySpecFor(const vault::CertificatePolicy &policy) {
    const auto key = policy.keyProperties.value_or(vault::KeyProperties());
    const QString kty = key.keyType.value_or(QStringLiteral("RSA"));
    crypto::KeySpec spec;
    if (isRsaType(kty)) {
        spec.type = crypto::KeyType::Rsa;
        spec.rsaBits = key.keySize.value_or(2048);
        if (spec.rsaBits != 2048 && spec.rsaBits != 3072 && spec.rsaBits != 4096)
            return fail(QStringLiteral(
                "Property policy.key_props.key_size must be 2048, 3072 or 4096 for RSA keys."));
        return spec;
    }
    if (isEcType(kty)) {
        spec.type = crypto::KeyType::Ec;
        if (!crypto::curveFromName(key.curve.value_or(QStringLiteral("P-256")), &spec.curve))
            return fail(
                QStringLiteral("Property policy.key_props.crv must be P-256, P-384 or P-521."));
        return spec;
    }
    return fail(QStringLiteral(
                    "Property policy.key_props.kty must be RSA, RSA-HSM, EC or EC-HSM; '%1' is not "
                    "supported for certificates.")
                    .arg(kty));
}

crypto::RequestSpec requestSpecFor(const vault::CertificatePolicy &policy) {
    const auto x509 = policy.x509Properties.value_or(vault::X509Properties());
    crypto::RequestSpec spec;
    spec.subject = x509.subject.value_or(QString());
    if (x509.sans) {
        spec.sans.dnsNames = x509.sans->dnsNames.value_or(QStringList());
        spec.sans.emails = x509.sans->emails.value_or(QStringList());
        spec.sans.upns = x509.sans->upns.value_or(QStringList());
    }
    spec.extendedKeyUsages = x509.extendedKeyUsages.value_or(QStringList());
    spec.keyUsages = x509.keyUsage.value_or(QStringList());
    return spec;
}

crypto::IssueSpec issueSpecFor(const vault::CertificatePolicy &policy, qint64 now) {
    const int months =
        policy.x509Properties.value_or(vault::X509Properties()).validityMonths.value_or(12);
    crypto::IssueSpec spec;
    // Observed: nbf is back-dated ten minutes; 12 months are exactly 365 days.
    spec.notBefore = QDateTime::fromSecsSinceEpoch(now - 600, Qt::UTC);
    spec.notAfter = QDateTime::fromSecsSinceEpoch(now + qint64(months) * 365 / 12 * 86400, Qt::UTC);
    return spec;
}

vault::CertificatePolicy policyForImport(const crypto::Certificate &certificate,
                                         const crypto::PrivateKey &key,
                                         const std::optional<vault::CertificatePolicy> &given,
                                         qint64 now) {
    vault::CertificatePolicy policy = given.value_or(vault::CertificatePolicy());
    auto &keyProps =
        policy.keyProperties.emplace(policy.keyProperties.value_or(vault::KeyProperties()));
    const crypto::KeySpec spec = key.spec();
    if (spec.type == crypto::KeyType::Rsa) {
        keyProps.keyType = QStringLiteral("RSA");
        keyProps.keySize = spec.rsaBits;
        keyProps.curve.reset();
    } else {
        keyProps.keyType = QStringLiteral("EC");
        keyProps.curve = crypto::curveName(spec.curve);
        keyProps.keySize.reset();
    }
    keyProps.exportable = keyProps.exportable.value_or(true);
    keyProps.reuseKey = keyProps.reuseKey.value_or(false);
    auto &x509 =
        policy.x509Properties.emplace(policy.x509Properties.value_or(vault::X509Properties()));
    x509.subject = certificate.subject();
    const auto sans = certificate.subjectAlternativeNames();
    if (!sans.isEmpty()) {
        vault::SubjectAlternativeNames wireSans;
        if (!sans.dnsNames.isEmpty())
            wireSans.dnsNames = sans.dnsNames;
        if (!sans.emails.isEmpty())
            wireSans.emails = sans.emails;
        if (!sans.upns.isEmpty())
            wireSans.upns = sans.upns;
        x509.sans = wireSans;
    }
    x509.extendedKeyUsages = certificate.extendedKeyUsages();
    x509.keyUsage = certificate.keyUsages();
    x509.validityMonths = monthsBetween(certificate.notBefore(), certificate.notAfter());
    policy.issuer = vault::IssuerParameters();
    policy.issuer->name = QStringLiteral("Unknown");
    vault::LifetimeAction action;
    action.lifetimePercentage = 80;
    action.actionType = QStringLiteral("EmailContacts");
    policy.lifetimeActions = QList<vault::LifetimeAction>{action};
    auto &secret = policy.secretProperties.emplace(
        policy.secretProperties.value_or(vault::SecretProperties()));
    secret.contentType = secret.contentType.value_or(pkcs12Type);
    auto &attributes = policy.attributes.emplace(vault::CertificateAttributes());
    attributes.enabled = true;
    attributes.created = now;
    attributes.updated = now;
    return policy;
}

Result<ExportedSecret, QString> exportSecret(const StoredCertificate &certificate,
                                             const StoredVersion &version) {
    auto leaf = crypto::Certificate::fromDer(version.cer);
    auto key = crypto::PrivateKey::fromPkcs8Der(version.key);
    if (!leaf || !key)
        return fail(QStringLiteral("The stored certificate or key of %1 is unreadable.")
                        .arg(certificate.name));
    QList<crypto::Certificate> chain;
    if (!version.chain.isEmpty()) {
        auto read = crypto::readCertificates(version.chain);
        if (read)
            chain = *read;
    }
    const auto secretProps =
        certificate.policy.secretProperties.value_or(vault::SecretProperties());
    if (secretProps.contentType.value_or(pkcs12Type) == pemType) {
        return ExportedSecret{
            QString::fromLatin1(crypto::writePem(QList<crypto::Certificate>{*leaf} + chain, *key)),
            pemType};
    }
    crypto::Pkcs12Bundle bundle;
    bundle.key = *key;
    bundle.certificate = *leaf;
    bundle.chain = chain;
    auto pfx = crypto::writePkcs12(bundle, QByteArray());
    if (!pfx)
        return fail(pfx.error().message);
    return ExportedSecret{QString::fromLatin1(pfx->toBase64()), pkcs12Type};
}

} // namespace certdeck::localvault
