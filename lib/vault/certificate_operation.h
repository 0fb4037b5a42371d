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
