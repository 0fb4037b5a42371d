// DER objects: certificates (.cer downloads, a bundle's "cer"), PKCS#10 requests (an operation's
// "csr", read before merging) and PKCS#8 keys (the local vault's stored keys).
#include "fuzz_support.h"

#include "certificate_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace certdeck;
    const QByteArray der = fuzz::bytes(data, size);
    volatile auto kind = crypto::detectFileKind(der);
    (void)kind;
    if (const auto certificate = crypto::Certificate::fromDer(der))
        fuzz::exercise(*certificate);
    if (const auto request = crypto::CertificateRequest::fromDer(der))
        fuzz::exercise(*request);
    if (const auto key = crypto::PrivateKey::fromPkcs8Der(der))
        fuzz::exercise(*key);
    return 0;
}
