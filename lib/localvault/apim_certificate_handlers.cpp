// Local API Management certificates (…/service/{svc}/certificates).
//
// - PUT with {data, password}: the PFX is opened here; a body that is not base64 PFX or a wrong
//   password answers 400 ValidationError with a detail naming the field ("data" or "password").
//   ValidationError with "One or more fields contain incorrect values:" is APIM's verified shape
//   for a bad entity (Azure/apiops#749); the detail texts are ours.
// - PUT with {keyVault: {secretIdentifier, identityClientId}}: the secret is read from the local
//   vault as the service's identity (apim_key_vault_access.cpp); keyVault.lastStatus records it.
// - 201 when created, 200 when replaced, ETag on every answer; If-Match is optional on PUT and
//   checked when sent (412 on mismatch).
// - DELETE needs If-Match ("*" or the ETag). Missing: 400, because the spec declares the header
//   required and APIM rejects requests missing a required parameter as a bad request before
//   looking at the entity; a stale ETag: 412 PreconditionFailed.
// - DELETE of a certificate named in a back end's credentials.certificateIds: 409 Conflict
//   naming the back end(s), mirroring the portal, which refuses to delete a certificate in use.
//   Unverified on the wire (the spec lists only 200/204), so clients treat any 4xx as refused.
// - List: $top/$skip paging with nextLink, the collection shape {value, count, nextLink}.
#include "api_management_service.h"

#include "apim_backend.h"
#include "apim_certificate.h"
#include "json_support.h"
#include "openssl_support.h"
#include "pkcs12.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace certdeck::localvault {

namespace {

bool isValidEntityId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[^*#&+:<>?]{1,80}$"));
    return pattern.match(id).hasMatch();
}

std::optional<int> queryInt(const LocalRequest &request, const QString &key, int fallback) {
    const QString text = request.queryValue(key);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

LocalResponse ApiManagementService::getEntity(const QString &service, const QString &kind,
                                              const QString &name, const QString &what) const {
    const auto entity = m_store.apimEntity(service, kind, name);
    if (!entity)
        return apimError(404, QStringLiteral("ResourceNotFound"),
                         QStringLiteral("%1 not found.").arg(what));
    LocalResponse response = LocalResponse::json(200, entity->contract);
    response.setHeader("ETag", entity->etag.toUtf8());
    return response;
}

std::optional<LocalResponse>
ApiManagementService::checkIfMatch(const LocalRequest &request,
                                   const std::optional<ApimEntity> &existing, bool required) const {
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty())
        return required ? std::optional(apimError(
                              400, QStringLiteral("ValidationError"),
                              QStringLiteral("Missing required header 'If-Match'. Send '*' or "
                                             "the entity's ETag.")))
                        : std::nullopt;
    if (ifMatch == "*" || !existing || existing->etag.toUtf8() == ifMatch)
        return std::nullopt;
    return apimError(412, QStringLiteral("PreconditionFailed"),
                     QStringLiteral("The entity's ETag does not match If-Match; it was changed "
                                    "by someone else. Read it again."));
}

LocalResponse ApiManagementService::saved(ApimEntity entity, bool created) {
    entity.etag = newEtag();
    if (!m_store.putApimEntity(entity))
        return storeFailure();
    LocalResponse response = LocalResponse::json(created ? 201 : 200, entity.contract);
    response.setHeader("ETag", entity.etag.toUtf8());
    return response;
}

LocalResponse ApiManagementService::listCertificates(const LocalRequest &request,
                                                     const QString &service) const {
    const auto top = queryInt(request, QStringLiteral("$top"), 100);
    const auto skip = queryInt(request, QStringLiteral("$skip"), 0);
    if (!top || !skip || *top == 0)
        return validationError(QStringLiteral("$top"),
                               QStringLiteral("$top must be a positive and $skip a non-negative "
                                              "integer."));
    const QList<ApimEntity> all = m_store.apimEntities(service, QStringLiteral("certificate"));
    QJsonArray value;
    for (const ApimEntity &entity : all.mid(*skip, *top))
        value.append(entity.contract);
    QJsonObject page{{QStringLiteral("value"), value}, {QStringLiteral("count"), all.size()}};
    if (*skip + *top < all.size()) {
        QUrl next(m_context.baseUrl + request.url.path(QUrl::FullyEncoded));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2024-05-01"));
        query.addQueryItem(QStringLiteral("$top"), QString::number(*top));
        query.addQueryItem(QStringLiteral("$skip"), QString::number(*skip + *top));
        next.setQuery(query);
        page.insert(QStringLiteral("nextLink"), next.toString(QUrl::FullyEncoded));
    }
    return LocalResponse::json(200, page);
}

Result<FetchedCertificate, LocalResponse>
ApiManagementService::certificateFromBody(const QJsonObject &properties) const {
    const QString data = properties.value(QStringLiteral("data")).toString();
    auto decoded =
        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (data.isEmpty() || decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return fail(validationError(QStringLiteral("data"),
                                    QStringLiteral("Certificate data must be a base64-encoded "
                                                   ".pfx (PKCS#12) file.")));
    QByteArray password = properties.value(QStringLiteral("password")).toString().toUtf8();
    auto pfx = crypto::readPkcs12(decoded.decoded, password);
    crypto::cleanse(password);
    if (!pfx && pfx.error().code == crypto::CryptoErrorCode::WrongPassword)
        return fail(validationError(QStringLiteral("password"),
                                    QStringLiteral("The password of the .pfx file is not "
                                                   "correct.")));
    if (!pfx)
        return fail(validationError(QStringLiteral("data"),
                                    QStringLiteral("Certificate data is not a valid .pfx "
                                                   "(PKCS#12) file: %1")
                                        .arg(pfx.error().message)));
    return FetchedCertificate{pfx->certificate, pfx->chain};
}

LocalResponse ApiManagementService::putCertificate(const LocalRequest &request,
                                                   const QString &service, const QString &name) {
    if (!isValidEntityId(name))
        return validationError(QStringLiteral("certificateId"),
                               QStringLiteral("'%1' is not a valid certificate id.").arg(name));
    const auto existing = m_store.apimEntity(service, QStringLiteral("certificate"), name);
    if (auto refused = checkIfMatch(request, existing, false))
        return *refused;
    auto body = vault::parseJsonObject(request.body);
    const QJsonObject properties =
        body ? body->value(QStringLiteral("properties")).toObject() : QJsonObject();
    vault::ApimCertificate contract;
    std::optional<Result<FetchedCertificate, LocalResponse>> fetched;
    if (properties.value(QStringLiteral("keyVault")).isObject()) {
        contract.keyVault = vault::ApimKeyVaultReference::fromJson(
            properties.value(QStringLiteral("keyVault")).toObject());
        fetched = fetchSecretAsService(
            *loadService(service), contract.keyVault->secretIdentifier,
            contract.keyVault->identityClientId,
            QStringLiteral("Failed to read certificate '%1' from Key Vault. ").arg(name));
        vault::ApimKeyVaultStatus status;
        status.code = QStringLiteral("Success");
        status.message = QString();
        status.timeStampUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        contract.keyVault->lastStatus = status;
    } else {
        fetched = certificateFromBody(properties);
    }
    if (!*fetched)
        return fetched->error();
    const crypto::Certificate &certificate = (*fetched)->certificate;
    contract.id = childId(service, QStringLiteral("certificates"), name);
    contract.name = name;
    contract.type = QStringLiteral("Microsoft.ApiManagement/service/certificates");
    contract.subject = certificate.subject();
    contract.thumbprint = QString::fromLatin1(certificate.sha1Thumbprint().toHex().toUpper());
    contract.expirationDate = certificate.notAfter().toString(Qt::ISODate);
    ApimEntity entity{service, QStringLiteral("certificate"), name, contract.toJson(), {}, {}};
    entity.material = certificate.pem();
    for (const crypto::Certificate &other : (*fetched)->chain)
        entity.material += other.pem();
    return saved(entity, !existing);
}

LocalResponse ApiManagementService::deleteCertificate(const LocalRequest &request,
                                                      const QString &service, const QString &name) {
    const auto existing = m_store.apimEntity(service, QStringLiteral("certificate"), name);
    if (auto refused = checkIfMatch(request, existing, true))
        return *refused;
    if (!existing)
        return LocalResponse::empty(204);
    QStringList users;
    QList<std::pair<QString, QString>> details;
    for (const ApimEntity &entity : m_store.apimEntities(service, QStringLiteral("backend"))) {
        const auto backend = vault::ApimBackend::fromJson(entity.contract);
        if (!backend.usesCertificate(name))
            continue;
        users.append(QLatin1Char('\'') + backend.name + QLatin1Char('\''));
        details.append({QStringLiteral("backends/") + backend.name,
                        QStringLiteral("Backend '%1' uses certificate '%2' in "
                                       "credentials.certificateIds.")
                            .arg(backend.name, name)});
    }
    if (!users.isEmpty())
        return apimError(409, QStringLiteral("Conflict"),
                         QStringLiteral("Certificate '%1' cannot be deleted because it is used "
                                        "by backend(s) %2. Remove it from their credentials "
                                        "first.")
                             .arg(name, users.join(QStringLiteral(", "))),
                         details);
    if (!m_store.deleteApimEntity(service, QStringLiteral("certificate"), name))
        return storeFailure();
    return LocalResponse::empty(200);
}

} // namespace certdeck::localvault
