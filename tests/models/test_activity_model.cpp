#include "models_test_support.h"

#include "activity_model.h"
#include "clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace certdeck;
using namespace certdeck::models;
using namespace certdeck::models::testing;

using Model = ActivityModel;

namespace {

ActivityEntry entry(int n, int status = 200) {
    ActivityEntry entry;
    entry.method = "GET";
    entry.host = QStringLiteral("prod.vault.azure.net");
    entry.path = QStringLiteral("/certificates/cert-%1").arg(n);
    entry.status = status;
    entry.requestId = QStringLiteral("req-%1").arg(n);
    entry.durationMs = 10 + n;
    entry.attempt = 1;
    return entry;
}

} // namespace

class TestActivityModel : public QObject {
    Q_OBJECT

private slots:
    void appendsAndShows() {
        FixedClock clock(testNow());
        Model model;
        model.setClock(&clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        QCOMPARE(model.maximumRows(), 5000);
        QCOMPARE(model.headerData(Model::RequestIdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Request ID"));

        model.append(entry(1));
        ActivityEntry failed = entry(2, 0);
        failed.error = QStringLiteral("Connection refused");
        failed.attempt = 3;
        failed.time = testNow().addSecs(-10);
        model.append(failed);
        QCOMPARE(model.rowCount(), 2);

        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(model.entryAt(0).time, testNow()); // stamped from the clock
        QCOMPARE(model.entryAt(1).time, testNow().addSecs(-10));
        QCOMPARE(cell(0, Model::MethodColumn).toString(), QStringLiteral("GET"));
        QCOMPARE(cell(0, Model::HostColumn).toString(), QStringLiteral("prod.vault.azure.net"));
        QCOMPARE(cell(0, Model::PathColumn).toString(), QStringLiteral("/certificates/cert-1"));
        QCOMPARE(cell(0, Model::StatusColumn).toString(), QStringLiteral("200"));
        QCOMPARE(cell(1, Model::StatusColumn).toString(), QStringLiteral("No response"));
        QCOMPARE(cell(0, Model::RequestIdColumn).toString(), QStringLiteral("req-1"));
        QCOMPARE(cell(0, Model::DurationColumn).toString(), QStringLiteral("11 ms"));
        QCOMPARE(cell(1, Model::AttemptColumn).toInt(), 3);
        QCOMPARE(cell(1, Model::ErrorColumn).toString(), QStringLiteral("Connection refused"));
        QCOMPARE(cell(0, 0, Model::IsErrorRole).toBool(), false);
        QCOMPARE(cell(1, 0, Model::IsErrorRole).toBool(), true);
        QVERIFY(!cell(0, Model::TimeColumn).toString().isEmpty());
        QCOMPARE(cell(0, Model::TimeColumn, Model::SortRole).toLongLong(),
                 testNow().toMSecsSinceEpoch());
        QCOMPARE(cell(0, 0, Model::EntryRole).value<ActivityEntry>().requestId,
                 QStringLiteral("req-1"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void queryStringsNeverStored() {
        Model model;
        ActivityEntry withQuery = entry(1);
        withQuery.path = QStringLiteral("/certificates/web?api-version=7.4&sig=SECRET#frag");
        model.append(withQuery);
        ActivityEntry fullUrl = entry(2);
        fullUrl.path = QStringLiteral(
            "https://login.microsoftonline.com/tenant/oauth2/v2.0/token?client_secret=SECRET");
        model.append(fullUrl);
        ActivityEntry inError = entry(3, 0);
        inError.error = QStringLiteral(
            "Error transferring https://prod.vault.azure.net/certificates?api-version=7.4&"
            "token=SECRET - server replied: Forbidden");
        model.append(inError);

        QCOMPARE(model.entryAt(0).path, QStringLiteral("/certificates/web"));
        QCOMPARE(model.entryAt(1).path, QStringLiteral("/tenant/oauth2/v2.0/token"));
        QCOMPARE(model.entryAt(2).error,
                 QStringLiteral("Error transferring https://prod.vault.azure.net/certificates - "
                                "server replied: Forbidden"));
        const QByteArray csv = model.toCsv();
        QVERIFY(!csv.contains("SECRET"));
        QVERIFY(!csv.contains("api-version"));
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < Model::ColumnCount; ++column) {
                QVERIFY(
                    !model.index(row, column).data().toString().contains(QStringLiteral("SECRET")));
                QVERIFY(!model.index(row, column)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .contains(QStringLiteral("SECRET")));
            }
        }
        QCOMPARE(Model::sanitizedPath(QStringLiteral("/plain/path")),
                 QStringLiteral("/plain/path"));
    }

    void boundedWithTester() {
        Model model;
        model.setMaximumRows(50);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 120; ++i)
            model.append(entry(i));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(removed.count(), 70);
        QCOMPARE(model.entryAt(0).requestId, QStringLiteral("req-70"));
        QCOMPARE(model.entryAt(49).requestId, QStringLiteral("req-119"));
        model.setMaximumRows(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.entryAt(0).requestId, QStringLiteral("req-110"));
    }

    void boundedToFiveThousand() {
        Model model; // the tester would walk every row on every change: not here
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 5200; ++i)
            model.append(entry(i));
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(removed.count(), 200);
        QCOMPARE(removed.at(0).at(1).toInt(), 0); // the oldest goes
        QCOMPARE(removed.at(0).at(2).toInt(), 0);
        QCOMPARE(model.entryAt(0).requestId, QStringLiteral("req-200"));
        QCOMPARE(model.entryAt(4999).requestId, QStringLiteral("req-5199"));
    }

    void csvExport() {
        Model model;
        ActivityEntry tricky = entry(1, 403);
        tricky.time = QDateTime(QDate(2025, 6, 15), QTime(12, 0, 1, 250), Qt::UTC);
        tricky.error = QStringLiteral("Forbidden, \"certificates/get\" missing\nsee policy");
        model.append(tricky);
        const QByteArray csv = model.toCsv();
        QVERIFY(csv.startsWith(
            "Time,Method,Host,Path,Status,Request ID,Duration (ms),Attempt,Error\r\n"));
        QVERIFY(csv.contains(
            "2025-06-15T12:00:01.250Z,GET,prod.vault.azure.net,/certificates/cert-1,403,req-1,11,1,"
            "\"Forbidden, \"\"certificates/get\"\" missing\nsee policy\"\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestActivityModel)
#include "test_activity_model.moc"
