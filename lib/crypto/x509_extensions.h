#pragma once

// Internal: the X.509 extensions shared by requests and certificates (subjectAltName,
// extendedKeyUsage, keyUsage), between our value types and OpenSSL structures.

#include "crypto_error.h"
#include "openssl_handles.h"
#include "subject_alternative_names.h"

#include <QStringList>

namespace certdeck::crypto::ossl {

// Each returns a null pointer when there is nothing to encode (empty input), InvalidInput when
// an entry cannot be encoded.
CryptoResult<X509ExtensionPtr> makeSubjectAltNameExtension(const SubjectAlternativeNames &sans);
CryptoResult<X509ExtensionPtr> makeExtendedKeyUsageExtension(const QStringList &oids);
CryptoResult<X509ExtensionPtr> makeKeyUsageExtension(const QStringList &names); // critical

SubjectAlternativeNames readSubjectAltNames(const GENERAL_NAMES *names);
QStringList readExtendedKeyUsages(const EXTENDED_KEY_USAGE *usages); // dotted OIDs
QStringList readKeyUsages(const ASN1_BIT_STRING *bits); // Key Vault names, in bit order

// The decoded extension `nid` of a certificate or request, or null when absent.
template <typename Ptr> Ptr certificateExtension(const X509 *certificate, int nid) {
    using Target = typename Ptr::element_type;
    return Ptr(static_cast<Target *>(X509_get_ext_d2i(certificate, nid, nullptr, nullptr)));
}

template <typename Ptr> Ptr requestExtension(const STACK_OF(X509_EXTENSION) * extensions, int nid) {
    using Target = typename Ptr::element_type;
    return Ptr(static_cast<Target *>(X509V3_get_d2i(extensions, nid, nullptr, nullptr)));
}

} // namespace certdeck::crypto::ossl
