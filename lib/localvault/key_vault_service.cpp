#include "key_vault_service.h"

#include "certificate_material.h"

#include "certificate_bundle.h"
#include "certificate_item.h"
#include "certificate_operation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace certdeck::localvault {

qint64 nowSeconds() {
    return QDateTime::currentSecsSinceEpoch();
}

QString newVersionId() {
    return QUuid::createUuid().toString(QUuid::Id128);
}

bool isValidObjectName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-zA-Z-]{1,127}$"));
    return pattern.match(name).hasMatch();
}

LocalResponse badParameter(const QString &message) {
    return keyVaultError(400, QStringLiteral("BadParameter"), message);
}

KeyVaultService::KeyVaultService(VaultStore &store, const LocalCertificateAuthority &authority,
                                 const TokenService &tokens, KeyVaultContext context)
    : m_store(store)
    , m_authority(authority)
    , m_tokens(tokens)
    , m_context(std::move(context))
    , m_access(store, m_context.vaultName) {}

const QStringList &KeyVaultService::apiVersions() {
    static const QStringList versions{QStringLiteral("7.0"), QStringLiteral("7.1"),
                                      QStringLiteral("7.2"), QStringLiteral("7.3"),
                                      QStringLiteral("7.4"), QStringLiteral("7.5"),
                                      QStringLiteral("7.6"), QStringLiteral("2025-07-01")};
    return versions;
}

namespace {

LocalResponse unauthorized(const KeyVaultContext &context, const QString &message) {
    LocalResponse response = keyVaultError(401, QStringLiteral("Unauthorized"), message);
    // The challenge names the authority to ask and the resource the token must be for.
    response.setHeader(
        "WWW-Authenticate",
        QStringLiteral("Bearer authorization=\"%1\", resource=\"https://vault.azure.net\"")
            .arg(context.authorityUrl)
            .toUtf8());
    return response;
}

QByteArray bearerToken(const LocalRequest &request) {
    const QByteArray header = request.header("Authorization").trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return {};
    return header.mid(7).trimmed();
}

// The service answers 415 to a body without Content-Type or of another media type (its own text
// is ASP.NET's); here in Key Vault's error shape.
std::optional<LocalResponse> rejectNonJsonBody(const LocalRequest &request) {
    if (request.body.isEmpty())
        return std::nullopt;
    const QByteArray mediaType =
        request.header("Content-Type").split(';').first().trimmed().toLower();
    if (mediaType == "application/json" || mediaType == "text/json")
        return std::nullopt;
    return keyVaultError(
        415, QStringLiteral("UnsupportedMediaType"),
        QStringLiteral("The request body's media type '%1' is not supported for this resource; "
                       "send application/json.")
            .arg(QString::fromLatin1(mediaType.left(100))));
}

} // namespace

LocalResponse KeyVaultService::handle(const LocalRequest &request) {
    // Clients probe without a token (the JS SDK even strips the body): answer the challenge
    // before looking at anything else.
    const QByteArray token = bearerToken(request);
    if (token.isEmpty())
        return unauthorized(m_context,
                            QStringLiteral("AKV10000: Request is missing a Bearer or PoP token."));
    QString reason;
    auto claims = m_tokens.validate(QString::fromLatin1(token),
                                    {QStringLiteral("https://vault.azure.net")}, &reason);
    if (!claims)
        return unauthorized(m_context, QStringLiteral("AKV10022: Invalid token: %1.").arg(reason));
    m_caller = *claims;

    const QString apiVersion = request.queryValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return badParameter(
            QStringLiteral("The request is missing the api-version query parameter."));
    if (!apiVersions().contains(apiVersion))
        return badParameter(
            QStringLiteral("The specified version (%1) is not recognized. Consider using "
                           "the latest supported version (7.5).")
                .arg(apiVersion));
    if (auto unsupported = rejectNonJsonBody(request))
        return *unsupported;
    settleDueOperations();
    // Split before decoding: an encoded '/' (%2F) is part of a name, not a separator.
    QStringList segments;
    for (const QString &encoded : request.url.path(QUrl::FullyEncoded).split(QLatin1Char('/')))
        segments.append(QUrl::fromPercentEncoding(encoded.toLatin1()));
    segments.removeFirst(); // the path starts with '/'
    return dispatch(request, segments);
}

std::optional<LocalResponse> KeyVaultService::require(const QString &category,
                                                      const QString &permission) const {
    return m_access.require(m_caller, category, permission, m_tokens.issuerUrl());
}

#define REQUIRE(category, permission)                                                              \
    if (auto denied = require(QStringLiteral(category), QStringLiteral(permission)))               \
    return *denied

LocalResponse KeyVaultService::dispatch(const LocalRequest &request, const Segments &s) {
    const QByteArray &method = request.method;
    const QString collection = s.value(0).toLower();
    if (collection == QLatin1String("deletedcertificates")) {
        if (s.size() == 1 && method == "GET") {
            REQUIRE("certificates", "list");
            return listCertificates(request, true);
        }
        if (s.size() == 2 && method == "GET") {
            REQUIRE("certificates", "get");
            return getDeleted(s[1]);
        }
        if (s.size() == 2 && method == "DELETE") {
            REQUIRE("certificates", "purge");
            return purgeDeleted(s[1]);
        }
        if (s.size() == 3 && s[2] == QLatin1String("recover") && method == "POST") {
            REQUIRE("certificates", "recover");
            return recoverDeleted(s[1]);
        }
    } else if (collection == QLatin1String("secrets") && (s.size() == 2 || s.size() == 3) &&
               method == "GET") {
        REQUIRE("secrets", "get");
        return getSecret(s[1], s.value(2));
    } else if (collection == QLatin1String("certificates")) {
        return dispatchCollections(request, s);
    }
    return keyVaultError(
        404, QStringLiteral("NotFound"),
        QStringLiteral("The requested resource '%1' was not found.").arg(request.path()));
}

LocalResponse KeyVaultService::dispatchCollections(const LocalRequest &request, const Segments &s) {
    const QByteArray &method = request.method;
    if (s.size() == 1 && method == "GET") {
        REQUIRE("certificates", "list");
        return listCertificates(request, false);
    }
    const QString second = s.value(1);
    if (second == QLatin1String("issuers")) {
        if (s.size() == 2 && method == "GET") {
            REQUIRE("certificates", "listissuers");
            return listIssuers(request);
        }
        if (s.size() == 3)
            return issuerRequest(request, s[2]);
    } else if (second == QLatin1String("contacts") && s.size() == 2) {
        REQUIRE("certificates", "managecontacts");
        return contactsRequest(request);
    } else if (second.isEmpty() && s.size() >= 2) {
        return keyVaultError(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("HTTP %1 not allowed").arg(QString::fromLatin1(method)));
    } else if (s.size() >= 2) {
        return dispatchCertificate(request, s);
    }
    return keyVaultError(
        404, QStringLiteral("NotFound"),
        QStringLiteral("The requested resource '%1' was not found.").arg(request.path()));
}

LocalResponse KeyVaultService::dispatchCertificate(const LocalRequest &request, const Segments &s) {
    const QByteArray &method = request.method;
    const QString &name = s[1];
    const QString third = s.value(2);
    if (s.size() == 2 && method == "DELETE") {
        REQUIRE("certificates", "delete");
        return deleteCertificate(name);
    }
    if (s.size() == 3 && third == QLatin1String("create") && method == "POST") {
        REQUIRE("certificates", "create");
        return createCertificate(request, name);
    }
    if (s.size() == 3 && third == QLatin1String("import") && method == "POST") {
        REQUIRE("certificates", "import");
        return importCertificate(request, name);
    }
    if (s.size() == 3 && third == QLatin1String("versions") && method == "GET") {
        REQUIRE("certificates", "list");
        return listVersions(request, name);
    }
    if (s.size() == 3 && third == QLatin1String("policy")) {
        if (method == "GET") {
            REQUIRE("certificates", "get");
            return getPolicy(name);
        }
        if (method == "PATCH") {
            REQUIRE("certificates", "update");
            return updatePolicy(request, name);
        }
    }
    if (third == QLatin1String("pending")) {
        if (s.size() == 4 && s[3] == QLatin1String("merge") && method == "POST") {
            REQUIRE("certificates", "create");
            return mergeCertificate(request, name);
        }
        if (s.size() == 3 && method == "GET") {
            REQUIRE("certificates", "get");
            return getOperation(request, name);
        }
        if (s.size() == 3 && method == "PATCH") {
            REQUIRE("certificates", "update");
            return cancelOperation(request, name);
        }
        if (s.size() == 3 && method == "DELETE") {
            REQUIRE("certificates", "delete");
            return deleteOperation(request, name);
        }
    }
    if (s.size() <= 3 && method == "GET") {
        REQUIRE("certificates", "get");
        return getCertificate(name, third);
    }
    if (s.size() <= 3 && method == "PATCH") {
        REQUIRE("certificates", "update");
        return updateCertificate(request, name, third);
    }
    return keyVaultError(405, QStringLiteral("MethodNotAllowed"),
                         QStringLiteral("HTTP %1 not allowed").arg(QString::fromLatin1(method)));
}

#undef REQUIRE

QString KeyVaultService::certificateUrl(const QString &name) const {
    return m_context.vaultUrl + QStringLiteral("/certificates/") + name;
}

LocalResponse KeyVaultService::storeFailure() const {
    return keyVaultError(
        500, QStringLiteral("InternalError"),
        QStringLiteral("The local vault could not write its store: %1").arg(m_store.lastError()));
}

LocalResponse KeyVaultService::notFound(const QString &name) const {
    return keyVaultError(
        404, QStringLiteral("CertificateNotFound"),
        QStringLiteral(
            "A certificate with (name/id) %1 was not found in this key vault. If you recently "
            "deleted this certificate you may be able to recover it using the correct recovery "
            "command. For help resolving this issue, please see "
            "https://go.microsoft.com/fwlink/?linkid=2125182")
            .arg(name));
}

std::optional<LocalResponse> KeyVaultService::rejectWhileBusy(const QString &name) const {
    auto existing = m_store.certificate(name);
    if (existing && existing->deletedDate) {
        return keyVaultError(
            409, QStringLiteral("Conflict"),
            QStringLiteral("Certificate %1 is currently in a deleted but recoverable state, "
                           "and its name cannot be reused; in this state, the certificate "
                           "can only be recovered or purged.")
                .arg(name),
            QStringLiteral("ObjectIsDeletedButRecoverable"));
    }
    auto operation = m_store.operation(name);
    if (operation && operation->status == vault::OperationStatus::InProgress) {
        return keyVaultError(
            409, QStringLiteral("Forbidden"),
            QStringLiteral("A new key vault certificate can not be created or imported "
                           "while a pending key vault certificate's status is inProgress."));
    }
    return std::nullopt;
}

QJsonObject KeyVaultService::policyJson(const StoredCertificate &certificate) const {
    vault::CertificatePolicy policy = certificate.policy;
    policy.id = certificateUrl(certificate.name) + QStringLiteral("/policy");
    return policy.toJson();
}

QJsonObject KeyVaultService::bundleJson(const StoredCertificate &certificate,
                                        const StoredVersion &version) const {
    vault::CertificateBundle bundle;
    bundle.id = certificateUrl(certificate.name) + QLatin1Char('/') + version.version;
    if (!version.isPending()) {
        bundle.kid = m_context.vaultUrl + QStringLiteral("/keys/") + certificate.name +
                     QLatin1Char('/') + version.version;
        bundle.sid = m_context.vaultUrl + QStringLiteral("/secrets/") + certificate.name +
                     QLatin1Char('/') + version.version;
        bundle.x5t = QString::fromLatin1(
            QCryptographicHash::hash(version.cer, QCryptographicHash::Sha1)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        bundle.cer = version.cer;
    }
    bundle.attributes = attributesOf(version);
    bundle.attributes.recoveryLevel = m_context.recoveryLevel();
    bundle.attributes.recoverableDays = m_context.recoverableDays;
    bundle.tags = version.tags;
    bundle.policy = certificate.policy;
    bundle.policy->id = certificateUrl(certificate.name) + QStringLiteral("/policy");
    if (m_store.operation(certificate.name))
        bundle.pendingId = certificateUrl(certificate.name) + QStringLiteral("/pending");
    return bundle.toJson();
}

LocalResponse KeyVaultService::bundleResponse(const StoredCertificate &certificate,
                                              const StoredVersion &version, int status) const {
    return LocalResponse::json(status, bundleJson(certificate, version));
}

QJsonObject KeyVaultService::operationJson(const StoredOperation &stored) const {
    vault::CertificateOperation operation;
    operation.id = certificateUrl(stored.name) + QStringLiteral("/pending");
    operation.issuer = stored.issuer;
    operation.csr = stored.csr;
    operation.cancellationRequested = stored.cancellationRequested;
    operation.status = stored.status;
    operation.statusDetails = stored.statusDetails;
    operation.error = stored.error;
    if (stored.status == vault::OperationStatus::Completed)
        operation.target = certificateUrl(stored.name);
    operation.requestId = stored.requestId;
    return operation.toJson();
}

std::optional<LocalResponse> KeyVaultService::readPageSize(const LocalRequest &request,
                                                           int *size) const {
    *size = 25;
    const QString text = request.queryValue(QStringLiteral("maxresults"));
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 25)
        return badParameter(
            QStringLiteral("Invalid value for maxresults: '%1'. It must be an integer "
                           "from 1 to 25.")
                .arg(text.left(40)));
    *size = value;
    return std::nullopt;
}

LocalResponse KeyVaultService::listPage(const LocalRequest &request, const QString &path,
                                        const QJsonArray &items, const QString &lastKey,
                                        bool more) const {
    QJsonObject page{{QStringLiteral("value"), items}};
    if (more) {
        QUrl next(m_context.vaultUrl + path);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api-version"),
                           request.queryValue(QStringLiteral("api-version")));
        query.addQueryItem(QStringLiteral("$skiptoken"),
                           QString::fromLatin1(lastKey.toUtf8().toBase64(
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        for (const char *carried : {"maxresults", "includePending"}) {
            const QString value = request.queryValue(QString::fromLatin1(carried));
            if (!value.isEmpty())
                query.addQueryItem(QString::fromLatin1(carried), value);
        }
        next.setQuery(query);
        page.insert(QStringLiteral("nextLink"), next.toString(QUrl::FullyEncoded));
    } else {
        page.insert(QStringLiteral("nextLink"), QJsonValue::Null);
    }
    return LocalResponse::json(200, page);
}

} // namespace certdeck::localvault
