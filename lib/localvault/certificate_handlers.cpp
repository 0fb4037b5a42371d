#include "key_vault_service.h"

#include "certificate_item.h"
#include "certificate_material.h"
#include "certificate_reader.h"
#include "chain.h"
#include "json_support.h"
#include "pkcs12.h"
#include "secret_bundle.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace certdeck::localvault {

namespace {

QString x5tOf(const QByteArray &der) {
    return QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha1)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString decodeSkipToken(const QString &token) {
    return QString::fromUtf8(
        QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding));
}

} // namespace

LocalResponse KeyVaultService::listCertificates(const LocalRequest &request, bool deleted) {
    int pageSize = 25;
    if (auto invalid = readPageSize(request, &pageSize))
        return *invalid;
    const bool includePending = request.queryValue(QStringLiteral("includePending"))
                                    .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    QString after = decodeSkipToken(request.queryValue(QStringLiteral("$skiptoken")));
    QJsonArray items;
    bool more = false;
    // Keyset paging over names: stable while certificates are added or removed between pages.
    while (items.size() < pageSize) {
        const QStringList names =
            m_store.certificateNames(deleted, after, pageSize - int(items.size()));
        if (names.isEmpty())
            break;
        for (const QString &name : names) {
            after = name;
            auto certificate = m_store.certificate(name);
            auto version = m_store.latestVersion(name);
            if (!certificate || !version || (version->isPending() && !includePending))
                continue;
            vault::CertificateItem item;
            item.id = (deleted ? m_context.vaultUrl + QStringLiteral("/deletedcertificates/") + name
                               : certificateUrl(name));
            if (!version->isPending())
                item.x5t = x5tOf(version->cer);
            item.attributes = attributesOf(*version);
            item.tags = version->tags;
            item.subject = QString();
            if (deleted) {
                item.recoveryId =
                    m_context.vaultUrl + QStringLiteral("/deletedcertificates/") + name;
                item.deletedDate = certificate->deletedDate;
                item.scheduledPurgeDate = certificate->scheduledPurgeDate;
                // As the spec's GetDeletedCertificates example: operators decide on purging by it.
                item.attributes.recoveryLevel = m_context.recoveryLevel();
                item.attributes.recoverableDays = m_context.recoverableDays;
            }
            items.append(item.toJson());
        }
    }
    if (items.size() == pageSize)
        more = !m_store.certificateNames(deleted, after, 1).isEmpty();
    return listPage(
        request, deleted ? QStringLiteral("/deletedcertificates") : QStringLiteral("/certificates"),
        items, after, more);
}

LocalResponse KeyVaultService::listVersions(const LocalRequest &request, const QString &name) {
    int pageSize = 25;
    if (auto invalid = readPageSize(request, &pageSize))
        return *invalid;
    auto certificate = m_store.certificate(name);
    const QList<StoredVersion> versions =
        certificate && !certificate->deletedDate ? m_store.versions(name) : QList<StoredVersion>();
    const QString after = decodeSkipToken(request.queryValue(QStringLiteral("$skiptoken")));
    qsizetype start = 0;
    while (!after.isEmpty() && start < versions.size() && versions[start].version != after)
        ++start;
    if (!after.isEmpty())
        ++start;
    QJsonArray items;
    qsizetype index = start;
    for (; index < versions.size() && items.size() < pageSize; ++index) {
        const StoredVersion &version = versions[index];
        vault::CertificateItem item;
        item.id = certificateUrl(certificate->name) + QLatin1Char('/') + version.version;
        if (!version.isPending())
            item.x5t = x5tOf(version.cer);
        item.attributes = attributesOf(version);
        item.tags = version.tags;
        items.append(item.toJson());
    }
    const bool more = index < versions.size();
    return listPage(request, QStringLiteral("/certificates/") + name + QStringLiteral("/versions"),
                    items, more ? versions[index - 1].version : QString(), more);
}

LocalResponse KeyVaultService::getCertificate(const QString &name, const QString &versionId) {
    auto certificate = m_store.certificate(name);
    if (!certificate || certificate->deletedDate)
        return notFound(name);
    auto version =
        versionId.isEmpty() ? m_store.latestVersion(name) : m_store.version(name, versionId);
    if (!version)
        return notFound(versionId.isEmpty() ? name : name + QLatin1Char('/') + versionId);
    return bundleResponse(*certificate, *version);
}

LocalResponse KeyVaultService::updateCertificate(const LocalRequest &request, const QString &name,
                                                 const QString &versionId) {
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return badParameter(
            QStringLiteral("The request body is not valid JSON: %1").arg(body.error()));
    auto certificate = m_store.certificate(name);
    if (!certificate || certificate->deletedDate)
        return notFound(name);
    auto version =
        versionId.isEmpty() ? m_store.latestVersion(name) : m_store.version(name, versionId);
    if (!version)
        return notFound(name);
    const auto attributes = vault::CertificateAttributes::fromJson(
        body->value(QStringLiteral("attributes")).toObject());
    if (attributes.enabled)
        version->enabled = *attributes.enabled;
    if (body->contains(QStringLiteral("tags")))
        version->tags = vault::tagsFromJson(body->value(QStringLiteral("tags")));
    version->updated = nowSeconds();
    if (body->contains(QStringLiteral("policy"))) {
        auto patch =
            vault::CertificatePolicy::fromJson(body->value(QStringLiteral("policy")).toObject());
        certificate->policy = certificate->policy.mergedWith(patch);
        touchPolicy(&certificate->policy);
    }
    if (!m_store.transaction() || !m_store.putVersion(*version) ||
        !m_store.putCertificate(*certificate) || !m_store.commit()) {
        m_store.rollback();
        return storeFailure();
    }
    return bundleResponse(*certificate, *version);
}

LocalResponse KeyVaultService::deleteCertificate(const QString &name) {
    auto certificate = m_store.certificate(name);
    auto version = m_store.latestVersion(name);
    if (!certificate || certificate->deletedDate || !version)
        return notFound(name);
    certificate->deletedDate = nowSeconds();
    certificate->scheduledPurgeDate =
        *certificate->deletedDate + qint64(m_context.recoverableDays) * 86400;
    if (!m_store.transaction() || !m_store.putCertificate(*certificate) ||
        !m_store.deleteOperation(name) || !m_store.commit()) {
        m_store.rollback();
        return storeFailure();
    }
    return getDeleted(certificate->name);
}

LocalResponse KeyVaultService::getDeleted(const QString &name) {
    auto certificate = m_store.certificate(name);
    auto version = m_store.latestVersion(name);
    if (!certificate || !certificate->deletedDate || !version)
        return keyVaultError(404, QStringLiteral("CertificateNotFound"),
                             QStringLiteral("Deleted Certificate not found: %1").arg(name));
    QJsonObject json{
        {QStringLiteral("recoveryId"),
         m_context.vaultUrl + QStringLiteral("/deletedcertificates/") + certificate->name},
        {QStringLiteral("deletedDate"), *certificate->deletedDate},
        {QStringLiteral("scheduledPurgeDate"), *certificate->scheduledPurgeDate},
    };
    const QJsonObject bundle = bundleJson(*certificate, *version);
    for (auto it = bundle.begin(); it != bundle.end(); ++it)
        json.insert(it.key(), it.value());
    return LocalResponse::json(200, json);
}

LocalResponse KeyVaultService::purgeDeleted(const QString &name) {
    auto certificate = m_store.certificate(name);
    if (!certificate || !certificate->deletedDate)
        return keyVaultError(404, QStringLiteral("CertificateNotFound"),
                             QStringLiteral("Deleted Certificate not found: %1").arg(name));
    if (m_context.purgeProtection) // the service's own words, as recorded in the field
        return keyVaultError(403, QStringLiteral("Forbidden"),
                             QStringLiteral("Operation \"purge\" is not allowed because purge "
                                            "protection is enabled for this vault. Key Vault "
                                            "service will automatically purge it after the "
                                            "retention period has passed."));
    if (!m_store.transaction() || !m_store.purgeCertificate(certificate->name) ||
        !m_store.commit()) {
        m_store.rollback();
        return storeFailure();
    }
    return LocalResponse::empty(204);
}

LocalResponse KeyVaultService::recoverDeleted(const QString &name) {
    auto certificate = m_store.certificate(name);
    auto version = m_store.latestVersion(name);
    if (!certificate || !certificate->deletedDate || !version)
        return notFound(name);
    certificate->deletedDate.reset();
    certificate->scheduledPurgeDate.reset();
    if (!m_store.putCertificate(*certificate))
        return storeFailure();
    return bundleResponse(*certificate, *version);
}

LocalResponse KeyVaultService::getPolicy(const QString &name) {
    auto certificate = m_store.certificate(name);
    if (!certificate || certificate->deletedDate)
        return notFound(name);
    return LocalResponse::json(200, policyJson(*certificate));
}

LocalResponse KeyVaultService::updatePolicy(const LocalRequest &request, const QString &name) {
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return badParameter(
            QStringLiteral("The request body is not valid JSON: %1").arg(body.error()));
    auto certificate = m_store.certificate(name);
    if (!certificate || certificate->deletedDate)
        return notFound(name);
    auto merged = certificate->policy.mergedWith(vault::CertificatePolicy::fromJson(*body));
    if (auto invalid = validatePolicy(merged))
        return badParameter(*invalid);
    certificate->policy = merged;
    touchPolicy(&certificate->policy);
    if (!m_store.putCertificate(*certificate))
        return storeFailure();
    return LocalResponse::json(200, policyJson(*certificate));
}

LocalResponse KeyVaultService::getSecret(const QString &name, const QString &versionId) {
    auto certificate = m_store.certificate(name);
    if (!certificate || certificate->deletedDate)
        return keyVaultError(
            404, QStringLiteral("SecretNotFound"),
            QStringLiteral("A secret with (name/id) %1 was not found in this key vault.")
                .arg(name));
    auto version =
        versionId.isEmpty() ? m_store.latestVersion(name) : m_store.version(name, versionId);
    if (!version || version->isPending())
        return keyVaultError(
            404, QStringLiteral("SecretNotFound"),
            QStringLiteral("A secret with (name/id) %1 was not found in this key vault.")
                .arg(name));
    if (!version->enabled)
        return keyVaultError(403, QStringLiteral("Forbidden"),
                             QStringLiteral("Operation get is not allowed on a disabled secret."),
                             QStringLiteral("SecretDisabled"));
    const auto keyProps = certificate->policy.keyProperties.value_or(vault::KeyProperties());
    if (!keyProps.exportable.value_or(true) || version->key.isEmpty())
        return keyVaultError(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("The private key of certificate %1 is not exportable.").arg(name));
    auto secret = exportSecret(*certificate, *version);
    if (!secret)
        return keyVaultError(500, QStringLiteral("InternalError"), secret.error());
    vault::SecretBundle bundle;
    bundle.id = m_context.vaultUrl + QStringLiteral("/secrets/") + certificate->name +
                QLatin1Char('/') + version->version;
    bundle.value = secret->value;
    bundle.contentType = secret->contentType;
    bundle.kid = m_context.vaultUrl + QStringLiteral("/keys/") + certificate->name +
                 QLatin1Char('/') + version->version;
    bundle.managed = true;
    bundle.attributes = attributesOf(*version);
    bundle.attributes.recoveryLevel = m_context.recoveryLevel();
    bundle.attributes.recoverableDays = m_context.recoverableDays;
    bundle.tags = version->tags;
    return LocalResponse::json(200, bundle.toJson());
}

} // namespace certdeck::localvault
