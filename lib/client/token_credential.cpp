#include "token_credential.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace certdeck::client {

TokenCache::TokenCache(TokenCredential *credential, QObject *parent)
    : QObject(parent)
    , m_credential(credential) {}

QPair<QString, QString> TokenCache::identityClaims(const QString &token) {
    const QByteArray payload = token.section(QLatin1Char('.'), 1, 1).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        payload, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const QJsonObject claims = QJsonDocument::fromJson(*decoded).object();
    return {claims.value(QStringLiteral("oid")).toString(),
            claims.value(QStringLiteral("tid")).toString()};
}

void TokenCache::invalidate(const QString &scope) {
    m_tokens.remove(scope);
}

Reply<AccessToken> *TokenCache::token(const TokenRequestContext &context) {
    auto *reply = new Reply<AccessToken>(this);
    const auto cached = m_tokens.constFind(context.scope);
    if (cached != m_tokens.cend() &&
        QDateTime::currentDateTimeUtc().secsTo(cached->expiresOn) > refreshMarginSeconds) {
        reply->finishWithValue(*cached);
        return reply;
    }
    auto &waiting = m_waiting[context.scope];
    waiting.append(reply);
    if (waiting.size() > 1)
        return reply; // a fetch for this scope is already on its way
    Reply<AccessToken> *fetch = m_credential->requestToken(context);
    connect(fetch, &ServiceReply::finished, this, [this, fetch, scope = context.scope] {
        fetch->deleteLater();
        const QList<Reply<AccessToken> *> waiters = m_waiting.take(scope);
        if (!fetch->hasError()) {
            m_tokens.insert(scope, fetch->value());
            const auto [objectId, tenantId] = identityClaims(fetch->value().token);
            if (!objectId.isEmpty())
                emit signedIn(objectId, tenantId);
        }
        for (auto *waiter : waiters) {
            if (fetch->hasError())
                waiter->finishWithError(fetch->error());
            else
                waiter->finishWithValue(fetch->value());
        }
    });
    return reply;
}

} // namespace certdeck::client
