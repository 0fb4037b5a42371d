#include "contacts.h"

#include "json_fields.h"

#include <QJsonArray>

namespace certdeck::vault {

namespace {

// Contact and Contacts have no `extra`: unknown members are not kept.
Contact contactFromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    Contact contact;
    contact.email = reader.string(QLatin1String("email"));
    contact.name = reader.string(QLatin1String("name"));
    contact.phone = reader.string(QLatin1String("phone"));
    return contact;
}

QJsonObject contactToJson(const Contact &contact) {
    QJsonObject json;
    json::put(json, QLatin1String("email"), contact.email);
    json::put(json, QLatin1String("name"), contact.name);
    json::put(json, QLatin1String("phone"), contact.phone);
    return json;
}

} // namespace

Contacts Contacts::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    Contacts contacts;
    contacts.id = reader.stringOrEmpty(QLatin1String("id"));
    for (const QJsonValue &element :
         reader.array(QLatin1String("contacts")).value_or(QJsonArray())) {
        if (element.isObject())
            contacts.contacts.append(contactFromJson(element.toObject()));
    }
    return contacts;
}

QJsonObject Contacts::toJson() const {
    QJsonObject json;
    json::putNonEmpty(json, QLatin1String("id"), id);
    QJsonArray array;
    for (const Contact &contact : contacts)
        array.append(contactToJson(contact));
    json.insert(QLatin1String("contacts"), array);
    return json;
}

} // namespace certdeck::vault
