// The local API Management reading a Key Vault secret as its own managed identity.
//
// The request goes through the local vault's ordinary data-plane routing with a token issued to
// the service's principal, so the very access-policy check every other caller meets decides:
// an identity that is missing (type None) or lacks `secrets get` produces the failure of seed
// 000, quoted from the troubleshooting article (protocol notes §2.4):
//   "Failed to update API Management service hostnames. Request to resource '<secret url>/
//    ?api-version=7.0' failed with StatusCode: Forbidden for RequestId: <id>. Exception message:
//    Operation returned an invalid status code 'Forbidden'."
// Code: InvalidParameters, the code APIM uses for Key Vault access failures of hostnames and
// certificates (the article quotes only the message); the vault's own 403 is attached as a
// detail (target keyVaultId) so that the operator sees which permission is missing.
#include "api_management_service.h"

#include "certificate_reader.h"
#include "chain.h"
#include "json_support.h"
#include "pkcs12.h"
#include "secret_bundle.h"

#include <QUrl>
#include <QUuid>

namespace certdeck::localvault {

namespace {

QString statusName(int status) {
    switch (status) {
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("NotFound");
    default:
        return QString::number(status);
    }
}

LocalResponse keyVaultFailure(const QString &prefix, const QString &secretUrl, int status,
                              const QString &vaultMessage) {
    QString resource = secretUrl;
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    const QString message =
        prefix +
        QStringLiteral("Request to resource '%1/?api-version=7.0' failed with StatusCode: "
                       "%2 for RequestId: %3. Exception message: Operation returned an "
                       "invalid status code '%2'.")
            .arg(resource, statusName(status), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QList<std::pair<QString, QString>> details;
    if (!vaultMessage.isEmpty())
        details.append({QStringLiteral("keyVaultId"), vaultMessage});
    return apimError(400, QStringLiteral("InvalidParameters"), message, details);
}

bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(443) == b.port(443);
}

Result<FetchedCertificate, QString> certificateFromSecret(const vault::SecretBundle &secret) {
    if (secret.contentType.value_or(QString()) == QLatin1String("application/x-pkcs12")) {
        auto pfx = crypto::readPkcs12(QByteArray::fromBase64(secret.value.toLatin1()), {});
        if (!pfx)
            return fail(pfx.error().message);
        return FetchedCertificate{pfx->certificate, pfx->chain};
    }
    auto certificates = crypto::readCertificates(secret.value.toUtf8());
    if (!certificates || certificates->isEmpty())
        return fail(QStringLiteral("The secret holds no certificate."));
    QList<crypto::Certificate> ordered = crypto::orderChain(*certificates);
    const crypto::Certificate leaf = ordered.takeFirst();
    return FetchedCertificate{leaf, ordered};
}

} // namespace

Result<FetchedCertificate, LocalResponse> ApiManagementService::fetchSecretAsService(
    const vault::ApimService &service, const QString &secretUrl, const QString &identityClientId,
    const QString &prefix) const {
    if (!identityClientId.isEmpty()) // only user-assigned identities are named by client id
        return fail(validationError(
            QStringLiteral("identityClientId"),
            QStringLiteral("Can not find Managed Identity with provided IdentityClientId : %1. "
                           "For more information please see aka.ms/apimmsi.")
                .arg(identityClientId)));
    const QUrl url(secretUrl);
    const QUrl vaultUrl(m_context.baseUrl);
    if (!url.isValid() || !sameOrigin(url, vaultUrl) ||
        !url.path().startsWith(QLatin1String("/secrets/")))
        return fail(validationError(
            QStringLiteral("keyVaultId"),
            QStringLiteral("'%1' is not a secret of the local vault %2/ (the local API Management "
                           "reaches no other vault).")
                .arg(secretUrl, m_context.baseUrl)));
    const vault::ApimServiceIdentity identity =
        service.identity.value_or(vault::ApimServiceIdentity());
    const auto principal = identity.hasSystemAssigned()
                               ? m_store.principalByObjectId(identity.principalId)
                               : std::nullopt;
    if (!principal) // no identity: no token, and Key Vault refuses the anonymous request
        return fail(keyVaultFailure(prefix, secretUrl, 403, QString()));
    LocalRequest request;
    request.method = "GET";
    request.url = url.adjusted(QUrl::RemoveQuery);
    request.url.setQuery(QStringLiteral("api-version=7.0"));
    request.headers.append(
        {"Authorization",
         "Bearer " + m_tokens.issue(*principal, QStringLiteral("https://vault.azure.net"))
                         .accessToken.toLatin1()});
    const LocalResponse answer = m_vault(request);
    const auto parsed = vault::parseJsonObject(answer.body);
    const QJsonObject body = parsed ? *parsed : QJsonObject();
    if (answer.status != 200)
        return fail(keyVaultFailure(prefix, secretUrl, answer.status,
                                    vault::ArmError::fromJson(body).message));
    auto fetched = certificateFromSecret(vault::SecretBundle::fromJson(body));
    if (!fetched)
        return fail(validationError(QStringLiteral("keyVaultId"), fetched.error()));
    return *fetched;
}

} // namespace certdeck::localvault
