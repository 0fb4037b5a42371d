#pragma once

#include "private_key.h"
#include "vault_store.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace certdeck::localvault {

struct TokenClaims {
    QString objectId;
    QString applicationId;
    QString audience;
    QString tenantId;
};

struct IssuedToken {
    QString accessToken;
    qint64 expiresIn = 0;
};

// Signs and checks the RS256 access tokens of the local Entra ID stand-in.
class TokenService {
public:
    bool loadOrCreate(VaultStore &store, const QString &tenantId, QString *error);

    QString issuerUrl() const; // https://sts.windows.net/{tenant}/, as Entra's v1 tokens say
    IssuedToken issue(const Principal &principal, const QString &audience) const;
    // The claims when the token is well formed, signed by us, current and for one of `audiences`.
    std::optional<TokenClaims> validate(const QString &token, const QStringList &audiences,
                                        QString *reason) const;

    // Checks a client_assertion JWT (RS256 or PS256) against the principal's certificate: the
    // signature, the x5t#S256 (or x5t) thumbprint, iss = sub = client id, aud one of
    // `audiences` (the token endpoint), and the validity window.
    bool verifyClientAssertion(const QString &assertion, const Principal &principal,
                               const QStringList &audiences, QString *reason) const;

    static constexpr qint64 lifetimeSeconds = 3600;

private:
    crypto::PrivateKey m_signingKey;
    QString m_tenantId;
};

} // namespace certdeck::localvault
