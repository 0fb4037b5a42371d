#pragma once

#include "certificate_attributes.h"
#include "certificate_bundle.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace certdeck::vault {

// GET /secrets/{name}/{version}: for a certificate, value is base64 PFX or PEM text.
struct SecretBundle {
    QString id;
    QString value;
    std::optional<QString> contentType;
    std::optional<QString> kid;
    std::optional<bool> managed;
    CertificateAttributes attributes;
    std::optional<Tags> tags;
    QJsonObject extra;

    static SecretBundle fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const SecretBundle &) const = default;
};

} // namespace certdeck::vault
