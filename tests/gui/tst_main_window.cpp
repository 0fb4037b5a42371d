// The desktop app's workflows, offscreen, against a local vault over real HTTPS.
#include "action_button_row.h"
#include "activity_model.h"
#include "certificate_details_pane.h"
#include "certificate_list_model.h"
#include "create_certificate_dialog.h"
#include "deleted_certificate_model.h"
#include "gui_test_support.h"
#include "import_dialog.h"
#include "local_vault_fixture.h"
#include "main_window.h"
#include "merge_dialog.h"
#include "pending_operation_model.h"
#include "state_palette.h"

#include "certificate_reader.h"
#include "certificate_signer.h"
#include "pkcs12.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using namespace certdeck;
using namespace certdeck::gui;
using certdeck::gui::testing::answerNextQuestionWithYes;

namespace {

int rowOf(const QAbstractItemModel *model, int role, const QString &name) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role).toString() == name)
            return row;
    }
    return -1;
}

QList<QToolButton *> shownActionButtons(const CertificateDetailsPane *pane) {
    const auto *row = pane->findChild<ActionButtonRow *>(QStringLiteral("CertificateActions"));
    QList<QToolButton *> shown;
    for (QToolButton *button : row ? row->buttons() : QList<QToolButton *>()) {
        if (button->isVisible())
            shown.append(button);
    }
    return shown;
}

// The pane shows exactly `count` action buttons, each whole within the pane's width and above
// the details (whose scroll area starts under them).
bool everyActionButtonInView(const CertificateDetailsPane *pane, int count) {
    const auto *scroll = pane->findChild<QScrollArea *>();
    const QList<QToolButton *> shown = shownActionButtons(pane);
    if (!scroll || shown.size() != count)
        return false;
    return std::all_of(shown.cbegin(), shown.cend(), [pane, scroll](const QToolButton *button) {
        const QRect inPane(button->mapTo(pane, QPoint(0, 0)), button->size());
        return !button->text().isEmpty() && pane->rect().contains(inPane) &&
               inPane.width() >= button->sizeHint().width() &&
               inPane.bottom() < scroll->geometry().top();
    });
}

// The View menu's submenu that chooses the certificate table's columns.
QMenu *columnsMenu(const MainWindow &window) {
    for (const QAction *top : window.menuBar()->actions()) {
        for (const QAction *entry : top->menu() ? top->menu()->actions() : QList<QAction *>()) {
            if (entry->menu() && entry->menu()->title() == QStringLiteral("Certificate &columns"))
                return entry->menu();
        }
    }
    return nullptr;
}

QAction *entryTitled(const QMenu *menu, const QString &title) {
    const QList<QAction *> entries = menu->actions();
    const auto found =
        std::find_if(entries.cbegin(), entries.cend(),
                     [&title](const QAction *entry) { return entry->text() == title; });
    return found == entries.cend() ? nullptr : *found;
}

int buttonLines(const CertificateDetailsPane *pane) {
    QSet<int> tops;
    for (const QToolButton *button : shownActionButtons(pane))
        tops.insert(button->y());
    return int(tops.size());
}

vault::CertificatePolicy policy(const QString &subject, const QString &issuer) {
    vault::CertificatePolicy result;
    result.x509Properties = vault::X509Properties();
    result.x509Properties->subject = subject;
    result.issuer = vault::IssuerParameters();
    result.issuer->name = issuer;
    return result;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_vault.start(&error), qPrintable(error));
        m_session = VaultSession::fromLocalConnection(m_vault.server()->connectionFilePath(),
                                                      &error, &m_window);
        QVERIFY2(m_session, qPrintable(error));
        m_window.show();
        m_window.addSession(m_session);
        QCOMPARE(m_vault
                     .request("PUT", QStringLiteral("/certificates/issuers/slowca"),
                              {{QStringLiteral("provider"), QStringLiteral("Test")}})
                     .status,
                 200);
    }

    // Cold start builds only the certificates page; the other pages and the activity table are
    // built when first shown, and then work like any other.
    void pagesAndActivityAreBuiltWhenFirstShown() {
        QVERIFY(!m_window.findChild<QTableView *>(QStringLiteral("DeletedTable")));
        m_window.showPage(m_session, 3);
        auto *deleted = m_window.findChild<QTableView *>(QStringLiteral("DeletedTable"));
        QVERIFY(deleted);
        QVERIFY(deleted->isVisible());
        // An empty list says so, once the vault has answered, instead of a blank grid.
        auto *notice = deleted->findChild<QLabel *>(QStringLiteral("EmptyViewNotice"));
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(
            notice->text().startsWith(QStringLiteral("No deleted certificates")), 20000);
        QCOMPARE(deleted->model()->rowCount(), 0);
        QVERIFY(notice->isVisible());
        m_window.showPage(m_session, 0);
        QVERIFY(!deleted->isVisible());

        auto *dock = m_window.findChild<QDockWidget *>(QStringLiteral("ActivityDock"));
        QVERIFY(dock);
        // In US English a time reads "1:02:03 PM Coordinated Universal Time": longer than a
        // column's default width, as in many languages.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto systemLocale = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QTableView *>(dock->widget()), 5000);
        auto *activity = qobject_cast<QTableView *>(dock->widget());
        QVERIFY(activity->isVisible());
        // The requests of the first load, listed as they complete.
        QTRY_VERIFY_WITH_TIMEOUT(activity->model()->rowCount() > 0, 20000);
        // Its short columns show their values whole: the time with its zone, the status, the
        // duration.
        const auto fits = [activity](int column) {
            // What the view itself asks for the column's cells: text, margins and all.
            const QAbstractItemView *view = activity;
            return activity->model()->rowCount() > 0 &&
                   activity->columnWidth(column) >= view->sizeHintForColumn(column);
        };
        for (const int column :
             {models::ActivityModel::TimeColumn, models::ActivityModel::MethodColumn,
              models::ActivityModel::StatusColumn, models::ActivityModel::DurationColumn})
            QTRY_VERIFY2_WITH_TIMEOUT(fits(column), qPrintable(QString::number(column)), 5000);
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isVisible());
    }

    // The list brings names and dates; subjects and issuers come with each certificate's
    // details, after the columns were first fitted: once they are in, those columns fit them.
    void subjectColumnFitsTheSubjectOnceDetailsArrive() {
        const QString subject = QStringLiteral("CN=columns-fit-their-subjects.contoso.example");
        const QJsonObject body{
            {QStringLiteral("policy"),
             QJsonObject{
                 {QStringLiteral("x509_props"), QJsonObject{{QStringLiteral("subject"), subject}}},
                 {QStringLiteral("issuer"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Self")}}}}}};
        QCOMPARE(m_vault.request("POST", QStringLiteral("/certificates/gui-columns/create"), body)
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_vault.request("GET", QStringLiteral("/certificates/gui-columns")).status, 200, 20000);

        MainWindow window;
        VaultSession *session = openLocalVaultIn(window);
        QVERIFY(session);
        QTableView *view = window.certificateView();
        const int column = models::CertificateListModel::SubjectColumn;
        const int needed = qMin(320, view->fontMetrics().horizontalAdvance(subject));
        QTRY_VERIFY_WITH_TIMEOUT(view->columnWidth(column) >= needed, 20000);
        // However wide the DNs, expiry stays in view beside the name.
        const QHeaderView *header = view->horizontalHeader();
        QCOMPARE(header->visualIndex(models::CertificateListModel::ExpiresColumn), 1);
        QCOMPARE(header->visualIndex(models::CertificateListModel::DaysLeftColumn), 2);
        // The status bar sums the vault up once it is listed.
        QTRY_COMPARE_WITH_TIMEOUT(statusText(window),
                                  QStringLiteral("1 certificate(s) in Local vault"), 5000);
    }

    // A search that matches nothing says so over the table; clearing it brings the rows back.
    void searchWithoutMatchesSaysSo() {
        m_window.showPage(m_session, 0);
        QAction *refresh = findAction(QStringLiteral("&Refresh"));
        QVERIFY(refresh && refresh->isEnabled());
        refresh->trigger(); // the previous test made a certificate through another window
        QTableView *view = m_window.certificateView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
        auto *notice = view->findChild<QLabel *>(QStringLiteral("EmptyViewNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        auto *search = m_window.findChild<QLineEdit *>();
        QVERIFY(search);
        search->setText(QStringLiteral("no-such-certificate-anywhere"));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(),
                 QStringLiteral("No certificate matches “no-such-certificate-anywhere”."));
        search->clear();
        QVERIFY(view->model()->rowCount() > 0);
        QVERIFY(!notice->isVisible());
    }

    void createUnknownThenMergeMovesItToCertificates() {
        m_window.submitCreate(
            m_session, QStringLiteral("gui-manual"),
            {policy(QStringLiteral("CN=gui.contoso.com"), QStringLiteral("Unknown")), {}, {}});
        auto *pending = m_window.pendingModel();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(pending, models::PendingOperationModel::NameRole,
                                       QStringLiteral("gui-manual")) >= 0,
                                 20000);
        closeCsrOffer();
        // Listed again, the vault's summary counts the request as pending.
        m_window.showPage(m_session, 0);
        findAction(QStringLiteral("&Refresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(statusText(m_window).endsWith(QStringLiteral("1 pending")), 20000);

        m_window.showPage(m_session, 1);
        const int row =
            rowOf(pending, models::PendingOperationModel::NameRole, QStringLiteral("gui-manual"));
        m_window.pendingView()->selectRow(row);
        QAction *merge = findAction(QStringLiteral("&Merge signed certificate…"));
        QVERIFY(merge && merge->isEnabled());
        merge->trigger();
        auto *dialog = qobject_cast<MergeDialog *>(m_window.lastMergeDialog());
        QVERIFY(dialog);

        const auto operation = pending->index(row, 0)
                                   .data(models::PendingOperationModel::OperationRole)
                                   .value<vault::CertificateOperation>();
        const QString chainFile = signOutside(operation.csr);
        dialog->addFiles({chainFile});
        QVERIFY2(dialog->isReady(), qPrintable(dialog->statusText()));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(pending, models::PendingOperationModel::NameRole,
                                       QStringLiteral("gui-manual")) < 0,
                                 20000);
        auto *certificates = m_window.certificateModel();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(certificates, models::CertificateListModel::NameRole,
                                       QStringLiteral("gui-manual")) >= 0,
                                 20000);
        const int certificateRow = rowOf(certificates, models::CertificateListModel::NameRole,
                                         QStringLiteral("gui-manual"));
        QTRY_COMPARE_WITH_TIMEOUT(certificates->index(certificateRow, 0)
                                      .data(models::CertificateListModel::SubjectRole)
                                      .toString(),
                                  QStringLiteral("CN=gui.contoso.com"), 20000);

        // The details pane is built with the first selection, in the place of its prompt.
        QVERIFY(!m_window.findChild<CertificateDetailsPane *>());
        m_window.showPage(m_session, 0);
        auto *table = m_window.findChild<QTableView *>(QStringLiteral("CertificateTable"));
        QVERIFY(table);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(models::CertificateListModel::NameRole) ==
                QStringLiteral("gui-manual"))
                table->selectRow(row);
        }
        auto *details = m_window.findChild<CertificateDetailsPane *>();
        QVERIFY(details);
        QVERIFY(details->isVisible());
        // Every certificate action is a button in view above the details, at the pane's first
        // width: none folded away behind a tool bar's extension arrow.
        QTRY_VERIFY_WITH_TIMEOUT(everyActionButtonInView(details, 5), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(shows(details, QStringLiteral("CN=gui.contoso.com")), 20000);
        // Under its dates, the validity says in words how long the certificate has left.
        const int daysLeft = certificates->index(certificateRow, 0)
                                 .data(models::CertificateListModel::DaysLeftRole)
                                 .toInt();
        QVERIFY(daysLeft == 99 || daysLeft == 100); // signOutside() signs for 100 days
        // The pane may still be filling in (the bundle arrives after the row's own details).
        QTRY_VERIFY_WITH_TIMEOUT(
            showsEnding(details, QStringLiteral("\nExpires in 99 day(s)")) ||
                showsEnding(details, QStringLiteral("\nExpires in 100 day(s)")),
            20000);
        // Each date has a line of its own: from, until, then the time left.
        const QLabel *validityLabel = labelEnding(details, QStringLiteral(" day(s)"));
        QVERIFY(validityLabel);
        const QStringList validity = validityLabel->text().split(u'\n');
        QCOMPARE(validity.size(), 3);
        const QString year = QString::number(QDate::currentDate().year());
        QVERIFY2(validity.at(0).endsWith(u'–') && validity.at(0).contains(year),
                 qPrintable(validity.at(0)));
        const QDate until = QDate::currentDate().addDays(daysLeft);
        QVERIFY2(!validity.at(1).contains(u'–') &&
                     (validity.at(1).contains(QString::number(until.year())) ||
                      validity.at(1).contains(QString::number(until.addDays(1).year()))),
                 qPrintable(validity.at(1)));
        // Every value wraps to the pane's width: none runs off to the right, and the
        // thumbprints' copy buttons stay in view.
        const auto *scroll = details->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_COMPARE_WITH_TIMEOUT(scroll->horizontalScrollBar()->maximum(), 0, 5000);
    }

    void mergeRefusesAChainForAnotherKeyBeforeSending() {
        auto key = crypto::PrivateKey::generate({});
        crypto::RequestSpec spec;
        spec.subject = QStringLiteral("CN=gui.contoso.com");
        auto otherCsr = crypto::CertificateRequest::create(*key, spec);
        auto myKey = crypto::PrivateKey::generate({});
        auto myCsr = crypto::CertificateRequest::create(*myKey, spec);
        MergeDialog dialog(QStringLiteral("x"), myCsr->der());
        dialog.addFiles({signOutside(otherCsr->der())});
        QVERIFY(!dialog.isReady());
        QVERIFY2(dialog.statusText().contains(QLatin1String("does not belong")),
                 qPrintable(dialog.statusText()));
    }

    void droppedPfxIsImportedAfterThePasswordIsReAsked() {
        const QString file = writePfx(QStringLiteral("dropped.contoso.com"), "right-password");
        QStringList answers{QStringLiteral("wrong-password"), QStringLiteral("right-password")};
        int asked = 0;
        m_window.setImportPasswordPrompt(
            [&answers, &asked](const QString &, bool, QString *password) {
                *password = answers.value(asked++);
                return true;
            });
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&m_window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&m_window, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(m_window.lastImportDialog() != nullptr, 5000);
        auto *dialog = qobject_cast<ImportDialog *>(m_window.lastImportDialog());
        QCOMPARE(asked, 2); // re-asked after the wrong password
        QCOMPARE(dialog->readyCount(), 1);
        // The proposed name, which the operator may edit, is shown whole.
        const auto *table = dialog->findChild<QTableWidget *>();
        QVERIFY(table);
        const QTableWidgetItem *name = table->item(0, 2);
        QCOMPARE(name->text(), QStringLiteral("dropped-contoso-com"));
        QVERIFY(table->columnWidth(2) > table->fontMetrics().horizontalAdvance(name->text()));
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        dialog->startImport();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_window.certificateModel(),
                                       models::CertificateListModel::NameRole,
                                       QStringLiteral("dropped-contoso-com")) >= 0,
                                 10000);
        dialog->close();
    }

    void nonImportableDropIsRefused() {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&m_window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    // Principals are told apart by name: the column fits the longest one in view.
    void accessPoliciesShowEachPrincipalInFull() {
        m_window.showPage(m_session, 2);
        auto *table = m_window.findChild<QTableView *>(QStringLiteral("AccessPolicyTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
        int needed = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString principal = table->model()->index(row, 0).data().toString();
            needed = qMax(needed, table->fontMetrics().horizontalAdvance(principal));
        }
        QTRY_VERIFY_WITH_TIMEOUT(table->columnWidth(0) >= qMin(needed, 280), 5000);
        m_window.showPage(m_session, 0);
    }

    void forbiddenCreateIsExplainedAndFixedByGranting() {
        // The app signs in as the admin; take its create permission away through ARM first.
        QCOMPARE(changeOwnCertificatePermissions("remove", {QStringLiteral("create")}), 200);

        m_window.submitCreate(
            m_session, QStringLiteral("gui-denied"),
            {policy(QStringLiteral("CN=denied"), QStringLiteral("Self")), {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(m_window.lastErrorBox() != nullptr, 20000);
        QMessageBox *box = m_window.lastErrorBox();
        QVERIFY2(box->informativeText().contains(QLatin1String("certificates create")),
                 qPrintable(box->informativeText()));
        auto *grant = box->findChild<QPushButton *>(QStringLiteral("GrantButton"));
        QVERIFY(grant);
        grant->click();
        // Granted through ARM, then the create is retried: the self-signed certificate is issued
        // and the poller moves it from Pending requests to Certificates.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_window.certificateModel(),
                                       models::CertificateListModel::NameRole,
                                       QStringLiteral("gui-denied")) >= 0,
                                 30000);
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/gui-denied")).status, 200);
    }

    // A vault whose listing is refused says so over the table, not "no certificates yet".
    void refusedListingIsNotShownAsAnEmptyVault() {
        QCOMPARE(changeOwnCertificatePermissions("remove", {QStringLiteral("list")}), 200);
        MainWindow window;
        VaultSession *session = openLocalVaultIn(window);
        QVERIFY(session);
        window.showPage(session, 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastErrorBox() != nullptr, 20000);
        window.lastErrorBox()->close();
        auto *notice =
            window.certificateView()->findChild<QLabel *>(QStringLiteral("EmptyViewNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("could not be listed")),
                 qPrintable(notice->text()));
        QCOMPARE(changeOwnCertificatePermissions("add", {QStringLiteral("list")}), 200);
    }

    void cancelThenDeleteAPendingRequest() {
        m_window.submitCreate(
            m_session, QStringLiteral("gui-slow"),
            {policy(QStringLiteral("CN=slow"), QStringLiteral("slowca")), {}, {}});
        auto *pending = m_window.pendingModel();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(pending, models::PendingOperationModel::NameRole,
                                       QStringLiteral("gui-slow")) >= 0,
                                 20000);
        m_window.showPage(m_session, 1);
        // However long the service's status details, when each request started and how long it
        // has run stay in view.
        const QTableView *view = m_window.pendingView();
        const QHeaderView *header = view->horizontalHeader();
        for (const int column : {models::PendingOperationModel::StartedColumn,
                                 models::PendingOperationModel::ElapsedColumn}) {
            QTRY_VERIFY_WITH_TIMEOUT(!view->model()->index(0, column).data().toString().isEmpty(),
                                     5000);
            QVERIFY(header->sectionViewportPosition(column) >= 0);
            QVERIFY(header->sectionViewportPosition(column) + header->sectionSize(column) <=
                    view->viewport()->width());
        }
        m_window.pendingView()->selectRow(
            rowOf(pending, models::PendingOperationModel::NameRole, QStringLiteral("gui-slow")));
        QAction *cancel = findAction(QStringLiteral("&Cancel request"));
        QVERIFY(cancel && cancel->isEnabled());
        cancel->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pending
                                     ->index(rowOf(pending, models::PendingOperationModel::NameRole,
                                                   QStringLiteral("gui-slow")),
                                             0)
                                     .data(models::PendingOperationModel::OperationRole)
                                     .value<vault::CertificateOperation>()
                                     .cancellationRequested.value_or(false),
                                 20000);
        m_window.pendingView()->selectRow(
            rowOf(pending, models::PendingOperationModel::NameRole, QStringLiteral("gui-slow")));
        QAction *remove = findAction(QStringLiteral("Delete pending request"));
        QVERIFY(remove && remove->isEnabled());
        answerNextQuestionWithYes();
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(pending, models::PendingOperationModel::NameRole, QStringLiteral("gui-slow")) < 0,
            20000);
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/gui-slow/pending")).status,
                 404);
    }

    void createDialogValidatesBeforeSending() {
        CreateCertificateDialog dialog({QStringLiteral("slowca")});
        // The whole policy editor, Create button included, fits a 1366×768 laptop screen with
        // its title bar and task bar.
        const QSize size = dialog.sizeHint();
        QVERIFY2(size.height() <= 680 && size.width() <= 1300,
                 qPrintable(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())));
        dialog.setName(QStringLiteral("bad name!"), true);
        QVERIFY(!dialog.validationError().isEmpty());
        dialog.setName(QStringLiteral("good-name"), true);
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        const auto parameters = dialog.parameters();
        QCOMPARE(parameters.policy.x509Properties->subject.value_or(QString()),
                 QStringLiteral("CN=good-name"));
        QCOMPARE(parameters.policy.issuer->name.value_or(QString()), QStringLiteral("Self"));
        QCOMPARE(
            ImportDialog::proposedName(QStringLiteral("*.contoso.com"), QStringLiteral("x.pfx")),
            QStringLiteral("wildcard-contoso-com"));
    }

    // The validity of a certificate about to expire stands out as its row does; a valid one
    // keeps the pane's own colour.
    // However narrow the pane, its action buttons wrap onto more lines (above the details, none
    // cut off); given room, they stand on one line.
    void detailsPaneActionsWrapWhenNarrow() {
        CertificateDetailsPane pane;
        QList<QAction *> actions;
        for (const char *text : {"&Download…", "&Export…", "Disa&ble", "&New version…", "&Delete…"})
            actions.append(new QAction(QString::fromUtf8(text), &pane));
        pane.setActions(actions);
        pane.resize(200, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(everyActionButtonInView(&pane, 5), 5000);
        QVERIFY(buttonLines(&pane) >= 3);
        pane.resize(900, 500);
        QTRY_COMPARE_WITH_TIMEOUT(buttonLines(&pane), 1, 5000);
        QVERIFY(everyActionButtonInView(&pane, 5));
        // A hidden action's button goes too, and the others close up.
        actions.at(1)->setVisible(false);
        QTRY_VERIFY_WITH_TIMEOUT(everyActionButtonInView(&pane, 4), 5000);
    }

    // The operator chooses the certificate table's columns (under View, or from the header's own
    // context menu) and drags them into another order; the choice outlives the window, the last
    // column shown cannot be hidden, and the table's own columns can be restored.
    void certificateColumnsAreChosenAndRemembered() {
        const QString key = QStringLiteral("columns/certificates");
        QSettings().remove(key);
        // Even when a check fails half-way: the other tests' windows read the same settings.
        const auto forget = qScopeGuard([&key] { QSettings().remove(key); });
        const int issuer = models::CertificateListModel::IssuerColumn;
        int onlyShown = -1;
        {
            MainWindow window;
            auto *view = window.findChild<QTableView *>(QStringLiteral("CertificateTable"));
            QVERIFY(view);
            QCOMPARE(view->horizontalHeader()->contextMenuPolicy(), Qt::CustomContextMenu);
            QMenu *columns = columnsMenu(window);
            QVERIFY(columns);
            emit columns->aboutToShow(); // as when it opens: entries for the columns as they are
            QVERIFY(!entryTitled(columns, QStringLiteral("Restore default columns"))->isEnabled());
            QHeaderView *dragged = view->horizontalHeader();
            QVERIFY(dragged->sectionsMovable());
            dragged->moveSection(dragged->visualIndex(models::CertificateListModel::SubjectColumn),
                                 0);
            const QString issuerTitle =
                view->model()->headerData(issuer, Qt::Horizontal).toString();
            QAction *issuerEntry = entryTitled(columns, issuerTitle);
            QVERIFY(issuerEntry && issuerEntry->isChecked());
            issuerEntry->trigger();
            QVERIFY(view->horizontalHeader()->isSectionHidden(issuer));
            // Hide all the others but one: that one's entry is then disabled.
            emit columns->aboutToShow();
            QVERIFY(!entryTitled(columns, issuerTitle)->isChecked());
            QStringList shownTitles;
            for (const QAction *entry : columns->actions()) {
                if (entry->isChecked())
                    shownTitles.append(entry->text());
            }
            QVERIFY(shownTitles.size() >= 2);
            for (const QString &title : shownTitles.mid(1))
                entryTitled(columns, title)->trigger();
            emit columns->aboutToShow(); // rebuilt: the entries above are gone
            QAction *last = entryTitled(columns, shownTitles.first());
            QVERIFY(last);
            QVERIFY(last->isChecked());
            QVERIFY(!last->isEnabled());
            const QHeaderView *header = view->horizontalHeader();
            QCOMPARE(header->count() - header->hiddenSectionCount(), 1);
            onlyShown = header->logicalIndex(header->visualIndexAt(0));
        }
        {
            MainWindow reopened;
            auto *view = reopened.findChild<QTableView *>(QStringLiteral("CertificateTable"));
            const QHeaderView *header = view->horizontalHeader();
            QVERIFY(header->isSectionHidden(issuer));
            QCOMPARE(header->count() - header->hiddenSectionCount(), 1);
            QVERIFY(!header->isSectionHidden(onlyShown));
            QCOMPARE(header->logicalIndex(0), int(models::CertificateListModel::SubjectColumn));
            // Shown again, a column is back in the table and out of the settings.
            QMenu *columns = columnsMenu(reopened);
            emit columns->aboutToShow();
            entryTitled(columns, view->model()->headerData(issuer, Qt::Horizontal).toString())
                ->trigger();
            QVERIFY(!header->isSectionHidden(issuer));
            QVERIFY(view->columnWidth(issuer) > 0);
            QCOMPARE(QSettings().value(key + QStringLiteral("/hidden")).toStringList().size(),
                     header->hiddenSectionCount());
            // Back to the table's own: every column, name and expiry first, nothing kept.
            emit columns->aboutToShow();
            QAction *defaults = entryTitled(columns, QStringLiteral("Restore default columns"));
            QVERIFY(defaults && defaults->isEnabled());
            defaults->trigger();
            QCOMPARE(header->hiddenSectionCount(), 0);
            QCOMPARE(header->logicalIndex(0), int(models::CertificateListModel::NameColumn));
            QCOMPARE(header->logicalIndex(1), int(models::CertificateListModel::ExpiresColumn));
            QCOMPARE(header->logicalIndex(2), int(models::CertificateListModel::DaysLeftColumn));
            for (int column = 0; column < header->count(); ++column)
                QVERIFY(view->columnWidth(column) > 0);
            QVERIFY(!QSettings().contains(key + QStringLiteral("/order")));
            QVERIFY(!QSettings().contains(key + QStringLiteral("/hidden")));
        }
    }

    void detailsPaneColoursAnExpiringValidity() {
        const auto bundleExpiringIn = [](int days) {
            auto key = crypto::PrivateKey::generate({});
            crypto::RequestSpec subject;
            subject.subject = QStringLiteral("CN=soon.contoso.com");
            crypto::IssueSpec spec;
            spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
            spec.notAfter = QDateTime::currentDateTimeUtc().addDays(days);
            vault::CertificateBundle bundle;
            bundle.id = QStringLiteral("https://local/certificates/soon/0123");
            bundle.cer = crypto::selfSign(*key, subject, spec)->der();
            return bundle;
        };
        CertificateDetailsPane pane;
        pane.setExpiringWithinDays(30);
        const auto expiring =
            StatePalette::foregrounds(pane.palette()).value(models::ExpiryState::Expiring);
        const auto validityColour = [&pane] {
            const QLabel *label = labelEnding(&pane, QStringLiteral(" day(s)"));
            return label ? label->palette().color(QPalette::WindowText) : QColor();
        };
        pane.showBundle(bundleExpiringIn(10));
        QCOMPARE(validityColour(), expiring);
        pane.showBundle(bundleExpiringIn(200));
        QVERIFY(validityColour().isValid());
        QCOMPARE(validityColour(), pane.palette().color(QPalette::WindowText));
    }

    // Deleted certificates arrive after the page is built: their columns widen to fit them.
    void deletedColumnsFitWhatArrivesLater() {
        const QString name = QStringLiteral("gui-deleted-with-a-rather-long-name");
        const QJsonObject body{
            {QStringLiteral("policy"),
             policy(QStringLiteral("CN=deleted"), QStringLiteral("Self")).toJson()}};
        QCOMPARE(m_vault.request("POST", QStringLiteral("/certificates/%1/create").arg(name), body)
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_vault.request("GET", QStringLiteral("/certificates/") + name).status, 200, 20000);
        QCOMPARE(m_vault.request("DELETE", QStringLiteral("/certificates/") + name).status, 200);

        m_window.showPage(m_session, 3);
        auto *view = m_window.findChild<QTableView *>(QStringLiteral("DeletedTable"));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view->model(), Qt::DisplayRole, name) >= 0, 20000);
        const int row = rowOf(view->model(), Qt::DisplayRole, name);
        for (const int column : {int(models::DeletedCertificateModel::NameColumn),
                                 int(models::DeletedCertificateModel::DeletedColumn),
                                 int(models::DeletedCertificateModel::RecoveryLevelColumn)}) {
            const QString text = view->model()->index(row, column).data().toString();
            QVERIFY(!text.isEmpty());
            const int needed = view->fontMetrics().horizontalAdvance(text);
            QTRY_VERIFY2_WITH_TIMEOUT(view->columnWidth(column) >= needed,
                                      qPrintable(QStringLiteral("%1: %2 < %3")
                                                     .arg(text)
                                                     .arg(view->columnWidth(column))
                                                     .arg(needed)),
                                      5000);
        }
        m_window.showPage(m_session, 0);
    }

    // Purge is offered for a deleted certificate only where the vault's recovery level allows
    // it; with purge protection the certificate can still be recovered.
    void purgeFollowsPurgeProtection() {
        const auto material = lvtest::makeSelfSigned(QStringLiteral("CN=purgeable.contoso.com"));
        const QJsonObject pfx{{QStringLiteral("value"), lvtest::pfxBase64(material, {})}};
        const QString name = QStringLiteral("gui-purgeable");
        QVERIFY(importedThenDeleted(m_vault, name, pfx));
        QVERIFY(selectDeletedIn(m_window, m_session, name));
        const QAction *purge = findAction(QStringLiteral("&Purge…"));
        QVERIFY(purge);
        QVERIFY(purge->isEnabled());
        const auto *hint = m_window.findChild<QLabel *>(QStringLiteral("PurgeProtectedHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        m_window.showPage(m_session, 0);

        LocalVaultFixture protectedVault;
        protectedVault.setOptionsHook(
            [](localvault::LocalVaultOptions &options) { options.purgeProtection = true; });
        QString error;
        QVERIFY2(protectedVault.start(&error), qPrintable(error));
        const QString kept = QStringLiteral("gui-kept");
        QVERIFY(importedThenDeleted(protectedVault, kept, pfx));
        MainWindow window;
        VaultSession *session = openLocalVaultIn(window, &protectedVault);
        QVERIFY(session);
        QVERIFY(selectDeletedIn(window, session, kept));
        const QAction *protectedPurge = findAction(QStringLiteral("&Purge…"), &window);
        const QAction *recover = findAction(QStringLiteral("&Recover"), &window);
        QVERIFY(protectedPurge && recover);
        QVERIFY(!protectedPurge->isEnabled());
        QVERIFY(recover->isEnabled());
        // The page says why, beside its buttons, which follow the actions.
        const auto *protectedHint =
            window.findChild<QLabel *>(QStringLiteral("PurgeProtectedHint"));
        QVERIFY(protectedHint && protectedHint->isVisible());
        QVERIFY(protectedHint->text().startsWith(QStringLiteral("Purge protection is on")));
        QCOMPARE(buttonFor(window, protectedPurge)->isEnabled(), false);
        QCOMPARE(buttonFor(window, recover)->isEnabled(), true);
    }

    // The pending page's four actions are buttons under its table too, not only in menus.
    void pendingPageOffersItsActionsAsButtons() {
        m_window.showPage(m_session, 1);
        for (const QString &text :
             {QStringLiteral("&Merge signed certificate…"), QStringLiteral("&Save CSR…"),
              QStringLiteral("&Cancel request"), QStringLiteral("Delete pending request")}) {
            const QAction *action = findAction(text);
            QVERIFY2(action, qPrintable(text));
            const QToolButton *button = buttonFor(m_window, action);
            QVERIFY2(button && button->isVisible(), qPrintable(text));
            QCOMPARE(button->isEnabled(), action->isEnabled());
        }
        m_window.showPage(m_session, 0);
    }

private:
    // Imports `pfx` as `name` into the vault and deletes it (soft delete).
    static bool importedThenDeleted(LocalVaultFixture &vault, const QString &name,
                                    const QJsonObject &pfx) {
        return vault.request("POST", QStringLiteral("/certificates/%1/import").arg(name), pfx)
                       .status == 200 &&
               vault.request("DELETE", QStringLiteral("/certificates/") + name).status == 200;
    }

    static const QToolButton *buttonFor(const QWidget &window, const QAction *action) {
        const QList<QToolButton *> buttons = window.findChildren<QToolButton *>();
        const auto found = std::find_if(buttons.cbegin(), buttons.cend(), [action](auto *button) {
            return button->defaultAction() == action && !qobject_cast<QToolBar *>(button->parent());
        });
        return found == buttons.cend() ? nullptr : *found;
    }

    // Shows the window's deleted certificates of `session` and selects `name` once it arrives.
    static bool selectDeletedIn(MainWindow &window, VaultSession *session, const QString &name) {
        window.showPage(session, 3);
        auto *view = window.findChild<QTableView *>(QStringLiteral("DeletedTable"));
        if (!view || !QTest::qWaitFor(
                         [&] { return rowOf(view->model(), Qt::DisplayRole, name) >= 0; }, 20000))
            return false;
        view->selectRow(rowOf(view->model(), Qt::DisplayRole, name));
        return true;
    }

    // A second window on the same local vault, as a fresh start of the app would show it.
    VaultSession *openLocalVaultIn(MainWindow &window, LocalVaultFixture *vault = nullptr) {
        window.show();
        QString error;
        auto *session = VaultSession::fromLocalConnection(
            (vault ? vault : &m_vault)->server()->connectionFilePath(), &error, &window);
        if (!session) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        window.addSession(session);
        return session;
    }

    // Adds or removes certificate permissions of the app's own principal, through ARM as the
    // portal does; returns the HTTP status.
    int changeOwnCertificatePermissions(const char *operation, const QJsonArray &permissions) {
        const QString armToken = m_vault.token(
            QStringLiteral("admin"), QStringLiteral("https://management.azure.com/.default"));
        const QString resource =
            m_vault.connection().value(QStringLiteral("vaultResourceId")).toString();
        const QJsonObject entry{
            {QStringLiteral("tenantId"), m_vault.connection().value(QStringLiteral("tenantId"))},
            {QStringLiteral("objectId"), m_vault.connection().value(QStringLiteral("objectId"))},
            {QStringLiteral("permissions"),
             QJsonObject{{QStringLiteral("certificates"), permissions}}}};
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("accessPolicies"), QJsonArray{entry}}}}})
                .toJson();
        return m_vault
            .raw("PUT",
                 QUrl(m_vault.vaultUrl() + resource + QStringLiteral("/accessPolicies/") +
                      QLatin1String(operation) + QStringLiteral("?api-version=2023-07-01")),
                 body,
                 {{"Authorization", "Bearer " + armToken.toLatin1()},
                  {"Content-Type", "application/json"}})
            .status;
    }

    QAction *findAction(const QString &text, const QWidget *window = nullptr) {
        for (QAction *action : (window ? window : &m_window)->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

    static bool shows(const QWidget *widget, const QString &text) {
        const QList<QLabel *> labels = widget->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](const QLabel *label) { return label->text() == text; });
    }

    static QString statusText(const MainWindow &window) {
        const auto *label = window.statusBar()->findChild<QLabel *>();
        return label ? label->text() : QString();
    }

    static const QLabel *labelEnding(const QWidget *widget, const QString &text) {
        const QList<QLabel *> labels = widget->findChildren<QLabel *>();
        const auto found =
            std::find_if(labels.cbegin(), labels.cend(),
                         [&text](const QLabel *label) { return label->text().endsWith(text); });
        return found == labels.cend() ? nullptr : *found;
    }

    static bool showsEnding(const QWidget *widget, const QString &text) {
        return labelEnding(widget, text) != nullptr;
    }

    void closeCsrOffer() {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
                box->close();
        }
    }

    QString signOutside(const QByteArray &csrDer) {
        if (m_caKey.isNull()) {
            m_caKey = *crypto::PrivateKey::generate({});
            crypto::RequestSpec subject;
            subject.subject = QStringLiteral("CN=GUI Test CA");
            crypto::IssueSpec spec;
            spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
            spec.notAfter = QDateTime::currentDateTimeUtc().addYears(1);
            spec.isCa = true;
            m_ca = *crypto::selfSign(m_caKey, subject, spec);
        }
        crypto::IssueSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(100);
        auto leaf =
            crypto::signRequest(*crypto::CertificateRequest::fromDer(csrDer), m_ca, m_caKey, spec);
        const QString path = m_files.filePath(QStringLiteral("chain-%1.pem").arg(++m_fileCounter));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(crypto::writePem({m_ca, *leaf})); // root first on purpose: the dialog orders it
        return path;
    }

    QString writePfx(const QString &commonName, const QByteArray &password) {
        return testing::writeSelfSignedPfx(m_files.path(), commonName, password);
    }

    LocalVaultFixture m_vault{600000};
    MainWindow m_window;
    VaultSession *m_session = nullptr;
    QTemporaryDir m_files;
    int m_fileCounter = 0;
    crypto::PrivateKey m_caKey;
    crypto::Certificate m_ca;
};

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
