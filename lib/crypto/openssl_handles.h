#pragma once

// Internal: owning smart pointers for OpenSSL objects and small conversions between OpenSSL
// buffers and QByteArray. Not installed, not included by public headers.

#include <QByteArray>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <limits>
#include <memory>

namespace certdeck::crypto::ossl {

template <auto FreeFunction> struct Deleter {
    template <typename T> void operator()(T *object) const noexcept { FreeFunction(object); }
};

template <typename T, auto FreeFunction> using Owned = std::unique_ptr<T, Deleter<FreeFunction>>;

// Some OpenSSL "free functions" are macros or take extra arguments; wrap them once here.
inline void freeBuffer(void *buffer) {
    OPENSSL_free(buffer);
}
inline void freeSecureBuffer(void *buffer) {
    OPENSSL_secure_free(buffer);
}
inline void freeX509Stack(STACK_OF(X509) * stack) {
    sk_X509_pop_free(stack, X509_free);
}
inline void freeX509StackShallow(STACK_OF(X509) * stack) {
    sk_X509_free(stack);
}
inline void freeExtensionStack(STACK_OF(X509_EXTENSION) * stack) {
    sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
}

using BioPtr = Owned<BIO, BIO_free_all>;
using BignumPtr = Owned<BIGNUM, BN_free>;
using EvpPkeyPtr = Owned<EVP_PKEY, EVP_PKEY_free>;
using EvpPkeyCtxPtr = Owned<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using EvpMdCtxPtr = Owned<EVP_MD_CTX, EVP_MD_CTX_free>;
using X509Ptr = Owned<X509, X509_free>;
using X509ReqPtr = Owned<X509_REQ, X509_REQ_free>;
using X509NamePtr = Owned<X509_NAME, X509_NAME_free>;
using X509ExtensionPtr = Owned<X509_EXTENSION, X509_EXTENSION_free>;
using X509StackPtr = Owned<STACK_OF(X509), freeX509Stack>;
using X509StackViewPtr = Owned<STACK_OF(X509), freeX509StackShallow>; // does not own the certs
using ExtensionStackPtr = Owned<STACK_OF(X509_EXTENSION), freeExtensionStack>;
using GeneralNamesPtr = Owned<GENERAL_NAMES, GENERAL_NAMES_free>;
using GeneralNamePtr = Owned<GENERAL_NAME, GENERAL_NAME_free>;
using ExtendedKeyUsagePtr = Owned<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free>;
using Asn1ObjectPtr = Owned<ASN1_OBJECT, ASN1_OBJECT_free>;
using Asn1BitStringPtr = Owned<ASN1_BIT_STRING, ASN1_BIT_STRING_free>;
using Asn1OctetStringPtr = Owned<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using Asn1IntegerPtr = Owned<ASN1_INTEGER, ASN1_INTEGER_free>;
using Asn1StringPtr = Owned<ASN1_STRING, ASN1_STRING_free>;
using Asn1TypePtr = Owned<ASN1_TYPE, ASN1_TYPE_free>;
using BasicConstraintsPtr = Owned<BASIC_CONSTRAINTS, BASIC_CONSTRAINTS_free>;
using AuthorityKeyIdPtr = Owned<AUTHORITY_KEYID, AUTHORITY_KEYID_free>;
using Pkcs7Ptr = Owned<PKCS7, PKCS7_free>;
using Pkcs8Ptr = Owned<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;
using Pkcs12Ptr = Owned<PKCS12, PKCS12_free>;
using OpensslBufferPtr = Owned<unsigned char, freeBuffer>;
using OpensslStringPtr = Owned<char, freeBuffer>;
using SecureStringPtr = Owned<char, freeSecureBuffer>; // from the secure heap

// A read-only memory BIO over `data`; `data` must outlive the BIO. Null for inputs beyond what
// a BIO can address (OpenSSL then fails cleanly on the null BIO).
inline BioPtr readOnlyBio(const QByteArray &data) {
    if (data.size() > std::numeric_limits<int>::max())
        return nullptr;
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

inline QByteArray bioContents(BIO *bio) {
    BUF_MEM *memory = nullptr;
    BIO_get_mem_ptr(bio, &memory);
    if (!memory)
        return {};
    return QByteArray(memory->data, static_cast<qsizetype>(memory->length));
}

inline const unsigned char *bytesOf(const QByteArray &data) {
    return reinterpret_cast<const unsigned char *>(data.constData());
}

// DER-decodes one object with a d2i_* function. Returns null unless the whole buffer is consumed,
// so trailing garbage is reported instead of silently ignored.
template <typename Ptr, typename Decoder>
Ptr decodeDerExactly(const QByteArray &der, Decoder decode) {
    const unsigned char *cursor = bytesOf(der);
    const unsigned char *const end = cursor + der.size();
    Ptr object(decode(nullptr, &cursor, static_cast<long>(der.size())));
    if (object && cursor != end)
        object.reset();
    return object;
}

// DER-encodes with an i2d_* function; empty on failure.
template <typename T, typename Encoder> QByteArray encodeDer(const T *object, Encoder encode) {
    if (!object)
        return {};
    unsigned char *buffer = nullptr;
    const int length = encode(object, &buffer);
    if (length <= 0)
        return {};
    const OpensslBufferPtr owner(buffer);
    return QByteArray(reinterpret_cast<const char *>(buffer), length);
}

inline QByteArray asn1StringBytes(const ASN1_STRING *string) {
    if (!string)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)),
                      ASN1_STRING_length(string));
}

} // namespace certdeck::crypto::ossl
