#include "apim_resource.h"

namespace certdeck::vault::json {

ResourceHeader readResourceHeader(ObjectReader &reader) {
    ResourceHeader header;
    header.id = reader.stringOrEmpty(QLatin1String("id"));
    header.name = reader.stringOrEmpty(QLatin1String("name"));
    header.type = reader.stringOrEmpty(QLatin1String("type"));
    return header;
}

void putResourceHeader(QJsonObject &json, const ResourceHeader &header) {
    putNonEmpty(json, QLatin1String("id"), header.id);
    putNonEmpty(json, QLatin1String("name"), header.name);
    putNonEmpty(json, QLatin1String("type"), header.type);
}

} // namespace certdeck::vault::json
