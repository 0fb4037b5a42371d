// Dates and times in the operator's locale, without Qt 6.4's literal "B" for CLDR day periods.
#include "locale_format.h"

#include <QTest>

using namespace certdeck;

class TestLocaleFormat : public QObject {
    Q_OBJECT

private slots:
    void dayPeriodPatternBecomesAmPm() {
        QCOMPARE(withSupportedDayPeriod(QStringLiteral("Bh:mm")), QStringLiteral("APh:mm"));
        QCOMPARE(withSupportedDayPeriod(QStringLiteral("yyyy/M/d BBBBh:mm")),
                 QStringLiteral("yyyy/M/d APh:mm"));
        QCOMPARE(withSupportedDayPeriod(QStringLiteral("h:mm 'B' AP")),
                 QStringLiteral("h:mm 'B' AP")); // quoted text stays
        QCOMPARE(withSupportedDayPeriod(QStringLiteral("HH:mm")), QStringLiteral("HH:mm"));
    }

    void traditionalChineseTimeHasNoLiteralB() {
        const QLocale taiwan(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
        const QDateTime afternoon(QDate(2026, 11, 22), QTime(16, 54, 3), Qt::LocalTime);
        for (const auto format : {QLocale::ShortFormat, QLocale::LongFormat}) {
            const QString text = localizedDateTime(afternoon, format, taiwan);
            QVERIFY2(!text.contains(QLatin1Char('B')), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("下午")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("4:54")), qPrintable(text));
        }
        const QString time = localizedTime(afternoon.time(), QLocale::ShortFormat, taiwan);
        QVERIFY2(!time.contains(QLatin1Char('B')) && time.contains(QStringLiteral("下午")),
                 qPrintable(time));
    }

    void twoDigitYearsBecomeFourDigits() {
        QCOMPARE(withFullYear(QStringLiteral("yy. M. d.")), QStringLiteral("yyyy. M. d."));
        QCOMPARE(withFullYear(QStringLiteral("yyyy/M/d")), QStringLiteral("yyyy/M/d"));
        QCOMPARE(withFullYear(QStringLiteral("d 'yy' yy")), QStringLiteral("d 'yy' yyyy"));
        QCOMPARE(withFullYear(QStringLiteral("M/d/yy h:mm AP")),
                 QStringLiteral("M/d/yyyy h:mm AP"));
    }

    void koreanDatesCarryTheCentury() {
        const QLocale korea(QLocale::Korean, QLocale::SouthKorea);
        const QDate expiry(2026, 12, 12);
        QVERIFY(!korea.toString(expiry, QLocale::ShortFormat).contains(QStringLiteral("2026")));
        QCOMPARE(localizedDate(expiry, QLocale::ShortFormat, korea),
                 QStringLiteral("2026. 12. 12."));
        const QDateTime afternoon(QDate(2026, 11, 22), QTime(16, 54), Qt::LocalTime);
        const QString text = localizedDateTime(afternoon, QLocale::ShortFormat, korea);
        QVERIFY2(text.startsWith(QStringLiteral("2026. 11. 22.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("오후 4:54")), qPrintable(text));
    }

    void englishKeepsItsOwnFormWithTheFullYear() {
        const QDateTime afternoon(QDate(2026, 11, 22), QTime(16, 54), Qt::LocalTime);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(localizedDateTime(afternoon, QLocale::ShortFormat, us),
                 QStringLiteral("11/22/2026 4:54 PM"));
        QCOMPARE(localizedDateTime(afternoon, QLocale::LongFormat, us),
                 us.toString(afternoon, QLocale::LongFormat));
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "test_locale_format.moc"
