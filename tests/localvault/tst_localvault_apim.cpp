// The local API Management served beside the local vault (demo data = the state of seed 000):
// certificate uploads, deletes refused while a back end uses the certificate, the seed-000
// hostname failure and its fix, the identity, the seed-002 500 through the gateway, paging,
// persistence across a restart, and ARM authorization.
#include "local_vault_fixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using lvtest::KeyAndCertificate;

class TestLocalVaultApim : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoServiceIsSeed000();
    void armRoutesNeedAToken();
    void uploadWithWrongPasswordOrNotPfxIsRejected();
    void uploadReturnsSubjectThumbprintAndExpiry();
    void backendWithMissingCertificateIsRejected();
    void deleteInUseIsRefusedUntilDetached();
    void hostnameFromKeyVaultFailsThenSucceedsWithThePolicy();
    void turningOnTheIdentityCreatesAPrincipal();
    void gatewayCallFailsOnSelfSignedChainUntilValidationIsOff();
    void certificatesArePaged();
    void stateSurvivesARestart();

private:
    HttpResult arm(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withToken = true);
    HttpResult armUrl(const QByteArray &method, const QUrl &url);
    HttpResult upload(const QString &id, const KeyAndCertificate &material,
                      const QByteArray &pfxPassword, const QString &sentPassword);
    HttpResult patchHostname(const QString &secretName);
    HttpResult finish(const HttpResult &accepted, QJsonObject *statusDocument);
    HttpResult grantSecretsGet(const QString &objectId);
    QString service() const {
        return m_fixture->connection().value(QStringLiteral("apimResourceId")).toString();
    }
    QString principalId();

    std::unique_ptr<LocalVaultFixture> m_fixture;
    std::optional<KeyAndCertificate> m_material;
};

void TestLocalVaultApim::initTestCase() {
    m_fixture = std::make_unique<LocalVaultFixture>(1500, true);
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    QVERIFY(!service().isEmpty());
    m_material = lvtest::makeSelfSigned(QStringLiteral("CN=apim-client.contoso.com"));
}

void TestLocalVaultApim::cleanupTestCase() {
    m_fixture.reset();
}

HttpResult TestLocalVaultApim::arm(const QByteArray &method, const QString &path,
                                   const QJsonObject &body,
                                   const QList<QPair<QByteArray, QByteArray>> &extra,
                                   bool withToken) {
    QString base = m_fixture->connection().value(QStringLiteral("armBaseUrl")).toString();
    base.chop(1);
    QUrl url(base + path);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2024-05-01"));
    url.setQuery(query);
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (withToken)
        headers.append(
            {"Authorization",
             "Bearer " + m_fixture
                             ->token(QStringLiteral("admin"),
                                     QStringLiteral("https://management.azure.com/.default"))
                             .toLatin1()});
    headers += extra;
    return m_fixture->raw(method, url,
                          body.isEmpty() ? QByteArray()
                                         : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          headers);
}

HttpResult TestLocalVaultApim::armUrl(const QByteArray &method, const QUrl &url) {
    return m_fixture->raw(
        method, url, {},
        {{"Authorization",
          "Bearer " + m_fixture
                          ->token(QStringLiteral("admin"),
                                  QStringLiteral("https://management.azure.com/.default"))
                          .toLatin1()}});
}

HttpResult TestLocalVaultApim::upload(const QString &id, const KeyAndCertificate &material,
                                      const QByteArray &pfxPassword, const QString &sentPassword) {
    const QJsonObject properties{{QStringLiteral("data"), lvtest::pfxBase64(material, pfxPassword)},
                                 {QStringLiteral("password"), sentPassword}};
    return arm("PUT", service() + QStringLiteral("/certificates/") + id,
               {{QStringLiteral("properties"), properties}});
}

QString TestLocalVaultApim::principalId() {
    return arm("GET", service())
        .json.value(QStringLiteral("identity"))
        .toObject()
        .value(QStringLiteral("principalId"))
        .toString();
}

HttpResult TestLocalVaultApim::patchHostname(const QString &secretName) {
    const QJsonObject host{{QStringLiteral("type"), QStringLiteral("Proxy")},
                           {QStringLiteral("hostName"), QStringLiteral("api.contoso.com")},
                           {QStringLiteral("keyVaultId"),
                            m_fixture->vaultUrl() + QStringLiteral("/secrets/") + secretName}};
    const QJsonObject body{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("hostnameConfigurations"), QJsonArray{host}}}}};
    return arm("PATCH", service(), body);
}

// Polls Azure-AsyncOperation until the operation ends (bounded), then reads the Location form.
HttpResult TestLocalVaultApim::finish(const HttpResult &accepted, QJsonObject *statusDocument) {
    const QUrl status(QString::fromLatin1(accepted.header("Azure-AsyncOperation")));
    for (int poll = 0; poll < 5; ++poll) {
        *statusDocument = armUrl("GET", status).json;
        if (statusDocument->value(QStringLiteral("status")) != QLatin1String("InProgress"))
            break;
    }
    return armUrl("GET", QUrl(QString::fromLatin1(accepted.header("Location"))));
}

HttpResult TestLocalVaultApim::grantSecretsGet(const QString &objectId) {
    const QJsonObject entry{
        {QStringLiteral("tenantId"),
         m_fixture->connection().value(QStringLiteral("tenantId")).toString()},
        {QStringLiteral("objectId"), objectId},
        {QStringLiteral("permissions"),
         QJsonObject{{QStringLiteral("secrets"), QJsonArray{QStringLiteral("get")}}}}};
    return arm("PUT",
               m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString() +
                   QStringLiteral("/accessPolicies/add"),
               {{QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{entry}}}}});
}

void TestLocalVaultApim::demoServiceIsSeed000() {
    const HttpResult got = arm("GET", service());
    QCOMPARE(got.status, 200);
    const QJsonObject identity = got.json.value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("type")).toString(), QStringLiteral("SystemAssigned"));
    QCOMPARE(identity.value(QStringLiteral("principalId")).toString(),
             QString::fromLatin1(
                 m_fixture->server()->store().setting(QStringLiteral("demo.apimObjectId"))));
    const QJsonArray hosts = got.json.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("hostnameConfigurations"))
                                 .toArray();
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts[0].toObject().value(QStringLiteral("hostName")).toString(),
             QStringLiteral("apim-contoso.azure-api.net"));
    QCOMPARE(hosts[0].toObject().value(QStringLiteral("certificateSource")).toString(),
             QStringLiteral("BuiltIn"));
    const QString subscription =
        m_fixture->connection().value(QStringLiteral("subscriptionId")).toString();
    const HttpResult list =
        arm("GET", QStringLiteral("/subscriptions/%1/providers/Microsoft.ApiManagement/service")
                       .arg(subscription));
    QCOMPARE(list.json.value(QStringLiteral("value")).toArray().size(), 1);
}

void TestLocalVaultApim::armRoutesNeedAToken() {
    const HttpResult anonymous = arm("GET", service(), {}, {}, false);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.errorCode(), QStringLiteral("AuthenticationFailed"));
}

void TestLocalVaultApim::uploadWithWrongPasswordOrNotPfxIsRejected() {
    const HttpResult wrong =
        upload(QStringLiteral("wrong-pw"), *m_material, "right", QStringLiteral("wrong"));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorCode(), QStringLiteral("ValidationError"));
    const QJsonObject detail = wrong.json.value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("details"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(detail.value(QStringLiteral("target")).toString(), QStringLiteral("password"));
    const QJsonObject notPfx{{QStringLiteral("data"), QStringLiteral("aGVsbG8gd29ybGQ=")},
                             {QStringLiteral("password"), QString()}};
    const HttpResult garbage = arm("PUT", service() + QStringLiteral("/certificates/garbage"),
                                   {{QStringLiteral("properties"), notPfx}});
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.errorCode(), QStringLiteral("ValidationError"));
    QCOMPARE(arm("GET", service() + QStringLiteral("/certificates/wrong-pw")).status, 404);
}

void TestLocalVaultApim::uploadReturnsSubjectThumbprintAndExpiry() {
    const HttpResult created =
        upload(QStringLiteral("client-a"), *m_material, "pw", QStringLiteral("pw"));
    QCOMPARE(created.status, 201);
    QVERIFY(!created.header("ETag").isEmpty());
    const QJsonObject properties = created.json.value(QStringLiteral("properties")).toObject();
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash(m_material->certificate.der(), QCryptographicHash::Sha1)
            .toHex()
            .toUpper());
    QCOMPARE(properties.value(QStringLiteral("thumbprint")).toString(), expected);
    QVERIFY(properties.value(QStringLiteral("subject"))
                .toString()
                .contains(QStringLiteral("CN=apim-client.contoso.com")));
    QCOMPARE(QDateTime::fromString(properties.value(QStringLiteral("expirationDate")).toString(),
                                   Qt::ISODate),
             m_material->certificate.notAfter());
    QVERIFY(!properties.contains(QStringLiteral("password")));
    QVERIFY(!properties.contains(QStringLiteral("data")));
    const HttpResult replaced =
        upload(QStringLiteral("client-a"), *m_material, "pw", QStringLiteral("pw"));
    QCOMPARE(replaced.status, 200);
    QVERIFY(replaced.header("ETag") != created.header("ETag"));
    const HttpResult stale = arm("PUT", service() + QStringLiteral("/certificates/client-a"), {},
                                 {{"If-Match", created.header("ETag")}});
    QCOMPARE(stale.status, 412);
}

void TestLocalVaultApim::backendWithMissingCertificateIsRejected() {
    const QJsonObject properties{
        {QStringLiteral("url"), QStringLiteral("https://backend.contoso.com")},
        {QStringLiteral("protocol"), QStringLiteral("http")},
        {QStringLiteral("credentials"),
         QJsonObject{{QStringLiteral("certificateIds"), QJsonArray{QStringLiteral("nope")}}}}};
    const HttpResult result = arm("PUT", service() + QStringLiteral("/backends/b-missing"),
                                  {{QStringLiteral("properties"), properties}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("ValidationError"));
    QVERIFY(result.body.contains("Certificate with id 'nope' not found."));
}

void TestLocalVaultApim::deleteInUseIsRefusedUntilDetached() {
    QCOMPARE(upload(QStringLiteral("in-use"), *m_material, "", QString()).status, 201);
    QJsonObject properties{
        {QStringLiteral("url"), QStringLiteral("https://backend.contoso.com")},
        {QStringLiteral("protocol"), QStringLiteral("http")},
        {QStringLiteral("credentials"),
         QJsonObject{{QStringLiteral("certificateIds"),
                      QJsonArray{service() + QStringLiteral("/certificates/in-use")}}}}};
    const QString backend = service() + QStringLiteral("/backends/mtls-backend");
    QCOMPARE(arm("PUT", backend, {{QStringLiteral("properties"), properties}}).status, 201);
    const QString certificate = service() + QStringLiteral("/certificates/in-use");
    QCOMPARE(arm("DELETE", certificate).status, 400); // If-Match is required
    const HttpResult refused = arm("DELETE", certificate, {}, {{"If-Match", "*"}});
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("'mtls-backend'")),
             qPrintable(refused.errorMessage()));
    properties.remove(QStringLiteral("credentials"));
    QCOMPARE(arm("PUT", backend, {{QStringLiteral("properties"), properties}}).status, 200);
    QCOMPARE(arm("DELETE", certificate, {}, {{"If-Match", "*"}}).status, 200);
    QCOMPARE(arm("GET", certificate).status, 404);
    QCOMPARE(arm("DELETE", certificate, {}, {{"If-Match", "*"}}).status, 204);
}

void TestLocalVaultApim::hostnameFromKeyVaultFailsThenSucceedsWithThePolicy() {
    const HttpResult accepted = patchHostname(QStringLiteral("www-contoso-com"));
    QCOMPARE(accepted.status, 202);
    QJsonObject status;
    const HttpResult failed = finish(accepted, &status);
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QCOMPARE(failed.status, 400);
    const QString expectedStart =
        QStringLiteral("Failed to update API Management service hostnames. Request to resource "
                       "'%1/secrets/www-contoso-com/?api-version=7.0' failed with StatusCode: "
                       "Forbidden for RequestId: ")
            .arg(m_fixture->vaultUrl());
    QVERIFY2(failed.errorMessage().startsWith(expectedStart), qPrintable(failed.errorMessage()));
    QVERIFY(failed.errorMessage().endsWith(
        QStringLiteral("Exception message: Operation returned an invalid status code "
                       "'Forbidden'.")));
    QVERIFY2(failed.body.contains("does not have secrets get permission"), failed.body.constData());
    QCOMPARE(arm("GET", service())
                 .json.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("hostnameConfigurations"))
                 .toArray()
                 .size(),
             1);

    QCOMPARE(grantSecretsGet(principalId()).status, 200);
    const HttpResult succeeded = finish(patchHostname(QStringLiteral("www-contoso-com")), &status);
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(succeeded.status, 200);
    const QJsonArray hosts = succeeded.json.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("hostnameConfigurations"))
                                 .toArray();
    QCOMPARE(hosts.size(), 2);
    const QJsonObject custom = hosts[1].toObject();
    QCOMPARE(custom.value(QStringLiteral("certificateSource")).toString(),
             QStringLiteral("KeyVault"));
    const QByteArray cer = lvtest::cerOf(
        m_fixture->request("GET", QStringLiteral("/certificates/www-contoso-com")).json);
    QCOMPARE(custom.value(QStringLiteral("certificate"))
                 .toObject()
                 .value(QStringLiteral("thumbprint"))
                 .toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(cer, QCryptographicHash::Sha1).toHex().toUpper()));
    QVERIFY(custom.value(QStringLiteral("certificate"))
                .toObject()
                .value(QStringLiteral("subject"))
                .toString()
                .contains(QStringLiteral("www.contoso.com")));
}

void TestLocalVaultApim::turningOnTheIdentityCreatesAPrincipal() {
    const QString before = principalId();
    const QJsonObject none{{QStringLiteral("identity"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}}}};
    const HttpResult off = arm("PATCH", service(), none);
    QCOMPARE(off.status, 200);
    QVERIFY(principalId().isEmpty());
    QJsonObject status;
    QCOMPARE(finish(patchHostname(QStringLiteral("www-contoso-com")), &status).status,
             400); // no identity
    const QJsonObject on{{QStringLiteral("identity"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}}}};
    QCOMPARE(arm("PATCH", service(), on).status, 200);
    const QString after = principalId();
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QVERIFY(m_fixture->server()->store().principalByObjectId(after).has_value());
    QCOMPARE(finish(patchHostname(QStringLiteral("www-contoso-com")), &status).status,
             400); // no policy yet
    QCOMPARE(grantSecretsGet(after).status, 200);
    QCOMPARE(finish(patchHostname(QStringLiteral("www-contoso-com")), &status).status, 200);
}

void TestLocalVaultApim::gatewayCallFailsOnSelfSignedChainUntilValidationIsOff() {
    const QUrl call(m_fixture->vaultUrl() + QStringLiteral("/gateway/apim-contoso/orders/list"));
    const HttpResult failing = m_fixture->raw("GET", call, {}, {});
    QCOMPARE(failing.status, 500);
    QVERIFY2(failing.json.value(QStringLiteral("reason"))
                 .toString()
                 .contains(QStringLiteral("self-signed")),
             failing.body.constData());
    const QString backend = service() + QStringLiteral("/backends/orders-backend");
    QJsonObject contract = arm("GET", backend).json;
    QJsonObject properties = contract.value(QStringLiteral("properties")).toObject();
    properties.insert(QStringLiteral("tls"),
                      QJsonObject{{QStringLiteral("validateCertificateChain"), false}});
    QCOMPARE(arm("PUT", backend, {{QStringLiteral("properties"), properties}}).status, 200);
    const HttpResult passing = m_fixture->raw("GET", call, {}, {});
    QCOMPARE(passing.status, 200);
    QCOMPARE(passing.json.value(QStringLiteral("backend")).toString(),
             QStringLiteral("orders-backend"));
    QCOMPARE(
        m_fixture
            ->raw("GET",
                  QUrl(m_fixture->vaultUrl() + QStringLiteral("/gateway/apim-contoso/catalog")), {},
                  {})
            .status,
        200);
}

void TestLocalVaultApim::certificatesArePaged() {
    for (int i = 0; i < 5; ++i)
        QCOMPARE(upload(QStringLiteral("paged-%1").arg(i), *m_material, "", QString()).status, 201);
    const HttpResult all = arm("GET", service() + QStringLiteral("/certificates"));
    const int total = all.json.value(QStringLiteral("count")).toInt();
    QVERIFY(total >= 5);
    QUrl next(m_fixture->connection().value(QStringLiteral("armBaseUrl")).toString().chopped(1) +
              service() + QStringLiteral("/certificates?api-version=2024-05-01&$top=2"));
    QStringList names;
    int pages = 0;
    while (!next.isEmpty() && pages < 20) {
        const HttpResult page = armUrl("GET", next);
        QCOMPARE(page.status, 200);
        QVERIFY(page.json.value(QStringLiteral("value")).toArray().size() <= 2);
        for (const QJsonValue &item : page.json.value(QStringLiteral("value")).toArray())
            names.append(item.toObject().value(QStringLiteral("name")).toString());
        next = QUrl(page.json.value(QStringLiteral("nextLink")).toString());
        ++pages;
    }
    QCOMPARE(names.size(), total);
    QCOMPARE(pages, (total + 1) / 2);
    QCOMPARE(names.removeDuplicates(), 0);
}

void TestLocalVaultApim::stateSurvivesARestart() {
    QCOMPARE(upload(QStringLiteral("durable"), *m_material, "", QString()).status, 201);
    const QString id = service();
    QString error;
    QVERIFY2(m_fixture->restart(&error), qPrintable(error));
    QCOMPARE(service(), id);
    const HttpResult got = arm("GET", id + QStringLiteral("/certificates/durable"));
    QCOMPARE(got.status, 200);
    QVERIFY(!got.json.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("thumbprint"))
                 .toString()
                 .isEmpty());
    QCOMPARE(arm("GET", id + QStringLiteral("/backends/orders-backend")).status, 200);
    QCOMPARE(arm("GET", id + QStringLiteral("/apis"))
                 .json.value(QStringLiteral("value"))
                 .toArray()
                 .size(),
             2);
}

QTEST_GUILESS_MAIN(TestLocalVaultApim)
#include "tst_localvault_apim.moc"
