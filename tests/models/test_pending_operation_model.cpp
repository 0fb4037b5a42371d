#include "locale_format.h"
#include "models_test_support.h"

#include "clock.h"
#include "pending_operation_model.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace certdeck;
using namespace certdeck::models;
using namespace certdeck::models::testing;

using Model = PendingOperationModel;

namespace {

vault::CertificateOperation operation(const QString &name, const QString &status,
                                      const QString &vault = QStringLiteral("prod")) {
    vault::CertificateOperation operation;
    operation.id =
        vaultUrl(vault) + QStringLiteral("/certificates/") + name + QStringLiteral("/pending");
    operation.status = status;
    vault::IssuerParameters issuer;
    issuer.name = QStringLiteral("Self");
    operation.issuer = issuer;
    operation.csr = QByteArray("csr");
    operation.requestId = QStringLiteral("req-") + name;
    return operation;
}

} // namespace

class TestPendingOperationModel : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_clock.setNow(testNow());
        m_model = std::make_unique<Model>();
        m_model->setClock(&m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup() {
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        m_tester.reset();
        m_model.reset();
    }

    void headers() {
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(m_model->headerData(Model::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
        for (int column = 0; column < Model::ColumnCount; ++column)
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    // The service's two standard status details, in its English, are said in the operator's
    // words; the original stays in the tooltip. Other text is shown as sent.
    void standardStatusDetailsAreExplained() {
        vault::CertificateOperation manual =
            operation(QStringLiteral("manual"), QStringLiteral("inProgress"));
        const QString sent = QStringLiteral(
            "Pending certificate created. Please Perform Merge to complete the request.");
        manual.statusDetails = sent;
        m_model->upsert(QStringLiteral("prod"), manual, testNow());
        const QModelIndex details = m_model->index(0, Model::DetailsColumn);
        QCOMPARE(details.data().toString(),
                 QStringLiteral("Pending certificate created. Merge the certificate signed by your "
                                "CA to complete the request."));
        QVERIFY(details.data(Qt::ToolTipRole).toString().contains(sent));

        vault::CertificateOperation odd =
            operation(QStringLiteral("odd"), QStringLiteral("inProgress"));
        odd.statusDetails = QStringLiteral("Waiting for the DigiCert order to be approved.");
        m_model->upsert(QStringLiteral("prod"), odd, testNow());
        const int row = m_model->index(0, 0).data(Model::NameRole) == QStringLiteral("odd") ? 0 : 1;
        QCOMPARE(m_model->index(row, Model::DetailsColumn).data().toString(), *odd.statusDetails);
    }

    void upsertShowsAndUpdatesOperations() {
        vault::CertificateOperation running =
            operation(QStringLiteral("web"), QStringLiteral("inProgress"));
        running.statusDetails = QStringLiteral("Pending certificate created.");
        const QDateTime started = testNow().addSecs(-5 * 60);
        m_model->upsert(QStringLiteral("prod"), running, started);
        QCOMPARE(m_model->rowCount(), 1);

        const auto cell = [this](int column, int role = Qt::DisplayRole) {
            return m_model->data(m_model->index(0, column), role);
        };
        QCOMPARE(cell(Model::CertificateColumn).toString(), QStringLiteral("web"));
        QCOMPARE(cell(Model::IssuerColumn).toString(), QStringLiteral("Self"));
        QCOMPARE(cell(Model::StatusColumn).toString(), QStringLiteral("In progress"));
        QCOMPARE(cell(Model::DetailsColumn).toString(),
                 QStringLiteral("Pending certificate created."));
        QCOMPARE(cell(Model::CancellationColumn).toString(), QString());
        QCOMPARE(cell(Model::StartedColumn).toString(),
                 localizedDateTime(started, QLocale::ShortFormat));
        QCOMPARE(cell(Model::ElapsedColumn).toString(), QStringLiteral("5 min"));
        QCOMPARE(cell(Model::VaultColumn).toString(), QStringLiteral("prod"));
        QCOMPARE(cell(0, Model::StatusRole).toString(), QStringLiteral("inProgress"));
        QCOMPARE(cell(0, Model::NameRole).toString(), QStringLiteral("web"));
        QCOMPARE(cell(0, Model::VaultRole).toString(), QStringLiteral("prod"));
        QCOMPARE(cell(0, Model::IsTerminalRole).toBool(), false);
        QCOMPARE(cell(0, Model::OperationRole).value<vault::CertificateOperation>(), running);
        QCOMPARE(m_model->operationAt(0), running);
        QVERIFY(cell(Model::StatusColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("req-web")));

        // Cancellation requested; the first firstSeen stays.
        vault::CertificateOperation cancelling = running;
        cancelling.cancellationRequested = true;
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->upsert(QStringLiteral("PROD"), cancelling, testNow());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(Model::CancellationColumn).toString(), QStringLiteral("Requested"));
        QCOMPARE(cell(0, Model::FirstSeenRole).toDateTime(), started);
        // An earlier time, such as the certificate's creation, is when the request started.
        const QDateTime created = started.addSecs(-60);
        m_model->upsert(QStringLiteral("prod"), cancelling, created);
        QCOMPARE(cell(0, Model::FirstSeenRole).toDateTime(), created);
        QCOMPARE(cell(Model::ElapsedColumn).toString(), QStringLiteral("6 min"));

        // Failed: error code and message; the elapsed time stops.
        m_clock.advanceSeconds(60);
        vault::CertificateOperation failed =
            operation(QStringLiteral("web"), QStringLiteral("failed"));
        vault::ServiceError error;
        error.code = QStringLiteral("CertificateIssuerError");
        error.message = QStringLiteral("The issuer refused the request.");
        failed.error = error;
        m_model->upsert(QStringLiteral("prod"), failed, testNow());
        QCOMPARE(cell(Model::StatusColumn).toString(), QStringLiteral("Failed"));
        QCOMPARE(cell(Model::DetailsColumn).toString(),
                 QStringLiteral("CertificateIssuerError: The issuer refused the request."));
        QCOMPARE(cell(Model::ElapsedColumn).toString(), QStringLiteral("7 min"));
        QCOMPARE(cell(0, Model::IsTerminalRole).toBool(), true);
        m_clock.advanceSeconds(3600);
        QCOMPARE(cell(Model::ElapsedColumn).toString(), QStringLiteral("7 min"));

        // More operations, other vaults, other statuses.
        m_model->upsert(
            QStringLiteral("test"),
            operation(QStringLiteral("web"), QStringLiteral("completed"), QStringLiteral("test")),
            testNow());
        m_model->upsert(QStringLiteral("prod"),
                        operation(QStringLiteral("api"), QStringLiteral("cancelled")), testNow());
        m_model->upsert(QStringLiteral("prod"),
                        operation(QStringLiteral("odd"), QStringLiteral("somethingNew")),
                        testNow());
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->data(m_model->index(1, Model::StatusColumn)).toString(),
                 QStringLiteral("Completed"));
        QCOMPARE(m_model->data(m_model->index(2, Model::StatusColumn)).toString(),
                 QStringLiteral("Cancelled"));
        QCOMPARE(m_model->data(m_model->index(3, Model::StatusColumn)).toString(),
                 QStringLiteral("somethingNew"));
        QCOMPARE(m_model->rowOf(QStringLiteral("test"), QStringLiteral("WEB")), 1);

        m_model->remove(QStringLiteral("prod"), QStringLiteral("web"));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(QStringLiteral("test"), QStringLiteral("web")), 0);
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("odd")), 2);
        QCOMPARE(m_model->nameAt(1), QStringLiteral("api"));
        QCOMPARE(m_model->vaultAt(0), QStringLiteral("test"));
        m_model->remove(QStringLiteral("prod"), QStringLiteral("missing"));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->operationAt(7), vault::CertificateOperation());
    }

    void errorWithoutMessage() {
        vault::CertificateOperation failed =
            operation(QStringLiteral("x"), QStringLiteral("failed"));
        vault::ServiceError error;
        error.code = QStringLiteral("Timeout");
        failed.error = error;
        failed.statusDetails = QStringLiteral("ignored when there is an error");
        m_model->upsert(QStringLiteral("prod"), failed, testNow());
        QCOMPARE(m_model->data(m_model->index(0, Model::DetailsColumn)).toString(),
                 QStringLiteral("Timeout"));
    }

    void tickChangesOnlyTheElapsedColumn() {
        m_model->tick(); // empty: nothing to say
        m_model->upsert(QStringLiteral("prod"),
                        operation(QStringLiteral("a"), QStringLiteral("inProgress")), testNow());
        m_model->upsert(QStringLiteral("prod"),
                        operation(QStringLiteral("b"), QStringLiteral("inProgress")),
                        testNow().addSecs(-30));
        QCOMPARE(m_model->data(m_model->index(1, Model::ElapsedColumn)).toString(),
                 QStringLiteral("30 s"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_clock.advanceSeconds(2 * 3600 + 5 * 60);
        m_model->tick();
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
        const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(Model::ElapsedColumn));
        QCOMPARE(bottomRight.column(), int(Model::ElapsedColumn));
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(m_model->data(m_model->index(0, Model::ElapsedColumn)).toString(),
                 QStringLiteral("2 h 5 min"));
        QCOMPARE(m_model->data(m_model->index(0, Model::ElapsedColumn), Model::ElapsedSecondsRole)
                     .toLongLong(),
                 qint64(2 * 3600 + 5 * 60));
    }

    void elapsedText() {
        QCOMPARE(Model::elapsedText(0), QStringLiteral("0 s"));
        QCOMPARE(Model::elapsedText(45), QStringLiteral("45 s"));
        QCOMPARE(Model::elapsedText(5 * 60 + 59), QStringLiteral("5 min"));
        QCOMPARE(Model::elapsedText(2 * 3600 + 5 * 60), QStringLiteral("2 h 5 min"));
        QCOMPARE(Model::elapsedText(3 * Day + 4 * 3600), QStringLiteral("3 d 4 h"));
        QCOMPARE(Model::elapsedText(-5), QStringLiteral("0 s"));
        QCOMPARE(Model::statusText(QStringLiteral("INPROGRESS")), QStringLiteral("In progress"));
    }

private:
    FixedClock m_clock;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestPendingOperationModel)
#include "test_pending_operation_model.moc"
