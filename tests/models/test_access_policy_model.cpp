#include "access_policy_model.h"
#include "permission_labels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace certdeck;
using namespace certdeck::models;

using Model = AccessPolicyModel;

namespace {

vault::AccessPolicyEntry entry(const QString &objectId, std::optional<QStringList> certificates,
                               std::optional<QString> applicationId = std::nullopt) {
    vault::AccessPolicyEntry entry;
    entry.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    entry.objectId = objectId;
    entry.applicationId = applicationId;
    entry.permissions.certificates = certificates;
    entry.permissions.secrets = QStringList{QStringLiteral("get")};
    return entry;
}

} // namespace

class TestAccessPolicyModel : public QObject {
    Q_OBJECT

private slots:
    void showsPrincipalsAndPermissions() {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        QCOMPARE(model.headerData(Model::CertificatesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Certificates"));

        const vault::AccessPolicyEntry alice = entry(
            QStringLiteral("11111111-aaaa-4bbb-8ccc-000000000001"),
            QStringList{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("import")});
        const vault::AccessPolicyEntry app =
            entry(QStringLiteral("22222222-aaaa-4bbb-8ccc-000000000002"),
                  QStringList{QStringLiteral("all")},
                  QStringLiteral("33333333-aaaa-4bbb-8ccc-000000000003"));
        const vault::AccessPolicyEntry nobody =
            entry(QStringLiteral("44444444-aaaa-4bbb-8ccc-000000000004"), std::nullopt);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPolicies(
            {alice, app, nobody},
            {{QStringLiteral("11111111-AAAA-4BBB-8CCC-000000000001"), QStringLiteral("Alice")}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, Model::PrincipalColumn).toString(), QStringLiteral("Alice"));
        QCOMPARE(cell(1, Model::PrincipalColumn).toString(), app.objectId);
        QCOMPARE(cell(0, Model::ObjectIdColumn).toString(), alice.objectId);
        QCOMPARE(cell(0, Model::ApplicationIdColumn).toString(), QString());
        QCOMPARE(cell(1, Model::ApplicationIdColumn).toString(), *app.applicationId);
        // The portal's names of the permissions, with the identifiers in the tooltip.
        QCOMPARE(cell(0, Model::CertificatesColumn).toString(),
                 QStringLiteral("Get, List, Import"));
        QCOMPARE(cell(0, Model::CertificatesColumn, Model::PermissionsRole).toStringList(),
                 *alice.permissions.certificates);
        QCOMPARE(cell(1, Model::CertificatesColumn).toString(), QStringLiteral("All"));
        QCOMPARE(cell(2, Model::CertificatesColumn).toString(), QStringLiteral("None"));
        QCOMPARE(cell(2, Model::KeysColumn).toString(), QStringLiteral("None"));
        QCOMPARE(cell(2, Model::SecretsColumn).toString(), QStringLiteral("Get"));

        // Every certificate permission ticked one by one reads "All" too; one short, the list.
        QStringList everyOne = vault::Permission::allCertificatePermissions();
        everyOne.removeAll(QStringLiteral("all"));
        vault::AccessPolicyEntry officer =
            entry(QStringLiteral("55555555-aaaa-4bbb-8ccc-000000000005"), everyOne);
        everyOne.removeAll(QStringLiteral("purge"));
        vault::AccessPolicyEntry almost =
            entry(QStringLiteral("66666666-aaaa-4bbb-8ccc-000000000006"), everyOne);
        model.setPolicies({officer, almost}, {});
        QCOMPARE(cell(0, Model::CertificatesColumn).toString(), QStringLiteral("All"));
        QCOMPARE(cell(1, Model::CertificatesColumn).toString(), permissionList(everyOne));
        QVERIFY(cell(1, Model::CertificatesColumn)
                    .toString()
                    .startsWith(QStringLiteral("Get, List, ")));
        QVERIFY(cell(0, Model::CertificatesColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("managecontacts")));
        model.setPolicies(
            {alice, app, nobody},
            {{QStringLiteral("11111111-AAAA-4BBB-8CCC-000000000001"), QStringLiteral("Alice")}});
        QCOMPARE(cell(0, Model::CertificatesColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Get (get)\nList (list)\nImport (import)"));
        QVERIFY(
            cell(0, Model::PrincipalColumn, Qt::ToolTipRole).toString().contains(alice.objectId));
        QCOMPARE(cell(1, 0, Model::ObjectIdRole).toString(), app.objectId);
        QCOMPARE(cell(1, 0, Model::EntryRole).value<vault::AccessPolicyEntry>(), app);
        QCOMPARE(model.entryAt(2), nobody);
        QCOMPARE(model.entryAt(3), vault::AccessPolicyEntry());
        QCOMPARE(model.principalAt(0), QStringLiteral("Alice"));

        // Names resolved later update the principal column only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDisplayNames({{app.objectId, QStringLiteral("Deploy pipeline")}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(Model::PrincipalColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(Model::PrincipalColumn));
        QCOMPARE(cell(1, Model::PrincipalColumn).toString(), QStringLiteral("Deploy pipeline"));
        QCOMPARE(cell(0, Model::PrincipalColumn).toString(), QStringLiteral("Alice"));

        model.setPolicies({nobody}, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(0, Model::PrincipalColumn).toString(), nobody.objectId);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicyModel)
#include "test_access_policy_model.moc"
