// Demo content of the local API Management (with --demo): a self-signed client certificate,
// a back end that presents it with chain validation on (seed 002's 500 when called through the
// gateway), a back end without certificate, and two APIs. Created through the service's own
// routes so that the demo data is exactly what a client could have made.
#include "local_vault_server.h"

#include "apim_api.h"
#include "certificate_signer.h"
#include "pkcs12.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace certdeck::localvault {

namespace {

std::optional<QString> selfSignedPfx() {
    auto key = crypto::PrivateKey::generate({crypto::KeyType::Ec, 256, crypto::EcCurve::P256});
    if (!key)
        return std::nullopt;
    crypto::RequestSpec subject;
    subject.subject = QStringLiteral("CN=apim-backend-client, O=Contoso Ltd");
    subject.extendedKeyUsages = {QStringLiteral("1.3.6.1.5.5.7.3.2")};
    subject.keyUsages = {QStringLiteral("digitalSignature")};
    crypto::IssueSpec validity;
    validity.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    validity.notAfter = validity.notBefore.addYears(1);
    auto certificate = crypto::selfSign(*key, subject, validity);
    if (!certificate)
        return std::nullopt;
    auto pfx = crypto::writePkcs12({*key, *certificate, {}, QString()}, QByteArray());
    return pfx ? std::optional(QString::fromLatin1(pfx->toBase64())) : std::nullopt;
}

} // namespace

bool seedDemoApiManagement(ApiManagementService &apim, VaultStore &store, const QString &service,
                           QString *error) {
    if (!store.apimEntities(service, QStringLiteral("api")).isEmpty())
        return true; // seeded before
    const auto pfx = selfSignedPfx();
    const QString root = apim.serviceResourceId(service);
    const auto put = [&](const QString &path, const QJsonObject &body) {
        LocalRequest request;
        request.method = "PUT";
        request.url = QUrl(QStringLiteral("https://localhost") + root + path +
                           QStringLiteral("?api-version=2024-05-01"));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const LocalResponse response = apim.handle(request);
        if (response.status >= 300)
            *error = QStringLiteral("Demo API Management %1: %2")
                         .arg(path, QString::fromUtf8(response.body));
        return response.status < 300;
    };
    const auto properties = [](QJsonObject object) {
        return QJsonObject{{QStringLiteral("properties"), object}};
    };
    const QJsonObject chainOn{{QStringLiteral("validateCertificateChain"), true},
                              {QStringLiteral("validateCertificateName"), true}};
    return pfx &&
           put(QStringLiteral("/certificates/backend-client"),
               properties(
                   {{QStringLiteral("data"), *pfx}, {QStringLiteral("password"), QString()}})) &&
           put(QStringLiteral("/backends/orders-backend"),
               properties(
                   {{QStringLiteral("url"), QStringLiteral("https://orders.contoso.internal/api")},
                    {QStringLiteral("protocol"), QStringLiteral("http")},
                    {QStringLiteral("title"), QStringLiteral("Orders (mutual TLS)")},
                    {QStringLiteral("tls"), chainOn},
                    {QStringLiteral("credentials"),
                     QJsonObject{
                         {QStringLiteral("certificateIds"),
                          QJsonArray{QStringLiteral("/certificates/backend-client")}}}}})) &&
           put(QStringLiteral("/backends/catalog-backend"),
               properties({{QStringLiteral("url"), QStringLiteral("https://catalog.contoso.com")},
                           {QStringLiteral("protocol"), QStringLiteral("http")}})) &&
           put(QStringLiteral("/apis/orders"),
               properties({{QStringLiteral("displayName"), QStringLiteral("Orders")},
                           {QStringLiteral("path"), QStringLiteral("orders")},
                           {QStringLiteral("serviceUrl"),
                            QStringLiteral("https://orders.contoso.internal/api")}})) &&
           put(QStringLiteral("/apis/orders/policies/policy"),
               properties({{QStringLiteral("format"), QStringLiteral("xml")},
                           {QStringLiteral("value"),
                            vault::policyUsingBackend(QStringLiteral("orders-backend"))}})) &&
           put(QStringLiteral("/apis/catalog"),
               properties({{QStringLiteral("displayName"), QStringLiteral("Catalog")},
                           {QStringLiteral("path"), QStringLiteral("catalog")},
                           {QStringLiteral("serviceUrl"),
                            QStringLiteral("https://catalog.contoso.com")}}));
}

} // namespace certdeck::localvault
