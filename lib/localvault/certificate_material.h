#pragma once

#include "certificate.h"
#include "certificate_policy.h"
#include "certificate_request.h"
#include "certificate_signer.h"
#include "private_key.h"
#include "result.h"
#include "vault_store.h"

#include <QString>

#include <optional>

namespace certdeck::localvault {

// The attributes a stored version shows on the wire (list items omit the recovery fields).
vault::CertificateAttributes attributesOf(const StoredVersion &version);

// What the service fills in when a create request leaves members out (recorded behaviour).
void applyCreateDefaults(vault::CertificatePolicy *policy, qint64 now);
void touchPolicy(vault::CertificatePolicy *policy);
// A message for BadParameter, or nullopt when the policy can be served.
std::optional<QString> validatePolicy(const vault::CertificatePolicy &policy);

Result<crypto::KeySpec, QString> keySpecFor(const vault::CertificatePolicy &policy);
crypto::RequestSpec requestSpecFor(const vault::CertificatePolicy &policy);
crypto::IssueSpec issueSpecFor(const vault::CertificatePolicy &policy, qint64 now);

// The policy the service derives from an imported certificate and key.
vault::CertificatePolicy policyForImport(const crypto::Certificate &certificate,
                                         const crypto::PrivateKey &key,
                                         const std::optional<vault::CertificatePolicy> &given,
                                         qint64 now);

struct ExportedSecret {
    QString value;
    QString contentType;
};
// The certificate's secret as the service serves it: base64 PFX without password, or PEM text.
Result<ExportedSecret, QString> exportSecret(const StoredCertificate &certificate,
                                             const StoredVersion &version);

} // namespace certdeck::localvault
