// API Management value types: JSON round trips that keep what Certdeck does not model.

#include "tst_vault_apim.h"

#include "apim_api.h"
#include "apim_backend.h"
#include "apim_certificate.h"
#include "apim_service.h"
#include "vault_test_support.h"

#include <QTest>

using namespace certdeck::vault;
using certdeck::vault::test::objectFrom;

namespace {

const char serviceText[] = R"({
  "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/apim1",
  "name": "apim1", "type": "Microsoft.ApiManagement/service", "location": "West US",
  "etag": "AAAAAAAm4mU=", "tags": {"env": "test"},
  "sku": {"name": "Developer", "capacity": 1, "future": true},
  "identity": {"type": "SystemAssigned, UserAssigned",
               "principalId": "11111111-0000-0000-0000-000000000001",
               "tenantId": "22222222-0000-0000-0000-000000000002",
               "userAssignedIdentities": {"/subscriptions/s/x/uami": {"principalId": "p", "clientId": "c"}}},
  "properties": {
    "publisherEmail": "a@contoso.com", "gatewayUrl": "https://apim1.azure-api.net",
    "hostnameConfigurations": [
      {"type": "Proxy", "hostName": "apim1.azure-api.net", "negotiateClientCertificate": false,
       "defaultSslBinding": false, "certificateSource": "BuiltIn"},
      {"type": "Proxy", "hostName": "api.contoso.com",
       "keyVaultId": "https://kv.vault.azure.net/secrets/api", "certificateSource": "KeyVault",
       "certificateStatus": "Completed", "negotiateClientCertificate": true,
       "certificate": {"expiry": "2026-01-01T00:00:00+00:00", "thumbprint": "ABCD",
                       "subject": "CN=api.contoso.com", "new": 1}, "unknownHost": "x"}
    ],
    "virtualNetworkType": "None"
  }
})";

const char certificateText[] = R"({
  "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/apim1/certificates/kv",
  "type": "Microsoft.ApiManagement/service/certificates", "name": "kv",
  "properties": {"subject": "CN=*.msitesting.net", "thumbprint": "EA276907917CB5319D7F5A6C8A3F3C4F5A6B7C8D",
                 "expirationDate": "2037-01-01T07:00:00Z",
                 "keyVault": {"secretIdentifier": "https://rpbvt.vault.azure.net/secrets/msitestingCert",
                              "identityClientId": "ceaa6b06-c00f-43ef-99ac-f53d1fe876a0",
                              "lastStatus": {"code": "Success", "message": "", "timeStampUtc": "2020-09-22T00:24:53.3191468Z"}},
                 "other": [1, 2]}
})";

const char backendText[] = R"({
  "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/apim1/backends/b1",
  "type": "Microsoft.ApiManagement/service/backends", "name": "b1",
  "properties": {"url": "https://backend.contoso.com", "protocol": "http", "title": "B1",
                 "tls": {"validateCertificateChain": false, "validateCertificateName": true, "extra": 3},
                 "credentials": {"certificateIds": ["/certificates/c1"], "header": {"x-a": ["1"]}},
                 "circuitBreaker": {"rules": []}}
})";

} // namespace

void TestVaultApim::serviceRoundTripsAndKeepsUnknownFields() {
    const QJsonObject json = objectFrom(serviceText);
    VAULT_COMPARE_JSON(ApimService::fromJson(json).toJson(), json);
}

void TestVaultApim::serviceParsesIdentityAndHostnames() {
    const ApimService service = ApimService::fromJson(objectFrom(serviceText));
    QCOMPARE(service.skuName, QStringLiteral("Developer"));
    QCOMPARE(service.skuCapacity, 1);
    QVERIFY(service.identity && service.identity->hasSystemAssigned());
    QCOMPARE(service.identity->principalId, QStringLiteral("11111111-0000-0000-0000-000000000001"));
    QCOMPARE(service.gatewayUrl, QStringLiteral("https://apim1.azure-api.net"));
    QCOMPARE(service.hostnameConfigurations->size(), 2);
    const HostnameConfiguration custom = service.hostnameConfigurations->at(1);
    QCOMPARE(custom.keyVaultId, QStringLiteral("https://kv.vault.azure.net/secrets/api"));
    QCOMPARE(custom.certificateSource, QStringLiteral("KeyVault"));
    QCOMPARE(custom.negotiateClientCertificate, std::optional<bool>(true));
    QCOMPARE(custom.certificate->subject, QStringLiteral("CN=api.contoso.com"));
    QCOMPARE(custom.extra.value(QStringLiteral("unknownHost")).toString(), QStringLiteral("x"));
}

void TestVaultApim::patchBodyHasOnlyWhatWasSet() {
    ApimService patch;
    ApimServiceIdentity identity;
    identity.type = QStringLiteral("SystemAssigned");
    patch.identity = identity;
    VAULT_COMPARE_JSON(patch.toJson(), objectFrom(R"({"identity": {"type": "SystemAssigned"}})"));
    patch.identity.reset();
    patch.hostnameConfigurations = QList<HostnameConfiguration>();
    VAULT_COMPARE_JSON(patch.toJson(),
                       objectFrom(R"({"properties": {"hostnameConfigurations": []}})"));
}

void TestVaultApim::certificateRoundTrips() {
    const QJsonObject json = objectFrom(certificateText);
    const ApimCertificate certificate = ApimCertificate::fromJson(json);
    VAULT_COMPARE_JSON(certificate.toJson(), json);
    QVERIFY(certificate.isFromKeyVault());
    QCOMPARE(certificate.keyVault->lastStatus->code, QStringLiteral("Success"));
    QCOMPARE(certificate.expiration(), QDateTime(QDate(2037, 1, 1), QTime(7, 0), Qt::UTC));
    QCOMPARE(certificate.thumbprint.size(), 40);
}

void TestVaultApim::backendRoundTripsAndKeepsUnknownTlsAndCredentials() {
    const QJsonObject json = objectFrom(backendText);
    const ApimBackend backend = ApimBackend::fromJson(json);
    VAULT_COMPARE_JSON(backend.toJson(), json);
    QVERIFY(!backend.validatesChain());
    QVERIFY(backend.validatesName());
    QCOMPARE(backend.certificateIds,
             std::optional<QStringList>(QStringList{QStringLiteral("/certificates/c1")}));
    QVERIFY(ApimBackend::fromJson(objectFrom(R"({"properties": {}})")).validatesChain());
}

void TestVaultApim::backendMatchesCertificateIdsInAnyForm() {
    ApimBackend backend;
    backend.certificateIds =
        QStringList{QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/"
                                   "Microsoft.ApiManagement/service/a/certificates/C1"),
                    QStringLiteral("c2")};
    QVERIFY(backend.usesCertificate(QStringLiteral("c1")));
    QVERIFY(backend.usesCertificate(QStringLiteral("/certificates/c2")));
    QVERIFY(!backend.usesCertificate(QStringLiteral("c3")));
}

void TestVaultApim::apiRoundTripsWithoutBackendId() {
    const QJsonObject json = objectFrom(
        R"({"id": "/x/apis/echo", "name": "echo", "type": "Microsoft.ApiManagement/service/apis",
      "properties": {"displayName": "Echo", "path": "echo", "serviceUrl": "https://echo.contoso.com", "protocols": ["https"]}})");
    ApimApi api = ApimApi::fromJson(json);
    api.backendId = QStringLiteral("b1"); // derived from the policy: never written
    VAULT_COMPARE_JSON(api.toJson(), json);
}

void TestVaultApim::backendIdComesFromThePolicy() {
    QCOMPARE(backendIdFromPolicy(policyUsingBackend(QStringLiteral("b&1"))),
             std::optional<QString>(QStringLiteral("b&1")));
    QCOMPARE(backendIdFromPolicy(QStringLiteral("<policies><inbound><base/></inbound></policies>")),
             std::nullopt);
    QCOMPARE(backendIdFromPolicy(QStringLiteral("<policies><inbound><set-backend-service "
                                                "base-url=\"https://x\"/></inbound></policies>")),
             std::nullopt);
    QCOMPARE(backendIdFromPolicy(QStringLiteral("not xml <")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestVaultApim)
