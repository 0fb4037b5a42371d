#include "issuer_bundle.h"

#include "json_fields.h"

#include <QJsonArray>
#include <QUrl>

namespace certdeck::vault {

namespace {

// AdministratorDetails has no `extra`: unknown members of an admin entry are not kept.
AdministratorDetails administratorFromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    AdministratorDetails admin;
    admin.firstName = reader.string(QLatin1String("first_name"));
    admin.lastName = reader.string(QLatin1String("last_name"));
    admin.email = reader.string(QLatin1String("email"));
    admin.phone = reader.string(QLatin1String("phone"));
    return admin;
}

QJsonObject administratorToJson(const AdministratorDetails &admin) {
    QJsonObject json;
    json::put(json, QLatin1String("first_name"), admin.firstName);
    json::put(json, QLatin1String("last_name"), admin.lastName);
    json::put(json, QLatin1String("email"), admin.email);
    json::put(json, QLatin1String("phone"), admin.phone);
    return json;
}

std::optional<QList<AdministratorDetails>>
administratorsFromJson(const std::optional<QJsonArray> &array) {
    if (!array)
        return std::nullopt;
    QList<AdministratorDetails> admins;
    for (const QJsonValue &element : *array) {
        if (element.isObject())
            admins.append(administratorFromJson(element.toObject()));
    }
    return admins;
}

QJsonArray administratorsToJson(const QList<AdministratorDetails> &admins) {
    QJsonArray array;
    for (const AdministratorDetails &admin : admins)
        array.append(administratorToJson(admin));
    return array;
}

void readCredentials(IssuerBundle &issuer, const std::optional<QJsonObject> &credentials) {
    json::ObjectReader nested(credentials.value_or(QJsonObject()));
    issuer.accountId = nested.string(QLatin1String("account_id"));
    issuer.password = nested.string(QLatin1String("pwd"));
    json::keepResidual(issuer.extra, QLatin1String("credentials"), credentials, nested.rest());
}

void readOrganization(IssuerBundle &issuer, const std::optional<QJsonObject> &organization) {
    json::ObjectReader nested(organization.value_or(QJsonObject()));
    issuer.organizationId = nested.string(QLatin1String("id"));
    issuer.administrators = administratorsFromJson(nested.array(QLatin1String("admin_details")));
    json::keepResidual(issuer.extra, QLatin1String("org_details"), organization, nested.rest());
}

void readAttributes(IssuerBundle &issuer, const std::optional<QJsonObject> &attributes) {
    json::ObjectReader nested(attributes.value_or(QJsonObject()));
    issuer.enabled = nested.boolean(QLatin1String("enabled"));
    issuer.created = nested.int64(QLatin1String("created"));
    issuer.updated = nested.int64(QLatin1String("updated"));
    json::keepResidual(issuer.extra, QLatin1String("attributes"), attributes, nested.rest());
}

void writeCredentials(QJsonObject &json, const IssuerBundle &issuer) {
    QJsonObject credentials;
    json::put(credentials, QLatin1String("account_id"), issuer.accountId);
    json::putNested(json, QLatin1String("credentials"), credentials);
    // "pwd" is write-only on the service: never serialised, even if a caller put it in extra.
    if (json.value(QLatin1String("credentials")).isObject()) {
        QJsonObject written = json.value(QLatin1String("credentials")).toObject();
        written.remove(QLatin1String("pwd"));
        json.insert(QLatin1String("credentials"), written);
    }
}

void writeOrganization(QJsonObject &json, const IssuerBundle &issuer) {
    QJsonObject organization;
    json::put(organization, QLatin1String("id"), issuer.organizationId);
    if (issuer.administrators) {
        organization.insert(QLatin1String("admin_details"),
                            administratorsToJson(*issuer.administrators));
    }
    json::putNested(json, QLatin1String("org_details"), organization);
}

void writeAttributes(QJsonObject &json, const IssuerBundle &issuer) {
    QJsonObject attributes;
    json::put(attributes, QLatin1String("enabled"), issuer.enabled);
    json::put(attributes, QLatin1String("created"), issuer.created);
    json::put(attributes, QLatin1String("updated"), issuer.updated);
    json::putNested(json, QLatin1String("attributes"), attributes);
}

} // namespace

IssuerBundle IssuerBundle::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    IssuerBundle issuer;
    issuer.id = reader.stringOrEmpty(QLatin1String("id"));
    issuer.provider = reader.string(QLatin1String("provider"));
    const auto credentials = reader.object(QLatin1String("credentials"));
    const auto organization = reader.object(QLatin1String("org_details"));
    const auto attributes = reader.object(QLatin1String("attributes"));
    issuer.extra = reader.rest(); // the nested readers add their residuals to it
    readCredentials(issuer, credentials);
    readOrganization(issuer, organization);
    readAttributes(issuer, attributes);
    return issuer;
}

QJsonObject IssuerBundle::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("id"), id);
    json::put(json, QLatin1String("provider"), provider);
    writeCredentials(json, *this);
    writeOrganization(json, *this);
    writeAttributes(json, *this);
    return json;
}

QJsonObject IssuerBundle::toItemJson() const {
    QJsonObject json{{QLatin1String("id"), id}};
    json::put(json, QLatin1String("provider"), provider);
    return json;
}

QString IssuerBundle::name() const {
    const QUrl url(id);
    return url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts).value(2);
}

IssuerBundle IssuerBundle::mergedWith(const IssuerBundle &patch) const {
    using json::patchMember;
    IssuerBundle merged = *this;
    if (!patch.id.isEmpty())
        merged.id = patch.id;
    patchMember(merged.provider, patch.provider);
    patchMember(merged.accountId, patch.accountId);
    patchMember(merged.password, patch.password);
    patchMember(merged.organizationId, patch.organizationId);
    patchMember(merged.administrators, patch.administrators); // lists replace whole
    patchMember(merged.enabled, patch.enabled);
    patchMember(merged.created, patch.created);
    patchMember(merged.updated, patch.updated);
    merged.extra = json::mergeObjects(merged.extra, patch.extra);
    return merged;
}

} // namespace certdeck::vault
