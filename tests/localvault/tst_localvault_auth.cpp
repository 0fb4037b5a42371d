// Authentication, api-version and routing conventions of the local vault, over real HTTPS.
#include "local_vault_fixture.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

class LocalVaultAuthTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_vault.start(&error), qPrintable(error));
    }

    void requestWithoutTokenGetsBearerChallenge() {
        // The JS SDK probes with an empty body and no token: the challenge must come first.
        const HttpResult result =
            m_vault.request("POST", QStringLiteral("/certificates/probe/create"), {}, QString());
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QStringLiteral("Unauthorized"));
        const QString challenge = QString::fromLatin1(result.header("WWW-Authenticate"));
        const QRegularExpression shape(
            QStringLiteral("^Bearer authorization=\"(https://localhost:\\d+/[0-9a-f-]{36})\", "
                           "resource=\"https://vault.azure.net\"$"));
        const auto match = shape.match(challenge);
        QVERIFY2(match.hasMatch(), qPrintable(challenge));
        QCOMPARE(match.captured(1),
                 m_vault.vaultUrl() + QLatin1Char('/') +
                     m_vault.connection().value(QStringLiteral("tenantId")).toString());
    }

    void forgedTokenIsRejected() {
        QString token = m_vault.token();
        token[token.size() - 5] =
            token[token.size() - 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const HttpResult result = m_vault.raw(
            "GET", QUrl(m_vault.vaultUrl() + QStringLiteral("/certificates?api-version=7.5")), {},
            {{"Authorization", "Bearer " + token.toLatin1()}});
        QCOMPARE(result.status, 401);
        QVERIFY(!result.header("WWW-Authenticate").isEmpty());
    }

    void tokenForAnotherAudienceIsRejected() {
        const QString armToken = m_vault.token(
            QStringLiteral("admin"), QStringLiteral("https://management.azure.com/.default"));
        QVERIFY(!armToken.isEmpty());
        const HttpResult result = m_vault.raw(
            "GET", QUrl(m_vault.vaultUrl() + QStringLiteral("/certificates?api-version=7.5")), {},
            {{"Authorization", "Bearer " + armToken.toLatin1()}});
        QCOMPARE(result.status, 401);
    }

    void tokenEndpointRejectsWrongSecret() {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), m_vault.principal(QStringLiteral("admin"))
                                                           .value(QStringLiteral("clientId"))
                                                           .toString());
        form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("not-the-secret"));
        form.addQueryItem(QStringLiteral("scope"),
                          QStringLiteral("https://vault.azure.net/.default"));
        const HttpResult result = m_vault.raw(
            "POST", QUrl(m_vault.connection().value(QStringLiteral("tokenEndpoint")).toString()),
            form.toString(QUrl::FullyEncoded).toLatin1(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        QVERIFY(result.json.value(QStringLiteral("access_token")).isUndefined());
    }

    void tokenEndpointRejectsUnknownScope() {
        QUrlQuery form;
        const QJsonObject admin = m_vault.principal(QStringLiteral("admin"));
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"),
                          admin.value(QStringLiteral("clientId")).toString());
        form.addQueryItem(QStringLiteral("client_secret"),
                          admin.value(QStringLiteral("clientSecret")).toString());
        form.addQueryItem(QStringLiteral("scope"),
                          QStringLiteral("https://graph.microsoft.com/.default"));
        const HttpResult result = m_vault.raw(
            "POST", QUrl(m_vault.connection().value(QStringLiteral("tokenEndpoint")).toString()),
            form.toString(QUrl::FullyEncoded).toLatin1(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));
    }

    void openIdMetadataNamesTheTokenEndpoint() {
        const QString tenant = m_vault.connection().value(QStringLiteral("tenantId")).toString();
        const HttpResult result =
            m_vault.raw("GET",
                        QUrl(m_vault.vaultUrl() + QLatin1Char('/') + tenant +
                             QStringLiteral("/v2.0/.well-known/openid-configuration")),
                        {}, {});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QStringLiteral("token_endpoint")).toString(),
                 m_vault.connection().value(QStringLiteral("tokenEndpoint")).toString());
    }

    void apiVersionIsRequired() {
        const HttpResult missing =
            m_vault.raw("GET", QUrl(m_vault.vaultUrl() + QStringLiteral("/certificates")), {},
                        {{"Authorization", "Bearer " + m_vault.token().toLatin1()}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorCode(), QStringLiteral("BadParameter"));
        const HttpResult unknown =
            m_vault.request("GET", QStringLiteral("/certificates?api-version=1999-01-01"));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorCode(), QStringLiteral("BadParameter"));
        for (const char *version : {"7.4", "7.5", "2025-07-01"}) {
            const HttpResult ok = m_vault.request(
                "GET", QStringLiteral("/certificates?api-version=") + QLatin1String(version));
            QCOMPARE(ok.status, 200);
        }
    }

    void missingPermissionIsNamed() {
        const QJsonObject body{
            {QStringLiteral("policy"),
             QJsonObject{{QStringLiteral("x509_props"),
                          QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=r")}}},
                         {QStringLiteral("issuer"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Self")}}}}}};
        const HttpResult result =
            m_vault.request("POST", QStringLiteral("/certificates/reader-made/create"), body,
                            QStringLiteral("reader"));
        QCOMPARE(result.status, 403);
        QCOMPARE(result.errorCode(), QStringLiteral("Forbidden"));
        QCOMPARE(result.innerErrorCode(), QStringLiteral("ForbiddenByPolicy"));
        QVERIFY2(result.errorMessage().contains(
                     QLatin1String("does not have certificates create permission")),
                 qPrintable(result.errorMessage()));
        QVERIFY(result.errorMessage().contains(m_vault.principal(QStringLiteral("reader"))
                                                   .value(QStringLiteral("objectId"))
                                                   .toString()));
        // The reader may still list.
        QCOMPARE(
            m_vault.request("GET", QStringLiteral("/certificates"), {}, QStringLiteral("reader"))
                .status,
            200);
    }

    void responsesCarryServiceHeaders() {
        const HttpResult result =
            m_vault.request("GET", QStringLiteral("/certificates"), {}, QStringLiteral("admin"),
                            {{"x-ms-client-request-id", "abc-123"}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("x-ms-client-request-id"), QByteArray("abc-123"));
        QVERIFY(!result.header("x-ms-request-id").isEmpty());
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    }

    void postWithMethodOverrideActsAsThatMethod() {
        const QJsonObject body{
            {QStringLiteral("policy"),
             QJsonObject{{QStringLiteral("x509_props"),
                          QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=o")}}},
                         {QStringLiteral("issuer"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Unknown")}}}}}};
        QCOMPARE(
            m_vault.request("POST", QStringLiteral("/certificates/override/create"), body).status,
            202);
        const HttpResult deleted =
            m_vault.request("POST", QStringLiteral("/certificates/override/pending"), {},
                            QStringLiteral("admin"), {{"X-HTTP-METHOD", "DELETE"}});
        QCOMPARE(deleted.status, 200);
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/override/pending")).status,
                 404);
    }

    void unknownRoutesAndEmptyNamesAnswerInTheErrorShape() {
        const HttpResult unknown = m_vault.request("GET", QStringLiteral("/nothing/here"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(!unknown.errorCode().isEmpty());
        const HttpResult emptyName = m_vault.request(
            "POST", QStringLiteral("/certificates//create"), QJsonObject{{QStringLiteral("a"), 1}});
        QCOMPARE(emptyName.status, 405);
        QCOMPARE(emptyName.errorCode(), QStringLiteral("MethodNotAllowed"));
        const HttpResult malformed = m_vault.raw(
            "PATCH",
            QUrl(m_vault.vaultUrl() + QStringLiteral("/certificates/x/policy?api-version=7.5")),
            "{not json",
            {{"Authorization", "Bearer " + m_vault.token().toLatin1()},
             {"Content-Type", "application/json"}}); // without it: 415, as the service does
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), QStringLiteral("BadParameter"));
    }

private:
    LocalVaultFixture m_vault;
};

QTEST_GUILESS_MAIN(LocalVaultAuthTest)
#include "tst_localvault_auth.moc"
