// PKCS#12 (PFX) files as the import dialog and `certdeck-cli import` read them: with the password
// of the generated seeds, and with none (empty and absent are both tried).
#include "fuzz_support.h"

#include "pkcs12.h"

namespace {

void read(const QByteArray &der, const QByteArray &password) {
    using namespace certdeck;
    const auto bundle = crypto::readPkcs12(der, password);
    if (!bundle)
        return;
    fuzz::exercise(bundle->key);
    fuzz::exercise(bundle->certificate);
    fuzz::exercise(bundle->chain);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray der = certdeck::fuzz::bytes(data, size);
    read(der, QByteArrayLiteral("certdeck-fuzz"));
    read(der, {});
    return 0;
}
