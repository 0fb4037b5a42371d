#include "key_derivation_limits.h"

#include "openssl_handles.h"

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace certdeck::crypto {

using namespace ossl;

namespace {

using PbeParamPtr = Owned<PBEPARAM, PBEPARAM_free>;
using Pbe2ParamPtr = Owned<PBE2PARAM, PBE2PARAM_free>;
using Pbkdf2ParamPtr = Owned<PBKDF2PARAM, PBKDF2PARAM_free>;
void freePkcs7Stack(STACK_OF(PKCS7) * stack) {
    sk_PKCS7_pop_free(stack, PKCS7_free);
}
void freeSafeBagStack(STACK_OF(PKCS12_SAFEBAG) * stack) {
    sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free);
}
using Pkcs7StackPtr = Owned<STACK_OF(PKCS7), freePkcs7Stack>;
using SafeBagStackPtr = Owned<STACK_OF(PKCS12_SAFEBAG), freeSafeBagStack>;
using X509SigPtr = Owned<X509_SIG, X509_SIG_free>;

// An absent count means 1 (RFC 7292); an unreadable or absurd one is not acceptable.
bool iterationsAcceptable(const ASN1_INTEGER *iterations) {
    int64_t count = 1;
    if (iterations && ASN1_INTEGER_get_int64(&count, iterations) != 1)
        return false;
    return count <= maxKeyDerivationIterations;
}

template <typename Ptr> Ptr unpackParameter(const X509_ALGOR *algorithm, const ASN1_ITEM *item) {
    return Ptr(
        static_cast<typename Ptr::pointer>(ASN1_TYPE_unpack_sequence(item, algorithm->parameter)));
}

// PKCS#5 v1 / PKCS#12 PBE (salt, iterations) or PBES2 with PBKDF2. Other key derivations (scrypt)
// are left to OpenSSL, which bounds their memory.
bool derivationAcceptable(const X509_ALGOR *algorithm) {
    if (!algorithm || !algorithm->parameter)
        return true;
    if (OBJ_obj2nid(algorithm->algorithm) != NID_pbes2) {
        const auto pbe = unpackParameter<PbeParamPtr>(algorithm, ASN1_ITEM_rptr(PBEPARAM));
        return !pbe || iterationsAcceptable(pbe->iter);
    }
    const auto pbes2 = unpackParameter<Pbe2ParamPtr>(algorithm, ASN1_ITEM_rptr(PBE2PARAM));
    if (!pbes2 || !pbes2->keyfunc || OBJ_obj2nid(pbes2->keyfunc->algorithm) != NID_id_pbkdf2)
        return true;
    const auto pbkdf2 =
        unpackParameter<Pbkdf2ParamPtr>(pbes2->keyfunc, ASN1_ITEM_rptr(PBKDF2PARAM));
    return !pbkdf2 || iterationsAcceptable(pbkdf2->iter);
}

bool bagsAcceptable(const STACK_OF(PKCS12_SAFEBAG) * bags) {
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        const int type = PKCS12_SAFEBAG_get_nid(bag);
        if (type == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR *algorithm = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
            if (!derivationAcceptable(algorithm))
                return false;
        } else if (type == NID_safeContentsBag && !bagsAcceptable(PKCS12_SAFEBAG_get0_safes(bag))) {
            return false;
        }
    }
    return true;
}

bool safeAcceptable(PKCS7 *safe, const char *password, int passwordLength) {
    const int type = OBJ_obj2nid(safe->type);
    if (type == NID_pkcs7_data)
        return bagsAcceptable(SafeBagStackPtr(PKCS12_unpack_p7data(safe)).get());
    if (type != NID_pkcs7_encrypted || !safe->d.encrypted || !safe->d.encrypted->enc_data)
        return true;
    if (!derivationAcceptable(safe->d.encrypted->enc_data->algorithm))
        return false;
    return bagsAcceptable(
        SafeBagStackPtr(PKCS12_unpack_p7encdata(safe, password, passwordLength)).get());
}

} // namespace

bool pkcs12MacCostAcceptable(const PKCS12 *pkcs12) {
    if (PKCS12_mac_present(pkcs12) != 1)
        return true;
    const ASN1_INTEGER *iterations = nullptr;
    PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, pkcs12);
    return iterationsAcceptable(iterations);
}

bool pkcs12ContentCostsAcceptable(const PKCS12 *pkcs12, const char *password, int passwordLength) {
    const Pkcs7StackPtr safes(PKCS12_unpack_authsafes(pkcs12));
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        if (!safeAcceptable(sk_PKCS7_value(safes.get(), i), password, passwordLength))
            return false;
    }
    return true;
}

bool encryptedPemKeyCostAcceptable(const QByteArray &pem) {
    if (!pem.contains("ENCRYPTED PRIVATE KEY"))
        return true;
    const BioPtr bio = readOnlyBio(pem);
    const X509SigPtr encrypted(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    if (!encrypted)
        return true; // unreadable: the key reader says why
    const X509_ALGOR *algorithm = nullptr;
    X509_SIG_get0(encrypted.get(), &algorithm, nullptr);
    return derivationAcceptable(algorithm);
}

} // namespace certdeck::crypto
