// The ARM subset served by the local vault: the vault resource, its access policies and the
// 403 -> "grant the permission" -> retry flow the app walks users through.
#include "local_vault_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

class TestLocalVaultArm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void getVaultResource();
    void missingApiVersion();
    void missingToken();
    void vaultAudienceTokenIsRejected();
    void nonOwnerIsForbidden();
    void accessPolicyFixFlow();
    void invalidAccessPolicyChanges();
    void listSubscriptionsAndVaults();

private:
    QString armToken(const QString &principal = QStringLiteral("admin"));
    HttpResult arm(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   const QString &token = QString(), bool withApiVersion = true);
    HttpResult changePolicies(const QString &kind, const QStringList &certificatePermissions);
    HttpResult readerCreate(const QString &name);
    QStringList readerCertificatePermissions();

    std::unique_ptr<LocalVaultFixture> m_fixture;
};

void TestLocalVaultArm::initTestCase() {
    m_fixture = std::make_unique<LocalVaultFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    QVERIFY(!armToken().isEmpty());
}

void TestLocalVaultArm::cleanupTestCase() {
    m_fixture.reset();
}

QString TestLocalVaultArm::armToken(const QString &principal) {
    return m_fixture->token(principal, QStringLiteral("https://management.azure.com/.default"));
}

HttpResult TestLocalVaultArm::arm(const QByteArray &method, const QString &path,
                                  const QJsonObject &body, const QString &token,
                                  bool withApiVersion) {
    QString base = m_fixture->connection().value(QStringLiteral("armBaseUrl")).toString();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url(base + path);
    if (withApiVersion) {
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2023-07-01"));
        url.setQuery(query);
    }
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return m_fixture->raw(method, url,
                          body.isEmpty() ? QByteArray()
                                         : QJsonDocument(body).toJson(QJsonDocument::Compact),
                          headers);
}

HttpResult TestLocalVaultArm::changePolicies(const QString &kind,
                                             const QStringList &certificatePermissions) {
    const QJsonObject entry{
        {QStringLiteral("tenantId"),
         m_fixture->connection().value(QStringLiteral("tenantId")).toString()},
        {QStringLiteral("objectId"), m_fixture->principal(QStringLiteral("reader"))
                                         .value(QStringLiteral("objectId"))
                                         .toString()},
        {QStringLiteral("permissions"),
         QJsonObject{{QStringLiteral("certificates"),
                      QJsonArray::fromStringList(certificatePermissions)}}}};
    const QString path =
        m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString() +
        QStringLiteral("/accessPolicies/") + kind;
    return arm("PUT", path,
               QJsonObject{{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{entry}}}}},
               armToken());
}

HttpResult TestLocalVaultArm::readerCreate(const QString &name) {
    const QJsonObject body{
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("x509_props"),
                      QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=") + name}}},
                     {QStringLiteral("issuer"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Self")}}}}}};
    return m_fixture->request("POST", QStringLiteral("/certificates/%1/create").arg(name), body,
                              QStringLiteral("reader"));
}

QStringList TestLocalVaultArm::readerCertificatePermissions() {
    const HttpResult vault =
        arm("GET", m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString(), {},
            armToken());
    const QString readerId =
        m_fixture->principal(QStringLiteral("reader")).value(QStringLiteral("objectId")).toString();
    const QJsonArray policies = vault.json.value(QStringLiteral("properties"))
                                    .toObject()
                                    .value(QStringLiteral("accessPolicies"))
                                    .toArray();
    for (const QJsonValue &value : policies) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("objectId")).toString() != readerId)
            continue;
        QStringList permissions;
        for (const QJsonValue &permission : entry.value(QStringLiteral("permissions"))
                                                .toObject()
                                                .value(QStringLiteral("certificates"))
                                                .toArray())
            permissions.append(permission.toString().toLower());
        permissions.sort();
        return permissions;
    }
    return {QStringLiteral("<no entry>")};
}

void TestLocalVaultArm::getVaultResource() {
    const QString resourceId =
        m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString();
    QVERIFY2(resourceId.startsWith(
                 QStringLiteral("/subscriptions/") +
                 m_fixture->connection().value(QStringLiteral("subscriptionId")).toString() +
                 QStringLiteral("/resourceGroups/")),
             qPrintable(resourceId));
    QVERIFY(resourceId.contains(QLatin1String("/providers/Microsoft.KeyVault/vaults/")));
    const HttpResult result = arm("GET", resourceId, {}, armToken());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(QStringLiteral("id")).toString(), resourceId);
    QCOMPARE(result.json.value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.KeyVault/vaults"));
    QCOMPARE(result.json.value(QStringLiteral("name")).toString(),
             resourceId.section(QLatin1Char('/'), -1));
    const QJsonObject properties = result.json.value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("tenantId")).toString(),
             m_fixture->connection().value(QStringLiteral("tenantId")).toString());
    QCOMPARE(properties.value(QStringLiteral("vaultUri")).toString(),
             m_fixture->connection().value(QStringLiteral("vaultUrl")).toString());
    QVERIFY(properties.value(QStringLiteral("enableRbacAuthorization")).isBool());
    QCOMPARE(properties.value(QStringLiteral("enableRbacAuthorization")).toBool(true), false);

    // Both principals have an entry; the admin's grants every certificate permission.
    const QJsonArray policies = properties.value(QStringLiteral("accessPolicies")).toArray();
    QCOMPARE(policies.size(), 2);
    const QString adminId =
        m_fixture->principal(QStringLiteral("admin")).value(QStringLiteral("objectId")).toString();
    bool adminFound = false;
    for (const QJsonValue &value : policies) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value(QStringLiteral("tenantId")).toString(),
                 m_fixture->connection().value(QStringLiteral("tenantId")).toString());
        if (entry.value(QStringLiteral("objectId")).toString() == adminId) {
            adminFound = true;
            const QJsonArray certificates = entry.value(QStringLiteral("permissions"))
                                                .toObject()
                                                .value(QStringLiteral("certificates"))
                                                .toArray();
            QVERIFY(certificates.contains(QStringLiteral("create")));
            QVERIFY(certificates.contains(QStringLiteral("import")));
        }
    }
    QVERIFY(adminFound);
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
}

void TestLocalVaultArm::missingApiVersion() {
    const HttpResult result =
        arm("GET", m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString(), {},
            armToken(), false);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("MissingApiVersionParameter"));
}

void TestLocalVaultArm::missingToken() {
    const HttpResult result =
        arm("GET", m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString());
    QCOMPARE(result.status, 401);
    QVERIFY(!result.errorCode().isEmpty());
    const QByteArray challenge = result.header("WWW-Authenticate");
    QVERIFY2(challenge.startsWith("Bearer "), challenge.constData());
    QVERIFY2(challenge.contains(
                 m_fixture->connection().value(QStringLiteral("tenantId")).toString().toLatin1()),
             challenge.constData());
}

void TestLocalVaultArm::vaultAudienceTokenIsRejected() {
    const QString vaultToken = m_fixture->token(QStringLiteral("admin"));
    QVERIFY(!vaultToken.isEmpty());
    const HttpResult result =
        arm("GET", m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString(), {},
            vaultToken);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(!result.header("WWW-Authenticate").isEmpty());
    // And the other way round: an ARM token does not open the data plane.
    const HttpResult dataPlane = m_fixture->raw(
        "GET", QUrl(m_fixture->vaultUrl() + QStringLiteral("/certificates?api-version=7.5")),
        QByteArray(), {{"Authorization", "Bearer " + armToken().toLatin1()}});
    QCOMPARE(dataPlane.status, 401);
}

void TestLocalVaultArm::nonOwnerIsForbidden() {
    const QString readerArmToken = armToken(QStringLiteral("reader"));
    QVERIFY(!readerArmToken.isEmpty());
    const QString resourceId =
        m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString();
    const HttpResult read = arm("GET", resourceId, {}, readerArmToken);
    QCOMPARE(read.status, 403);
    QCOMPARE(read.errorCode(), QStringLiteral("AuthorizationFailed"));
    QVERIFY2(read.errorMessage().contains(QLatin1String("Microsoft.KeyVault/vaults/read")),
             qPrintable(read.errorMessage()));
    const HttpResult write =
        arm("PUT", resourceId + QStringLiteral("/accessPolicies/add"),
            QJsonObject{{QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray()}}}},
            readerArmToken);
    QCOMPARE(write.status, 403);
    QCOMPARE(write.errorCode(), QStringLiteral("AuthorizationFailed"));
    QVERIFY2(write.errorMessage().contains(QLatin1String("accessPolicies/write")),
             qPrintable(write.errorMessage()));
}

void TestLocalVaultArm::accessPolicyFixFlow() {
    // 1. The reader may not create.
    const HttpResult denied = readerCreate(QStringLiteral("reader-one"));
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.innerErrorCode(), QStringLiteral("ForbiddenByPolicy"));
    QVERIFY2(denied.errorMessage().contains(QLatin1String("certificates create")),
             qPrintable(denied.errorMessage()));

    // 2. The admin grants "Create" (portal casing) through ARM.
    const HttpResult added = changePolicies(QStringLiteral("add"), {QStringLiteral("Create")});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json.value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies"));
    QCOMPARE(added.json.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("accessPolicies"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(
        readerCertificatePermissions(),
        (QStringList{QStringLiteral("create"), QStringLiteral("get"), QStringLiteral("list")}));

    // 3. The same request now succeeds.
    const HttpResult created = readerCreate(QStringLiteral("reader-one"));
    QCOMPARE(created.status, 202);
    QCOMPARE(created.json.value(QStringLiteral("id")).toString(),
             m_fixture->vaultUrl() + QStringLiteral("/certificates/reader-one/pending"));
    // Adding it again is idempotent.
    QCOMPARE(changePolicies(QStringLiteral("add"), {QStringLiteral("create")}).status, 200);
    QCOMPARE(
        readerCertificatePermissions(),
        (QStringList{QStringLiteral("create"), QStringLiteral("get"), QStringLiteral("list")}));

    // 4. Removing "create" (other casing than stored) takes it away again.
    QCOMPARE(changePolicies(QStringLiteral("remove"), {QStringLiteral("create")}).status, 200);
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
    const HttpResult deniedAgain = readerCreate(QStringLiteral("reader-two"));
    QCOMPARE(deniedAgain.status, 403);
    QVERIFY2(deniedAgain.errorMessage().contains(QLatin1String("certificates create")),
             qPrintable(deniedAgain.errorMessage()));
    // The reader still reads.
    QCOMPARE(
        m_fixture->request("GET", QStringLiteral("/certificates"), {}, QStringLiteral("reader"))
            .status,
        200);

    // 5. Replace: exactly "import" and "get" remain; list and create are gone.
    QCOMPARE(
        changePolicies(QStringLiteral("replace"), {QStringLiteral("Import"), QStringLiteral("get")})
            .status,
        200);
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("import")}));
    QCOMPARE(
        m_fixture->request("GET", QStringLiteral("/certificates"), {}, QStringLiteral("reader"))
            .status,
        403);
    QCOMPARE(readerCreate(QStringLiteral("reader-three")).status, 403);
    const lvtest::KeyAndCertificate material =
        lvtest::makeSelfSigned(QStringLiteral("CN=reader-import"));
    const HttpResult imported = m_fixture->request(
        "POST", QStringLiteral("/certificates/reader-import/import"),
        QJsonObject{{QStringLiteral("value"), lvtest::pfxBase64(material, QByteArray())}},
        QStringLiteral("reader"));
    QCOMPARE(imported.status, 200);

    // Restore the reader's original grant for the other tests.
    QCOMPARE(
        changePolicies(QStringLiteral("replace"), {QStringLiteral("get"), QStringLiteral("list")})
            .status,
        200);
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
}

void TestLocalVaultArm::invalidAccessPolicyChanges() {
    const HttpResult unknownPermission =
        changePolicies(QStringLiteral("add"), {QStringLiteral("fly")});
    QCOMPARE(unknownPermission.status, 400);
    QCOMPARE(unknownPermission.errorCode(), QStringLiteral("BadRequest"));
    QVERIFY2(unknownPermission.errorMessage().contains(QLatin1String("fly")),
             qPrintable(unknownPermission.errorMessage()));
    const HttpResult badKind = changePolicies(QStringLiteral("merge"), {QStringLiteral("get")});
    QCOMPARE(badKind.status, 400);
    QCOMPARE(badKind.errorCode(), QStringLiteral("BadRequest"));
    // Nothing was applied.
    QCOMPARE(readerCertificatePermissions(),
             (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
}

void TestLocalVaultArm::listSubscriptionsAndVaults() {
    const QString subscriptionId =
        m_fixture->connection().value(QStringLiteral("subscriptionId")).toString();
    QVERIFY(!subscriptionId.isEmpty());
    const HttpResult subscriptions = arm("GET", QStringLiteral("/subscriptions"), {}, armToken());
    QCOMPARE(subscriptions.status, 200);
    const QJsonArray subscriptionList = subscriptions.json.value(QStringLiteral("value")).toArray();
    QCOMPARE(subscriptionList.size(), 1);
    const QJsonObject subscription = subscriptionList.first().toObject();
    QCOMPARE(subscription.value(QStringLiteral("subscriptionId")).toString(), subscriptionId);
    QCOMPARE(subscription.value(QStringLiteral("id")).toString(),
             QStringLiteral("/subscriptions/") + subscriptionId);
    QCOMPARE(subscription.value(QStringLiteral("tenantId")).toString(),
             m_fixture->connection().value(QStringLiteral("tenantId")).toString());

    const HttpResult vaults = arm(
        "GET",
        QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults").arg(subscriptionId),
        {}, armToken());
    QCOMPARE(vaults.status, 200);
    const QJsonArray vaultList = vaults.json.value(QStringLiteral("value")).toArray();
    QCOMPARE(vaultList.size(), 1);
    QCOMPARE(vaultList.first().toObject().value(QStringLiteral("id")).toString(),
             m_fixture->connection().value(QStringLiteral("vaultResourceId")).toString());
    QCOMPARE(vaultList.first()
                 .toObject()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("vaultUri"))
                 .toString(),
             m_fixture->connection().value(QStringLiteral("vaultUrl")).toString());

    // Another subscription is not found.
    const HttpResult other =
        arm("GET",
            QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000000/providers/"
                           "Microsoft.KeyVault/vaults"),
            {}, armToken());
    QCOMPARE(other.status, 404);
}

QTEST_GUILESS_MAIN(TestLocalVaultArm)
#include "tst_localvault_arm.moc"
