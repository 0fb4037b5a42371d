#include "json_support.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace certdeck::vault {

Result<QJsonObject, QString> parseJsonObject(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("invalid JSON at offset %1: %2")
                        .arg(error.offset)
                        .arg(error.errorString()));
    }
    if (!document.isObject())
        return fail(QStringLiteral("expected a JSON object"));
    return document.object();
}

namespace {

// Sub-resources that sit where a version would: …/certificates/{name}/pending, …/policy.
bool isSubResource(const QString &segment) {
    return segment == QLatin1String("pending") || segment == QLatin1String("policy");
}

} // namespace

ObjectIdentifier ObjectIdentifier::parse(const QString &id) {
    const QUrl url(id, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    ObjectIdentifier identifier;
    identifier.vaultUrl = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                                       QUrl::RemoveFragment)
                              .toString();
    const QStringList segments =
        url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    identifier.collection = segments.value(0);
    identifier.name = segments.value(1);
    const QString third = segments.value(2);
    if (!isSubResource(third))
        identifier.version = third;
    return identifier;
}

} // namespace certdeck::vault
