#include "key_vault_service.h"

#include "contacts.h"
#include "issuer_bundle.h"
#include "json_support.h"

#include <QJsonArray>

namespace certdeck::localvault {

namespace {

LocalResponse issuerNotFound() {
    return keyVaultError(404, QStringLiteral("CertificateIssuerNotFound"),
                         QStringLiteral("Issuer not found"));
}

bool isReservedIssuerName(const QString &name) {
    return name.compare(QLatin1String("Self"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("Unknown"), Qt::CaseInsensitive) == 0;
}

} // namespace

LocalResponse KeyVaultService::listIssuers(const LocalRequest &request) {
    int pageSize = 25;
    if (auto invalid = readPageSize(request, &pageSize))
        return *invalid;
    QJsonArray items;
    for (const auto &issuer : m_store.issuers()) {
        vault::IssuerBundle item = issuer;
        item.id = m_context.vaultUrl + QStringLiteral("/certificates/issuers/") + issuer.name();
        items.append(item.toItemJson());
    }
    return listPage(request, QStringLiteral("/certificates/issuers"), items, QString(), false);
}

LocalResponse KeyVaultService::issuerRequest(const LocalRequest &request, const QString &name) {
    const QByteArray &method = request.method;
    const QString permission = method == "GET"      ? QStringLiteral("getissuers")
                               : method == "DELETE" ? QStringLiteral("deleteissuers")
                                                    : QStringLiteral("setissuers");
    if (auto denied = require(QStringLiteral("certificates"), permission)) {
        if (require(QStringLiteral("certificates"), QStringLiteral("manageissuers")))
            return *denied;
    }
    auto existing = m_store.issuer(name);
    if (method == "GET")
        return existing ? LocalResponse::json(200, existing->toJson()) : issuerNotFound();
    if (method == "DELETE") {
        if (!existing)
            return issuerNotFound();
        if (!m_store.deleteIssuer(name))
            return storeFailure();
        return LocalResponse::json(200, existing->toJson());
    }
    if (method != "PUT" && method != "PATCH")
        return keyVaultError(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("HTTP %1 not allowed").arg(QString::fromLatin1(method)));
    if (!isValidObjectName(name) || isReservedIssuerName(name))
        return badParameter(
            QStringLiteral("The issuer name '%1' is invalid or reserved.").arg(name.left(130)));
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return badParameter(
            QStringLiteral("The request body is not valid JSON: %1").arg(body.error()));
    vault::IssuerBundle patch = vault::IssuerBundle::fromJson(*body);
    if (method == "PATCH" && !existing)
        return issuerNotFound();
    if (method == "PUT" && patch.provider.value_or(QString()).isEmpty())
        return badParameter(QStringLiteral("Property provider is required."));
    vault::IssuerBundle issuer = method == "PATCH" ? existing->mergedWith(patch) : patch;
    const qint64 now = nowSeconds();
    issuer.id = m_context.vaultUrl + QStringLiteral("/certificates/issuers/") + name;
    issuer.enabled = issuer.enabled.value_or(true);
    issuer.created = existing ? existing->created.value_or(now) : now;
    issuer.updated = now;
    if (!m_store.putIssuer(name, issuer))
        return storeFailure();
    return LocalResponse::json(200, issuer.toJson());
}

LocalResponse KeyVaultService::contactsRequest(const LocalRequest &request) {
    const QByteArray &method = request.method;
    auto existing = m_store.contacts();
    const auto notFoundResponse = [] {
        return keyVaultError(404, QStringLiteral("ContactsNotFound"),
                             QStringLiteral("Contacts not found"));
    };
    if (method == "GET")
        return existing ? LocalResponse::json(200, existing->toJson()) : notFoundResponse();
    if (method == "DELETE") {
        if (!existing)
            return notFoundResponse();
        if (!m_store.putContacts(std::nullopt))
            return storeFailure();
        return LocalResponse::json(200, existing->toJson());
    }
    if (method != "PUT")
        return keyVaultError(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("HTTP %1 not allowed").arg(QString::fromLatin1(method)));
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return badParameter(
            QStringLiteral("The request body is not valid JSON: %1").arg(body.error()));
    vault::Contacts contacts = vault::Contacts::fromJson(*body);
    contacts.id = m_context.vaultUrl + QStringLiteral("/certificates/contacts");
    if (!m_store.putContacts(contacts))
        return storeFailure();
    return LocalResponse::json(200, contacts.toJson());
}

} // namespace certdeck::localvault
