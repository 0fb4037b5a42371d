#include "certificate_bundle.h"

#include "json_fields.h"
#include "json_support.h"

namespace certdeck::vault {

std::optional<Tags> tagsFromJson(const QJsonValue &value) {
    if (!value.isObject())
        return std::nullopt;
    Tags tags;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            tags.insert(it.key(), it.value().toString());
    }
    return tags;
}

QJsonObject tagsToJson(const Tags &tags) {
    QJsonObject json;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

CertificateBundle CertificateBundle::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    CertificateBundle bundle;
    bundle.id = reader.stringOrEmpty(QLatin1String("id"));
    bundle.kid = reader.stringOrEmpty(QLatin1String("kid"));
    bundle.sid = reader.stringOrEmpty(QLatin1String("sid"));
    bundle.x5t = reader.stringOrEmpty(QLatin1String("x5t"));
    bundle.cer = reader.bytes(QLatin1String("cer")).value_or(QByteArray());
    bundle.contentType = reader.string(QLatin1String("contentType"));
    bundle.attributes = CertificateAttributes::fromJson(
        reader.object(QLatin1String("attributes")).value_or(QJsonObject()));
    bundle.tags = tagsFromJson(reader.take(QLatin1String("tags")));
    if (const auto policy = reader.object(QLatin1String("policy")))
        bundle.policy = CertificatePolicy::fromJson(*policy);
    const auto pending = reader.object(QLatin1String("pending"));
    json::ObjectReader pendingReader(pending.value_or(QJsonObject()));
    bundle.pendingId = pendingReader.string(QLatin1String("id"));
    bundle.extra = reader.rest();
    json::keepResidual(bundle.extra, QLatin1String("pending"), pending, pendingReader.rest());
    return bundle;
}

QJsonObject CertificateBundle::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("id"), id);
    json::putNonEmpty(json, QLatin1String("kid"), kid);
    json::putNonEmpty(json, QLatin1String("sid"), sid);
    json::putNonEmpty(json, QLatin1String("x5t"), x5t);
    json::putNonEmpty(json, QLatin1String("cer"), cer);
    json::put(json, QLatin1String("contentType"), contentType);
    json.insert(QLatin1String("attributes"), attributes.toJson());
    if (tags)
        json.insert(QLatin1String("tags"), tagsToJson(*tags));
    if (policy)
        json.insert(QLatin1String("policy"), policy->toJson());
    QJsonObject pending;
    json::put(pending, QLatin1String("id"), pendingId);
    json::putNested(json, QLatin1String("pending"), pending);
    return json;
}

QString CertificateBundle::name() const {
    return ObjectIdentifier::parse(id).name;
}

QString CertificateBundle::version() const {
    return ObjectIdentifier::parse(id).version;
}

DeletedCertificateBundle DeletedCertificateBundle::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    DeletedCertificateBundle deleted;
    deleted.recoveryId = reader.string(QLatin1String("recoveryId"));
    deleted.deletedDate = reader.int64(QLatin1String("deletedDate"));
    deleted.scheduledPurgeDate = reader.int64(QLatin1String("scheduledPurgeDate"));
    deleted.bundle = CertificateBundle::fromJson(reader.rest());
    return deleted;
}

QJsonObject DeletedCertificateBundle::toJson() const {
    QJsonObject json = bundle.toJson();
    json::put(json, QLatin1String("recoveryId"), recoveryId);
    json::put(json, QLatin1String("deletedDate"), deletedDate);
    json::put(json, QLatin1String("scheduledPurgeDate"), scheduledPurgeDate);
    return json;
}

} // namespace certdeck::vault
