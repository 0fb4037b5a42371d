#pragma once

#include "service_reply.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

namespace certdeck::client {

struct AccessToken {
    QString token;
    QDateTime expiresOn; // UTC
};

struct TokenRequestContext {
    QString scope;         // e.g. https://vault.azure.net/.default
    QString tenantId;      // from a challenge; empty: the credential's own
    QString authorityHost; // from a challenge; empty: the credential's own
};

// Something that can obtain access tokens (client secret, certificate, Azure CLI, device code).
// Implementations do the raw request; TokenCache adds caching, refresh and de-duplication.
class TokenCredential : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual Reply<AccessToken> *requestToken(const TokenRequestContext &context) = 0;
    virtual QString describe() const = 0; // for the activity panel, never a secret
};

// Tokens per scope, refreshed five minutes before expiry; concurrent requests share one fetch.
class TokenCache : public QObject {
    Q_OBJECT
public:
    explicit TokenCache(TokenCredential *credential, QObject *parent = nullptr);

    Reply<AccessToken> *token(const TokenRequestContext &context);
    void invalidate(const QString &scope);
    TokenCredential *credential() const { return m_credential; }

    // The object id (oid) and tenant (tid) claims of a JWT access token; empty when absent.
    // The signature is not checked: the values only label who the app is signed in as.
    static QPair<QString, QString> identityClaims(const QString &token);

    static constexpr qint64 refreshMarginSeconds = 300;

signals:
    // A new token arrived for the principal `objectId` in `tenantId` (both from its claims).
    void signedIn(const QString &objectId, const QString &tenantId);

private:
    TokenCredential *m_credential;
    QHash<QString, AccessToken> m_tokens;
    QHash<QString, QList<Reply<AccessToken> *>> m_waiting;
};

} // namespace certdeck::client
