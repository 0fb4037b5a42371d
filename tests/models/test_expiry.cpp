#include "models_test_support.h"

#include "clock.h"
#include "expiry.h"

#include <QTest>

Q_DECLARE_METATYPE(std::optional<qint64>)

using namespace certdeck::models;
using namespace certdeck::models::testing;

class TestExpiry : public QObject {
    Q_OBJECT

private slots:
    void systemClockIsUtcAndCurrent() {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system()->now();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before);
        QVERIFY(now.secsTo(QDateTime::currentDateTimeUtc()) < 5);
        QCOMPARE(Clock::system(), Clock::system());
    }

    void fixedClockIsSettable() {
        FixedClock clock(testNow());
        QCOMPARE(clock.now(), testNow());
        clock.advanceDays(2);
        QCOMPARE(clock.now(), testNow().addDays(2));
        clock.advanceSeconds(-60);
        QCOMPARE(clock.now(), testNow().addDays(2).addSecs(-60));
        clock.setNow(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(clock.now().date(), QDate(2030, 1, 1));
        const Clock &base = clock; // virtual through the base
        QCOMPARE(base.now().date(), QDate(2030, 1, 1));
    }

    void daysLeftFloorsWholeDays_data() {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("days");
        QTest::newRow("now") << qint64(0) << 0;
        QTest::newRow("in one second") << qint64(1) << 0;
        QTest::newRow("in 23h59m59s") << qint64(Day - 1) << 0;
        QTest::newRow("in exactly one day") << qint64(Day) << 1;
        QTest::newRow("in 30.5 days") << qint64(30 * Day + Day / 2) << 30;
        QTest::newRow("one second ago") << qint64(-1) << -1;
        QTest::newRow("exactly one day ago") << qint64(-Day) << -1;
        QTest::newRow("one day and a second ago") << qint64(-Day - 1) << -2;
        QTest::newRow("12 days ago") << qint64(-12 * Day) << -12;
    }

    void daysLeftFloorsWholeDays() {
        QFETCH(qint64, offset);
        QFETCH(int, days);
        QCOMPARE(daysLeft(nowSeconds() + offset, testNow()), days);
    }

    void statesAtBoundaries_data() {
        QTest::addColumn<std::optional<qint64>>("notBefore");
        QTest::addColumn<std::optional<qint64>>("expires");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<ExpiryState>("state");

        const std::optional<qint64> past = nowSeconds() - 100 * Day;
        const auto in = [](qint64 days) {
            return std::optional<qint64>(nowSeconds() + days * Day);
        };
        QTest::newRow("expired yesterday")
            << past << in(-1) << true << false << ExpiryState::Expired;
        QTest::newRow("expired a second ago") << past << std::optional<qint64>(nowSeconds() - 1)
                                              << true << false << ExpiryState::Expired;
        QTest::newRow("expires this second") << past << std::optional<qint64>(nowSeconds()) << true
                                             << false << ExpiryState::Expiring;
        QTest::newRow("expires in 29 days")
            << past << in(29) << true << false << ExpiryState::Expiring;
        QTest::newRow("expires in 30 days")
            << past << in(30) << true << false << ExpiryState::Expiring;
        QTest::newRow("expires in 31 days")
            << past << in(31) << true << false << ExpiryState::Valid;
        QTest::newRow("no expiry")
            << past << std::optional<qint64>() << true << false << ExpiryState::Valid;
        QTest::newRow("not yet valid")
            << in(1) << in(400) << true << false << ExpiryState::NotYetValid;
        QTest::newRow("valid from this second") << std::optional<qint64>(nowSeconds()) << in(400)
                                                << true << false << ExpiryState::Valid;
        QTest::newRow("pending") << std::optional<qint64>() << std::optional<qint64>() << false
                                 << true << ExpiryState::Pending;
        QTest::newRow("pending wins over expired")
            << past << in(-1) << true << true << ExpiryState::Pending;
        QTest::newRow("disabled") << past << in(400) << false << false << ExpiryState::Disabled;
        QTest::newRow("disabled wins over expired")
            << past << in(-5) << false << false << ExpiryState::Disabled;
    }

    void statesAtBoundaries() {
        QFETCH(std::optional<qint64>, notBefore);
        QFETCH(std::optional<qint64>, expires);
        QFETCH(bool, enabled);
        QFETCH(bool, pending);
        QFETCH(ExpiryState, state);
        QCOMPARE(expiryStateOf(notBefore, expires, enabled, pending, testNow(), 30), state);
    }

    void windowIsConfigurable() {
        const qint64 in10 = nowSeconds() + 10 * Day;
        QCOMPARE(expiryStateOf(std::nullopt, in10, true, false, testNow(), 30),
                 ExpiryState::Expiring);
        QCOMPARE(expiryStateOf(std::nullopt, in10, true, false, testNow(), 9), ExpiryState::Valid);
        QCOMPARE(expiryStateOf(std::nullopt, in10, true, false, testNow(), 10),
                 ExpiryState::Expiring);
        QVERIFY(expiresWithin(in10, testNow(), 10));
        QVERIFY(!expiresWithin(in10, testNow(), 9));
        QVERIFY(!expiresWithin(nowSeconds() - 1, testNow(), 30)); // expired is not expiring
        QVERIFY(hasExpired(nowSeconds() - 1, testNow()));
        QVERIFY(!hasExpired(nowSeconds(), testNow()));
    }

    void describedInWords() {
        const QDateTime now = testNow();
        const auto at = [](qint64 days) {
            return std::optional<qint64>(nowSeconds() + days * Day);
        };
        QString text = describeExpiry(ExpiryState::Expired, std::nullopt, at(-12), now);
        QVERIFY2(text.startsWith(QStringLiteral("Expired 12 day")), qPrintable(text));
        text = describeExpiry(ExpiryState::Expired, std::nullopt, at(-1), now);
        QVERIFY2(text.startsWith(QStringLiteral("Expired 1 day")), qPrintable(text));
        text = describeExpiry(ExpiryState::Expired, std::nullopt, nowSeconds() - 3600, now);
        QCOMPARE(text, QStringLiteral("Expired less than a day ago"));
        text = describeExpiry(ExpiryState::Expiring, std::nullopt, at(5), now);
        QVERIFY2(text.startsWith(QStringLiteral("Expires in 5 day")), qPrintable(text));
        text = describeExpiry(ExpiryState::Expiring, std::nullopt, nowSeconds() + 3600, now);
        QCOMPARE(text, QStringLiteral("Expires in less than a day"));
        text = describeExpiry(ExpiryState::Valid, std::nullopt, at(200), now);
        QVERIFY2(text.startsWith(QStringLiteral("Valid; expires in 200 day")), qPrintable(text));
        QCOMPARE(describeExpiry(ExpiryState::Valid, std::nullopt, std::nullopt, now),
                 QStringLiteral("Valid"));
        text = describeExpiry(ExpiryState::NotYetValid, at(3), at(300), now);
        QVERIFY2(text.contains(QStringLiteral("becomes valid in 3 day")), qPrintable(text));
        text = describeExpiry(ExpiryState::Pending, std::nullopt, std::nullopt, now);
        QVERIFY2(text.startsWith(QStringLiteral("Pending")), qPrintable(text));
        text = describeExpiry(ExpiryState::Disabled, std::nullopt, at(-2), now);
        QVERIFY2(text.startsWith(QStringLiteral("Disabled")) &&
                     text.contains(QStringLiteral("2 day")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestExpiry)
#include "test_expiry.moc"
