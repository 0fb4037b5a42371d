// PKCS#7 (.p7b, DER or PEM) and certificate lists as merge and `certdeck-cli merge` read them,
// then ordered into a chain leaf first as before merging.
#include "fuzz_support.h"

#include "certificate_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace certdeck;
    if (const auto certificates = crypto::readCertificates(fuzz::bytes(data, size)))
        fuzz::exercise(*certificates);
    return 0;
}
