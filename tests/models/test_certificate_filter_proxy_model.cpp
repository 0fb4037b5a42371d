#include "models_test_support.h"

#include "certificate_filter_proxy_model.h"
#include "certificate_list_model.h"
#include "clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace certdeck;
using namespace certdeck::models;
using namespace certdeck::models::testing;

using Model = CertificateListModel;

// Certificates (all in vault "prod" unless said otherwise):
//   web       CN=www.contoso.com, O=Contoso  issued by "CN=Contoso Issuing CA"  SANs www/api  90
//   days mail      CN=mail.fabrikam.com, OU=team:ops  self-signed  SAN mail.fabrikam.com  10 days
//   phrase    CN=a b, O=Phrase  self-signed                                              200 days
//   old       item only, expired 3 days ago, tags env=prod
//   soon      item only, 20 days, tags env=test owner=ops, vault "test"
//   off       item only, disabled, 300 days
//   pend      pending (no x5t, no dates)
class TestCertificateFilterProxyModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_clock.setNow(testNow());
        m_model.setClock(&m_clock);
        m_proxy.setSourceModel(&m_model);
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            &m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            &m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

        const Issued root = makeRoot(QStringLiteral("CN=Contoso Issuing CA, O=Contoso"));
        crypto::SubjectAlternativeNames webSans;
        webSans.dnsNames = {QStringLiteral("www.contoso.com"), QStringLiteral("api.contoso.com")};
        m_web =
            makeCertificate(QStringLiteral("CN=www.contoso.com, O=Contoso"), webSans, 90, &root);
        crypto::SubjectAlternativeNames mailSans;
        mailSans.dnsNames = {QStringLiteral("mail.fabrikam.com")};
        const crypto::Certificate mail =
            makeCertificate(QStringLiteral("CN=mail.fabrikam.com, OU=team:ops"), mailSans, 10);
        const crypto::Certificate phrase = makeCertificate(QStringLiteral("CN=a b, O=Phrase"),
                                                           crypto::SubjectAlternativeNames(), 200);

        vault::CertificateItem old = item(QStringLiteral("old"), -3);
        old.tags = vault::Tags{{QStringLiteral("env"), QStringLiteral("prod")}};
        vault::CertificateItem soon = item(QStringLiteral("soon"), 20, QStringLiteral("test"));
        soon.tags = vault::Tags{{QStringLiteral("Env"), QStringLiteral("Test")},
                                {QStringLiteral("owner"), QStringLiteral("ops")}};
        vault::CertificateItem off = item(QStringLiteral("off"), 300);
        off.attributes.enabled = false;

        m_model.appendPage(QStringLiteral("prod"), {itemOf(QStringLiteral("web"), m_web),
                                                    itemOf(QStringLiteral("mail"), mail),
                                                    itemOf(QStringLiteral("phrase"), phrase), old,
                                                    off, pendingItem(QStringLiteral("pend"))});
        m_model.appendPage(QStringLiteral("test"), {soon});
        m_model.updateDetails(QStringLiteral("prod"), bundleOf(QStringLiteral("web"), m_web));
        m_model.updateDetails(QStringLiteral("prod"), bundleOf(QStringLiteral("mail"), mail));
        m_model.updateDetails(QStringLiteral("prod"), bundleOf(QStringLiteral("phrase"), phrase));
    }

    void queries_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("names");
        const auto names = [](const char *list) {
            QStringList result =
                QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            result.sort();
            return result;
        };
        QTest::newRow("empty") << QString() << names("mail off old pend phrase soon web");
        QTest::newRow("spaces only")
            << QStringLiteral("   ") << names("mail off old pend phrase soon web");
        QTest::newRow("is:expired") << QStringLiteral("is:expired") << names("old");
        QTest::newRow("is:expiring") << QStringLiteral("is:expiring") << names("mail soon");
        QTest::newRow("is:expiring-10") << QStringLiteral("is:expiring-10") << names("mail");
        QTest::newRow("is:expiring-9") << QStringLiteral("is:expiring-9") << names("");
        QTest::newRow("is:expiring-90")
            << QStringLiteral("is:expiring-90") << names("mail soon web");
        QTest::newRow("is:pending") << QStringLiteral("is:pending") << names("pend");
        QTest::newRow("is:disabled") << QStringLiteral("is:disabled") << names("off pend");
        QTest::newRow("IS:DISABLED") << QStringLiteral("IS:DISABLED") << names("off pend");
        QTest::newRow("issuer:") << QStringLiteral("issuer:issuing") << names("web");
        QTest::newRow("issuer: quoted")
            << QStringLiteral("issuer:\"Contoso Issuing\"") << names("web");
        QTest::newRow("issuer: self-signed") << QStringLiteral("issuer:fabrikam") << names("mail");
        QTest::newRow("san:") << QStringLiteral("san:api.contoso") << names("web");
        QTest::newRow("san: partial") << QStringLiteral("san:.com") << names("mail web");
        QTest::newRow("vault:") << QStringLiteral("vault:TEST") << names("soon");
        QTest::newRow("vault: exact") << QStringLiteral("vault:tes") << names("");
        QTest::newRow("tag:key") << QStringLiteral("tag:env") << names("old soon");
        QTest::newRow("tag:key=value") << QStringLiteral("tag:env=test") << names("soon");
        QTest::newRow("tag:key=other") << QStringLiteral("tag:owner=dev") << names("");
        QTest::newRow("free text name") << QStringLiteral("MAIL") << names("mail");
        QTest::newRow("free text subject") << QStringLiteral("o=contoso") << names("web");
        QTest::newRow("free text san") << QStringLiteral("api.contoso.com") << names("web");
        QTest::newRow("two free terms") << QStringLiteral("fabrikam TEAM") << names("mail");
        QTest::newRow("quoted phrase") << QStringLiteral("\"CN=a b\"") << names("phrase");
        QTest::newRow("quoted phrase no match") << QStringLiteral("\"b a\"") << names("");
        QTest::newRow("quoted prefix is text") << QStringLiteral("\"is:expired\"") << names("");
        QTest::newRow("unknown prefix") << QStringLiteral("team:ops") << names("mail");
        QTest::newRow("unknown is:") << QStringLiteral("is:sleepy") << names("");
        QTest::newRow("empty value")
            << QStringLiteral("issuer:") << names("mail off old pend phrase soon web");
        QTest::newRow("combination") << QStringLiteral("is:expiring vault:prod") << names("mail");
        QTest::newRow("combination text")
            << QStringLiteral("is:expiring-90 contoso") << names("web");
        QTest::newRow("combination none") << QStringLiteral("is:expired is:disabled") << names("");
        QTest::newRow("combination tag") << QStringLiteral("tag:env is:expired") << names("old");
    }

    void queries() {
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        m_proxy.setQuery(query);
        QCOMPARE(m_proxy.query(), query);
        QVERIFY2(m_proxy.queryError().isEmpty(), qPrintable(m_proxy.queryError()));
        QCOMPARE(visibleNames(), names);
    }

    void thumbprintByHexAndX5t() {
        const QString sha1 = QString::fromLatin1(m_web.sha1Thumbprint().toHex());
        m_proxy.setQuery(QStringLiteral("thumb:") + sha1.left(8).toLower());
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("web")});
        m_proxy.setQuery(QStringLiteral("thumb:") + sha1.toUpper());
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("web")});
        // Colon-separated, as some tools print it.
        QString colons;
        for (int i = 0; i < 6; i += 2)
            colons += sha1.mid(i, 2) + QLatin1Char(':');
        m_proxy.setQuery(QStringLiteral("thumb:") + colons);
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("web")});
        // The x5t form (base64url).
        m_proxy.setQuery(QStringLiteral("thumb:") + m_web.x5t().left(10));
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("web")});
        // Rows known only from the list: the thumbprint comes from x5t.
        m_proxy.setQuery(QStringLiteral("thumb:") + sha1HexOf(QStringLiteral("prod/old")).left(12));
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("old")});
        // SHA-256 prefix too.
        m_proxy.setQuery(QStringLiteral("thumb:") +
                         QString::fromLatin1(m_web.sha256Thumbprint().toHex()).left(16));
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("web")});
        m_proxy.setQuery(QStringLiteral("thumb:zzzz"));
        QCOMPARE(visibleNames(), QStringList());
    }

    void unbalancedQuoteIsReported() {
        QSignalSpy errors(&m_proxy, &CertificateFilterProxyModel::queryErrorChanged);
        m_proxy.setQuery(QStringLiteral("\"CN=a b"));
        QVERIFY(!m_proxy.queryError().isEmpty());
        QCOMPARE(errors.count(), 1);
        // Still filters as if closed.
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("phrase")});
        m_proxy.setQuery(QStringLiteral("\"CN=a b\""));
        QVERIFY(m_proxy.queryError().isEmpty());
        QCOMPARE(errors.count(), 2);
        m_proxy.setQuery(QString());
        QCOMPARE(errors.count(), 2);
    }

    void expiringFollowsSourceWindowAndClock() {
        m_proxy.setQuery(QStringLiteral("is:expiring"));
        QCOMPARE(visibleNames(), (QStringList{QStringLiteral("mail"), QStringLiteral("soon")}));
        m_model.setExpiringWithinDays(15);
        m_proxy.setQuery(QStringLiteral("is:expiring"));
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("mail")});
        m_model.setExpiringWithinDays(30);
        m_clock.advanceDays(11);
        m_model.refreshTime(); // dynamic filtering re-evaluates changed rows
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("soon")});
        m_proxy.setQuery(QStringLiteral("is:expired"));
        QCOMPARE(visibleNames(), (QStringList{QStringLiteral("mail"), QStringLiteral("old")}));
        m_clock.setNow(testNow());
        m_model.refreshTime();
    }

    void filterFollowsSourceChanges() {
        m_proxy.setQuery(QStringLiteral("is:disabled"));
        QCOMPARE(visibleNames(), (QStringList{QStringLiteral("off"), QStringLiteral("pend")}));
        vault::CertificateItem enabled = item(QStringLiteral("off"), 300);
        m_model.upsert(QStringLiteral("prod"), enabled);
        QCOMPARE(visibleNames(), QStringList{QStringLiteral("pend")});
        vault::CertificateItem disabled = enabled;
        disabled.attributes.enabled = false;
        m_model.upsert(QStringLiteral("prod"), disabled);
        QCOMPARE(visibleNames(), (QStringList{QStringLiteral("off"), QStringLiteral("pend")}));
    }

    void sortsWithSortRole() {
        m_proxy.setQuery(QStringLiteral("vault:prod"));
        m_proxy.sort(Model::DaysLeftColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            order.append(m_proxy.index(row, Model::NameColumn).data().toString());
        // -3, 10, 90, 200, 300 (numeric, not "10" < "200" < "300" < "90"), no expiry last.
        QCOMPARE(order, (QStringList{QStringLiteral("old"), QStringLiteral("mail"),
                                     QStringLiteral("web"), QStringLiteral("phrase"),
                                     QStringLiteral("off"), QStringLiteral("pend")}));
        m_proxy.sort(Model::NameColumn, Qt::AscendingOrder);
        QCOMPARE(m_proxy.index(0, 0).data().toString(), QStringLiteral("mail"));
        m_proxy.sort(-1);
        m_proxy.setQuery(QString());
    }

private:
    QStringList visibleNames() const {
        QStringList names;
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            names.append(m_proxy.index(row, Model::NameColumn).data().toString());
        names.sort();
        return names;
    }

    FixedClock m_clock;
    Model m_model;
    CertificateFilterProxyModel m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    crypto::Certificate m_web;
};

QTEST_MAIN(TestCertificateFilterProxyModel)
#include "test_certificate_filter_proxy_model.moc"
