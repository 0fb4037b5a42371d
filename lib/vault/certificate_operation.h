#pragma once

#include "certificate_policy.h"
#include "service_error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace certdeck::vault {

// The "/pending" object. Status literals exactly as on the wire.
namespace OperationStatus {
inline const QString InProgress = QStringLiteral("inProgress");
inline const QString Completed = QStringLiteral("completed");
inline const QString Failed = QStringLiteral("failed");
inline const QString Cancelled = QStringLiteral("cancelled");
bool isTerminal(const QString &status); // anything but inProgress (case-insensitive)
} // namespace OperationStatus

// The service's status_details of a pending request, word for word (in English, whatever the
// caller's language): one issued through an issuer, and one waiting for a merge (issuer Unknown).
namespace OperationDetails {
inline const QString IssuerInProgress = QStringLiteral(
    "Pending certificate created. Certificate request is in progress. This may take some time "
    "based on the issuer provider. Please check again later.");
inline const QString MergeRequired =
    QStringLiteral("Pending certificate created. Please Perform Merge to complete the request.");
} // namespace OperationDetails

struct CertificateOperation {
    QString id; // https://{vault}/certificates/{name}/pending
    std::optional<IssuerParameters> issuer;
    QByteArray csr;                            // DER
    std::optional<bool> cancellationRequested; // "cancellation_requested"
    QString status;
    std::optional<QString> statusDetails; // "status_details"
    std::optional<ServiceError> error;    // {"code","message","innererror"?} (no envelope)
    std::optional<QString> target;
    QString requestId; // "request_id"
    QJsonObject extra;

    static CertificateOperation fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    QString name() const; // parsed from id
    bool operator==(const CertificateOperation &) const = default;
};

} // namespace certdeck::vault
