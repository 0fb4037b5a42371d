#include "arm_service.h"

#include "json_support.h"

#include <QJsonArray>

namespace certdeck::localvault {

namespace {

LocalResponse armError(int status, const QString &code, const QString &message) {
    return LocalResponse::json(
        status,
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}});
}

std::optional<QStringList> mergePermissions(const std::optional<QStringList> &current,
                                            const std::optional<QStringList> &change,
                                            const QString &kind) {
    if (!change)
        return kind == QLatin1String("replace") ? std::nullopt : current;
    if (kind == QLatin1String("replace"))
        return change;
    QStringList result = current.value_or(QStringList());
    for (const QString &permission : *change) {
        const auto sameName = [&permission](const QString &p) {
            return p.compare(permission, Qt::CaseInsensitive) == 0;
        };
        if (kind == QLatin1String("remove"))
            result.removeIf(sameName);
        else if (std::none_of(result.cbegin(), result.cend(), sameName))
            result.append(permission);
    }
    return result;
}

bool isEmpty(const vault::Permissions &permissions) {
    for (const auto *list : {&permissions.keys, &permissions.secrets, &permissions.certificates,
                             &permissions.storage}) {
        if (*list && !(*list)->isEmpty())
            return false;
    }
    return true;
}

std::optional<QString> invalidPermission(const vault::AccessPolicyEntry &entry) {
    const std::pair<const std::optional<QStringList> *, QStringList> categories[] = {
        {&entry.permissions.keys, vault::Permission::allKeyPermissions()},
        {&entry.permissions.secrets, vault::Permission::allSecretPermissions()},
        {&entry.permissions.certificates, vault::Permission::allCertificatePermissions()},
        {&entry.permissions.storage, vault::Permission::allStoragePermissions()},
    };
    for (const auto &[list, allowed] : categories) {
        for (const QString &permission : list->value_or(QStringList())) {
            if (!allowed.contains(permission, Qt::CaseInsensitive))
                return permission;
        }
    }
    return std::nullopt;
}

} // namespace

QList<vault::AccessPolicyEntry>
applyAccessPolicyChange(QList<vault::AccessPolicyEntry> current,
                        const QList<vault::AccessPolicyEntry> &changes, const QString &kind) {
    for (const auto &change : changes) {
        auto entry = std::find_if(
            current.begin(), current.end(), [&change](const vault::AccessPolicyEntry &e) {
                return e.objectId.compare(change.objectId, Qt::CaseInsensitive) == 0 &&
                       e.applicationId.value_or(QString()) ==
                           change.applicationId.value_or(QString());
            });
        if (entry == current.end()) {
            if (kind != QLatin1String("remove"))
                current.append(change);
            continue;
        }
        entry->permissions.keys =
            mergePermissions(entry->permissions.keys, change.permissions.keys, kind);
        entry->permissions.secrets =
            mergePermissions(entry->permissions.secrets, change.permissions.secrets, kind);
        entry->permissions.certificates = mergePermissions(entry->permissions.certificates,
                                                           change.permissions.certificates, kind);
        entry->permissions.storage =
            mergePermissions(entry->permissions.storage, change.permissions.storage, kind);
        if (isEmpty(entry->permissions))
            current.erase(entry);
    }
    return current;
}

ArmService::ArmService(VaultStore &store, const TokenService &tokens, ArmContext context)
    : m_store(store)
    , m_tokens(tokens)
    , m_context(std::move(context)) {}

QString ArmService::vaultResourceId() const {
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(m_context.subscriptionId, m_context.resourceGroup, m_context.vaultName);
}

vault::VaultResource ArmService::vaultResource() const {
    vault::VaultResource resource;
    resource.id = vaultResourceId();
    resource.name = m_context.vaultName;
    resource.type = QStringLiteral("Microsoft.KeyVault/vaults");
    resource.location = QStringLiteral("local");
    resource.tenantId = m_context.tenantId;
    resource.skuFamily = QStringLiteral("A");
    resource.skuName = QStringLiteral("standard");
    resource.vaultUri = m_context.vaultUri;
    resource.accessPolicies = m_store.accessPolicies();
    resource.enableSoftDelete = true;
    resource.softDeleteRetentionInDays = 90;
    resource.enableRbacAuthorization = false;
    resource.enablePurgeProtection = m_context.purgeProtection;
    resource.extraProperties.insert(QStringLiteral("provisioningState"),
                                    QStringLiteral("Succeeded"));
    resource.extraProperties.insert(QStringLiteral("publicNetworkAccess"),
                                    QStringLiteral("Enabled"));
    return resource;
}

LocalResponse ArmService::handle(const LocalRequest &request) {
    const QByteArray header = request.header("Authorization");
    QString reason;
    auto claims = header.startsWith("Bearer ")
                      ? m_tokens.validate(QString::fromLatin1(header.mid(7).trimmed()),
                                          {QStringLiteral("https://management.azure.com/"),
                                           QStringLiteral("https://management.core.windows.net/")},
                                          &reason)
                      : std::nullopt;
    if (!claims) {
        LocalResponse response = armError(
            401,
            header.isEmpty() ? QStringLiteral("AuthenticationFailed")
                             : QStringLiteral("InvalidAuthenticationToken"),
            header.isEmpty()
                ? QStringLiteral("Authentication failed. The 'Authorization' header is missing.")
                : QStringLiteral("The access token is invalid: %1.").arg(reason));
        response.setHeader(
            "WWW-Authenticate",
            QStringLiteral("Bearer authorization_uri=\"%1\", error=\"invalid_token\"")
                .arg(m_context.authorityUrl)
                .toUtf8());
        return response;
    }
    if (request.queryValue(QStringLiteral("api-version")).isEmpty())
        return armError(
            400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral(
                "The api-version query parameter (?api-version=) is required for all requests."));
    auto principal = m_store.principalByObjectId(claims->objectId);
    const QString path = request.path();
    const bool writes = request.method != "GET";
    if (!principal || !principal->armOwner)
        return armError(
            403, QStringLiteral("AuthorizationFailed"),
            QStringLiteral(
                "The client '%1' with object id '%1' does not have authorization to perform "
                "action '%2' over scope '%3' or the scope is invalid.")
                .arg(claims->objectId,
                     writes ? QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies/write")
                            : QStringLiteral("Microsoft.KeyVault/vaults/read"),
                     path));

    if (m_apim && ApiManagementService::handles(path))
        return m_apim->handle(request);
    const QString subscription = QStringLiteral("/subscriptions/") + m_context.subscriptionId;
    if (request.method == "GET" &&
        (path == QLatin1String("/subscriptions") || path == QLatin1String("/subscriptions/"))) {
        const QJsonObject item{
            {QStringLiteral("id"), subscription},
            {QStringLiteral("subscriptionId"), m_context.subscriptionId},
            {QStringLiteral("tenantId"), m_context.tenantId},
            {QStringLiteral("displayName"), QStringLiteral("Certdeck local sandbox")},
            {QStringLiteral("state"), QStringLiteral("Enabled")}};
        return LocalResponse::json(200, QJsonObject{{QStringLiteral("value"), QJsonArray{item}}});
    }
    if (request.method == "GET" &&
        path.compare(subscription + QStringLiteral("/providers/Microsoft.KeyVault/vaults"),
                     Qt::CaseInsensitive) == 0)
        return LocalResponse::json(
            200, QJsonObject{{QStringLiteral("value"), QJsonArray{vaultResource().toJson()}}});
    if (request.method == "GET" && path.compare(vaultResourceId(), Qt::CaseInsensitive) == 0)
        return LocalResponse::json(200, vaultResource().toJson());
    const QString policiesPrefix = vaultResourceId() + QStringLiteral("/accessPolicies/");
    if (request.method == "PUT" && path.startsWith(policiesPrefix, Qt::CaseInsensitive))
        return updateAccessPolicies(request, path.mid(policiesPrefix.size()));
    return armError(404, QStringLiteral("ResourceNotFound"),
                    QStringLiteral("The Resource '%1' was not found.").arg(path));
}

LocalResponse ArmService::updateAccessPolicies(const LocalRequest &request, const QString &kind) {
    if (kind != QLatin1String("add") && kind != QLatin1String("replace") &&
        kind != QLatin1String("remove"))
        return armError(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The operation kind '%1' is invalid; use add, replace or remove.")
                .arg(kind));
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return armError(400, QStringLiteral("BadRequest"),
                        QStringLiteral("The request body is invalid: %1").arg(body.error()));
    const QJsonArray entries = body->value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("accessPolicies"))
                                   .toArray();
    QList<vault::AccessPolicyEntry> changes;
    for (const QJsonValue &value : entries) {
        auto entry = vault::AccessPolicyEntry::fromJson(value.toObject());
        if (entry.objectId.isEmpty() || entry.tenantId.isEmpty())
            return armError(400, QStringLiteral("BadRequest"),
                            QStringLiteral("An invalid value was provided for 'accessPolicies': "
                                           "tenantId and objectId are required."));
        if (auto invalid = invalidPermission(entry))
            return armError(
                400, QStringLiteral("BadRequest"),
                QStringLiteral(
                    "An invalid value was provided for 'accessPolicies': unknown permission '%1'.")
                    .arg(*invalid));
        changes.append(entry);
    }
    const auto updated = applyAccessPolicyChange(m_store.accessPolicies(), changes, kind);
    if (!m_store.setAccessPolicies(updated))
        return armError(500, QStringLiteral("InternalServerError"), m_store.lastError());
    QJsonArray echoed;
    for (const auto &entry : changes)
        echoed.append(entry.toJson());
    return LocalResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("id"), vaultResourceId() + QStringLiteral("/accessPolicies/")},
            {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies")},
            {QStringLiteral("name"), kind},
            {QStringLiteral("location"), QStringLiteral("local")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("accessPolicies"), echoed}}},
        });
}

} // namespace certdeck::localvault
