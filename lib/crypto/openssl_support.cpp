#include "openssl_support.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/provider.h>
#include <openssl/rand.h>

#include <mutex>

namespace certdeck::crypto {

void ensureProvidersLoaded() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Loading any provider explicitly disables the implicit "default" one, so both are
        // loaded. The handles are kept for the life of the process; OpenSSL frees them at exit.
        static OSSL_PROVIDER *const legacy = OSSL_PROVIDER_load(nullptr, "legacy");
        static OSSL_PROVIDER *const defaults = OSSL_PROVIDER_load(nullptr, "default");
        (void)legacy; // a missing legacy module only means old PFX files cannot be read
        (void)defaults;
        ERR_clear_error();
    });
}

QByteArray randomBytes(int count) {
    if (count <= 0)
        return {};
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1) {
        ERR_clear_error();
        return {};
    }
    return bytes;
}

void cleanse(QByteArray &secret) {
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace certdeck::crypto
