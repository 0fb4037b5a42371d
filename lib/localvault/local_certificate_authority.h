#pragma once

#include "certificate.h"
#include "certificate_request.h"
#include "certificate_signer.h"
#include "private_key.h"
#include "vault_store.h"

namespace certdeck::localvault {

// The local vault's own CA: it signs the loopback TLS certificate and the certificates that
// test-CA issuers deliver. Created once per data directory and kept in the store.
class LocalCertificateAuthority {
public:
    bool loadOrCreate(VaultStore &store, QString *error);

    const crypto::Certificate &certificate() const { return m_certificate; }
    const crypto::PrivateKey &key() const { return m_key; }

    // A TLS server certificate for localhost, 127.0.0.1 and ::1 (regenerated every start).
    crypto::CryptoResult<crypto::Certificate>
    issueTlsCertificate(const crypto::PrivateKey &tlsKey) const;
    crypto::CryptoResult<crypto::Certificate> sign(const crypto::CertificateRequest &request,
                                                   const crypto::IssueSpec &spec) const;

private:
    crypto::Certificate m_certificate;
    crypto::PrivateKey m_key;
};

} // namespace certdeck::localvault
