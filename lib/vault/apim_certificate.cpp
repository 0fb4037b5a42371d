#include "apim_certificate.h"

#include "apim_resource.h"
#include "json_fields.h"

namespace certdeck::vault {

ApimKeyVaultStatus ApimKeyVaultStatus::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    ApimKeyVaultStatus status;
    status.code = reader.stringOrEmpty(QLatin1String("code"));
    status.message = reader.string(QLatin1String("message"));
    status.timeStampUtc = reader.stringOrEmpty(QLatin1String("timeStampUtc"));
    status.extra = reader.rest();
    return status;
}

QJsonObject ApimKeyVaultStatus::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("code"), code);
    json::put(json, QLatin1String("message"), message);
    json::putNonEmpty(json, QLatin1String("timeStampUtc"), timeStampUtc);
    return json;
}

ApimKeyVaultReference ApimKeyVaultReference::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    ApimKeyVaultReference reference;
    reference.secretIdentifier = reader.stringOrEmpty(QLatin1String("secretIdentifier"));
    reference.identityClientId = reader.stringOrEmpty(QLatin1String("identityClientId"));
    if (auto status = reader.object(QLatin1String("lastStatus")))
        reference.lastStatus = ApimKeyVaultStatus::fromJson(*status);
    reference.extra = reader.rest();
    return reference;
}

QJsonObject ApimKeyVaultReference::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("secretIdentifier"), secretIdentifier);
    json::putNonEmpty(json, QLatin1String("identityClientId"), identityClientId);
    if (lastStatus)
        json.insert(QLatin1String("lastStatus"), lastStatus->toJson());
    return json;
}

QDateTime ApimCertificate::expiration() const {
    return QDateTime::fromString(expirationDate, Qt::ISODateWithMs).toUTC();
}

ApimCertificate ApimCertificate::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    ApimCertificate certificate;
    const json::ResourceHeader header = json::readResourceHeader(reader);
    certificate.id = header.id;
    certificate.name = header.name;
    certificate.type = header.type;
    json::ObjectReader properties(
        reader.object(QLatin1String("properties")).value_or(QJsonObject()));
    certificate.subject = properties.stringOrEmpty(QLatin1String("subject"));
    certificate.thumbprint = properties.stringOrEmpty(QLatin1String("thumbprint"));
    certificate.expirationDate = properties.stringOrEmpty(QLatin1String("expirationDate"));
    if (auto keyVault = properties.object(QLatin1String("keyVault")))
        certificate.keyVault = ApimKeyVaultReference::fromJson(*keyVault);
    certificate.extraProperties = properties.rest();
    certificate.extra = reader.rest();
    return certificate;
}

QJsonObject ApimCertificate::toJson() const {
    QJsonObject json = extra;
    json::putResourceHeader(json, {id, name, type});
    QJsonObject properties = extraProperties;
    json::putNonEmpty(properties, QLatin1String("subject"), subject);
    json::putNonEmpty(properties, QLatin1String("thumbprint"), thumbprint);
    json::putNonEmpty(properties, QLatin1String("expirationDate"), expirationDate);
    if (keyVault)
        properties.insert(QLatin1String("keyVault"), keyVault->toJson());
    json.insert(QLatin1String("properties"), properties);
    return json;
}

} // namespace certdeck::vault
