#include "certificate_attributes.h"

#include "json_fields.h"

namespace certdeck::vault {

CertificateAttributes CertificateAttributes::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    CertificateAttributes attributes;
    attributes.enabled = reader.boolean(QLatin1String("enabled"));
    attributes.notBefore = reader.int64(QLatin1String("nbf"));
    attributes.expires = reader.int64(QLatin1String("exp"));
    attributes.created = reader.int64(QLatin1String("created"));
    attributes.updated = reader.int64(QLatin1String("updated"));
    attributes.recoveryLevel = reader.string(QLatin1String("recoveryLevel"));
    attributes.recoverableDays = reader.int32(QLatin1String("recoverableDays"));
    attributes.extra = reader.rest();
    return attributes;
}

QJsonObject CertificateAttributes::toJson() const {
    QJsonObject json = extra;
    json::put(json, QLatin1String("enabled"), enabled);
    json::put(json, QLatin1String("nbf"), notBefore);
    json::put(json, QLatin1String("exp"), expires);
    json::put(json, QLatin1String("created"), created);
    json::put(json, QLatin1String("updated"), updated);
    json::put(json, QLatin1String("recoveryLevel"), recoveryLevel);
    json::put(json, QLatin1String("recoverableDays"), recoverableDays);
    return json;
}

} // namespace certdeck::vault
