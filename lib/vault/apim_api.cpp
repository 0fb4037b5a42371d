#include "apim_api.h"

#include "apim_resource.h"
#include "json_fields.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace certdeck::vault {

ApimApi ApimApi::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    ApimApi api;
    const json::ResourceHeader header = json::readResourceHeader(reader);
    api.id = header.id;
    api.name = header.name;
    api.type = header.type;
    json::ObjectReader properties(
        reader.object(QLatin1String("properties")).value_or(QJsonObject()));
    api.displayName = properties.stringOrEmpty(QLatin1String("displayName"));
    api.path = properties.stringOrEmpty(QLatin1String("path"));
    api.serviceUrl = properties.stringOrEmpty(QLatin1String("serviceUrl"));
    api.extraProperties = properties.rest();
    api.extra = reader.rest();
    return api;
}

QJsonObject ApimApi::toJson() const {
    QJsonObject json = extra;
    json::putResourceHeader(json, {id, name, type});
    QJsonObject properties = extraProperties;
    json::putNonEmpty(properties, QLatin1String("displayName"), displayName);
    // path is required and may legitimately be "" (an API at the gateway's root).
    properties.insert(QLatin1String("path"), path);
    json::putNonEmpty(properties, QLatin1String("serviceUrl"), serviceUrl);
    json.insert(QLatin1String("properties"), properties);
    return json;
}

std::optional<QString> backendIdFromPolicy(const QString &policyXml) {
    QXmlStreamReader xml(policyXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("set-backend-service"))
            continue;
        const QString id = xml.attributes().value(QLatin1String("backend-id")).toString();
        if (!id.isEmpty())
            return id;
    }
    return std::nullopt;
}

QString policyUsingBackend(const QString &backendId) {
    QString text;
    QXmlStreamWriter xml(&text); // escapes the id; never assembled by hand
    xml.writeStartElement(QStringLiteral("policies"));
    xml.writeStartElement(QStringLiteral("inbound"));
    xml.writeEmptyElement(QStringLiteral("base"));
    xml.writeEmptyElement(QStringLiteral("set-backend-service"));
    xml.writeAttribute(QStringLiteral("backend-id"), backendId);
    xml.writeEndElement();
    for (const char *section : {"backend", "outbound", "on-error"}) {
        xml.writeStartElement(QString::fromLatin1(section));
        xml.writeEmptyElement(QStringLiteral("base"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return text;
}

} // namespace certdeck::vault
