// WWW-Authenticate headers of 401 answers, as the HTTP pipeline parses them before asking a
// credential for a token.
#include "fuzz_support.h"

#include "bearer_challenge.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const auto challenge =
        certdeck::client::BearerChallenge::parse(certdeck::fuzz::bytes(data, size));
    if (!challenge)
        return 0;
    volatile qsizetype sink = challenge->tenantId().size() + challenge->authorityHost().size() +
                              challenge->tokenScope().size();
    (void)sink;
    return 0;
}
