#include "certificate_operation.h"

#include "json_fields.h"
#include "json_support.h"

namespace certdeck::vault {

bool OperationStatus::isTerminal(const QString &status) {
    return status.compare(InProgress, Qt::CaseInsensitive) != 0;
}

CertificateOperation CertificateOperation::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    CertificateOperation operation;
    operation.id = reader.stringOrEmpty(QLatin1String("id"));
    if (const auto issuer = reader.object(QLatin1String("issuer")))
        operation.issuer = IssuerParameters::fromJson(*issuer);
    operation.csr = reader.bytes(QLatin1String("csr")).value_or(QByteArray());
    operation.cancellationRequested = reader.boolean(QLatin1String("cancellation_requested"));
    operation.status = reader.stringOrEmpty(QLatin1String("status"));
    operation.statusDetails = reader.string(QLatin1String("status_details"));
    if (const auto error = reader.object(QLatin1String("error")))
        operation.error = ServiceError::fromJson(*error);
    operation.target = reader.string(QLatin1String("target"));
    operation.requestId = reader.stringOrEmpty(QLatin1String("request_id"));
    operation.extra = reader.rest();
    return operation;
}

QJsonObject CertificateOperation::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("id"), id);
    if (issuer)
        json.insert(QLatin1String("issuer"), issuer->toJson());
    json::putNonEmpty(json, QLatin1String("csr"), csr);
    json::put(json, QLatin1String("cancellation_requested"), cancellationRequested);
    json::putNonEmpty(json, QLatin1String("status"), status);
    json::put(json, QLatin1String("status_details"), statusDetails);
    if (error)
        json.insert(QLatin1String("error"), error->toErrorObject());
    json::put(json, QLatin1String("target"), target);
    json::putNonEmpty(json, QLatin1String("request_id"), requestId);
    return json;
}

QString CertificateOperation::name() const {
    return ObjectIdentifier::parse(id).name;
}

} // namespace certdeck::vault
