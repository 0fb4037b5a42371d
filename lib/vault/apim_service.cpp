#include "apim_service.h"

#include "apim_resource.h"
#include "json_fields.h"

namespace certdeck::vault {

// --- identity ------------------------------------------------------------------------------

bool ApimServiceIdentity::hasSystemAssigned() const {
    return type.contains(QLatin1String("SystemAssigned"), Qt::CaseInsensitive);
}

ApimServiceIdentity ApimServiceIdentity::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    ApimServiceIdentity identity;
    identity.type = reader.stringOrEmpty(QLatin1String("type"));
    identity.principalId = reader.stringOrEmpty(QLatin1String("principalId"));
    identity.tenantId = reader.stringOrEmpty(QLatin1String("tenantId"));
    identity.userAssignedIdentities = reader.object(QLatin1String("userAssignedIdentities"));
    identity.extra = reader.rest();
    return identity;
}

QJsonObject ApimServiceIdentity::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("type"), type);
    json::putNonEmpty(json, QLatin1String("principalId"), principalId);
    json::putNonEmpty(json, QLatin1String("tenantId"), tenantId);
    if (userAssignedIdentities)
        json.insert(QLatin1String("userAssignedIdentities"), *userAssignedIdentities);
    return json;
}

// --- hostname configuration ----------------------------------------------------------------

HostnameCertificateInformation HostnameCertificateInformation::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    HostnameCertificateInformation info;
    info.expiry = reader.stringOrEmpty(QLatin1String("expiry"));
    info.thumbprint = reader.stringOrEmpty(QLatin1String("thumbprint"));
    info.subject = reader.stringOrEmpty(QLatin1String("subject"));
    info.extra = reader.rest();
    return info;
}

QJsonObject HostnameCertificateInformation::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("expiry"), expiry);
    json::putNonEmpty(json, QLatin1String("thumbprint"), thumbprint);
    json::putNonEmpty(json, QLatin1String("subject"), subject);
    return json;
}

HostnameConfiguration HostnameConfiguration::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    HostnameConfiguration host;
    host.type = reader.stringOrEmpty(QLatin1String("type"));
    host.hostName = reader.stringOrEmpty(QLatin1String("hostName"));
    host.keyVaultId = reader.stringOrEmpty(QLatin1String("keyVaultId"));
    host.identityClientId = reader.stringOrEmpty(QLatin1String("identityClientId"));
    host.certificateSource = reader.stringOrEmpty(QLatin1String("certificateSource"));
    host.certificateStatus = reader.stringOrEmpty(QLatin1String("certificateStatus"));
    host.negotiateClientCertificate = reader.boolean(QLatin1String("negotiateClientCertificate"));
    host.defaultSslBinding = reader.boolean(QLatin1String("defaultSslBinding"));
    if (auto certificate = reader.object(QLatin1String("certificate")))
        host.certificate = HostnameCertificateInformation::fromJson(*certificate);
    host.extra = reader.rest();
    return host;
}

QJsonObject HostnameConfiguration::toJson() const {
    QJsonObject json = extra;
    json::putNonEmpty(json, QLatin1String("type"), type);
    json::putNonEmpty(json, QLatin1String("hostName"), hostName);
    json::putNonEmpty(json, QLatin1String("keyVaultId"), keyVaultId);
    json::putNonEmpty(json, QLatin1String("identityClientId"), identityClientId);
    json::putNonEmpty(json, QLatin1String("certificateSource"), certificateSource);
    json::putNonEmpty(json, QLatin1String("certificateStatus"), certificateStatus);
    json::put(json, QLatin1String("negotiateClientCertificate"), negotiateClientCertificate);
    json::put(json, QLatin1String("defaultSslBinding"), defaultSslBinding);
    if (certificate)
        json.insert(QLatin1String("certificate"), certificate->toJson());
    return json;
}

// --- service -------------------------------------------------------------------------------

namespace {

void readServiceProperties(ApimService &service, const QJsonObject &properties) {
    json::ObjectReader reader(properties);
    service.gatewayUrl = reader.stringOrEmpty(QLatin1String("gatewayUrl"));
    service.hostnameConfigurations =
        json::listOf<HostnameConfiguration>(reader.array(QLatin1String("hostnameConfigurations")));
    service.extraProperties = reader.rest();
}

void readSku(ApimService &service, json::ObjectReader &reader) {
    const auto sku = reader.object(QLatin1String("sku"));
    json::ObjectReader skuReader(sku.value_or(QJsonObject()));
    service.skuName = skuReader.stringOrEmpty(QLatin1String("name"));
    service.skuCapacity = skuReader.int32(QLatin1String("capacity"));
    json::keepResidual(service.extra, QLatin1String("sku"), sku, skuReader.rest());
}

} // namespace

ApimService ApimService::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    ApimService service;
    const json::ResourceHeader header = json::readResourceHeader(reader);
    service.id = header.id;
    service.name = header.name;
    service.type = header.type;
    service.location = reader.stringOrEmpty(QLatin1String("location"));
    if (auto identity = reader.object(QLatin1String("identity")))
        service.identity = ApimServiceIdentity::fromJson(*identity);
    readServiceProperties(service,
                          reader.object(QLatin1String("properties")).value_or(QJsonObject()));
    readSku(service, reader);
    service.extra = json::mergeObjects(reader.rest(), service.extra);
    return service;
}

QJsonObject ApimService::toJson() const {
    QJsonObject json = extra;
    json::putResourceHeader(json, {id, name, type});
    json::putNonEmpty(json, QLatin1String("location"), location);
    QJsonObject sku;
    json::putNonEmpty(sku, QLatin1String("name"), skuName);
    json::put(sku, QLatin1String("capacity"), skuCapacity);
    json::putNested(json, QLatin1String("sku"), sku);
    if (identity)
        json.insert(QLatin1String("identity"), identity->toJson());
    QJsonObject properties = extraProperties;
    json::putNonEmpty(properties, QLatin1String("gatewayUrl"), gatewayUrl);
    if (hostnameConfigurations)
        properties.insert(QLatin1String("hostnameConfigurations"),
                          json::arrayOf(*hostnameConfigurations));
    if (!properties.isEmpty())
        json.insert(QLatin1String("properties"), properties);
    return json;
}

} // namespace certdeck::vault
