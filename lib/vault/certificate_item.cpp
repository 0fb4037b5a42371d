#include "certificate_item.h"

#include "json_fields.h"
#include "json_support.h"

namespace certdeck::vault {

CertificateItem CertificateItem::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    CertificateItem item;
    item.id = reader.stringOrEmpty(QLatin1String("id"));
    item.x5t = reader.stringOrEmpty(QLatin1String("x5t"));
    item.attributes = CertificateAttributes::fromJson(
        reader.object(QLatin1String("attributes")).value_or(QJsonObject()));
    item.tags = tagsFromJson(reader.take(QLatin1String("tags")));
    item.subject = reader.string(QLatin1String("subject"));
    item.recoveryId = reader.string(QLatin1String("recoveryId"));
    item.deletedDate = reader.int64(QLatin1String("deletedDate"));
    item.scheduledPurgeDate = reader.int64(QLatin1String("scheduledPurgeDate"));
    item.extra = reader.rest();
    return item;
}

QJsonObject CertificateItem::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("id"), id);
    json::putNonEmpty(json, QLatin1String("x5t"), x5t);
    json.insert(QLatin1String("attributes"), attributes.toJson());
    if (tags)
        json.insert(QLatin1String("tags"), tagsToJson(*tags));
    json::put(json, QLatin1String("subject"), subject);
    json::put(json, QLatin1String("recoveryId"), recoveryId);
    json::put(json, QLatin1String("deletedDate"), deletedDate);
    json::put(json, QLatin1String("scheduledPurgeDate"), scheduledPurgeDate);
    return json;
}

QString CertificateItem::name() const {
    return ObjectIdentifier::parse(id).name;
}

QString CertificateItem::version() const {
    return ObjectIdentifier::parse(id).version;
}

ListPage<CertificateItem> certificateListFromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    ListPage<CertificateItem> page;
    page.value = json::listOf<CertificateItem>(reader.array(QLatin1String("value")))
                     .value_or(QList<CertificateItem>());
    page.nextLink = reader.stringOrEmpty(QLatin1String("nextLink"));
    return page;
}

QJsonObject certificateListToJson(const ListPage<CertificateItem> &page) {
    // The service ends paging with "nextLink": null.
    const QJsonValue nextLink =
        page.nextLink.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextLink);
    return QJsonObject{{QLatin1String("value"), json::arrayOf(page.value)},
                       {QLatin1String("nextLink"), nextLink}};
}

} // namespace certdeck::vault
