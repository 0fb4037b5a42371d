// Pure wire helpers of the service layer: challenge parsing, Retry-After, error mapping.
#include "bearer_challenge.h"
#include "retry_policy.h"
#include "vault_error.h"

#include <QTest>

using namespace certdeck::client;

class ClientWireTest : public QObject {
    Q_OBJECT

private slots:
    void parsesKeyVaultChallenge() {
        auto challenge = BearerChallenge::parse("Bearer "
                                                "authorization=\"https://login.microsoftonline.com/"
                                                "72f988bf-86f1-41af-91ab-2d7cd011db47\", "
                                                "resource=\"https://vault.azure.net\"");
        QVERIFY(challenge);
        QCOMPARE(challenge->tenantId(), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        QCOMPARE(challenge->authorityHost(), QStringLiteral("https://login.microsoftonline.com"));
        QCOMPARE(challenge->tokenScope(), QStringLiteral("https://vault.azure.net/.default"));
    }

    void parsesScopeAndAuthorizationUriForms() {
        auto scoped =
            BearerChallenge::parse("Bearer authorization=\"https://login.windows.net/t1\", "
                                   "scope=\"https://vault.azure.net/.default\"");
        QVERIFY(scoped);
        QCOMPARE(scoped->tokenScope(), QStringLiteral("https://vault.azure.net/.default"));
        auto uri = BearerChallenge::parse(
            "Bearer realm=\"\", "
            "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
            "error=\"insufficient_claims\", claims=\"eyJhY2Nlc3NfdG9rZW4iOnt9fQ==\"");
        QVERIFY(uri);
        QCOMPARE(uri->error, QStringLiteral("insufficient_claims"));
        QCOMPARE(uri->claims, QStringLiteral("eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="));
        QCOMPARE(uri->tenantId(), QStringLiteral("common"));
        auto trailing = BearerChallenge::parse("Bearer resource=\"https://managedhsm.azure.net/\"");
        QCOMPARE(trailing->tokenScope(), QStringLiteral("https://managedhsm.azure.net/.default"));
    }

    void rejectsOtherSchemesAndGarbage() {
        QVERIFY(!BearerChallenge::parse("Basic realm=\"assumed-identity\""));
        QVERIFY(!BearerChallenge::parse(""));
        QVERIFY(!BearerChallenge::parse("Bearer"));
        QVERIFY(!BearerChallenge::parse("Bearerx authorization=\"a\""));
        QVERIFY(!BearerChallenge::parse("Bearer ,,,===\"\"\"")); // no crash, no parameters
    }

    void retryAfterForms() {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(retryAfterMs("10", {}, now), std::optional<qint64>(10000));
        QCOMPARE(retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", {}, now),
                 std::optional<qint64>(60000));
        QCOMPARE(retryAfterMs("10", "250", now), std::optional<qint64>(250));
        QCOMPARE(retryAfterMs("soon", {}, now), std::nullopt);
        QCOMPARE(retryAfterMs({}, {}, now), std::nullopt);
    }

    void backOffGrowsWithinBounds() {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        for (int retry = 1; retry <= 8; ++retry) {
            const int delay = policy.delayMs(retry, std::nullopt);
            const int ceiling = qMin(1000, 100 << (retry - 1));
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling, qPrintable(QString::number(delay)));
        }
        QCOMPARE(policy.delayMs(1, 5000), 1000); // the server's hint, capped
        QVERIFY(RetryPolicy::isRetryableStatus(429) && RetryPolicy::isRetryableStatus(503));
        QVERIFY(!RetryPolicy::isRetryableStatus(409) && !RetryPolicy::isRetryableStatus(403));
        QVERIFY(!RetryPolicy::isAmbiguousStatus(429) && RetryPolicy::isAmbiguousStatus(500));
    }

    void forbiddenNamesTheMissingPermission() {
        const QByteArray body =
            R"({"error":{"code":"Forbidden","message":"The user, group or application 'appid=a;oid=b;iss=c' does not have certificates create permission on key vault 'v;location=l'.","innererror":{"code":"ForbiddenByPolicy"}}})";
        const VaultError error = VaultError::fromHttp(403, body, "req-1");
        QCOMPARE(error.missingPermission, QStringLiteral("certificates create"));
        QCOMPARE(error.innerCode, QStringLiteral("ForbiddenByPolicy"));
        QCOMPARE(error.requestId, QStringLiteral("req-1"));
        QVERIFY(error.explanation().contains(QLatin1String("certificates create")));
    }

    // Purge protection is the vault's setting, not the caller's: no permission to grant.
    void purgeProtectionIsNotAMissingPermission() {
        const QByteArray body =
            R"({"error":{"code":"Forbidden","message":"Operation \"purge\" is not allowed because purge protection is enabled for this vault. Key Vault service will automatically purge it after the retention period has passed."}})";
        const VaultError error = VaultError::fromHttp(403, body, "req-2");
        QVERIFY(error.isForbidden());
        QVERIFY(error.missingPermission.isEmpty());
        QVERIFY2(error.explanation().startsWith(QLatin1String("Purge protection is on")),
                 qPrintable(error.explanation()));
    }

    void malformedErrorBodiesStillGiveAnError() {
        const VaultError error = VaultError::fromHttp(500, "<html>oops</html>", {});
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(error.message, QStringLiteral("<html>oops</html>"));
        QVERIFY(!error.explanation().isEmpty());
        const VaultError conflict = VaultError::fromHttp(
            409,
            R"({"error":{"code":"Conflict","message":"x","innererror":{"code":"ObjectIsDeletedButRecoverable"}}})",
            {});
        QVERIFY(conflict.explanation().contains(QLatin1String("Recover")));
    }
};

QTEST_GUILESS_MAIN(ClientWireTest)
#include "tst_client_wire.moc"
