// Import (PFX, PEM, EC, the rejections) and listing (paging, includePending, versions) against the
// in-process local vault over real HTTPS.
#include "local_vault_fixture.h"

#include "certificate_reader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace certdeck;

class TestLocalVaultImportList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void importPfxWithPassword();
    void importPemText();
    void importEcPfx();
    void importRejectsWrongPassword();
    void importRejectsGarbage_data();
    void importRejectsGarbage();
    void importRejectsPemWithoutKey();
    void importRejectsInvalidName();
    void importWhilePendingIsForbidden();

    void listPagesFollowNextLink();
    void listRejectsBadMaxResults_data();
    void listRejectsBadMaxResults();
    void listIncludePending();
    void listVersions();
    void listVersionsOfMissingCertificate();
    void getWithTrailingSlashIsLatest();

private:
    QJsonObject importPfx(const QString &name, const lvtest::KeyAndCertificate &material,
                          int expectedStatus = 200);

    std::unique_ptr<LocalVaultFixture> m_fixture;
    lvtest::KeyAndCertificate m_rsa;
    lvtest::KeyAndCertificate m_ec;
};

void TestLocalVaultImportList::initTestCase() {
    m_fixture = std::make_unique<LocalVaultFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_rsa = lvtest::makeSelfSigned(QStringLiteral("CN=import.contoso.com"));
    crypto::KeySpec ec;
    ec.type = crypto::KeyType::Ec;
    ec.curve = crypto::EcCurve::P256;
    m_ec = lvtest::makeSelfSigned(QStringLiteral("CN=ec.contoso.com"), ec, 6);
}

void TestLocalVaultImportList::cleanupTestCase() {
    m_fixture.reset();
}

QJsonObject TestLocalVaultImportList::importPfx(const QString &name,
                                                const lvtest::KeyAndCertificate &material,
                                                int expectedStatus) {
    const HttpResult result = m_fixture->request(
        "POST", QStringLiteral("/certificates/%1/import").arg(name),
        QJsonObject{{QStringLiteral("value"), lvtest::pfxBase64(material, QByteArray())}});
    if (result.status != expectedStatus)
        qWarning("import of %s: HTTP %d %s", qPrintable(name), result.status,
                 result.body.constData());
    return result.status == expectedStatus ? result.json : QJsonObject();
}

void TestLocalVaultImportList::importPfxWithPassword() {
    const QJsonObject body{{QStringLiteral("value"), lvtest::pfxBase64(m_rsa, "s3cret!")},
                           {QStringLiteral("pwd"), QStringLiteral("s3cret!")}};
    const HttpResult result =
        m_fixture->request("POST", QStringLiteral("/certificates/imported-pfx/import"), body);
    QCOMPARE(result.status, 200);
    const QJsonObject &bundle = result.json;
    const QString base = m_fixture->vaultUrl() + QStringLiteral("/certificates/imported-pfx/");
    const QString id = bundle.value(QStringLiteral("id")).toString();
    QVERIFY2(id.startsWith(base), qPrintable(id));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id.mid(base.size())).hasMatch(),
        qPrintable(id));

    // cer is the imported certificate; x5t is base64url(SHA-1(cer)) and the crypto library agrees.
    QCOMPARE(lvtest::cerOf(bundle), m_rsa.certificate.der());
    const QString x5t = bundle.value(QStringLiteral("x5t")).toString();
    QCOMPARE(x5t, lvtest::x5tOf(m_rsa.certificate.der()));
    QCOMPARE(x5t, m_rsa.certificate.x5t());
    QVERIFY(!x5t.contains(QLatin1Char('=')));
    QVERIFY(bundle.value(QStringLiteral("kid")).toString().endsWith(id.mid(base.size())));
    QVERIFY(bundle.value(QStringLiteral("sid")).toString().endsWith(id.mid(base.size())));
    const QJsonObject attributes = bundle.value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("enabled")).toBool(false), true);
    QCOMPARE(qint64(attributes.value(QStringLiteral("nbf")).toDouble()),
             m_rsa.certificate.notBefore().toSecsSinceEpoch());
    QCOMPARE(qint64(attributes.value(QStringLiteral("exp")).toDouble()),
             m_rsa.certificate.notAfter().toSecsSinceEpoch());

    // The policy is derived from the certificate.
    const QJsonObject policy = bundle.value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("id")).toString(),
             m_fixture->vaultUrl() + QStringLiteral("/certificates/imported-pfx/policy"));
    QCOMPARE(
        policy.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Unknown"));
    const QJsonObject x509 = policy.value(QStringLiteral("x509_props")).toObject();
    QCOMPARE(x509.value(QStringLiteral("subject")).toString(),
             QStringLiteral("CN=import.contoso.com"));
    QCOMPARE(x509.value(QStringLiteral("validity_months")).toInt(), 12);
    QCOMPARE(
        x509.value(QStringLiteral("sans")).toObject().value(QStringLiteral("dns_names")).toArray(),
        QJsonArray{QStringLiteral("import.contoso.com")});
    const QJsonObject keyProps = policy.value(QStringLiteral("key_props")).toObject();
    QCOMPARE(keyProps.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(keyProps.value(QStringLiteral("key_size")).toInt(), 2048);
    QCOMPARE(keyProps.value(QStringLiteral("exportable")).toBool(false), true);
    QVERIFY(!keyProps.contains(QStringLiteral("crv")));
    QCOMPARE(policy.value(QStringLiteral("secret_props"))
                 .toObject()
                 .value(QStringLiteral("contentType"))
                 .toString(),
             QStringLiteral("application/x-pkcs12"));

    // GET returns the same certificate.
    const HttpResult get = m_fixture->request("GET", QStringLiteral("/certificates/imported-pfx"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(get.json.value(QStringLiteral("x5t")).toString(), x5t);
}

void TestLocalVaultImportList::importPemText() {
    const QJsonObject body{
        {QStringLiteral("value"), lvtest::pemText(m_rsa)},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("secret_props"),
                      QJsonObject{{QStringLiteral("contentType"),
                                   QStringLiteral("application/x-pem-file")}}}}}};
    const HttpResult result =
        m_fixture->request("POST", QStringLiteral("/certificates/imported-pem/import"), body);
    QCOMPARE(result.status, 200);
    QCOMPARE(lvtest::cerOf(result.json), m_rsa.certificate.der());
    QCOMPARE(result.json.value(QStringLiteral("x5t")).toString(), m_rsa.certificate.x5t());
    const QJsonObject policy = result.json.value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("secret_props"))
                 .toObject()
                 .value(QStringLiteral("contentType"))
                 .toString(),
             QStringLiteral("application/x-pem-file"));
    QCOMPARE(policy.value(QStringLiteral("key_props"))
                 .toObject()
                 .value(QStringLiteral("kty"))
                 .toString(),
             QStringLiteral("RSA"));
}

void TestLocalVaultImportList::importEcPfx() {
    const QJsonObject bundle = importPfx(QStringLiteral("imported-ec"), m_ec);
    QVERIFY(!bundle.isEmpty());
    QCOMPARE(lvtest::cerOf(bundle), m_ec.certificate.der());
    QCOMPARE(bundle.value(QStringLiteral("x5t")).toString(), m_ec.certificate.x5t());
    const QJsonObject policy = bundle.value(QStringLiteral("policy")).toObject();
    const QJsonObject keyProps = policy.value(QStringLiteral("key_props")).toObject();
    QCOMPARE(keyProps.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
    QCOMPARE(keyProps.value(QStringLiteral("crv")).toString(), QStringLiteral("P-256"));
    QVERIFY(!keyProps.contains(QStringLiteral("key_size")));
    QCOMPARE(policy.value(QStringLiteral("x509_props"))
                 .toObject()
                 .value(QStringLiteral("validity_months"))
                 .toInt(),
             6);
    QCOMPARE(policy.value(QStringLiteral("x509_props"))
                 .toObject()
                 .value(QStringLiteral("subject"))
                 .toString(),
             QStringLiteral("CN=ec.contoso.com"));
}

void TestLocalVaultImportList::importRejectsWrongPassword() {
    const QJsonObject body{{QStringLiteral("value"), lvtest::pfxBase64(m_rsa, "right")},
                           {QStringLiteral("pwd"), QStringLiteral("wrong")}};
    const HttpResult result =
        m_fixture->request("POST", QStringLiteral("/certificates/wrong-pwd/import"), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("BadParameter"));
    QVERIFY2(result.errorMessage().contains(QLatin1String("password")),
             qPrintable(result.errorMessage()));
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/wrong-pwd")).status, 404);
}

void TestLocalVaultImportList::importRejectsGarbage_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("not base64") << QStringLiteral("this is %%% not base64 ***");
    QByteArray noise;
    for (int i = 0; i < 600; ++i)
        noise.append(char((i * 7919 + 13) % 251));
    QTest::newRow("base64 of noise") << QString::fromLatin1(noise.toBase64());
    const QByteArray pfx =
        QByteArray::fromBase64(lvtest::pfxBase64(m_rsa, QByteArray()).toLatin1());
    QTest::newRow("truncated pfx") << QString::fromLatin1(pfx.left(pfx.size() / 2).toBase64());
    QTest::newRow("pfx missing its last byte") << QString::fromLatin1(pfx.chopped(1).toBase64());
}

void TestLocalVaultImportList::importRejectsGarbage() {
    QFETCH(QString, value);
    const HttpResult result =
        m_fixture->request("POST", QStringLiteral("/certificates/garbage/import"),
                           QJsonObject{{QStringLiteral("value"), value}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("BadParameter"));
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/garbage")).status, 404);
}

void TestLocalVaultImportList::importRejectsPemWithoutKey() {
    const HttpResult result = m_fixture->request(
        "POST", QStringLiteral("/certificates/pem-no-key/import"),
        QJsonObject{{QStringLiteral("value"), QString::fromLatin1(m_rsa.certificate.pem())}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("BadParameter"));
    QVERIFY2(result.errorMessage().contains(QLatin1String("private key")),
             qPrintable(result.errorMessage()));
    // A key that does not belong to the certificate is refused as well.
    const QString mismatched = QString::fromLatin1(crypto::writePem({m_rsa.certificate}, m_ec.key));
    const HttpResult other =
        m_fixture->request("POST", QStringLiteral("/certificates/pem-no-key/import"),
                           QJsonObject{{QStringLiteral("value"), mismatched}});
    QCOMPARE(other.status, 400);
    QCOMPARE(other.errorCode(), QStringLiteral("BadParameter"));
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/pem-no-key")).status, 404);
}

void TestLocalVaultImportList::importRejectsInvalidName() {
    const HttpResult result = m_fixture->request(
        "POST", QStringLiteral("/certificates/bad_name!/import"),
        QJsonObject{{QStringLiteral("value"), lvtest::pfxBase64(m_rsa, QByteArray())}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("BadParameter"));
    // 128 characters is one too many.
    const HttpResult tooLong = m_fixture->request(
        "POST", QStringLiteral("/certificates/%1/import").arg(QString(128, QLatin1Char('a'))),
        QJsonObject{{QStringLiteral("value"), lvtest::pfxBase64(m_rsa, QByteArray())}});
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.errorCode(), QStringLiteral("BadParameter"));
}

void TestLocalVaultImportList::importWhilePendingIsForbidden() {
    const QJsonObject create{
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("x509_props"),
                      QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=busy")}}},
                     {QStringLiteral("issuer"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Unknown")}}}}}};
    const HttpResult created =
        m_fixture->request("POST", QStringLiteral("/certificates/busy/create"), create);
    QCOMPARE(created.status, 202);
    QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("inProgress"));

    const QJsonObject before = m_fixture->request("GET", QStringLiteral("/certificates/busy")).json;
    const HttpResult imported = m_fixture->request(
        "POST", QStringLiteral("/certificates/busy/import"),
        QJsonObject{{QStringLiteral("value"), lvtest::pfxBase64(m_rsa, QByteArray())}});
    QCOMPARE(imported.status, 409);
    QCOMPARE(imported.errorCode(), QStringLiteral("Forbidden"));
    // Nothing changed: the pending version is still the latest and the operation still runs.
    const HttpResult after = m_fixture->request("GET", QStringLiteral("/certificates/busy"));
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json.value(QStringLiteral("id")).toString(),
             before.value(QStringLiteral("id")).toString());
    QVERIFY(!after.json.contains(QStringLiteral("x5t")));
    const HttpResult pending =
        m_fixture->request("GET", QStringLiteral("/certificates/busy/pending"));
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json.value(QStringLiteral("status")).toString(), QStringLiteral("inProgress"));
}

void TestLocalVaultImportList::listPagesFollowNextLink() {
    // A vault of its own, so the count is exact.
    LocalVaultFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    const QString pfx = lvtest::pfxBase64(m_rsa, QByteArray());
    QSet<QString> expected;
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("paged-%1").arg(i, 2, 10, QLatin1Char('0'));
        const HttpResult result =
            fixture.request("POST", QStringLiteral("/certificates/%1/import").arg(name),
                            QJsonObject{{QStringLiteral("value"), pfx}});
        QCOMPARE(result.status, 200);
        expected.insert(fixture.vaultUrl() + QStringLiteral("/certificates/") + name);
    }

    QList<QJsonObject> pages;
    const QList<QJsonObject> items =
        lvtest::listAll(fixture, QStringLiteral("/certificates?maxresults=10"), &pages, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(pages.size() == 3 || pages.size() == 4, qPrintable(QString::number(pages.size())));
    QSet<QString> ids;
    for (const QJsonObject &page : pages)
        QVERIFY(page.value(QStringLiteral("value")).toArray().size() <= 10);
    for (const QJsonObject &item : items) {
        ids.insert(item.value(QStringLiteral("id")).toString());
        QCOMPARE(item.value(QStringLiteral("x5t")).toString(), m_rsa.certificate.x5t());
    }
    QCOMPARE(items.size(), 30);
    QCOMPARE(ids, expected);
    QVERIFY(pages.last().contains(QStringLiteral("nextLink")));
    QVERIFY(pages.last().value(QStringLiteral("nextLink")).isNull());
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        const QString next = pages[i].value(QStringLiteral("nextLink")).toString();
        QVERIFY2(next.startsWith(fixture.vaultUrl() + QStringLiteral("/certificates?")),
                 qPrintable(next));
        QVERIFY2(next.contains(QLatin1String("api-version=7.5")), qPrintable(next));
        QVERIFY2(next.contains(QLatin1String("maxresults=10")), qPrintable(next));
    }

    // Without maxresults one page holds at most 25.
    QList<QJsonObject> defaultPages;
    QCOMPARE(lvtest::listAll(fixture, QStringLiteral("/certificates"), &defaultPages).size(), 30);
    QCOMPARE(defaultPages.size(), 2);
    QCOMPARE(defaultPages.first().value(QStringLiteral("value")).toArray().size(), 25);
}

void TestLocalVaultImportList::listRejectsBadMaxResults_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("certificates 0") << QStringLiteral("/certificates?maxresults=0");
    QTest::newRow("certificates 26") << QStringLiteral("/certificates?maxresults=26");
    QTest::newRow("certificates text") << QStringLiteral("/certificates?maxresults=ten");
    QTest::newRow("versions 0") << QStringLiteral(
        "/certificates/imported-pfx/versions?maxresults=0");
    QTest::newRow("versions 26") << QStringLiteral(
        "/certificates/imported-pfx/versions?maxresults=26");
}

void TestLocalVaultImportList::listRejectsBadMaxResults() {
    QFETCH(QString, path);
    const HttpResult result = m_fixture->request("GET", path);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), QStringLiteral("BadParameter"));
}

void TestLocalVaultImportList::listIncludePending() {
    const QJsonObject create{
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("x509_props"),
                      QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=waiting")}}},
                     {QStringLiteral("issuer"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Unknown")}}}}}};
    QCOMPARE(m_fixture->request("POST", QStringLiteral("/certificates/only-pending/create"), create)
                 .status,
             202);
    QVERIFY(!importPfx(QStringLiteral("listed-complete"), m_rsa).isEmpty());
    const QString pendingId = m_fixture->vaultUrl() + QStringLiteral("/certificates/only-pending");
    const QString completeId =
        m_fixture->vaultUrl() + QStringLiteral("/certificates/listed-complete");

    const auto find = [](const QList<QJsonObject> &items,
                         const QString &id) -> std::optional<QJsonObject> {
        for (const QJsonObject &item : items) {
            if (item.value(QStringLiteral("id")).toString() == id)
                return item;
        }
        return std::nullopt;
    };

    QString error;
    const QList<QJsonObject> plain =
        lvtest::listAll(*m_fixture, QStringLiteral("/certificates?maxresults=3"), nullptr, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!find(plain, pendingId));
    QVERIFY(find(plain, completeId));

    const QList<QJsonObject> all = lvtest::listAll(
        *m_fixture, QStringLiteral("/certificates?maxresults=3&includePending=true"), nullptr,
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // includePending adds exactly the never-completed certificates (this one, and "busy" when the
    // import test ran before) and nothing else.
    QSet<QString> plainIds;
    for (const QJsonObject &item : plain)
        plainIds.insert(item.value(QStringLiteral("id")).toString());
    QCOMPARE(plainIds.size(), plain.size()); // no duplicates across pages
    for (const QJsonObject &item : all) {
        const QString id = item.value(QStringLiteral("id")).toString();
        if (plainIds.contains(id))
            continue;
        QVERIFY2(id == pendingId ||
                     id == m_fixture->vaultUrl() + QStringLiteral("/certificates/busy"),
                 qPrintable(id));
        QVERIFY(!item.contains(QStringLiteral("x5t")));
    }
    QVERIFY(all.size() > plain.size());
    const auto pending = find(all, pendingId);
    QVERIFY(pending);
    QVERIFY(!pending->contains(QStringLiteral("x5t")));
    QCOMPARE(pending->value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("enabled"))
                 .toBool(true),
             false);
    const auto complete = find(all, completeId);
    QVERIFY(complete);
    QCOMPARE(complete->value(QStringLiteral("x5t")).toString(), m_rsa.certificate.x5t());
    QCOMPARE(complete->value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("enabled"))
                 .toBool(false),
             true);
}

void TestLocalVaultImportList::listVersions() {
    QStringList versionIds;
    QStringList thumbprints;
    const QString base = m_fixture->vaultUrl() + QStringLiteral("/certificates/three-times/");
    for (int i = 0; i < 3; ++i) {
        lvtest::KeyAndCertificate material = m_rsa;
        material.certificate =
            lvtest::reissue(m_rsa, QStringLiteral("CN=three-%1.contoso.com").arg(i));
        const QJsonObject bundle = importPfx(QStringLiteral("three-times"), material);
        QVERIFY(!bundle.isEmpty());
        versionIds.append(bundle.value(QStringLiteral("id")).toString());
        thumbprints.append(material.certificate.x5t());
    }
    QCOMPARE(QSet<QString>(versionIds.cbegin(), versionIds.cend()).size(), 3);

    QString error;
    QList<QJsonObject> pages;
    const QList<QJsonObject> items = lvtest::listAll(
        *m_fixture, QStringLiteral("/certificates/three-times/versions?maxresults=2"), &pages,
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pages.size(), 2);
    QCOMPARE(items.size(), 3);
    QStringList listed;
    for (const QJsonObject &item : items) {
        const QString id = item.value(QStringLiteral("id")).toString();
        QVERIFY2(id.startsWith(base), qPrintable(id));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                     .match(id.mid(base.size()))
                     .hasMatch(),
                 qPrintable(id));
        listed.append(id);
        QCOMPARE(item.value(QStringLiteral("x5t")).toString(),
                 thumbprints.at(versionIds.indexOf(id)));
    }
    QStringList sortedListed = listed;
    QStringList sortedImported = versionIds;
    sortedListed.sort();
    sortedImported.sort();
    QCOMPARE(sortedListed, sortedImported);

    // Each version is readable by its id; the unversioned GET is the last import.
    for (int i = 0; i < 3; ++i) {
        const HttpResult version =
            m_fixture->request("GET", versionIds[i].mid(m_fixture->vaultUrl().size()));
        QCOMPARE(version.status, 200);
        QCOMPARE(version.json.value(QStringLiteral("x5t")).toString(), thumbprints[i]);
    }
    const HttpResult latest =
        m_fixture->request("GET", QStringLiteral("/certificates/three-times"));
    QCOMPARE(latest.status, 200);
    QCOMPARE(latest.json.value(QStringLiteral("id")).toString(), versionIds.last());
}

void TestLocalVaultImportList::listVersionsOfMissingCertificate() {
    const HttpResult result =
        m_fixture->request("GET", QStringLiteral("/certificates/never-existed/versions"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json.value(QStringLiteral("value")).isArray());
    QCOMPARE(result.json.value(QStringLiteral("value")).toArray().size(), 0);
    QVERIFY(result.json.value(QStringLiteral("nextLink")).isNull());
}

void TestLocalVaultImportList::getWithTrailingSlashIsLatest() {
    lvtest::KeyAndCertificate second = m_rsa;
    second.certificate = lvtest::reissue(m_rsa, QStringLiteral("CN=slash.contoso.com"));
    QVERIFY(!importPfx(QStringLiteral("slash"), m_rsa).isEmpty());
    const QJsonObject latest = importPfx(QStringLiteral("slash"), second);
    QVERIFY(!latest.isEmpty());

    const HttpResult withSlash = m_fixture->request("GET", QStringLiteral("/certificates/slash/"));
    QCOMPARE(withSlash.status, 200);
    QCOMPARE(withSlash.json.value(QStringLiteral("id")).toString(),
             latest.value(QStringLiteral("id")).toString());
    QCOMPARE(withSlash.json.value(QStringLiteral("x5t")).toString(), second.certificate.x5t());
    const HttpResult withoutSlash =
        m_fixture->request("GET", QStringLiteral("/certificates/slash"));
    QCOMPARE(withoutSlash.status, 200);
    QCOMPARE(withoutSlash.json.value(QStringLiteral("id")).toString(),
             latest.value(QStringLiteral("id")).toString());
    QCOMPARE(m_fixture->request("GET", QStringLiteral("/certificates/no-such-cert/")).status, 404);
}

QTEST_GUILESS_MAIN(TestLocalVaultImportList)
#include "tst_localvault_import_list.moc"
