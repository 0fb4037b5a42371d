// PEM text as dropped files, `certdeck-cli import` and merge dialogs read it: sniffing, bundles of
// certificates with a (possibly encrypted) key, and the single-object readers.
#include "fuzz_support.h"

#include "certificate_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace certdeck;
    const QByteArray pem = fuzz::bytes(data, size);
    volatile auto kind = crypto::detectFileKind(pem);
    (void)kind;
    if (const auto bundle = crypto::readPem(pem, QByteArrayLiteral("certdeck-fuzz"))) {
        fuzz::exercise(bundle->certificates);
        if (bundle->key)
            fuzz::exercise(*bundle->key);
    }
    if (const auto certificates = crypto::readCertificates(pem))
        fuzz::exercise(*certificates);
    if (const auto certificate = crypto::Certificate::fromPem(pem))
        fuzz::exercise(*certificate);
    if (const auto request = crypto::CertificateRequest::fromPem(pem))
        fuzz::exercise(*request);
    return 0;
}
