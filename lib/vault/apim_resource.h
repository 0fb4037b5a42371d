#pragma once

// Internal to lib/vault: the id/name/type header every APIM (ARM proxy) resource carries.

#include "json_fields.h"

namespace certdeck::vault::json {

struct ResourceHeader {
    QString id;
    QString name;
    QString type;
    bool operator==(const ResourceHeader &) const = default;
};

ResourceHeader readResourceHeader(ObjectReader &reader);
void putResourceHeader(QJsonObject &json, const ResourceHeader &header);

} // namespace certdeck::vault::json
