#include "key_vault_service.h"

#include "certificate_material.h"
#include "certificate_reader.h"
#include "chain.h"
#include "json_support.h"
#include "openssl_support.h"
#include "pkcs12.h"

namespace certdeck::localvault {

namespace {

struct ImportedMaterial {
    crypto::Certificate leaf;
    crypto::PrivateKey key;
    QList<crypto::Certificate> chain;
};

Result<ImportedMaterial, QString> readPemMaterial(const QByteArray &pem) {
    auto bundle = crypto::readPem(pem);
    if (!bundle)
        return fail(
            QStringLiteral("The PEM value could not be read: %1").arg(bundle.error().message));
    if (!bundle->key)
        return fail(QStringLiteral(
            "The PEM value has no private key; Key Vault needs an unencrypted PKCS#8 "
            "private key beside the certificate."));
    const QList<crypto::Certificate> ordered = crypto::orderChain(bundle->certificates);
    for (const auto &certificate : ordered) {
        if (certificate.matches(*bundle->key)) {
            QList<crypto::Certificate> chain = ordered;
            chain.removeOne(certificate);
            return ImportedMaterial{certificate, *bundle->key, chain};
        }
    }
    return fail(QStringLiteral("No certificate in the PEM value matches its private key."));
}

Result<ImportedMaterial, QString> readPfxMaterial(const QByteArray &pfx, QByteArray password) {
    auto bundle = crypto::readPkcs12(pfx, password);
    crypto::cleanse(password);
    if (!bundle) {
        if (bundle.error().code == crypto::CryptoErrorCode::WrongPassword)
            return fail(QStringLiteral(
                "The specified PEM X.509 certificate content is in an unexpected format or "
                "the PFX password is incorrect. Please check if certificate is in valid PEM "
                "or PFX format and the password is correct."));
        return fail(QStringLiteral("The value is not a valid PFX (PKCS #12) file: %1")
                        .arg(bundle.error().message));
    }
    return ImportedMaterial{bundle->certificate, bundle->key, crypto::orderChain(bundle->chain)};
}

} // namespace

LocalResponse KeyVaultService::importCertificate(const LocalRequest &request, const QString &name) {
    if (!isValidObjectName(name))
        return badParameter(
            QStringLiteral("The name '%1' is invalid: use 1-127 letters, digits and dashes.")
                .arg(name.left(130)));
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return badParameter(
            QStringLiteral("The request body is not valid JSON: %1").arg(body.error()));
    const QString value = body->value(QStringLiteral("value")).toString();
    if (value.isEmpty())
        return badParameter(QStringLiteral("Property value is required."));
    if (auto busy = rejectWhileBusy(name))
        return *busy;
    std::optional<vault::CertificatePolicy> given;
    if (body->contains(QStringLiteral("policy")))
        given =
            vault::CertificatePolicy::fromJson(body->value(QStringLiteral("policy")).toObject());

    // PEM arrives as text (the JS SDK sends it so); PFX as base64.
    auto material = value.contains(QLatin1String("-----BEGIN"))
                        ? readPemMaterial(value.toUtf8())
                        : [&]() -> Result<ImportedMaterial, QString> {
        auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(QStringLiteral("Property value is neither PEM text nor base64."));
        return readPfxMaterial(*decoded, body->value(QStringLiteral("pwd")).toString().toUtf8());
    }();
    if (!material)
        return badParameter(material.error());

    const qint64 now = nowSeconds();
    auto existing = m_store.certificate(name);
    StoredCertificate certificate{existing ? existing->name : name,
                                  policyForImport(material->leaf, material->key, given, now),
                                  std::nullopt, std::nullopt};
    StoredVersion version;
    version.name = certificate.name;
    version.version = newVersionId();
    version.cer = material->leaf.der();
    version.key = material->key.toPkcs8Der();
    version.chain = crypto::writePem(material->chain);
    const auto attributes = vault::CertificateAttributes::fromJson(
        body->value(QStringLiteral("attributes")).toObject());
    version.enabled = attributes.enabled.value_or(true);
    version.notBefore = material->leaf.notBefore().toSecsSinceEpoch();
    version.expires = material->leaf.notAfter().toSecsSinceEpoch();
    version.created = now;
    version.updated = now;
    version.tags = vault::tagsFromJson(body->value(QStringLiteral("tags")));
    // An import overwrites a finished pending object (seed 003: "deleted or overwritten").
    if (!m_store.transaction() || !m_store.putCertificate(certificate) ||
        !m_store.putVersion(version) || !m_store.deleteOperation(certificate.name) ||
        !m_store.commit()) {
        m_store.rollback();
        return storeFailure();
    }
    return bundleResponse(certificate, version);
}

} // namespace certdeck::localvault
