#include "key_vault_service.h"

#include "certificate_material.h"
#include "certificate_reader.h"
#include "chain.h"
#include "json_support.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QUuid>

namespace certdeck::localvault {

namespace {

bool isIssuer(const vault::IssuerParameters &issuer, const char *name) {
    return issuer.name.value_or(QString()).compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

LocalResponse pendingNotFound(const QString &name) {
    return keyVaultError(404, QStringLiteral("PendingCertificateNotFound"),
                         QStringLiteral("Pending certificate not found: %1").arg(name));
}

// request_id in the query works as a filter (seed 003): a mismatch is a 404.
bool matchesRequestFilter(const LocalRequest &request, const StoredOperation &operation) {
    const QString filter = request.queryValue(QStringLiteral("request_id"));
    return filter.isEmpty() || filter.compare(operation.requestId, Qt::CaseInsensitive) == 0;
}

QByteArray decodeChainElement(const QString &element) {
    const QByteArray text = element.toLatin1();
    if (text.contains("-----BEGIN"))
        return text;
    return QByteArray::fromBase64(
        text); // DER, or base64 of PEM text (both accepted by the service)
}

} // namespace

LocalResponse KeyVaultService::createCertificate(const LocalRequest &request, const QString &name) {
    if (!isValidObjectName(name))
        return badParameter(
            QStringLiteral("The name '%1' is invalid: use 1-127 letters, digits and dashes.")
                .arg(name.left(130)));
    auto body =
        vault::parseJsonObject(request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body);
    if (!body)
        return badParameter(
            QStringLiteral("The request body is not valid JSON: %1").arg(body.error()));
    if (auto busy = rejectWhileBusy(name))
        return *busy;
    auto existing = m_store.certificate(name);
    const qint64 now = nowSeconds();
    vault::CertificatePolicy policy =
        body->contains(QStringLiteral("policy"))
            ? vault::CertificatePolicy::fromJson(body->value(QStringLiteral("policy")).toObject())
            : existing.value_or(StoredCertificate()).policy;
    applyCreateDefaults(&policy, now);
    if (auto invalid = validatePolicy(policy))
        return badParameter(*invalid);
    const QString issuerName = policy.issuer->name.value_or(QStringLiteral("Unknown"));
    const bool selfIssued = isIssuer(*policy.issuer, "Self");
    const bool manual = isIssuer(*policy.issuer, "Unknown");
    std::optional<vault::IssuerBundle> issuer;
    if (!selfIssued && !manual) {
        issuer = m_store.issuer(issuerName);
        if (!issuer)
            return badParameter(
                QStringLiteral("The issuer '%1' was not found in this key vault.").arg(issuerName));
    }

    // Reusing the key keeps the previous version's key pair when the policy asks for it.
    crypto::PrivateKey key;
    auto previous = existing ? m_store.latestVersion(name) : std::nullopt;
    if (policy.keyProperties->reuseKey.value_or(false) && previous && !previous->key.isEmpty()) {
        auto reused = crypto::PrivateKey::fromPkcs8Der(previous->key);
        if (reused)
            key = *reused;
    }
    if (key.isNull()) {
        auto generated = crypto::PrivateKey::generate(*keySpecFor(policy));
        if (!generated)
            return keyVaultError(500, QStringLiteral("InternalError"), generated.error().message);
        key = *generated;
    }
    auto csr = crypto::CertificateRequest::create(key, requestSpecFor(policy));
    if (!csr)
        return badParameter(csr.error().message);

    StoredCertificate certificate{existing ? existing->name : name, policy, std::nullopt,
                                  std::nullopt};
    StoredVersion version;
    version.name = certificate.name;
    version.version = newVersionId();
    version.key = key.toPkcs8Der();
    version.created = now;
    version.updated = now;
    version.tags = vault::tagsFromJson(body->value(QStringLiteral("tags")));
    StoredOperation operation;
    operation.name = certificate.name;
    operation.version = version.version;
    operation.requestId = QUuid::createUuid().toString(QUuid::Id128);
    operation.issuer = *policy.issuer;
    operation.csr = csr->der();
    operation.status = vault::OperationStatus::InProgress;
    operation.statusDetails =
        manual ? vault::OperationDetails::MergeRequired : vault::OperationDetails::IssuerInProgress;
    const auto attributes = vault::CertificateAttributes::fromJson(
        body->value(QStringLiteral("attributes")).toObject());
    operation.enableOnCompletion = attributes.enabled.value_or(true);
    if (selfIssued)
        operation.readyAtMs = QDateTime::currentMSecsSinceEpoch();
    else if (!manual)
        operation.readyAtMs = QDateTime::currentMSecsSinceEpoch() + m_context.issuerDelayMs;

    if (!m_store.transaction() || !m_store.putCertificate(certificate) ||
        !m_store.putVersion(version) || !m_store.putOperation(operation) || !m_store.commit()) {
        m_store.rollback();
        return storeFailure();
    }
    LocalResponse response = LocalResponse::json(202, operationJson(operation));
    response.setHeader("Location",
                       (certificateUrl(certificate.name) + QStringLiteral("/pending?api-version=") +
                        request.queryValue(QStringLiteral("api-version")) +
                        QStringLiteral("&request_id=") + operation.requestId)
                           .toUtf8());
    response.setHeader("Retry-After", "10");
    return response;
}

LocalResponse KeyVaultService::getOperation(const LocalRequest &request, const QString &name) {
    auto operation = m_store.operation(name);
    if (!operation || !matchesRequestFilter(request, *operation))
        return pendingNotFound(name);
    LocalResponse response = LocalResponse::json(200, operationJson(*operation));
    if (operation->status == vault::OperationStatus::InProgress)
        response.setHeader("Retry-After", "10");
    return response;
}

LocalResponse KeyVaultService::cancelOperation(const LocalRequest &request, const QString &name) {
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return badParameter(
            QStringLiteral("The request body is not valid JSON: %1").arg(body.error()));
    if (!body->value(QStringLiteral("cancellation_requested")).isBool())
        return badParameter(QStringLiteral("Property cancellation_requested is required."));
    auto operation = m_store.operation(name);
    if (!operation || !matchesRequestFilter(request, *operation))
        return pendingNotFound(name);
    // Seed 003: a cancellation asked for when the request is not in progress is a 400.
    if (operation->status != vault::OperationStatus::InProgress)
        return badParameter(QStringLiteral("Pending status must be in progress to allow update."));
    operation->cancellationRequested =
        body->value(QStringLiteral("cancellation_requested")).toBool();
    if (!m_store.putOperation(*operation))
        return storeFailure();
    return LocalResponse::json(200, operationJson(*operation));
}

LocalResponse KeyVaultService::deleteOperation(const LocalRequest &request, const QString &name) {
    auto operation = m_store.operation(name);
    if (!operation || !matchesRequestFilter(request, *operation))
        return pendingNotFound(name);
    if (!m_store.deleteOperation(operation->name))
        return storeFailure();
    return LocalResponse::json(200, operationJson(*operation));
}

LocalResponse KeyVaultService::mergeCertificate(const LocalRequest &request, const QString &name) {
    auto body = vault::parseJsonObject(request.body);
    if (!body)
        return badParameter(
            QStringLiteral("The request body is not valid JSON: %1").arg(body.error()));
    const QJsonArray x5c = body->value(QStringLiteral("x5c")).toArray();
    if (x5c.isEmpty())
        return badParameter(
            QStringLiteral("Property x5c is required and must hold at least one certificate."));
    auto operation = m_store.operation(name);
    if (!operation)
        return pendingNotFound(name);
    const bool manual = isIssuer(operation->issuer, "Unknown");
    const bool inProgress = operation->status == vault::OperationStatus::InProgress;
    if (!manual && inProgress)
        return keyVaultError(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Merge is forbidden on pending object created with issuer : %1 "
                           "while it is in progess.")
                .arg(operation->issuer.name.value_or(QString())));
    if (operation->status == vault::OperationStatus::Completed)
        return badParameter(
            QStringLiteral("The pending certificate %1 has already completed.").arg(name));

    QList<crypto::Certificate> certificates;
    for (const QJsonValue &element : x5c) {
        auto read = crypto::readCertificates(decodeChainElement(element.toString()));
        if (!read)
            return badParameter(QStringLiteral("An element of x5c is not a certificate: %1")
                                    .arg(read.error().message));
        certificates += *read;
    }
    const QList<crypto::Certificate> chain = crypto::orderChain(certificates);
    auto version = m_store.version(operation->name, operation->version);
    auto certificate = m_store.certificate(operation->name);
    auto key = version ? crypto::PrivateKey::fromPkcs8Der(version->key)
                       : crypto::CryptoResult<crypto::PrivateKey>(crypto::PrivateKey());
    if (!version || !certificate || !key)
        return pendingNotFound(name);
    if (!chain.first().matches(*key))
        return badParameter(
            QStringLiteral("Public key from x5c does not match the public key of the pending "
                           "certificate %1.")
                .arg(name));
    version->cer = chain.first().der();
    version->chain = crypto::writePem(chain.mid(1));
    version->enabled = true;
    version->notBefore = chain.first().notBefore().toSecsSinceEpoch();
    version->expires = chain.first().notAfter().toSecsSinceEpoch();
    version->updated = nowSeconds();
    const auto attributes = vault::CertificateAttributes::fromJson(
        body->value(QStringLiteral("attributes")).toObject());
    if (attributes.enabled)
        version->enabled = *attributes.enabled;
    if (body->contains(QStringLiteral("tags")))
        version->tags = vault::tagsFromJson(body->value(QStringLiteral("tags")));
    operation->status = vault::OperationStatus::Completed;
    operation->statusDetails.reset();
    operation->error.reset();
    operation->readyAtMs.reset();
    if (!m_store.transaction() || !m_store.putVersion(*version) ||
        !m_store.putOperation(*operation) || !m_store.commit()) {
        m_store.rollback();
        return storeFailure();
    }
    LocalResponse response = bundleResponse(*certificate, *version, 201);
    response.setHeader("Location",
                       (certificateUrl(certificate->name) + QStringLiteral("?api-version=") +
                        request.queryValue(QStringLiteral("api-version")))
                           .toUtf8());
    return response;
}

bool KeyVaultService::settleDueOperations(qint64 budgetMs) {
    // Bounded: when many outcomes fall due together, the server thread goes back to answering
    // requests after `budgetMs` (at least one is settled per call); the rest follow shortly.
    QElapsedTimer clock;
    clock.start();
    const QStringList due = m_store.dueOperations(QDateTime::currentMSecsSinceEpoch());
    for (qsizetype i = 0; i < due.size(); ++i) {
        if (i > 0 && clock.elapsed() >= budgetMs)
            return true;
        settleOperation(due[i]);
    }
    return false;
}

void KeyVaultService::settleOperation(const QString &name) {
    auto operation = m_store.operation(name);
    auto certificate = m_store.certificate(name);
    auto version = operation ? m_store.version(name, operation->version) : std::nullopt;
    if (!operation || !certificate || !version)
        return;
    operation->readyAtMs.reset();
    const bool selfIssued = isIssuer(operation->issuer, "Self");
    const QString provider = selfIssued ? QString()
                                        : m_store.issuer(operation->issuer.name.value_or(QString()))
                                              .value_or(vault::IssuerBundle())
                                              .provider.value_or(QString());
    auto finish = [&](const QString &status, const std::optional<QString> &details) {
        operation->status = status;
        operation->statusDetails = details;
    };
    if (!selfIssued && operation->cancellationRequested) {
        finish(vault::OperationStatus::Cancelled,
               QStringLiteral("The certificate request was cancelled."));
    } else if (provider.compare(QLatin1String("TestReject"), Qt::CaseInsensitive) == 0) {
        finish(vault::OperationStatus::Failed, QString());
        operation->error =
            vault::ServiceError{QStringLiteral("Request rejected"),
                                QStringLiteral("The test CA rejected the certificate request."),
                                {}};
    } else {
        const qint64 now = nowSeconds();
        auto key = crypto::PrivateKey::fromPkcs8Der(version->key);
        auto csr = crypto::CertificateRequest::fromDer(operation->csr);
        const crypto::IssueSpec spec = issueSpecFor(certificate->policy, now);
        auto issued =
            !key || !csr ? crypto::CryptoResult<crypto::Certificate>(fail(crypto::CryptoError{}))
            : selfIssued ? crypto::selfSign(*key, requestSpecFor(certificate->policy), spec)
                         : m_authority.sign(*csr, spec);
        if (!issued) {
            finish(vault::OperationStatus::Failed, QString());
            operation->error = vault::ServiceError{
                QStringLiteral("Certificate issuer error"), issued.error().message, {}};
        } else {
            version->cer = issued->der();
            version->chain =
                selfIssued ? QByteArray() : crypto::writePem({m_authority.certificate()});
            version->enabled = operation->enableOnCompletion;
            version->notBefore = issued->notBefore().toSecsSinceEpoch();
            version->expires = issued->notAfter().toSecsSinceEpoch();
            version->updated = now;
            finish(vault::OperationStatus::Completed, std::nullopt);
        }
    }
    if (!m_store.transaction() || !m_store.putVersion(*version) ||
        !m_store.putOperation(*operation) || !m_store.commit()) {
        m_store.rollback();
        return;
    }
    if (m_settleObserver)
        m_settleObserver(operation->name, operation->status);
}

} // namespace certdeck::localvault
