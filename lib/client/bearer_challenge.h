#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace certdeck::client {

// A WWW-Authenticate Bearer challenge, as Key Vault and ARM send it (seed 004).
struct BearerChallenge {
    QString authorization; // authorization, authorization_uri or authorization_url
    QString resource;
    QString scope;
    QString claims;
    QString error;

    QString tenantId() const;      // first path segment of `authorization`
    QString authorityHost() const; // scheme://host[:port] of `authorization`
    QString tokenScope() const;    // resource (trailing '/' trimmed) + "/.default", else scope

    static std::optional<BearerChallenge> parse(const QByteArray &header);
};

} // namespace certdeck::client
