#include "arm_client.h"

#include "json_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace certdeck::client {

namespace {

QString kindName(AccessPolicyUpdateKind kind) {
    switch (kind) {
    case AccessPolicyUpdateKind::Add:
        return QStringLiteral("add");
    case AccessPolicyUpdateKind::Replace:
        return QStringLiteral("replace");
    case AccessPolicyUpdateKind::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

// /subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.KeyVault/vaults/{name}
bool isVaultResourceId(const QString &resourceId) {
    static const QRegularExpression pattern(
        QStringLiteral(
            "^/subscriptions/[^/?#]+/resourceGroups/[^/?#]+/providers/Microsoft\\.KeyVault/vaults/"
            "[A-Za-z0-9-]+$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList segments = resourceId.split(QLatin1Char('/'));
    return pattern.match(resourceId).hasMatch() && !segments.contains(QStringLiteral("..")) &&
           !segments.contains(QStringLiteral("."));
}

bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443);
}

template <typename T> Reply<T> *failed(QObject *parent, const VaultError &error) {
    auto *reply = new Reply<T>(parent);
    reply->finishWithError(error);
    return reply;
}

std::optional<QStringList> *categoryList(vault::Permissions &permissions, const QString &category) {
    if (category.compare(QLatin1String("keys"), Qt::CaseInsensitive) == 0)
        return &permissions.keys;
    if (category.compare(QLatin1String("secrets"), Qt::CaseInsensitive) == 0)
        return &permissions.secrets;
    if (category.compare(QLatin1String("certificates"), Qt::CaseInsensitive) == 0)
        return &permissions.certificates;
    if (category.compare(QLatin1String("storage"), Qt::CaseInsensitive) == 0)
        return &permissions.storage;
    return nullptr;
}

} // namespace

Subscription Subscription::fromJson(const QJsonObject &json) {
    Subscription subscription;
    subscription.id = json.value(QStringLiteral("id")).toString();
    subscription.subscriptionId = json.value(QStringLiteral("subscriptionId")).toString();
    subscription.displayName = json.value(QStringLiteral("displayName")).toString();
    subscription.state = json.value(QStringLiteral("state")).toString();
    subscription.tenantId = json.value(QStringLiteral("tenantId")).toString();
    return subscription;
}

ArmClient::ArmClient(HttpPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline) {}

void ArmClient::setBaseUrl(const QUrl &baseUrl) {
    m_baseUrl = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1); // resource paths start with '/'
    m_baseUrl.setPath(path);
}

QUrl ArmClient::url(const QString &path, const QString &apiVersion) const {
    QUrl result = m_baseUrl;
    result.setPath(m_baseUrl.path() + path, QUrl::DecodedMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), apiVersion);
    result.setQuery(query);
    return result;
}

template <typename T>
Reply<QList<T>> *ArmClient::list(const QUrl &firstPage,
                                 std::function<T(const QJsonObject &)> parse) {
    auto *reply = new Reply<QList<T>>(this);
    fetchPage(reply, firstPage, std::make_shared<QList<T>>(), 1, std::move(parse));
    return reply;
}

template <typename T>
void ArmClient::fetchPage(Reply<QList<T>> *reply, const QUrl &pageUrl,
                          std::shared_ptr<QList<T>> items, int page,
                          std::function<T(const QJsonObject &)> parse) {
    ServiceRequest request;
    request.url = pageUrl;
    request.scope = m_scope;
    Reply<HttpResponse> *http = m_pipeline->send(request);
    reply->setAbortHandler([http] { http->abort(); });
    connect(http, &ServiceReply::finished, reply, [=, this] {
        http->deleteLater();
        if (http->hasError())
            return reply->finishWithError(http->error());
        auto json = vault::parseJsonObject(http->value().body);
        if (!json)
            return reply->finishWithError(VaultError::parse(json.error()));
        for (const QJsonValue &value : json->value(QStringLiteral("value")).toArray())
            items->append(parse(value.toObject()));
        const QString next =
            json->value(QStringLiteral("nextLink")).toString(); // null or absent: done
        if (next.isEmpty())
            return reply->finishWithValue(*items);
        const QUrl nextUrl(next); // verbatim: it carries api-version and $skiptoken already
        if (!nextUrl.isValid() || !sameOrigin(nextUrl, m_baseUrl))
            return reply->finishWithError(
                VaultError::invalidRequest(QStringLiteral("ARM answered with a nextLink to another "
                                                          "host (%1); it was not followed so that "
                                                          "the access token stays with %2.")
                                               .arg(nextUrl.host(), m_baseUrl.host())));
        if (page >= maxPages || nextUrl == pageUrl)
            return reply->finishWithError(VaultError::parse(
                QStringLiteral("ARM kept answering with more pages (%1); listing stopped.")
                    .arg(page)));
        fetchPage(reply, nextUrl, items, page + 1, parse);
    });
}

Reply<QList<Subscription>> *ArmClient::listSubscriptions() {
    return list<Subscription>(url(QStringLiteral("/subscriptions"), subscriptionsApiVersion()),
                              &Subscription::fromJson);
}

Reply<QList<vault::VaultResource>> *ArmClient::listVaults(const QString &subscriptionId) {
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!safe.match(subscriptionId).hasMatch())
        return failed<QList<vault::VaultResource>>(
            this, VaultError::invalidRequest(
                      QStringLiteral("'%1' is not a subscription id.").arg(subscriptionId)));
    return list<vault::VaultResource>(
        url(QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults")
                .arg(subscriptionId),
            keyVaultApiVersion()),
        &vault::VaultResource::fromJson);
}

Reply<vault::VaultResource> *ArmClient::getVault(const QString &resourceId) {
    if (!isVaultResourceId(resourceId))
        return failed<vault::VaultResource>(
            this, VaultError::invalidRequest(
                      QStringLiteral("'%1' is not a Key Vault resource id.").arg(resourceId)));
    ServiceRequest request;
    request.url = url(resourceId, keyVaultApiVersion());
    request.scope = m_scope;
    auto *reply = new Reply<vault::VaultResource>(this);
    forwardReply(m_pipeline->send(request), reply,
                 [](const HttpResponse &response, Reply<vault::VaultResource> *target) {
                     auto json = vault::parseJsonObject(response.body);
                     if (json)
                         target->finishWithValue(vault::VaultResource::fromJson(*json));
                     else
                         target->finishWithError(VaultError::parse(json.error()));
                 });
    return reply;
}

Reply<QList<vault::AccessPolicyEntry>> *
ArmClient::updateAccessPolicy(const QString &resourceId, AccessPolicyUpdateKind kind,
                              const QList<vault::AccessPolicyEntry> &entries) {
    using Entries = QList<vault::AccessPolicyEntry>;
    if (!isVaultResourceId(resourceId))
        return failed<Entries>(
            this, VaultError::invalidRequest(
                      QStringLiteral("'%1' is not a Key Vault resource id.").arg(resourceId)));
    if (entries.isEmpty())
        return failed<Entries>(
            this, VaultError::invalidRequest(QStringLiteral("No access policy entry to send.")));
    QJsonArray policies;
    for (const vault::AccessPolicyEntry &entry : entries)
        policies.append(entry.toJson());
    ServiceRequest request;
    request.method = "PUT";
    request.url =
        url(resourceId + QStringLiteral("/accessPolicies/") + kindName(kind), keyVaultApiVersion());
    request.scope = m_scope;
    // add/replace/remove are idempotent PUTs: a retry after a lost answer does no harm.
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("accessPolicies"), policies}}}})
            .toJson(QJsonDocument::Compact);
    auto *reply = new Reply<Entries>(this);
    forwardReply(m_pipeline->send(request), reply,
                 [](const HttpResponse &response, Reply<Entries> *target) {
                     auto json = vault::parseJsonObject(response.body);
                     if (!json)
                         return target->finishWithError(VaultError::parse(json.error()));
                     Entries echoed;
                     const QJsonArray array = json->value(QStringLiteral("properties"))
                                                  .toObject()
                                                  .value(QStringLiteral("accessPolicies"))
                                                  .toArray();
                     for (const QJsonValue &value : array)
                         echoed.append(vault::AccessPolicyEntry::fromJson(value.toObject()));
                     target->finishWithValue(echoed);
                 });
    return reply;
}

std::optional<vault::AccessPolicyEntry> removalEntryFor(const vault::VaultResource &vault,
                                                        const QString &objectId,
                                                        const QString &category,
                                                        const QString &permission) {
    for (const vault::AccessPolicyEntry &stored : vault.accessPolicies) {
        if (stored.objectId.compare(objectId, Qt::CaseInsensitive) != 0)
            continue;
        vault::AccessPolicyEntry storedCopy = stored;
        const std::optional<QStringList> *granted = categoryList(storedCopy.permissions, category);
        if (!granted || !*granted)
            continue;
        QStringList spellings;
        for (const QString &name : **granted) {
            if (name.compare(permission, Qt::CaseInsensitive) == 0 && !spellings.contains(name))
                spellings.append(name);
        }
        if (spellings.isEmpty())
            continue;
        vault::AccessPolicyEntry removal;
        removal.tenantId = stored.tenantId;
        removal.objectId = stored.objectId;
        removal.applicationId = stored.applicationId;
        *categoryList(removal.permissions, category) = spellings;
        return removal;
    }
    return std::nullopt;
}

} // namespace certdeck::client
