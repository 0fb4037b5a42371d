#include "vault_client.h"

#include "json_support.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>

namespace certdeck::client {

namespace {

template <typename T> Result<T, QString> parseValue(const QByteArray &body) {
    auto json = vault::parseJsonObject(body);
    if (!json)
        return fail(json.error());
    return T::fromJson(*json);
}

template <> Result<Done, QString> parseValue<Done>(const QByteArray &) {
    return Done{};
}

template <>
Result<QList<vault::IssuerBundle>, QString>
parseValue<QList<vault::IssuerBundle>>(const QByteArray &body) {
    auto json = vault::parseJsonObject(body);
    if (!json)
        return fail(json.error());
    QList<vault::IssuerBundle> issuers;
    for (const QJsonValue &value : json->value(QStringLiteral("value")).toArray())
        issuers.append(vault::IssuerBundle::fromJson(value.toObject()));
    return issuers;
}

bool outcomeUnknown(const VaultError &error) {
    return error.kind == VaultError::Kind::Network ||
           (error.kind == VaultError::Kind::Http &&
            RetryPolicy::isAmbiguousStatus(error.httpStatus));
}

constexpr int maxReconcileAttempts = 4;

// Aborting `reply` aborts the step in progress; a step already finished (and deleted) is skipped.
void abortWith(ServiceReply *reply, ServiceReply *step) {
    reply->setAbortHandler([step = QPointer<ServiceReply>(step)] {
        if (step)
            step->abort();
    });
}

QJsonObject createBody(const CreateParameters &parameters) {
    QJsonObject body{{QStringLiteral("policy"), parameters.policy.toJson()}};
    if (parameters.enabled)
        body.insert(QStringLiteral("attributes"),
                    QJsonObject{{QStringLiteral("enabled"), *parameters.enabled}});
    if (parameters.tags)
        body.insert(QStringLiteral("tags"), vault::tagsToJson(*parameters.tags));
    return body;
}

} // namespace

VaultClient::VaultClient(const QUrl &vaultUrl, HttpPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_vaultUrl(
          vaultUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_pipeline(pipeline) {
    // StripTrailingSlash keeps a lone "/": "https://x.vault.azure.net/" would give
    // "//certificates/…" paths.
    if (m_vaultUrl.path() == QLatin1String("/"))
        m_vaultUrl.setPath(QString());
}

QUrl VaultClient::url(const QString &path, const QList<QPair<QString, QString>> &query) const {
    QUrl result = m_vaultUrl;
    // Names travel percent-encoded; QUrl handles the encoding of each segment.
    result.setPath(m_vaultUrl.path() + path, QUrl::DecodedMode);
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("api-version"), m_apiVersion);
    for (const auto &[key, value] : query)
        items.addQueryItem(key, value);
    result.setQuery(items);
    return result;
}

template <typename T>
Reply<T> *VaultClient::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                            bool stateChanging, const QList<QPair<QString, QString>> &query) {
    ServiceRequest request;
    request.method = method;
    request.url = url(path, query);
    request.stateChanging = stateChanging;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *reply = new Reply<T>(this);
    Reply<HttpResponse> *http = m_pipeline->send(request);
    forwardReply(http, reply, [](const HttpResponse &response, Reply<T> *target) {
        auto value = parseValue<T>(response.body);
        if (value)
            target->finishWithValue(std::move(value).value());
        else
            target->finishWithError(VaultError::parse(value.error()));
    });
    return reply;
}

CertificatePager *VaultClient::pager(const QString &path,
                                     const QList<QPair<QString, QString>> &query) {
    auto *pager = new CertificatePager(m_pipeline, url(path, query), this);
    pager->start();
    return pager;
}

CertificatePager *VaultClient::listCertificates(bool includePending, int pageSize) {
    QList<QPair<QString, QString>> query{{QStringLiteral("maxresults"), QString::number(pageSize)}};
    if (includePending)
        query.append({QStringLiteral("includePending"), QStringLiteral("true")});
    return pager(QStringLiteral("/certificates"), query);
}

CertificatePager *VaultClient::listVersions(const QString &name, int pageSize) {
    return pager(QStringLiteral("/certificates/%1/versions").arg(name),
                 {{QStringLiteral("maxresults"), QString::number(pageSize)}});
}

CertificatePager *VaultClient::listDeletedCertificates(int pageSize) {
    return pager(QStringLiteral("/deletedcertificates"),
                 {{QStringLiteral("maxresults"), QString::number(pageSize)}});
}

Reply<vault::CertificateBundle> *VaultClient::getCertificate(const QString &name,
                                                             const QString &version) {
    return call<vault::CertificateBundle>(
        "GET", QStringLiteral("/certificates/") + name +
                   (version.isEmpty() ? QString() : QLatin1Char('/') + version));
}

Reply<vault::CertificateOperation> *
VaultClient::createCertificate(const QString &name, const CreateParameters &parameters) {
    auto *reply = new Reply<vault::CertificateOperation>(this);
    reconcileCreate(reply, name, parameters, 1);
    return reply;
}

void VaultClient::reconcileCreate(Reply<vault::CertificateOperation> *reply, const QString &name,
                                  const CreateParameters &parameters, int attempt) {
    const qint64 sentAt = QDateTime::currentSecsSinceEpoch();
    auto *create = call<vault::CertificateOperation>(
        "POST", QStringLiteral("/certificates/%1/create").arg(name), createBody(parameters), true);
    abortWith(reply, create);
    connect(create, &ServiceReply::finished, reply, [=, this] {
        create->deleteLater();
        if (!create->hasError())
            return reply->finishWithValue(create->value());
        // Copied: the nested steps run after `create` is gone.
        const VaultError createError = create->error();
        if (!outcomeUnknown(createError) || attempt >= maxReconcileAttempts)
            return reply->finishWithError(createError);
        // The answer was lost: did the request reach the vault? Look before sending it again.
        auto *pending = getOperation(name);
        abortWith(reply, pending);
        connect(pending, &ServiceReply::finished, reply, [=, this] {
            pending->deleteLater();
            if (pending->hasError() && pending->error().isNotFound())
                return reconcileCreate(reply, name, parameters, attempt + 1);
            if (pending->hasError())
                return reply->finishWithError(createError);
            const vault::CertificateOperation operation = pending->value();
            if (operation.status == vault::OperationStatus::InProgress)
                return reply->finishWithValue(operation);
            auto *latest = getCertificate(name);
            abortWith(reply, latest);
            connect(latest, &ServiceReply::finished, reply, [=, this] {
                latest->deleteLater();
                const bool ours = !latest->hasError() &&
                                  latest->value().attributes.created.value_or(0) >= sentAt - 5;
                if (ours)
                    reply->finishWithValue(operation);
                else
                    reconcileCreate(reply, name, parameters, attempt + 1);
            });
        });
    });
}

Reply<vault::CertificateBundle> *
VaultClient::importCertificate(const QString &name, const ImportParameters &parameters) {
    QJsonObject body{{QStringLiteral("value"),
                      parameters.pem ? QString::fromUtf8(parameters.pfxOrPem)
                                     : QString::fromLatin1(parameters.pfxOrPem.toBase64())}};
    if (!parameters.password.isEmpty())
        body.insert(QStringLiteral("pwd"), parameters.password);
    vault::CertificatePolicy policy = parameters.policy.value_or(vault::CertificatePolicy());
    if (parameters.pem) {
        auto &secret = policy.secretProperties.emplace(
            policy.secretProperties.value_or(vault::SecretProperties()));
        secret.contentType = QStringLiteral("application/x-pem-file");
    }
    if (parameters.policy || parameters.pem)
        body.insert(QStringLiteral("policy"), policy.toJson());
    if (parameters.enabled)
        body.insert(QStringLiteral("attributes"),
                    QJsonObject{{QStringLiteral("enabled"), *parameters.enabled}});
    if (parameters.tags)
        body.insert(QStringLiteral("tags"), vault::tagsToJson(*parameters.tags));
    auto *reply = new Reply<vault::CertificateBundle>(this);
    reconcileImport(reply, name, body, parameters.expectedX5t, 1);
    return reply;
}

void VaultClient::reconcileImport(Reply<vault::CertificateBundle> *reply, const QString &name,
                                  const QJsonObject &body, const QString &expectedX5t,
                                  int attempt) {
    auto *import = call<vault::CertificateBundle>(
        "POST", QStringLiteral("/certificates/%1/import").arg(name), body, true);
    abortWith(reply, import);
    connect(import, &ServiceReply::finished, reply, [=, this] {
        import->deleteLater();
        if (!import->hasError())
            return reply->finishWithValue(import->value());
        const VaultError importError = import->error(); // `import` is gone in the next step
        if (!outcomeUnknown(importError) || expectedX5t.isEmpty() ||
            attempt >= maxReconcileAttempts)
            return reply->finishWithError(importError);
        auto *latest = getCertificate(name);
        abortWith(reply, latest);
        connect(latest, &ServiceReply::finished, reply, [=, this] {
            latest->deleteLater();
            if (!latest->hasError() && latest->value().x5t == expectedX5t)
                reply->finishWithValue(latest->value());
            else if (latest->hasError() && !latest->error().isNotFound())
                reply->finishWithError(importError);
            else
                reconcileImport(reply, name, body, expectedX5t, attempt + 1);
        });
    });
}

Reply<vault::CertificateBundle> *
VaultClient::updateCertificate(const QString &name, const QString &version,
                               const std::optional<bool> &enabled,
                               const std::optional<vault::Tags> &tags) {
    QJsonObject body;
    if (enabled)
        body.insert(QStringLiteral("attributes"),
                    QJsonObject{{QStringLiteral("enabled"), *enabled}});
    if (tags)
        body.insert(QStringLiteral("tags"), vault::tagsToJson(*tags));
    return call<vault::CertificateBundle>(
        "PATCH", QStringLiteral("/certificates/%1/%2").arg(name, version), body);
}

Reply<vault::DeletedCertificateBundle> *VaultClient::deleteCertificate(const QString &name) {
    return call<vault::DeletedCertificateBundle>("DELETE", QStringLiteral("/certificates/") + name);
}

Reply<vault::DeletedCertificateBundle> *VaultClient::getDeletedCertificate(const QString &name) {
    return call<vault::DeletedCertificateBundle>("GET",
                                                 QStringLiteral("/deletedcertificates/") + name);
}

Reply<vault::CertificateBundle> *VaultClient::recoverDeletedCertificate(const QString &name) {
    return call<vault::CertificateBundle>(
        "POST", QStringLiteral("/deletedcertificates/%1/recover").arg(name));
}

Reply<Done> *VaultClient::purgeDeletedCertificate(const QString &name) {
    return call<Done>("DELETE", QStringLiteral("/deletedcertificates/") + name);
}

Reply<vault::CertificatePolicy> *VaultClient::getPolicy(const QString &name) {
    return call<vault::CertificatePolicy>("GET",
                                          QStringLiteral("/certificates/%1/policy").arg(name));
}

Reply<vault::CertificatePolicy> *VaultClient::updatePolicy(const QString &name,
                                                           const vault::CertificatePolicy &patch) {
    return call<vault::CertificatePolicy>(
        "PATCH", QStringLiteral("/certificates/%1/policy").arg(name), patch.toJson());
}

Reply<vault::CertificateOperation> *VaultClient::getOperation(const QString &name) {
    return call<vault::CertificateOperation>("GET",
                                             QStringLiteral("/certificates/%1/pending").arg(name));
}

Reply<vault::CertificateOperation> *VaultClient::cancelOperation(const QString &name) {
    return call<vault::CertificateOperation>(
        "PATCH", QStringLiteral("/certificates/%1/pending").arg(name),
        QJsonObject{{QStringLiteral("cancellation_requested"), true}});
}

Reply<vault::CertificateOperation> *VaultClient::deleteOperation(const QString &name) {
    return call<vault::CertificateOperation>("DELETE",
                                             QStringLiteral("/certificates/%1/pending").arg(name));
}

Reply<vault::CertificateBundle> *
VaultClient::mergeCertificate(const QString &name, const QList<QByteArray> &x5cDer,
                              const std::optional<vault::Tags> &tags) {
    QJsonArray chain;
    for (const QByteArray &der : x5cDer)
        chain.append(QString::fromLatin1(der.toBase64()));
    QJsonObject body{{QStringLiteral("x5c"), chain}};
    if (tags)
        body.insert(QStringLiteral("tags"), vault::tagsToJson(*tags));
    auto *reply = new Reply<vault::CertificateBundle>(this);
    reconcileMerge(reply, name, body, 1);
    return reply;
}

void VaultClient::reconcileMerge(Reply<vault::CertificateBundle> *reply, const QString &name,
                                 const QJsonObject &body, int attempt) {
    auto *merge = call<vault::CertificateBundle>(
        "POST", QStringLiteral("/certificates/%1/pending/merge").arg(name), body, true);
    abortWith(reply, merge);
    connect(merge, &ServiceReply::finished, reply, [=, this] {
        merge->deleteLater();
        if (!merge->hasError())
            return reply->finishWithValue(merge->value());
        const VaultError mergeError = merge->error(); // `merge` is gone in the next steps
        if (!outcomeUnknown(mergeError) || attempt >= maxReconcileAttempts)
            return reply->finishWithError(mergeError);
        auto *pending = getOperation(name);
        abortWith(reply, pending);
        connect(pending, &ServiceReply::finished, reply, [=, this] {
            pending->deleteLater();
            if (!pending->hasError() &&
                pending->value().status == vault::OperationStatus::InProgress)
                return reconcileMerge(reply, name, body, attempt + 1);
            auto *latest = getCertificate(name);
            abortWith(reply, latest);
            connect(latest, &ServiceReply::finished, reply, [=] {
                latest->deleteLater();
                if (latest->hasError() || latest->value().cer.isEmpty())
                    reply->finishWithError(mergeError);
                else
                    reply->finishWithValue(latest->value());
            });
        });
    });
}

Reply<QList<vault::IssuerBundle>> *VaultClient::listIssuers() {
    return call<QList<vault::IssuerBundle>>("GET", QStringLiteral("/certificates/issuers"));
}

Reply<vault::IssuerBundle> *VaultClient::getIssuer(const QString &name) {
    return call<vault::IssuerBundle>("GET", QStringLiteral("/certificates/issuers/") + name);
}

Reply<vault::IssuerBundle> *VaultClient::setIssuer(const QString &name,
                                                   const vault::IssuerBundle &issuer) {
    QJsonObject body = issuer.toJson();
    if (issuer.password) { // write-only on the wire: toJson() leaves it out on purpose
        QJsonObject credentials = body.value(QStringLiteral("credentials")).toObject();
        credentials.insert(QStringLiteral("pwd"), *issuer.password);
        body.insert(QStringLiteral("credentials"), credentials);
    }
    return call<vault::IssuerBundle>("PUT", QStringLiteral("/certificates/issuers/") + name, body);
}

Reply<vault::IssuerBundle> *VaultClient::deleteIssuer(const QString &name) {
    return call<vault::IssuerBundle>("DELETE", QStringLiteral("/certificates/issuers/") + name);
}

Reply<vault::Contacts> *VaultClient::getContacts() {
    return call<vault::Contacts>("GET", QStringLiteral("/certificates/contacts"));
}

Reply<vault::Contacts> *VaultClient::setContacts(const vault::Contacts &contacts) {
    return call<vault::Contacts>("PUT", QStringLiteral("/certificates/contacts"),
                                 contacts.toJson());
}

Reply<vault::Contacts> *VaultClient::deleteContacts() {
    return call<vault::Contacts>("DELETE", QStringLiteral("/certificates/contacts"));
}

Reply<vault::SecretBundle> *VaultClient::getSecret(const QString &name, const QString &version) {
    return call<vault::SecretBundle>(
        "GET", QStringLiteral("/secrets/") + name +
                   (version.isEmpty() ? QString() : QLatin1Char('/') + version));
}

} // namespace certdeck::client
