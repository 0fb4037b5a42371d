#pragma once

// Internal: distinguished names between "CN=a, O=b" text and X509_NAME.

#include "crypto_error.h"
#include "openssl_handles.h"

#include <QString>

namespace certdeck::crypto::ossl {

// Parses an RFC 2253 style name ("CN=a, O=b", "cn=a,o=b", "CN=Smith\, John+UID=7",
// CN="Contoso, Inc."), attributes kept in the order written, values UTF-8.
CryptoResult<X509NamePtr> parseDistinguishedName(const QString &text);

// "CN=a, O=b" in encoded order, RFC 2253 escaping, UTF-8 left readable.
QString formatDistinguishedName(const X509_NAME *name);

// The most specific (last) commonName, or empty.
QString commonNameOf(const X509_NAME *name);

} // namespace certdeck::crypto::ossl
