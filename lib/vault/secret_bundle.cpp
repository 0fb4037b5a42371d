#include "secret_bundle.h"

#include "json_fields.h"

namespace certdeck::vault {

SecretBundle SecretBundle::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    SecretBundle secret;
    secret.id = reader.stringOrEmpty(QLatin1String("id"));
    secret.value = reader.stringOrEmpty(QLatin1String("value"));
    secret.contentType = reader.string(QLatin1String("contentType"));
    secret.kid = reader.string(QLatin1String("kid"));
    secret.managed = reader.boolean(QLatin1String("managed"));
    secret.attributes = CertificateAttributes::fromJson(
        reader.object(QLatin1String("attributes")).value_or(QJsonObject()));
    secret.tags = tagsFromJson(reader.take(QLatin1String("tags")));
    secret.extra = reader.rest();
    return secret;
}

QJsonObject SecretBundle::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("id"), id);
    json.insert(QLatin1String("value"), value); // an empty secret value is still a value
    json::put(json, QLatin1String("contentType"), contentType);
    json::put(json, QLatin1String("kid"), kid);
    json::put(json, QLatin1String("managed"), managed);
    json.insert(QLatin1String("attributes"), attributes.toJson());
    if (tags)
        json.insert(QLatin1String("tags"), tagsToJson(*tags));
    return json;
}

} // namespace certdeck::vault
