#include "apim_backend.h"

#include "apim_resource.h"
#include "json_fields.h"

namespace certdeck::vault {

QString certificateIdName(const QString &certificateId) {
    const QLatin1String marker("certificates/");
    const qsizetype at = certificateId.lastIndexOf(marker, -1, Qt::CaseInsensitive);
    return at < 0 ? certificateId : certificateId.mid(at + marker.size());
}

bool ApimBackend::usesCertificate(const QString &certificateId) const {
    const QString wanted = certificateIdName(certificateId);
    for (const QString &id : certificateIds.value_or(QStringList())) {
        if (certificateIdName(id).compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

void readTls(ApimBackend &backend, json::ObjectReader &properties) {
    const auto tls = properties.object(QLatin1String("tls"));
    json::ObjectReader reader(tls.value_or(QJsonObject()));
    backend.validateCertificateChain = reader.boolean(QLatin1String("validateCertificateChain"));
    backend.validateCertificateName = reader.boolean(QLatin1String("validateCertificateName"));
    json::keepResidual(backend.extraProperties, QLatin1String("tls"), tls, reader.rest());
}

void readCredentials(ApimBackend &backend, json::ObjectReader &properties) {
    const auto credentials = properties.object(QLatin1String("credentials"));
    json::ObjectReader reader(credentials.value_or(QJsonObject()));
    backend.certificateIds = reader.stringList(QLatin1String("certificateIds"));
    json::keepResidual(backend.extraProperties, QLatin1String("credentials"), credentials,
                       reader.rest());
}

} // namespace

ApimBackend ApimBackend::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    ApimBackend backend;
    const json::ResourceHeader header = json::readResourceHeader(reader);
    backend.id = header.id;
    backend.name = header.name;
    backend.type = header.type;
    json::ObjectReader properties(
        reader.object(QLatin1String("properties")).value_or(QJsonObject()));
    backend.url = properties.stringOrEmpty(QLatin1String("url"));
    backend.protocol = properties.stringOrEmpty(QLatin1String("protocol"));
    backend.title = properties.stringOrEmpty(QLatin1String("title"));
    backend.description = properties.stringOrEmpty(QLatin1String("description"));
    readTls(backend, properties);
    readCredentials(backend, properties);
    backend.extraProperties = json::mergeObjects(properties.rest(), backend.extraProperties);
    backend.extra = reader.rest();
    return backend;
}

QJsonObject ApimBackend::toJson() const {
    QJsonObject json = extra;
    json::putResourceHeader(json, {id, name, type});
    QJsonObject properties = extraProperties;
    json::putNonEmpty(properties, QLatin1String("url"), url);
    json::putNonEmpty(properties, QLatin1String("protocol"), protocol);
    json::putNonEmpty(properties, QLatin1String("title"), title);
    json::putNonEmpty(properties, QLatin1String("description"), description);
    QJsonObject tls;
    json::put(tls, QLatin1String("validateCertificateChain"), validateCertificateChain);
    json::put(tls, QLatin1String("validateCertificateName"), validateCertificateName);
    json::putNested(properties, QLatin1String("tls"), tls);
    QJsonObject credentials;
    json::put(credentials, QLatin1String("certificateIds"), certificateIds);
    json::putNested(properties, QLatin1String("credentials"), credentials);
    json.insert(QLatin1String("properties"), properties);
    return json;
}

} // namespace certdeck::vault
