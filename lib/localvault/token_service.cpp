#include "token_service.h"

#include "certificate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace certdeck::localvault {

namespace {

const QString signingKeySetting = QStringLiteral("token.signingKey");

QByteArray base64Url(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text) {
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

struct Jwt {
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput;
    QByteArray signature;
};

std::optional<Jwt> splitJwt(const QString &token, QString *reason) {
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        *reason = QStringLiteral("the token is not a JWT");
        return std::nullopt;
    }
    auto header = fromBase64Url(parts[0]);
    auto claims = fromBase64Url(parts[1]);
    auto signature = fromBase64Url(parts[2]);
    if (!header || !claims || !signature) {
        *reason = QStringLiteral("the token is not valid base64url");
        return std::nullopt;
    }
    Jwt jwt;
    jwt.header = QJsonDocument::fromJson(*header).object();
    jwt.claims = QJsonDocument::fromJson(*claims).object();
    jwt.signingInput = parts[0] + '.' + parts[1];
    jwt.signature = *signature;
    if (jwt.header.isEmpty() || jwt.claims.isEmpty()) {
        *reason = QStringLiteral("the token's header or claims are not JSON objects");
        return std::nullopt;
    }
    return jwt;
}

bool isCurrent(const QJsonObject &claims, QString *reason) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 skew = 300;
    if (claims.value(QStringLiteral("exp")).toInteger() + skew < now) {
        *reason = QStringLiteral("the token has expired");
        return false;
    }
    if (claims.value(QStringLiteral("nbf")).toInteger() - skew > now) {
        *reason = QStringLiteral("the token is not yet valid");
        return false;
    }
    return true;
}

QString trimmedSlash(QString text) {
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

bool TokenService::loadOrCreate(VaultStore &store, const QString &tenantId, QString *error) {
    m_tenantId = tenantId;
    const QByteArray der = store.setting(signingKeySetting);
    if (!der.isEmpty()) {
        auto key = crypto::PrivateKey::fromPkcs8Der(der);
        if (key) {
            m_signingKey = *key;
            return true;
        }
    }
    auto key = crypto::PrivateKey::generate({crypto::KeyType::Rsa, 2048, crypto::EcCurve::P256});
    if (!key) {
        *error = key.error().message;
        return false;
    }
    m_signingKey = *key;
    if (!store.setSetting(signingKeySetting, key->toPkcs8Der())) {
        *error = store.lastError();
        return false;
    }
    return true;
}

QString TokenService::issuerUrl() const {
    return QStringLiteral("https://sts.windows.net/%1/").arg(m_tenantId);
}

IssuedToken TokenService::issue(const Principal &principal, const QString &audience) const {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), issuerUrl()},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + lifetimeSeconds},
        {QStringLiteral("oid"), principal.objectId},
        {QStringLiteral("sub"), principal.objectId},
        {QStringLiteral("appid"), principal.clientId},
        {QStringLiteral("tid"), m_tenantId},
        {QStringLiteral("uti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
    };
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    auto signature = m_signingKey.sign(input, crypto::SignatureScheme::RsaPkcs1Sha256);
    IssuedToken token;
    token.accessToken =
        QString::fromLatin1(input + '.' + base64Url(signature ? *signature : QByteArray()));
    token.expiresIn = lifetimeSeconds;
    return token;
}

std::optional<TokenClaims>
TokenService::validate(const QString &token, const QStringList &audiences, QString *reason) const {
    auto jwt = splitJwt(token, reason);
    if (!jwt)
        return std::nullopt;
    if (jwt->header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256") ||
        !crypto::verifySignature(m_signingKey.publicKeyDer(), jwt->signingInput, jwt->signature,
                                 crypto::SignatureScheme::RsaPkcs1Sha256)) {
        *reason = QStringLiteral("the token's signature is invalid");
        return std::nullopt;
    }
    if (!isCurrent(jwt->claims, reason))
        return std::nullopt;
    if (jwt->claims.value(QStringLiteral("iss")).toString() != issuerUrl()) {
        *reason = QStringLiteral("the token's issuer is not this tenant");
        return std::nullopt;
    }
    TokenClaims claims;
    claims.audience = jwt->claims.value(QStringLiteral("aud")).toString();
    bool audienceMatches = false;
    for (const QString &audience : audiences)
        audienceMatches |= trimmedSlash(audience) == trimmedSlash(claims.audience);
    if (!audienceMatches) {
        *reason =
            QStringLiteral("the token's audience '%1' is not accepted here").arg(claims.audience);
        return std::nullopt;
    }
    claims.objectId = jwt->claims.value(QStringLiteral("oid")).toString();
    claims.applicationId = jwt->claims.value(QStringLiteral("appid")).toString();
    claims.tenantId = jwt->claims.value(QStringLiteral("tid")).toString();
    return claims;
}

bool TokenService::verifyClientAssertion(const QString &assertion, const Principal &principal,
                                         const QStringList &audiences, QString *reason) const {
    auto jwt = splitJwt(assertion, reason);
    if (!jwt)
        return false;
    auto certificate = crypto::Certificate::fromDer(principal.certificate);
    if (!certificate) {
        *reason = QStringLiteral("no certificate is registered for this client");
        return false;
    }
    const QString alg = jwt->header.value(QStringLiteral("alg")).toString();
    const auto scheme = alg == QLatin1String("PS256") ? crypto::SignatureScheme::RsaPssSha256
                                                      : crypto::SignatureScheme::RsaPkcs1Sha256;
    if ((alg != QLatin1String("PS256") && alg != QLatin1String("RS256")) ||
        !crypto::verifySignature(certificate->publicKeyDer(), jwt->signingInput, jwt->signature,
                                 scheme)) {
        *reason = QStringLiteral(
            "the client assertion's signature does not verify with the registered certificate");
        return false;
    }
    // Entra finds the key by thumbprint: x5t#S256 (current) or x5t (SHA-1, older clients).
    const QString x5tS256 = jwt->header.value(QStringLiteral("x5t#S256")).toString();
    const QString x5t = jwt->header.value(QStringLiteral("x5t")).toString();
    if ((x5tS256.isEmpty() && x5t.isEmpty()) ||
        (!x5tS256.isEmpty() && x5tS256 != certificate->x5tS256()) ||
        (!x5t.isEmpty() && x5t != certificate->x5t())) {
        *reason = QStringLiteral(
            "the client assertion's x5t#S256 does not name the registered certificate");
        return false;
    }
    bool audienceMatches = false;
    const QString audience = jwt->claims.value(QStringLiteral("aud")).toString();
    for (const QString &accepted : audiences)
        audienceMatches |= trimmedSlash(accepted) == trimmedSlash(audience);
    if (!audienceMatches) {
        *reason = QStringLiteral("the client assertion's audience must be the token endpoint");
        return false;
    }
    if (jwt->claims.value(QStringLiteral("iss")).toString() != principal.clientId ||
        jwt->claims.value(QStringLiteral("sub")).toString() != principal.clientId) {
        *reason = QStringLiteral("the client assertion's iss and sub must be the client id");
        return false;
    }
    return isCurrent(jwt->claims, reason);
}

} // namespace certdeck::localvault
