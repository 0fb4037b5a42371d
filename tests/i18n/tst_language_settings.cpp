// language_settings: locale mapping, the stored choice, and installLanguage() with the embedded
// catalogues (built from translations/*.ts for this test) plus Qt's own.
#include "language_settings.h"
#include "permission_labels.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <utility>

using namespace certdeck::gui;

namespace {

class LanguageChangeCounter : public QWidget {
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

QString refreshText() {
    return QCoreApplication::translate("certdeck::gui::MainWindow", "&Refresh");
}

} // namespace

class TestLanguageSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CertdeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("i18n_language_settings"));
        QSettings().clear();
    }

    void cleanupTestCase() {
        installLanguage(*qApp, QStringLiteral("en"));
        QSettings().clear();
    }

    void mapsLocales_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("ko_KR") << "ko_KR"
                               << "ko_KR";
        QTest::newRow("ko") << "ko"
                            << "ko_KR";
        QTest::newRow("zh_TW") << "zh_TW"
                               << "zh_TW";
        QTest::newRow("zh_HK") << "zh_HK"
                               << "zh_TW";
        QTest::newRow("zh_MO") << "zh_MO"
                               << "zh_TW";
        QTest::newRow("zh_Hant_CN") << "zh_Hant_CN"
                                    << "zh_TW";
        QTest::newRow("zh_Hant") << "zh_Hant"
                                 << "zh_TW";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "en";
        QTest::newRow("zh_SG") << "zh_SG"
                               << "en";
        QTest::newRow("zh") << "zh"
                            << "en";
        QTest::newRow("en_US") << "en_US"
                               << "en";
        QTest::newRow("de_DE") << "de_DE"
                               << "en";
        QTest::newRow("ja_JP") << "ja_JP"
                               << "en";
        QTest::newRow("C") << "C"
                           << "en";
    }

    void mapsLocales() {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(languageForLocale(QLocale(locale)), language);
    }

    void storesTheChoice() {
        QCOMPARE(savedLanguage(), QString());
        saveLanguage(QStringLiteral("zh_TW"));
        QCOMPARE(savedLanguage(), QStringLiteral("zh_TW"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("zh_TW"));
        saveLanguage(QStringLiteral("fr_FR"));
        QCOMPARE(savedLanguage(), QString());
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(savedLanguage(), QString());
        saveLanguage(QString());
        QCOMPARE(savedLanguage(), QString());
    }

    void resolvesTheEffectiveLanguage() {
        QCOMPARE(effectiveLanguage(QString()), systemLanguage());
        QCOMPARE(effectiveLanguage(QStringLiteral("ko_KR")), QStringLiteral("ko_KR"));
        QCOMPARE(effectiveLanguage(QStringLiteral("nonsense")), QStringLiteral("en"));
        QCOMPARE(languageChoices().size(), 4);
        QCOMPARE(languageChoices().at(0).code, QString());
        QCOMPARE(languageChoices().at(2).code, QStringLiteral("ko_KR"));
    }

    void installsKorean() {
        LanguageChangeCounter widget;
        QVERIFY(installLanguage(*qApp, QStringLiteral("ko_KR")));
        QCOMPARE(installedLanguage(), QStringLiteral("ko_KR"));
        QCOMPARE(refreshText(), QStringLiteral("새로 고침(&R)"));
        QCOMPARE(QCoreApplication::translate("certdeck::models::Expiry", "Expires in %n day(s)",
                                             nullptr, 3),
                 QStringLiteral("3일 후 만료"));
        // The Korean portal calls both get and import 가져오기: in one list they stay apart.
        QCOMPARE(certdeck::models::permissionList(
                     {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("import")}),
                 QStringLiteral("가져오기, 나열, 가져오기(import)"));
        QCOMPARE(QLocale().language(), QLocale::Korean);
        // Qt's own catalogue: standard buttons are Korean too.
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소"));
        QTRY_VERIFY(widget.changes > 0);
    }

    void switchesToTraditionalChineseAndBack() {
        QVERIFY(installLanguage(*qApp, QStringLiteral("ko_KR")));
        LanguageChangeCounter widget;
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_TW")));
        QCOMPARE(refreshText(), QStringLiteral("重新整理(&R)"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QTRY_VERIFY(widget.changes > 0);

        const int before = widget.changes;
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        QCOMPARE(installedLanguage(), QStringLiteral("en"));
        QCOMPARE(refreshText(), QStringLiteral("&Refresh"));
        QTRY_VERIFY(widget.changes > before);
        // English has its own plural forms: "1 certificate", "7 certificates", not "(s)".
        for (const auto &[count, text] :
             {std::pair{1, "Expires in 1 day"}, std::pair{7, "Expires in 7 days"}})
            QCOMPARE(QCoreApplication::translate("certdeck::models::Expiry", "Expires in %n day(s)",
                                                 nullptr, count),
                     QString::fromUtf8(text));
    }

    void followsTheSystem() {
        // The test runs with LANG=C.UTF-8: following the system means English.
        QVERIFY(installLanguage(*qApp, QString()));
        QCOMPARE(installedLanguage(), systemLanguage());
    }
};

QTEST_MAIN(TestLanguageSettings)
#include "tst_language_settings.moc"
