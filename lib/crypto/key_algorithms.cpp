#include "key_algorithms.h"

#include <openssl/core_names.h>
#include <openssl/objects.h>

namespace certdeck::crypto::ossl {

namespace {

std::optional<EcCurve> curveOf(const EVP_PKEY *key) {
    char group[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1)
        return std::nullopt;
    switch (OBJ_txt2nid(group)) {
    case NID_X9_62_prime256v1:
        return EcCurve::P256;
    case NID_secp384r1:
        return EcCurve::P384;
    case NID_secp521r1:
        return EcCurve::P521;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<KeySpec> describeKey(const EVP_PKEY *key) {
    if (!key)
        return std::nullopt;
    KeySpec spec;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        spec.type = KeyType::Rsa;
        spec.rsaBits = EVP_PKEY_get_bits(key);
        return spec;
    case EVP_PKEY_EC:
        if (const auto curve = curveOf(key)) {
            spec.type = KeyType::Ec;
            spec.curve = *curve;
            return spec;
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

const char *opensslGroupName(EcCurve curve) {
    switch (curve) {
    case EcCurve::P256:
        return "P-256";
    case EcCurve::P384:
        return "P-384";
    case EcCurve::P521:
        return "P-521";
    }
    return "P-256";
}

const EVP_MD *certificateSignatureDigest(const EVP_PKEY *key) {
    const auto spec = describeKey(key);
    if (spec && spec->type == KeyType::Ec) {
        if (spec->curve == EcCurve::P384)
            return EVP_sha384();
        if (spec->curve == EcCurve::P521)
            return EVP_sha512();
    }
    return EVP_sha256();
}

bool samePublicKey(const EVP_PKEY *first, const EVP_PKEY *second) {
    return first && second && EVP_PKEY_eq(first, second) == 1;
}

} // namespace certdeck::crypto::ossl
