#include "vault_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace certdeck::client {

namespace {

// lupdate files these strings under the same context as the run-time lookup.
class Text {
    Q_DECLARE_TR_FUNCTIONS(certdeck::client::VaultError)
};

QString explainForbidden(const VaultError &error) {
    if (!error.missingPermission.isEmpty())
        return Text::
            tr("Your access policy on this vault does not include the permission “%1”. Grant it "
               "in "
               "Access policies, or ask the vault's owner to.")
                .arg(error.missingPermission);
    if (error.innerCode == QLatin1String("ForbiddenByRbac"))
        return Text::tr(
            "This vault uses Azure role-based access control and your identity has no role "
            "that allows "
            "this action. Ask for a Key Vault role assignment.");
    if (error.innerCode == QLatin1String("ForbiddenByFirewall"))
        return Text::tr("The vault's firewall does not allow requests from your network address.");
    if (error.message.contains(QLatin1String("purge protection is enabled")))
        return Text::tr(
            "Purge protection is on for this vault: a deleted certificate cannot be purged before "
            "its scheduled purge date, when the vault purges it by itself. Recover it if you "
            "need it or its name again.");
    if (error.message.startsWith(QLatin1String("Merge is forbidden")))
        return Text::tr(
            "This request was sent to a certificate authority and is still in progress: "
            "merging is only "
            "possible after it failed or was cancelled. Wait for it, or cancel it first.");
    return Text::tr("The service refused the request (403 Forbidden).");
}

QString explainConflict(const VaultError &error) {
    if (error.innerCode == QLatin1String("ObjectIsDeletedButRecoverable"))
        return Text::tr(
            "A deleted certificate with this name is still recoverable. Recover it or purge "
            "it under "
            "Deleted certificates, or choose another name.");
    if (error.innerCode == QLatin1String("ObjectIsBeingDeleted"))
        return Text::tr("The certificate is still being deleted. Try again in a few seconds.");
    if (error.message.contains(QLatin1String("status is inProgress")))
        return Text::tr(
            "A pending request for this certificate is still in progress. Merge the signed "
            "certificate, "
            "wait for the issuer to finish, or delete the pending request first.");
    if (error.message.contains(QLatin1String("used by backend")))
        return Text::tr("The certificate is still used by back ends. Remove it from their "
                        "gateway credentials first, then delete it.");
    return Text::tr("The request conflicts with the certificate's current state (409 Conflict).");
}

// Seed 000: API Management's managed identity could not read the Key Vault secret.
bool isApimKeyVaultForbidden(const VaultError &error) {
    return error.message.contains(QLatin1String("failed with StatusCode: Forbidden")) &&
           error.message.contains(QLatin1String("API Management"), Qt::CaseInsensitive);
}

QString explainHttp(const VaultError &error) {
    switch (error.httpStatus) {
    case 400:
        if (isApimKeyVaultForbidden(error))
            return Text::tr("API Management could not read the certificate from Key Vault: its "
                            "managed identity is not turned on, or has no “Get” secret "
                            "permission on the vault. Turn on the system-assigned identity and "
                            "add an access policy with secret permission “Get”, then try again.");
        return Text::tr(
            "The service rejected the request as invalid: check the values you entered.");
    case 412:
        return Text::tr("Someone else changed this item meanwhile. Reload it and try again.");
    case 401:
        return Text::tr(
            "The service did not accept the sign-in. Sign in again or check the credentials "
            "of this "
            "connection.");
    case 403:
        return explainForbidden(error);
    case 404:
        if (error.code == QLatin1String("PendingCertificateNotFound"))
            return Text::tr("There is no pending request for this certificate any more: it was "
                            "completed, deleted or "
                            "replaced.");
        return Text::tr(
            "The item was not found. It may have been deleted; look under Deleted certificates.");
    case 409:
        return explainConflict(error);
    case 429:
        return Text::tr(
            "The vault is throttling requests. Certdeck retried; try again in a minute.");
    default:
        break;
    }
    if (error.httpStatus >= 500)
        return Text::tr(
                   "The service had an internal error (%1). Certdeck retried; try again later.")
            .arg(error.httpStatus);
    return Text::tr("The service answered with status %1.").arg(error.httpStatus);
}

} // namespace

QString missingPermissionFromMessage(const QString &message) {
    static const QRegularExpression pattern(
        QStringLiteral("does not have (certificates|secrets|keys|storage) ([A-Za-z]+) permission"));
    const auto match = pattern.match(message);
    return match.hasMatch() ? match.captured(1) + QLatin1Char(' ') + match.captured(2) : QString();
}

QString VaultError::explanation() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return Text::tr(
            "The service could not be reached. Check the network connection and the vault URL.");
    case Kind::Tls:
        return Text::tr(
            "The service's TLS certificate is not trusted. Certdeck never turns verification "
            "off: add "
            "the issuing CA to this connection instead.");
    case Kind::Authentication:
        return Text::tr(
            "No access token could be obtained. Check the sign-in method and its credentials.");
    case Kind::Parse:
        return Text::tr("The service's answer could not be read.");
    case Kind::Cancelled:
        return Text::tr("The operation was cancelled.");
    case Kind::InvalidRequest:
        return Text::tr("The request was not sent: %1").arg(message);
    case Kind::Http:
        return explainHttp(*this);
    }
    return {};
}

VaultError VaultError::fromHttp(int status, const QByteArray &body, const QByteArray &requestId) {
    VaultError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.requestId = QString::fromLatin1(requestId);
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    const QJsonValue inner = envelope.value(QStringLiteral("error"));
    if (inner.isObject()) {
        const QJsonObject object = inner.toObject();
        error.code = object.value(QStringLiteral("code")).toString();
        error.message = object.value(QStringLiteral("message")).toString();
        const QJsonObject innerError = object.value(QStringLiteral("innererror")).toObject();
        error.innerCode = innerError.value(QStringLiteral("code")).toString();
        for (const QJsonValue &detail : object.value(QStringLiteral("details")).toArray()) {
            const QString text = detail.toObject().value(QStringLiteral("message")).toString();
            if (!text.isEmpty())
                error.details.append(text);
        }
    } else if (inner.isString()) { // OAuth2 token endpoint shape
        error.code = inner.toString();
        error.message = envelope.value(QStringLiteral("error_description")).toString();
    }
    if (error.message.isEmpty())
        error.message = QString::fromUtf8(body.left(500));
    if (status == 403)
        error.missingPermission = missingPermissionFromMessage(error.message);
    return error;
}

VaultError VaultError::network(const QString &message) {
    VaultError error;
    error.kind = Kind::Network;
    error.message = message;
    return error;
}

VaultError VaultError::cancelled() {
    VaultError error;
    error.kind = Kind::Cancelled;
    return error;
}

VaultError VaultError::invalidRequest(const QString &message) {
    VaultError error;
    error.kind = Kind::InvalidRequest;
    error.message = message;
    return error;
}

VaultError VaultError::parse(const QString &message) {
    VaultError error;
    error.kind = Kind::Parse;
    error.message = message;
    return error;
}

} // namespace certdeck::client
