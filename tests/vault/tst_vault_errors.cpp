// Error bodies (Key Vault ServiceError, ARM ArmError) and parseJsonObject.

#include "tst_vault_errors.h"

#include "access_policy.h"
#include "json_support.h"
#include "service_error.h"
#include "vault_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

using namespace certdeck::vault;
using certdeck::vault::test::objectFrom;

namespace {

const char nestedEnvelope[] = R"({"error": {"code": "Forbidden",
  "message": "The user, group or application does not have certificates get permission.",
  "innererror": {"code": "ForbiddenByPolicy",
                 "innererror": {"code": "AccessDenied", "innererror": {"code": "NoEntry"}}}}})";

} // namespace

void TestVaultErrors::parsesEnvelopeWithNestedInnerError() {
    const ServiceError error = ServiceError::fromJson(objectFrom(nestedEnvelope));
    QCOMPARE(error.code, QStringLiteral("Forbidden"));
    QVERIFY(error.message.startsWith(QLatin1String("The user, group or application")));
    QCOMPARE(error.innerCodes,
             QStringList({QStringLiteral("ForbiddenByPolicy"), QStringLiteral("AccessDenied"),
                          QStringLiteral("NoEntry")}));
}

void TestVaultErrors::acceptsTheInnerObject() {
    const QJsonObject inner = objectFrom(nestedEnvelope).value(QLatin1String("error")).toObject();
    QCOMPARE(ServiceError::fromJson(inner), ServiceError::fromJson(objectFrom(nestedEnvelope)));
}

void TestVaultErrors::writesEnvelopeWithNestedInnerErrors() {
    const ServiceError error = ServiceError::fromJson(objectFrom(nestedEnvelope));
    VAULT_COMPARE_JSON(error.toJson(), objectFrom(nestedEnvelope));
    VAULT_COMPARE_JSON(error.toErrorObject(),
                       objectFrom(nestedEnvelope).value(QLatin1String("error")).toObject());
    const ServiceError plain{
        QStringLiteral("ContactsNotFound"), QStringLiteral("Contacts not found"), {}};
    const QJsonObject expected = objectFrom(R"({"error": {"code": "ContactsNotFound",
                                                      "message": "Contacts not found"}})");
    VAULT_COMPARE_JSON(plain.toJson(), expected);
}

void TestVaultErrors::toleratesOddInnerErrors() {
    const QJsonObject nullInner = objectFrom(R"({"error": {"code": "A", "message": "m",
                                                  "innererror": null}})");
    QVERIFY(ServiceError::fromJson(nullInner).innerCodes.isEmpty());
    QVERIFY(ServiceError::fromJson(objectFrom(R"({"error": {"code": "A", "innererror": "B"}})"))
                .innerCodes.isEmpty());
    // An inner level without a code is walked through.
    const QJsonObject codelessLevel = objectFrom(R"({"error": {"code": "A", "innererror":
                 {"detail": 1, "innererror": {"code": "C"}}}})");
    QCOMPARE(ServiceError::fromJson(codelessLevel).innerCodes, QStringList{QStringLiteral("C")});
    // Unknown members around the envelope do not matter.
    const ServiceError extra = ServiceError::fromJson(objectFrom(R"({"error": {"code": "X",
        "message": "y", "target": "t", "details": []}, "requestId": "r"})"));
    QCOMPARE(extra.code, QStringLiteral("X"));
    QCOMPARE(extra.message, QStringLiteral("y"));
}

void TestVaultErrors::toleratesWrongTypes() {
    const ServiceError error = ServiceError::fromJson(objectFrom(R"({"error": {"code": 401,
                                                                     "message": ["no"]}})"));
    QVERIFY(error.code.isEmpty());
    QVERIFY(error.message.isEmpty());
    // "error" that is not an object: the object itself is taken as the inner error.
    const ServiceError oauth = ServiceError::fromJson(objectFrom(R"({"error": "invalid_grant",
                                                                     "code": "c", "message": "m"})"));
    QCOMPARE(oauth.code, QStringLiteral("c"));
    QCOMPARE(ServiceError::fromJson(QJsonObject()), ServiceError());
}

void TestVaultErrors::armErrorWithDetails() {
    const ArmError error = ArmError::fromJson(objectFrom(R"({"error": {"code": "ValidationError",
        "message": "One or more fields contain incorrect values:", "target": "properties",
        "details": [{"code": "ValidationError", "target": "credentials",
                     "message": "Certificate with id 'my-cert' not found.",
                     "details": [{"code": "Nested", "message": "deeper"}]}],
        "additionalInfo": [{"type": "PolicyViolation", "info": {}}]}})"));
    QCOMPARE(error.code, QStringLiteral("ValidationError"));
    QCOMPARE(error.target, QStringLiteral("properties"));
    QCOMPARE(error.details.size(), 1);
    QCOMPARE(error.details.at(0).target, QStringLiteral("credentials"));
    QCOMPARE(error.details.at(0).message,
             QStringLiteral("Certificate with id 'my-cert' not found."));
    QCOMPARE(error.details.at(0).details.size(), 1);
    QCOMPARE(error.details.at(0).details.at(0).code, QStringLiteral("Nested"));
}

void TestVaultErrors::armErrorToleratesNulls() {
    const ArmError error =
        ArmError::fromJson(objectFrom(R"({"error": {"code": "AuthorizationFailed",
        "message": "The client does not have authorization", "target": null, "details": null,
        "innerError": null, "additionalInfo": null}})"));
    QCOMPARE(error.code, QStringLiteral("AuthorizationFailed"));
    QCOMPARE(error.message, QStringLiteral("The client does not have authorization"));
    QVERIFY(error.target.isEmpty());
    QVERIFY(error.details.isEmpty());
    const ArmError bare = ArmError::fromJson(objectFrom(R"({"code": "ResourceNotFound",
                                                          "message": "gone"})"));
    QCOMPARE(bare.code, QStringLiteral("ResourceNotFound"));
    QVERIFY(ArmError::fromJson(objectFrom(R"({"error": null})")).code.isEmpty());
}

void TestVaultErrors::armErrorWritesEnvelope() {
    const char *text =
        R"({"error": {"code": "BadRequest", "message": "bad", "target": "accessPolicies",
        "details": [{"code": "InvalidValue", "message": "Invalid value found at accessPolicies[1].ObjectId"}]}})";
    VAULT_COMPARE_JSON(ArmError::fromJson(objectFrom(text)).toJson(), objectFrom(text));
    ArmError plain;
    plain.code = QStringLiteral("Conflict");
    plain.message = QStringLiteral("busy");
    VAULT_COMPARE_JSON(plain.toJson(),
                       objectFrom(R"({"error": {"code": "Conflict", "message": "busy"}})"));
}

void TestVaultErrors::parseJsonObjectAcceptsObjects() {
    const auto parsed = parseJsonObject(QByteArrayLiteral(" {\"a\": [1, {\"b\": null}]}\n"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->value(QLatin1String("a")).toArray().size(), 2);
    QVERIFY(parseJsonObject(QByteArrayLiteral("{}")).ok());
}

void TestVaultErrors::parseJsonObjectRejectsMalformedJson_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unterminated") << QByteArrayLiteral("{\"error\": {\"code\": \"X\"");
    QTest::newRow("trailing comma") << QByteArrayLiteral("{\"a\": 1,}");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("garbage after") << QByteArrayLiteral("{\"a\": 1} x");
}

void TestVaultErrors::parseJsonObjectRejectsMalformedJson() {
    QFETCH(QByteArray, body);
    QJsonParseError expected;
    QJsonDocument::fromJson(body, &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);
    const auto parsed = parseJsonObject(body);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(expected.errorString()), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(QString::number(expected.offset)), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(QLatin1String("offset")), qPrintable(parsed.error()));
}

void TestVaultErrors::parseJsonObjectRejectsNonObjects() {
    for (const QByteArray &body : {QByteArrayLiteral("[1, 2]"), QByteArrayLiteral("[]")}) {
        const auto parsed = parseJsonObject(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), QStringLiteral("expected a JSON object"));
    }
}

QTEST_GUILESS_MAIN(TestVaultErrors)
