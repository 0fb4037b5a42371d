// CertificateOperation (the "/pending" object) and OperationStatus.

#include "tst_vault_operation.h"

#include "certificate_operation.h"
#include "vault_test_support.h"

#include <QTest>

using namespace certdeck::vault;
using certdeck::vault::test::objectFrom;

namespace {

const char failedOperation[] = R"({
  "id": "https://kv.vault.azure.net/certificates/ordered/pending",
  "issuer": {"name": "DigiCertIssuer", "cty": "OV-SSL", "cert_transparency": false, "account": "x"},
  "csr": "MIICfzCCAWcCAQAwDjEMMAoGA1UEAxMDeHl6",
  "cancellation_requested": true,
  "status": "failed",
  "status_details": "The CA rejected the request.",
  "error": {"code": "Request rejected", "message": "Domain validation failed",
            "innererror": {"code": "DomainValidation", "innererror": {"code": "DnsTxtMissing"}}},
  "request_id": "f778a8394c0e40de802862236d7569b5",
  "preserveCertOrder": true
})";

} // namespace

void TestVaultOperation::terminalStatuses_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("inProgress") << QStringLiteral("inProgress") << false;
    QTest::newRow("InProgress") << QStringLiteral("InProgress") << false;
    QTest::newRow("INPROGRESS") << QStringLiteral("INPROGRESS") << false;
    QTest::newRow("completed") << QStringLiteral("completed") << true;
    QTest::newRow("failed") << QStringLiteral("failed") << true;
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << true;
    QTest::newRow("deleted") << QStringLiteral("deleted") << true;
    QTest::newRow("in progress (typo)") << QStringLiteral("in progress") << true;
    QTest::newRow("empty") << QString() << true;
}

void TestVaultOperation::terminalStatuses() {
    QFETCH(QString, status);
    QFETCH(bool, terminal);
    QCOMPARE(OperationStatus::isTerminal(status), terminal);
}

void TestVaultOperation::statusLiterals() {
    QCOMPARE(OperationStatus::InProgress, QStringLiteral("inProgress"));
    QCOMPARE(OperationStatus::Completed, QStringLiteral("completed"));
    QCOMPARE(OperationStatus::Failed, QStringLiteral("failed"));
    QCOMPARE(OperationStatus::Cancelled, QStringLiteral("cancelled"));
}

void TestVaultOperation::failedOperationParses() {
    const CertificateOperation operation =
        CertificateOperation::fromJson(objectFrom(failedOperation));
    QCOMPARE(operation.name(), QStringLiteral("ordered"));
    QCOMPARE(operation.issuer->name, std::optional<QString>(QStringLiteral("DigiCertIssuer")));
    QCOMPARE(operation.issuer->certificateType, std::optional<QString>(QStringLiteral("OV-SSL")));
    QCOMPARE(operation.issuer->certificateTransparency, std::optional<bool>(false));
    QCOMPARE(operation.issuer->extra, objectFrom(R"({"account": "x"})"));
    QCOMPARE(operation.csr, QByteArray::fromBase64("MIICfzCCAWcCAQAwDjEMMAoGA1UEAxMDeHl6"));
    QCOMPARE(operation.cancellationRequested, std::optional<bool>(true));
    QCOMPARE(operation.status, OperationStatus::Failed);
    QVERIFY(OperationStatus::isTerminal(operation.status));
    QCOMPARE(operation.statusDetails,
             std::optional<QString>(QStringLiteral("The CA rejected the request.")));
    QVERIFY(operation.error.has_value());
    QCOMPARE(operation.error->code, QStringLiteral("Request rejected"));
    QCOMPARE(operation.error->message, QStringLiteral("Domain validation failed"));
    QCOMPARE(operation.error->innerCodes,
             QStringList({QStringLiteral("DomainValidation"), QStringLiteral("DnsTxtMissing")}));
    QVERIFY(!operation.target.has_value());
    QCOMPARE(operation.requestId, QStringLiteral("f778a8394c0e40de802862236d7569b5"));
    QCOMPARE(operation.extra, objectFrom(R"({"preserveCertOrder": true})"));
}

void TestVaultOperation::failedOperationRoundTrips() {
    const CertificateOperation operation =
        CertificateOperation::fromJson(objectFrom(failedOperation));
    VAULT_COMPARE_JSON(operation.toJson(), objectFrom(failedOperation));
    QCOMPARE(CertificateOperation::fromJson(operation.toJson()), operation);
}

void TestVaultOperation::errorIsWrittenWithoutEnvelope() {
    CertificateOperation operation;
    operation.id = QStringLiteral("https://kv.vault.azure.net/certificates/c/pending");
    operation.status = OperationStatus::Failed;
    operation.error =
        ServiceError{QStringLiteral("Certificate issuer error"), QStringLiteral("boom"), {}};
    const QJsonObject expected = objectFrom(R"({
        "id": "https://kv.vault.azure.net/certificates/c/pending", "status": "failed",
        "error": {"code": "Certificate issuer error", "message": "boom"}})");
    VAULT_COMPARE_JSON(operation.toJson(), expected);
}

void TestVaultOperation::toleratesWrongTypes() {
    const CertificateOperation operation = CertificateOperation::fromJson(objectFrom(R"({
        "id": ["x"], "issuer": "Self", "csr": {"der": 1}, "cancellation_requested": "false",
        "status": 3, "status_details": null, "error": "failed", "target": 7, "request_id": true})"));
    QVERIFY(operation.id.isEmpty());
    QVERIFY(!operation.issuer.has_value());
    QVERIFY(operation.csr.isEmpty());
    QVERIFY(!operation.cancellationRequested.has_value());
    QVERIFY(operation.status.isEmpty());
    QVERIFY(!operation.statusDetails.has_value());
    QVERIFY(!operation.error.has_value());
    QVERIFY(!operation.target.has_value());
    QVERIFY(operation.requestId.isEmpty());
    QVERIFY(operation.extra.isEmpty());
    QVERIFY(operation.toJson().isEmpty());
}

void TestVaultOperation::cancelRequestBody() {
    // PATCH /pending {"cancellation_requested": true}: nothing else is written.
    CertificateOperation cancel;
    cancel.cancellationRequested = true;
    VAULT_COMPARE_JSON(cancel.toJson(), objectFrom(R"({"cancellation_requested": true})"));
}

QTEST_GUILESS_MAIN(TestVaultOperation)
