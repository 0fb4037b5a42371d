// Certificate issuers and certificate contacts of the local vault.
#include "local_vault_fixture.h"

#include <QJsonArray>
#include <QTest>

class TestLocalVaultIssuers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void issuerLifecycle();
    void issuerWithoutProviderIsRejected();
    void reservedIssuerNames_data();
    void reservedIssuerNames();
    void issuerPermissions();
    void contactsLifecycle();

private:
    std::unique_ptr<LocalVaultFixture> m_fixture;
};

void TestLocalVaultIssuers::initTestCase() {
    m_fixture = std::make_unique<LocalVaultFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestLocalVaultIssuers::cleanupTestCase() {
    m_fixture.reset();
}

void TestLocalVaultIssuers::issuerLifecycle() {
    const QString issuerUrl = m_fixture->vaultUrl() + QStringLiteral("/certificates/issuers/my-ca");
    const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("Test")},
                           {QStringLiteral("credentials"),
                            QJsonObject{{QStringLiteral("account_id"), QStringLiteral("a")},
                                        {QStringLiteral("pwd"), QStringLiteral("p")}}}};
    const HttpResult put =
        m_fixture->request("PUT", QStringLiteral("/certificates/issuers/my-ca"), body);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json.value(QStringLiteral("id")).toString(), issuerUrl);
    QCOMPARE(put.json.value(QStringLiteral("provider")).toString(), QStringLiteral("Test"));
    const QJsonObject credentials = put.json.value(QStringLiteral("credentials")).toObject();
    QCOMPARE(credentials.value(QStringLiteral("account_id")).toString(), QStringLiteral("a"));
    QVERIFY(!credentials.contains(QStringLiteral("pwd")));
    QVERIFY2(!put.body.contains("pwd"), put.body.constData());
    const QJsonObject attributes = put.json.value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("enabled")).toBool(false), true);
    QVERIFY(attributes.value(QStringLiteral("created")).toDouble() > 1.6e9);
    QVERIFY(attributes.value(QStringLiteral("updated")).toDouble() > 1.6e9);

    const HttpResult get = m_fixture->request("GET", QStringLiteral("/certificates/issuers/my-ca"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json.value(QStringLiteral("id")).toString(), issuerUrl);
    QCOMPARE(get.json.value(QStringLiteral("provider")).toString(), QStringLiteral("Test"));
    QCOMPARE(get.json.value(QStringLiteral("credentials"))
                 .toObject()
                 .value(QStringLiteral("account_id"))
                 .toString(),
             QStringLiteral("a"));
    QVERIFY2(!get.body.contains("pwd"), get.body.constData());

    const HttpResult patch = m_fixture->request(
        "PATCH", QStringLiteral("/certificates/issuers/my-ca"),
        QJsonObject{{QStringLiteral("credentials"),
                     QJsonObject{{QStringLiteral("account_id"), QStringLiteral("b")}}}});
    QCOMPARE(patch.status, 200);
    QCOMPARE(patch.json.value(QStringLiteral("credentials"))
                 .toObject()
                 .value(QStringLiteral("account_id"))
                 .toString(),
             QStringLiteral("b"));
    QCOMPARE(patch.json.value(QStringLiteral("provider")).toString(),
             QStringLiteral("Test")); // kept
    QCOMPARE(qint64(patch.json.value(QStringLiteral("attributes"))
                        .toObject()
                        .value(QStringLiteral("created"))
                        .toDouble()),
             qint64(attributes.value(QStringLiteral("created")).toDouble()));
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/issuers/my-ca"))
                 .json.value(QStringLiteral("credentials"))
                 .toObject()
                 .value(QStringLiteral("account_id"))
                 .toString(),
             QStringLiteral("b"));
    // PATCH of a missing issuer does not create it.
    const HttpResult patchMissing =
        m_fixture->request("PATCH", QStringLiteral("/certificates/issuers/ghost"),
                           QJsonObject{{QStringLiteral("provider"), QStringLiteral("Test")}});
    QCOMPARE(patchMissing.status, 404);
    QCOMPARE(patchMissing.errorCode(), QStringLiteral("CertificateIssuerNotFound"));

    QCOMPARE(m_fixture
                 ->request("PUT", QStringLiteral("/certificates/issuers/other-ca"),
                           QJsonObject{{QStringLiteral("provider"), QStringLiteral("DigiCert")}})
                 .status,
             200);
    const HttpResult list = m_fixture->request("GET", QStringLiteral("/certificates/issuers"));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json.value(QStringLiteral("value")).toArray();
    QCOMPARE(items.size(), 2);
    QHash<QString, QString> providers;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("provider")}));
        providers.insert(item.value(QStringLiteral("id")).toString(),
                         item.value(QStringLiteral("provider")).toString());
    }
    QCOMPARE(providers.value(issuerUrl), QStringLiteral("Test"));
    QCOMPARE(
        providers.value(m_fixture->vaultUrl() + QStringLiteral("/certificates/issuers/other-ca")),
        QStringLiteral("DigiCert"));
    QVERIFY(list.json.value(QStringLiteral("nextLink")).isNull());

    const HttpResult deleted =
        m_fixture->request("DELETE", QStringLiteral("/certificates/issuers/my-ca"));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(QStringLiteral("id")).toString(), issuerUrl);
    QCOMPARE(deleted.json.value(QStringLiteral("provider")).toString(), QStringLiteral("Test"));
    QCOMPARE(deleted.json.value(QStringLiteral("credentials"))
                 .toObject()
                 .value(QStringLiteral("account_id"))
                 .toString(),
             QStringLiteral("b"));
    QVERIFY2(!deleted.body.contains("pwd"), deleted.body.constData());

    const HttpResult gone =
        m_fixture->request("GET", QStringLiteral("/certificates/issuers/my-ca"));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), QStringLiteral("CertificateIssuerNotFound"));
    const HttpResult deleteAgain =
        m_fixture->request("DELETE", QStringLiteral("/certificates/issuers/my-ca"));
    QCOMPARE(deleteAgain.status, 404);
    QCOMPARE(deleteAgain.errorCode(), QStringLiteral("CertificateIssuerNotFound"));
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/issuers"))
                 .json.value(QStringLiteral("value"))
                 .toArray()
                 .size(),
             1);
}

void TestLocalVaultIssuers::issuerWithoutProviderIsRejected() {
    const HttpResult result = m_fixture->request(
        "PUT", QStringLiteral("/certificates/issuers/no-provider"),
        QJsonObject{{QStringLiteral("credentials"),
                     QJsonObject{{QStringLiteral("account_id"), QStringLiteral("a")}}}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("BadParameter"));
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/issuers/no-provider")).status,
             404);
}

void TestLocalVaultIssuers::reservedIssuerNames_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("Self") << QStringLiteral("Self");
    QTest::newRow("Unknown") << QStringLiteral("Unknown");
    QTest::newRow("self (any case)") << QStringLiteral("self");
    QTest::newRow("invalid characters") << QStringLiteral("bad_name");
}

void TestLocalVaultIssuers::reservedIssuerNames() {
    QFETCH(QString, name);
    const HttpResult result =
        m_fixture->request("PUT", QStringLiteral("/certificates/issuers/") + name,
                           QJsonObject{{QStringLiteral("provider"), QStringLiteral("Test")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("BadParameter"));
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/issuers/") + name).status,
             404);
}

void TestLocalVaultIssuers::issuerPermissions() {
    // The reader holds certificates get+list only: no issuer or contacts management.
    const HttpResult put =
        m_fixture->request("PUT", QStringLiteral("/certificates/issuers/reader-ca"),
                           QJsonObject{{QStringLiteral("provider"), QStringLiteral("Test")}},
                           QStringLiteral("reader"));
    QCOMPARE(put.status, 403);
    QCOMPARE(put.innerErrorCode(), QStringLiteral("ForbiddenByPolicy"));
    QVERIFY2(put.errorMessage().contains(QLatin1String("certificates setissuers")),
             qPrintable(put.errorMessage()));
    const HttpResult list = m_fixture->request("GET", QStringLiteral("/certificates/issuers"), {},
                                               QStringLiteral("reader"));
    QCOMPARE(list.status, 403);
    QVERIFY2(list.errorMessage().contains(QLatin1String("certificates listissuers")),
             qPrintable(list.errorMessage()));
    const HttpResult contacts = m_fixture->request("GET", QStringLiteral("/certificates/contacts"),
                                                   {}, QStringLiteral("reader"));
    QCOMPARE(contacts.status, 403);
    QVERIFY2(contacts.errorMessage().contains(QLatin1String("certificates managecontacts")),
             qPrintable(contacts.errorMessage()));
}

void TestLocalVaultIssuers::contactsLifecycle() {
    const QString contactsUrl = m_fixture->vaultUrl() + QStringLiteral("/certificates/contacts");
    const HttpResult none = m_fixture->request("GET", QStringLiteral("/certificates/contacts"));
    QCOMPARE(none.status, 404);
    QCOMPARE(none.errorCode(), QStringLiteral("ContactsNotFound"));
    const HttpResult deleteNone =
        m_fixture->request("DELETE", QStringLiteral("/certificates/contacts"));
    QCOMPARE(deleteNone.status, 404);
    QCOMPARE(deleteNone.errorCode(), QStringLiteral("ContactsNotFound"));

    const QJsonObject contact{{QStringLiteral("email"), QStringLiteral("a@contoso.com")},
                              {QStringLiteral("name"), QStringLiteral("A")},
                              {QStringLiteral("phone"), QStringLiteral("1")}};
    const HttpResult put =
        m_fixture->request("PUT", QStringLiteral("/certificates/contacts"),
                           QJsonObject{{QStringLiteral("contacts"), QJsonArray{contact}}});
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json.value(QStringLiteral("id")).toString(), contactsUrl);
    QCOMPARE(put.json.value(QStringLiteral("contacts")).toArray(), QJsonArray{contact});

    const HttpResult get = m_fixture->request("GET", QStringLiteral("/certificates/contacts"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json.value(QStringLiteral("id")).toString(), contactsUrl);
    QCOMPARE(get.json.value(QStringLiteral("contacts")).toArray(), QJsonArray{contact});

    // "contacts" is a literal segment, not a certificate name.
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/contacts"))
                 .json.contains(QStringLiteral("x5t")),
             false);

    const HttpResult deleted =
        m_fixture->request("DELETE", QStringLiteral("/certificates/contacts"));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(QStringLiteral("id")).toString(), contactsUrl);
    QCOMPARE(deleted.json.value(QStringLiteral("contacts")).toArray(), QJsonArray{contact});

    const HttpResult gone = m_fixture->request("GET", QStringLiteral("/certificates/contacts"));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), QStringLiteral("ContactsNotFound"));
}

QTEST_GUILESS_MAIN(TestLocalVaultIssuers)
#include "tst_localvault_issuers.moc"
