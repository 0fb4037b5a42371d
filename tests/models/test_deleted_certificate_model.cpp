#include "locale_format.h"
#include "models_test_support.h"

#include "clock.h"
#include "deleted_certificate_model.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace certdeck;
using namespace certdeck::models;
using namespace certdeck::models::testing;

using Model = DeletedCertificateModel;

namespace {

vault::CertificateItem deleted(const QString &name, qint64 deletedDaysAgo, qint64 purgeInDays) {
    vault::CertificateItem item;
    item.id = vaultUrl(QStringLiteral("prod")) + QStringLiteral("/certificates/") + name;
    item.recoveryId =
        vaultUrl(QStringLiteral("prod")) + QStringLiteral("/deletedcertificates/") + name;
    item.deletedDate = nowSeconds() - deletedDaysAgo * Day;
    item.scheduledPurgeDate = nowSeconds() + purgeInDays * Day;
    item.x5t = x5tOf(name);
    item.attributes.recoveryLevel = QStringLiteral("Recoverable+Purgeable");
    return item;
}

} // namespace

class TestDeletedCertificateModel : public QObject {
    Q_OBJECT

private slots:
    void listsDeletedCertificates() {
        FixedClock clock(testNow());
        Model model;
        model.setClock(&clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        QCOMPARE(model.headerData(Model::DaysUntilPurgeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Days until purge"));

        const vault::CertificateItem a = deleted(QStringLiteral("a"), 2, 88);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendPage({a, deleted(QStringLiteral("b"), 80, 10)});
        model.appendPage(
            {deleted(QStringLiteral("c"), 89, 1), deleted(QStringLiteral("B"), 81, 9)});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);

        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, Model::NameColumn).toString(), QStringLiteral("a"));
        QCOMPARE(
            cell(0, Model::DeletedColumn).toString(),
            localizedDateTime(QDateTime::fromSecsSinceEpoch(*a.deletedDate), QLocale::ShortFormat));
        QCOMPARE(cell(0, Model::ScheduledPurgeColumn).toString(),
                 localizedDateTime(QDateTime::fromSecsSinceEpoch(*a.scheduledPurgeDate),
                                   QLocale::ShortFormat));
        QCOMPARE(cell(0, Model::DaysUntilPurgeColumn).toInt(), 88);
        QCOMPARE(cell(1, Model::DaysUntilPurgeColumn).toInt(), 9); // updated by "B"
        QCOMPARE(cell(0, Model::RecoveryIdColumn).toString(), *a.recoveryId);
        QCOMPARE(cell(0, 0, Model::ItemRole).value<vault::CertificateItem>(), a);
        QCOMPARE(cell(0, 0, Model::NameRole).toString(), QStringLiteral("a"));
        QCOMPARE(cell(0, Model::ScheduledPurgeColumn, Model::SortRole).toLongLong(),
                 *a.scheduledPurgeDate);
        QVERIFY(cell(0, Model::DaysUntilPurgeColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("88")));
        QCOMPARE(model.itemAt(0), a);
        QCOMPARE(model.nameAt(2), QStringLiteral("c"));

        // The clock moves on.
        clock.advanceDays(2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshTime();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(2, Model::DaysUntilPurgeColumn).toInt(), -1);
        QCOMPARE(cell(2, Model::DaysUntilPurgeColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("The scheduled purge date has passed"));

        model.remove(QStringLiteral("A"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("c")), 1);
        model.remove(QStringLiteral("missing"));
        QCOMPARE(model.rowCount(), 2);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.appendPage({deleted(QStringLiteral("a"), 1, 1)});
        QCOMPARE(model.rowOf(QStringLiteral("a")), 0);
    }

    // The recovery level as the service states it, and what it means in words.
    void explainsTheRecoveryLevel() {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        vault::CertificateItem open = deleted(QStringLiteral("open"), 1, 89);
        open.attributes.recoverableDays = 90;
        vault::CertificateItem protectedOne = deleted(QStringLiteral("protected"), 1, 6);
        protectedOne.attributes.recoveryLevel = QStringLiteral("CustomizedRecoverable");
        protectedOne.attributes.recoverableDays = 7;
        vault::CertificateItem unstated = deleted(QStringLiteral("unstated"), 1, 6);
        unstated.attributes.recoveryLevel.reset();
        model.appendPage({open, protectedOne, unstated});
        const auto cell = [&model](const QString &name, int role) {
            return model.data(model.index(model.rowOf(name), Model::RecoveryLevelColumn), role);
        };
        QCOMPARE(model.headerData(Model::RecoveryLevelColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Recovery level"));
        QCOMPARE(cell(QStringLiteral("open"), Qt::DisplayRole).toString(),
                 QStringLiteral("Recoverable+Purgeable"));
        QCOMPARE(
            cell(QStringLiteral("open"), Qt::ToolTipRole).toString(),
            QStringLiteral("Recoverable until the scheduled purge date, and may be purged "
                           "before then. The vault keeps deleted certificates for 90 day(s)."));
        QCOMPARE(cell(QStringLiteral("protected"), Qt::DisplayRole).toString(),
                 QStringLiteral("CustomizedRecoverable"));
        QVERIFY2(cell(QStringLiteral("protected"), Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("Purge protection is on")),
                 qPrintable(cell(QStringLiteral("protected"), Qt::ToolTipRole).toString()));
        QVERIFY(cell(QStringLiteral("unstated"), Qt::DisplayRole).toString().isEmpty());
        // Purge is offered where the level allows it, or where the service did not say.
        QCOMPARE(cell(QStringLiteral("open"), Model::PurgeAllowedRole).toBool(), true);
        QCOMPARE(cell(QStringLiteral("protected"), Model::PurgeAllowedRole).toBool(), false);
        QCOMPARE(cell(QStringLiteral("unstated"), Model::PurgeAllowedRole).toBool(), true);
        for (const char *level :
             {"Recoverable", "CustomizedRecoverable", "Recoverable+ProtectedSubscription",
              "CustomizedRecoverable+ProtectedSubscription"})
            QVERIFY2(!Model::allowsPurge(QLatin1String(level)), level);
        for (const char *level :
             {"Purgeable", "Recoverable+Purgeable", "CustomizedRecoverable+Purgeable"})
            QVERIFY2(Model::allowsPurge(QLatin1String(level)), level);

        QVERIFY(Model::describeRecoveryLevel(QStringLiteral("Purgeable"), 0)
                    .startsWith(QStringLiteral("Not recoverable")));
        QCOMPARE(Model::describeRecoveryLevel(QStringLiteral("SomethingNew"), 7),
                 QStringLiteral("SomethingNew"));
    }
};

QTEST_GUILESS_MAIN(TestDeletedCertificateModel)
#include "test_deleted_certificate_model.moc"
