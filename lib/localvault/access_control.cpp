#include "access_control.h"

namespace certdeck::localvault {

std::optional<LocalResponse> AccessControl::require(const TokenClaims &caller,
                                                    const QString &category,
                                                    const QString &permission,
                                                    const QString &issuerUrl) const {
    for (const auto &entry : m_store.accessPolicies()) {
        if (entry.objectId.compare(caller.objectId, Qt::CaseInsensitive) == 0 &&
            entry.grants(category, permission))
            return std::nullopt;
    }
    const QString message =
        QStringLiteral(
            "The user, group or application 'appid=%1;oid=%2;iss=%3' does not have %4 %5 "
            "permission on key vault '%6;location=local'. For help resolving this issue, "
            "please see https://go.microsoft.com/fwlink/?linkid=2125287")
            .arg(caller.applicationId, caller.objectId, issuerUrl, category, permission,
                 m_vaultName);
    return keyVaultError(403, QStringLiteral("Forbidden"), message,
                         QStringLiteral("ForbiddenByPolicy"));
}

} // namespace certdeck::localvault
