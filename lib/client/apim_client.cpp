#include "apim_client.h"

#include "json_support.h"
#include "openssl_support.h"
#include "retry_policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace certdeck::client {

namespace {

bool isServiceId(const QString &id) {
    static const QRegularExpression pattern(
        QStringLiteral("^/subscriptions/[^/?#]+/resourceGroups/[^/?#]+/providers/"
                       "Microsoft\\.ApiManagement/service/[A-Za-z0-9-]{1,50}$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList segments = id.split(QLatin1Char('/'));
    return pattern.match(id).hasMatch() && !segments.contains(QStringLiteral("..")) &&
           !segments.contains(QStringLiteral("."));
}

// certificateId / backendId: 1..80 characters, pattern ^[^*#&+:<>?]+$; '/' refused as well so
// that an id can never climb out of its collection.
bool isEntityId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[^*#&+:<>?/\\\\]{1,80}$"));
    return pattern.match(id).hasMatch() && id != QLatin1String("..") && id != QLatin1String(".");
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

template <typename T> Reply<T> *badId(QObject *parent, const QString &what, const QString &id) {
    return failed<T>(parent, VaultError::invalidRequest(
                                 QStringLiteral("'%1' is not a valid %2.").arg(id, what)));
}

QByteArray compact(const QJsonObject &json) {
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// ARM's terminal states of an operation status document; anything else is still running.
bool isTerminal(const QString &status) {
    return status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Cancelled"), Qt::CaseInsensitive) == 0;
}

} // namespace

ApimClient::ApimClient(HttpPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline) {}

void ApimClient::setBaseUrl(const QUrl &baseUrl) {
    m_baseUrl = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1); // resource paths start with '/'
    m_baseUrl.setPath(path);
}

QUrl ApimClient::url(const QString &path) const {
    QUrl result = m_baseUrl;
    result.setPath(m_baseUrl.path() + path, QUrl::DecodedMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), apiVersion());
    result.setQuery(query);
    return result;
}

ServiceRequest ApimClient::request(const QByteArray &method, const QUrl &target,
                                   const QByteArray &body) const {
    ServiceRequest request;
    request.method = method;
    request.url = target;
    request.body = body;
    request.scope = m_scope;
    return request;
}

// One request whose answer is one T::fromJson object.
template <typename T> Reply<T> *ApimClient::sendFor(const ServiceRequest &request) {
    auto *reply = new Reply<T>(this);
    forwardReply(m_pipeline->send(request), reply,
                 [](const HttpResponse &response, Reply<T> *target) {
                     auto json = vault::parseJsonObject(response.body);
                     if (json)
                         target->finishWithValue(T::fromJson(*json));
                     else
                         target->finishWithError(VaultError::parse(json.error()));
                 });
    return reply;
}

template <typename T> Reply<QList<T>> *ApimClient::list(const QUrl &firstPage) {
    auto *reply = new Reply<QList<T>>(this);
    fetchPage(reply, firstPage, std::make_shared<QList<T>>(), 1);
    return reply;
}

template <typename T>
void ApimClient::fetchPage(Reply<QList<T>> *reply, const QUrl &pageUrl,
                           std::shared_ptr<QList<T>> items, int page) {
    Reply<HttpResponse> *http = m_pipeline->send(request("GET", pageUrl));
    reply->setAbortHandler([http] { http->abort(); });
    connect(http, &ServiceReply::finished, reply, [=, this] {
        http->deleteLater();
        if (http->hasError())
            return reply->finishWithError(http->error());
        auto json = vault::parseJsonObject(http->value().body);
        if (!json)
            return reply->finishWithError(VaultError::parse(json.error()));
        for (const QJsonValue &value : json->value(QStringLiteral("value")).toArray())
            items->append(T::fromJson(value.toObject()));
        const QString next = json->value(QStringLiteral("nextLink")).toString();
        if (next.isEmpty())
            return reply->finishWithValue(*items);
        const QUrl nextUrl(next); // verbatim: it carries api-version, $top and $skip
        if (!nextUrl.isValid() || !sameOrigin(nextUrl, m_baseUrl))
            return reply->finishWithError(VaultError::invalidRequest(
                QStringLiteral("API Management answered with a nextLink to another host (%1); "
                               "it was not followed so that the access token stays with %2.")
                    .arg(nextUrl.host(), m_baseUrl.host())));
        if (page >= maxPages || nextUrl == pageUrl)
            return reply->finishWithError(VaultError::parse(
                QStringLiteral("API Management kept answering with more pages (%1); listing "
                               "stopped.")
                    .arg(page)));
        fetchPage(reply, nextUrl, items, page + 1);
    });
}

// --- the service ---------------------------------------------------------------------------

Reply<QList<vault::ApimService>> *ApimClient::listServices(const QString &subscriptionId) {
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!safe.match(subscriptionId).hasMatch())
        return badId<QList<vault::ApimService>>(this, QStringLiteral("subscription id"),
                                                subscriptionId);
    return list<vault::ApimService>(
        url(QStringLiteral("/subscriptions/%1/providers/Microsoft.ApiManagement/service")
                .arg(subscriptionId)));
}

Reply<vault::ApimService> *ApimClient::getService(const QString &serviceId) {
    if (!isServiceId(serviceId))
        return badId<vault::ApimService>(this, QStringLiteral("API Management resource id"),
                                         serviceId);
    return sendFor<vault::ApimService>(request("GET", url(serviceId)));
}

Reply<vault::ApimService> *ApimClient::updateService(const QString &serviceId,
                                                     const vault::ApimService &patch) {
    if (!isServiceId(serviceId))
        return badId<vault::ApimService>(this, QStringLiteral("API Management resource id"),
                                         serviceId);
    auto *reply = new Reply<vault::ApimService>(this);
    Reply<HttpResponse> *http =
        m_pipeline->send(request("PATCH", url(serviceId), compact(patch.toJson())));
    reply->setAbortHandler([http] { http->abort(); });
    connect(http, &ServiceReply::finished, reply, [=, this] {
        http->deleteLater();
        if (http->hasError())
            return reply->finishWithError(http->error());
        const HttpResponse &response = http->value();
        if (response.status != 202) { // done at once: the body is the service
            auto json = vault::parseJsonObject(response.body);
            return json ? reply->finishWithValue(vault::ApimService::fromJson(*json))
                        : reply->finishWithError(VaultError::parse(json.error()));
        }
        const QByteArray async = response.header("Azure-AsyncOperation");
        const QUrl next(QString::fromLatin1(async.isEmpty() ? response.header("Location") : async));
        if (!next.isValid() || next.isEmpty() || !sameOrigin(next, m_baseUrl))
            return reply->finishWithError(VaultError::parse(
                QStringLiteral("API Management accepted the update but named no operation on "
                               "%1 to follow.")
                    .arg(m_baseUrl.host())));
        schedulePoll(reply, serviceId, next, 0, response);
    });
    return reply;
}

// Waits (timer, never blocking) for the service's Retry-After, capped, then polls.
void ApimClient::schedulePoll(Reply<vault::ApimService> *reply, const QString &serviceId,
                              const QUrl &pollUrl, int polls, const HttpResponse &response) {
    if (polls >= maxPolls)
        return reply->finishWithError(VaultError::parse(
            QStringLiteral("The API Management operation did not end after %1 polls.").arg(polls)));
    const auto hint =
        retryAfterMs(response.header("Retry-After"), response.header("retry-after-ms"));
    const int delay = int(qMin<qint64>(hint.value_or(defaultPollIntervalMs), m_maxPollIntervalMs));
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [=, this] {
        timer->deleteLater();
        poll(reply, serviceId, pollUrl, polls + 1);
    });
    reply->setAbortHandler([timer] { timer->stop(); });
    timer->start(delay);
}

void ApimClient::poll(Reply<vault::ApimService> *reply, const QString &serviceId,
                      const QUrl &pollUrl, int polls) {
    if (reply->isFinished())
        return;
    Reply<HttpResponse> *http = m_pipeline->send(request("GET", pollUrl));
    reply->setAbortHandler([http] { http->abort(); });
    connect(http, &ServiceReply::finished, reply, [=, this] {
        http->deleteLater();
        if (http->hasError()) // the Location form reports a failed operation this way
            return reply->finishWithError(http->error());
        onPolled(reply, serviceId, pollUrl, polls, http->value());
    });
}

void ApimClient::onPolled(Reply<vault::ApimService> *reply, const QString &serviceId,
                          const QUrl &pollUrl, int polls, const HttpResponse &response) {
    if (response.status == 202) // Location form, still running
        return schedulePoll(reply, serviceId, pollUrl, polls, response);
    auto json = vault::parseJsonObject(response.body);
    if (!json)
        return reply->finishWithError(VaultError::parse(json.error()));
    const QString status = json->value(QStringLiteral("status")).toString();
    if (status.isEmpty()) // Location form, done: the body is the service
        return reply->finishWithValue(vault::ApimService::fromJson(*json));
    if (!isTerminal(status))
        return schedulePoll(reply, serviceId, pollUrl, polls, response);
    if (status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0) {
        // 400: what the Location form of the same operation answers.
        const QJsonObject envelope{{QStringLiteral("error"), json->value(QStringLiteral("error"))}};
        return reply->finishWithError(
            VaultError::fromHttp(400, compact(envelope), response.header("x-ms-request-id")));
    }
    Reply<vault::ApimService> *service = getService(serviceId);
    forwardReply(service, reply,
                 [](const vault::ApimService &value, Reply<vault::ApimService> *target) {
                     target->finishWithValue(value);
                 });
}

// --- certificates --------------------------------------------------------------------------

Reply<QList<vault::ApimCertificate>> *ApimClient::listCertificates(const QString &serviceId,
                                                                   int pageSize) {
    if (!isServiceId(serviceId))
        return badId<QList<vault::ApimCertificate>>(
            this, QStringLiteral("API Management resource id"), serviceId);
    QUrl first = url(serviceId + QStringLiteral("/certificates"));
    if (pageSize > 0) {
        QUrlQuery query(first);
        query.addQueryItem(QStringLiteral("$top"), QString::number(pageSize));
        first.setQuery(query);
    }
    return list<vault::ApimCertificate>(first);
}

Reply<vault::ApimCertificate> *ApimClient::getCertificate(const QString &serviceId,
                                                          const QString &certificateId) {
    if (!isServiceId(serviceId) || !isEntityId(certificateId))
        return badId<vault::ApimCertificate>(this, QStringLiteral("certificate"),
                                             serviceId + QLatin1Char('/') + certificateId);
    return sendFor<vault::ApimCertificate>(
        request("GET", url(serviceId + QStringLiteral("/certificates/") + certificateId)));
}

Reply<vault::ApimCertificate> *ApimClient::putCertificate(const QString &serviceId,
                                                          const QString &certificateId,
                                                          const QJsonObject &properties) {
    if (!isServiceId(serviceId) || !isEntityId(certificateId))
        return badId<vault::ApimCertificate>(this, QStringLiteral("certificate"),
                                             serviceId + QLatin1Char('/') + certificateId);
    // PUT of the whole entity is idempotent: a retry after a lost answer does no harm.
    return sendFor<vault::ApimCertificate>(
        request("PUT", url(serviceId + QStringLiteral("/certificates/") + certificateId),
                compact(QJsonObject{{QStringLiteral("properties"), properties}})));
}

Reply<vault::ApimCertificate> *ApimClient::createCertificateFromPfx(const QString &serviceId,
                                                                    const QString &certificateId,
                                                                    const QByteArray &pfx,
                                                                    QByteArray password) {
    QJsonObject properties{{QStringLiteral("data"), QString::fromLatin1(pfx.toBase64())},
                           {QStringLiteral("password"), QString::fromUtf8(password)}};
    crypto::cleanse(password); // our copy; the JSON text goes only into the request body
    return putCertificate(serviceId, certificateId, properties);
}

Reply<vault::ApimCertificate> *
ApimClient::createCertificateFromKeyVault(const QString &serviceId, const QString &certificateId,
                                          const QString &secretIdentifier,
                                          const QString &identityClientId) {
    vault::ApimKeyVaultReference keyVault;
    keyVault.secretIdentifier = secretIdentifier;
    keyVault.identityClientId = identityClientId;
    return putCertificate(serviceId, certificateId,
                          QJsonObject{{QStringLiteral("keyVault"), keyVault.toJson()}});
}

Reply<bool> *ApimClient::deleteEntity(const QUrl &target, const QByteArray &etag) {
    ServiceRequest del = request("DELETE", target);
    del.headers.append({"If-Match", etag.isEmpty() ? QByteArray("*") : etag});
    auto *reply = new Reply<bool>(this);
    forwardReply(m_pipeline->send(del), reply, [](const HttpResponse &response, Reply<bool> *t) {
        t->finishWithValue(response.status != 204); // 204: there was nothing to delete
    });
    return reply;
}

Reply<bool> *ApimClient::deleteCertificate(const QString &serviceId, const QString &certificateId,
                                           const QByteArray &etag) {
    if (!isServiceId(serviceId) || !isEntityId(certificateId))
        return badId<bool>(this, QStringLiteral("certificate"),
                           serviceId + QLatin1Char('/') + certificateId);
    return deleteEntity(url(serviceId + QStringLiteral("/certificates/") + certificateId), etag);
}

// --- back ends -----------------------------------------------------------------------------

Reply<QList<vault::ApimBackend>> *ApimClient::listBackends(const QString &serviceId) {
    if (!isServiceId(serviceId))
        return badId<QList<vault::ApimBackend>>(this, QStringLiteral("API Management resource id"),
                                                serviceId);
    return list<vault::ApimBackend>(url(serviceId + QStringLiteral("/backends")));
}

Reply<vault::ApimBackend> *ApimClient::getBackend(const QString &serviceId,
                                                  const QString &backendId) {
    if (!isServiceId(serviceId) || !isEntityId(backendId))
        return badId<vault::ApimBackend>(this, QStringLiteral("back end"),
                                         serviceId + QLatin1Char('/') + backendId);
    return sendFor<vault::ApimBackend>(
        request("GET", url(serviceId + QStringLiteral("/backends/") + backendId)));
}

Reply<vault::ApimBackend> *ApimClient::createOrUpdateBackend(const QString &serviceId,
                                                             const vault::ApimBackend &backend) {
    if (!isServiceId(serviceId) || !isEntityId(backend.name))
        return badId<vault::ApimBackend>(this, QStringLiteral("back end"),
                                         serviceId + QLatin1Char('/') + backend.name);
    vault::ApimBackend body = backend; // id, name and type are the URL's business
    body.id.clear();
    body.name.clear();
    body.type.clear();
    return sendFor<vault::ApimBackend>(
        request("PUT", url(serviceId + QStringLiteral("/backends/") + backend.name),
                compact(body.toJson())));
}

Reply<bool> *ApimClient::deleteBackend(const QString &serviceId, const QString &backendId,
                                       const QByteArray &etag) {
    if (!isServiceId(serviceId) || !isEntityId(backendId))
        return badId<bool>(this, QStringLiteral("back end"),
                           serviceId + QLatin1Char('/') + backendId);
    return deleteEntity(url(serviceId + QStringLiteral("/backends/") + backendId), etag);
}

// --- APIs ----------------------------------------------------------------------------------

Reply<QList<vault::ApimApi>> *ApimClient::listApis(const QString &serviceId) {
    if (!isServiceId(serviceId))
        return badId<QList<vault::ApimApi>>(this, QStringLiteral("API Management resource id"),
                                            serviceId);
    auto *reply = new Reply<QList<vault::ApimApi>>(this);
    Reply<QList<vault::ApimApi>> *apis =
        list<vault::ApimApi>(url(serviceId + QStringLiteral("/apis")));
    reply->setAbortHandler([apis] { apis->abort(); });
    connect(apis, &ServiceReply::finished, reply, [=, this] {
        apis->deleteLater();
        if (apis->hasError())
            return reply->finishWithError(apis->error());
        fillBackendIds(reply, serviceId, std::make_shared<QList<vault::ApimApi>>(apis->value()), 0);
    });
    return reply;
}

// One policy at a time: an API without a policy (404) simply uses its serviceUrl.
void ApimClient::fillBackendIds(Reply<QList<vault::ApimApi>> *reply, const QString &serviceId,
                                std::shared_ptr<QList<vault::ApimApi>> apis, int index) {
    if (index >= apis->size())
        return reply->finishWithValue(*apis);
    QUrl policyUrl = url(serviceId + QStringLiteral("/apis/") + (*apis)[index].name +
                         QStringLiteral("/policies/policy"));
    QUrlQuery query(policyUrl);
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("rawxml"));
    policyUrl.setQuery(query);
    Reply<HttpResponse> *http = m_pipeline->send(request("GET", policyUrl));
    reply->setAbortHandler([http] { http->abort(); });
    connect(http, &ServiceReply::finished, reply, [=, this] {
        http->deleteLater();
        if (http->hasError() && !http->error().isNotFound())
            return reply->finishWithError(http->error());
        if (!http->hasError()) {
            const auto json = vault::parseJsonObject(http->value().body);
            const QString xml = json ? json->value(QStringLiteral("properties"))
                                           .toObject()
                                           .value(QStringLiteral("value"))
                                           .toString()
                                     : QString();
            (*apis)[index].backendId = vault::backendIdFromPolicy(xml);
        }
        fillBackendIds(reply, serviceId, apis, index + 1);
    });
}

} // namespace certdeck::client
