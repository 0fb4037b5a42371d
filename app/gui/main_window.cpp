#include "main_window.h"
#include "locale_format.h"

#include "access_policy_page.h"
#include "action_button_row.h"
#include "activity_feed.h"
#include "activity_model.h"
#include "add_vault_dialog.h"
#include "apim_page.h"
#include "certificate_details_pane.h"
#include "certificate_filter_proxy_model.h"
#include "certificate_list_model.h"
#include "certificate_request.h"
#include "create_certificate_dialog.h"
#include "deleted_certificate_model.h"
#include "empty_view_notice.h"
#include "import_dialog.h"
#include "language_settings.h"
#include "merge_dialog.h"
#include "pending_operation_model.h"
#include "secret_store.h"
#include "startup_warm_up.h"
#include "state_palette.h"
#include "table_columns.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <numeric>
#include <utility>

namespace certdeck::gui {

namespace {

constexpr int maxDetailsInFlight = 4;
constexpr int pageFlushIntervalMs = 100;

// The list entry a freshly returned bundle stands for (the list uses unversioned ids).
vault::CertificateItem itemFrom(const vault::CertificateBundle &bundle) {
    vault::CertificateItem item;
    item.id = bundle.id.section(QLatin1Char('/'), 0, -2);
    item.x5t = bundle.x5t;
    item.attributes = bundle.attributes;
    item.tags = bundle.tags;
    return item;
}

// "새로 고침(&R)" → "새로 고침", "&Refresh" → "Refresh", "Import…" → "Import".
QString withoutMnemonic(QString text) {
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*[(（]&[^)）][)）]"));
    text.remove(cjkMnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

// The selected rows of a view that may not be built yet (its page never shown): none.
QModelIndexList selectedRowsOf(const QTableView *view) {
    return view ? view->selectionModel()->selectedRows() : QModelIndexList();
}

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &accessibleName) {
    auto *view = new QTableView(parent);
    view->setHorizontalHeader(new SteadyHeader(view));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setAccessibleName(accessibleName);
    return view;
}

// A row of buttons under a table for the actions of its rows, so they can be found without a
// right-click; they wrap when the window is narrow.
ActionButtonRow *actionButtons(QWidget *parent, const QList<QAction *> &actions) {
    auto *row = new ActionButtonRow(parent);
    row->setActions(actions);
    return row;
}

// The operation itself carries no time; the pending certificate's version was created with it.
QDateTime createdOrNow(const vault::CertificateItem &item) {
    return item.attributes.created ? QDateTime::fromSecsSinceEpoch(*item.attributes.created)
                                   : QDateTime::currentDateTime();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_certificates = new models::CertificateListModel(this);
    m_certificates->setStatePalette(StatePalette::foregrounds(palette()),
                                    StatePalette::backgrounds(palette()), StatePalette::icons());
    m_vaultFilter = new QSortFilterProxyModel(this);
    m_vaultFilter->setSourceModel(m_certificates);
    m_vaultFilter->setFilterRole(models::CertificateListModel::VaultRole);
    m_vaultFilter->setFilterFixedString(QString());
    m_filter = new models::CertificateFilterProxyModel(this);
    m_filter->setSourceModel(m_vaultFilter);
    m_pending = new models::PendingOperationModel(this);
    m_deleted = new models::DeletedCertificateModel(this);
    m_activity = new models::ActivityModel(this);

    m_pageFlush.setSingleShot(true);
    m_pageFlush.setInterval(pageFlushIntervalMs);
    connect(&m_pageFlush, &QTimer::timeout, this, &MainWindow::flushPages);
    m_summaryUpdate.setSingleShot(true);
    m_summaryUpdate.setInterval(250);
    connect(&m_summaryUpdate, &QTimer::timeout, this, &MainWindow::showInventorySummary);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_certificates, signal, &m_summaryUpdate, qOverload<>(&QTimer::start));
    connect(m_certificates, &QAbstractItemModel::dataChanged, &m_summaryUpdate,
            qOverload<>(&QTimer::start));
    connect(m_certificates, &QAbstractItemModel::modelReset, &m_summaryUpdate,
            qOverload<>(&QTimer::start));
    createActions();
    createActivityDock();
    createMenusAndToolbar();
    // Up to here nothing measured text; the views and the line edit below do at construction.
    awaitFontsForFirstText();
    auto *splitter = new QSplitter(this);
    createNavigation(splitter);
    m_pages = new QStackedWidget(splitter);
    m_pages->addWidget(createCertificatesPage());
    // The other pages are placeholders until first shown (ensurePage): cold start builds only
    // the page in view.
    for (int page = PendingPage; page <= ApimServicePage; ++page)
        m_pages->addWidget(new QWidget(this));
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    retranslate();
    restoreWindowState();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation(QWidget *parent) {
    m_secretStore = new KeychainSecretStore(this);
    m_navigation = new QTreeWidget(parent);
    m_navigation->setObjectName(QStringLiteral("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setAccessibleName(tr("Connections"));
    m_navigation->setMinimumWidth(200);
    m_navigation->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_navigation->addActions({m_addVaultAction, m_removeConnectionAction});
    m_allVaultsItem = new QTreeWidgetItem(m_navigation);
    m_allVaultsItem->setIcon(0, StatePalette::themedIcon("view-list-details"));
    m_allVaultsItem->setData(0, pageRole, CertificatesPage);
    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { onNavigation(item); });
}

AppAction *MainWindow::registerAction(const char *icon, AppAction::Requirements needs,
                                      std::function<void()> slot) {
    auto *action = new AppAction(StatePalette::themedIcon(icon), QString(), needs, this);
    connect(action, &QAction::triggered, this, std::move(slot));
    m_actions.append(action);
    return action;
}

bool MainWindow::saveToFile(const QString &title, const QString &path, const QByteArray &content) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size())
        return true;
    QMessageBox::warning(this, title, tr("The file %1 could not be written.").arg(path));
    return false;
}

void MainWindow::createActions() {
    using R = AppAction;
    m_refreshAction = makeAction("view-refresh", R::NeedsVault, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_findAction = makeAction("edit-find", R::OnCertificates, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_newAction = makeAction("document-new", R::NeedsVault, &MainWindow::createCertificate);
    m_newAction->setShortcut(QKeySequence::New);
    m_importAction = makeAction("document-import", R::NeedsVault, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Import certificates"), QString(),
                                          tr("Certificates with keys (*.pfx *.p12 *.pem)"));
        if (!files.isEmpty())
            importFiles(files);
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_deleteAction = makeAction("edit-delete", R::NeedsSingleSelection | R::OnCertificates,
                                &MainWindow::deleteSelectedCertificate);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_copyThumbprintAction = makeAction("edit-copy", R::NeedsSingleSelection | R::OnCertificates,
                                        &MainWindow::copyThumbprint);
    m_copyThumbprintAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_cancelRequestAction = makeAction(
        "process-stop", R::NeedsSingleSelection | R::OnPending | R::NeedsPendingInProgress,
        &MainWindow::cancelSelectedRequest);
    m_deleteRequestAction = makeAction("edit-delete", R::NeedsSingleSelection | R::OnPending,
                                       &MainWindow::deleteSelectedRequest);
    m_mergeAction = makeAction("mail-attachment",
                               R::NeedsSingleSelection | R::OnPending | R::NeedsPendingInProgress,
                               &MainWindow::mergeSelectedRequest);
    m_saveCsrAction = makeAction("document-save", R::NeedsSingleSelection | R::OnPending,
                                 &MainWindow::saveSelectedCsr);
    m_recoverAction = makeAction("edit-undo", R::NeedsSingleSelection | R::OnDeleted,
                                 &MainWindow::recoverSelectedDeleted);
    m_purgeAction = makeAction("edit-delete-shred",
                               R::NeedsSingleSelection | R::OnDeleted | R::NeedsPurgeAllowed,
                               &MainWindow::purgeSelectedDeleted);
    m_exportCsvAction = makeAction("document-export", R::OnCertificates, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export inventory"),
                                                          QStringLiteral("certificates.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            saveToFile(tr("Export inventory"), file, m_certificates->toCsv());
    });
    m_addVaultAction = makeAction("list-add", R::None, &MainWindow::addVault);
    m_addVaultAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_removeConnectionAction = makeAction("list-remove", R::NeedsRemovableConnection,
                                          [this] { removeConnection(m_pageSession); });
    m_exportIcsAction =
        makeAction("x-office-calendar", R::OnCertificates, &MainWindow::exportReminders);
    m_exportActivityAction = makeAction("document-export", R::None, &MainWindow::exportActivity);
    m_quitAction = makeAction("application-exit", R::None, &QWidget::close);
    createCertificateActions();
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::createMenusAndToolbar() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_addVaultAction, m_removeConnectionAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_newAction, m_importAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_exportCsvAction, m_exportIcsAction, m_exportActivityAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_findAction, m_copyThumbprintAction, m_deleteAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions(
        {m_cancelRequestAction, m_mergeAction, m_saveCsrAction, m_deleteRequestAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_recoverAction, m_purgeAction});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_activityDock->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const gui::LanguageChoice &choice : gui::languageChoices()) {
        QAction *action = m_languageMenu->addAction(choice.label);
        action->setCheckable(true);
        action->setData(choice.code);
        action->setChecked(choice.code == gui::savedLanguage());
        m_languageGroup->addAction(action);
    }
    // The switch takes effect at once: installing a translator sends LanguageChange everywhere.
    connect(m_languageGroup, &QActionGroup::triggered, this, [](QAction *action) {
        gui::saveLanguage(action->data().toString());
        gui::installLanguage(*qApp, action->data().toString());
    });
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("MainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({m_addVaultAction, m_refreshAction, m_newAction, m_importAction});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_mergeAction, m_cancelRequestAction});
}

QWidget *MainWindow::createCertificatesPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_search = new QLineEdit(page);
    m_search->setAccessibleName(tr("Search certificates"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Enabled with the first text to clear (it shows only then), so its style icon, of
        // which QIcon decodes every size, is read then and not before the first paint.
        if (!text.isEmpty())
            m_search->setClearButtonEnabled(true);
        m_filter->setQuery(text);
        m_searchHint->setText(m_filter->queryError());
        m_searchHint->setVisible(!m_filter->queryError().isEmpty());
        updateEmptyNotices();
    });
    m_searchHint = new QLabel(page);
    m_searchHint->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_searchHint);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_certificateView = makeTable(splitter, m_filter, tr("Certificates"));
    m_certificateView->setObjectName(QStringLiteral("CertificateTable"));
    m_certificatesNotice = new EmptyViewNotice(m_certificateView);
    m_certificateView->addActions({m_copyThumbprintAction, m_downloadAction, m_exportKeyAction,
                                   m_toggleEnabledAction, m_newVersionAction, m_deleteAction});
    m_certificateView->sortByColumn(models::CertificateListModel::NameColumn, Qt::AscendingOrder);
    // Expiry is what operators scan a vault for: right after the name, before the long DNs
    // that would push it out of view.
    QHeaderView *header = m_certificateView->horizontalHeader();
    header->moveSection(header->visualIndex(models::CertificateListModel::ExpiresColumn), 1);
    header->moveSection(header->visualIndex(models::CertificateListModel::DaysLeftColumn), 2);
    m_certificateColumns =
        new ColumnChooser(m_certificateView, QStringLiteral("columns/certificates"));
    m_viewMenu->insertMenu(m_languageMenu->menuAction(), m_certificateColumns->menu());
    // The details pane is built with the first selection (details()); until then a prompt
    // holds its place: laying out and painting its empty rows took a fifth of cold start.
    m_detailsPlaceholder = new QLabel(CertificateDetailsPane::emptyPrompt(), splitter);
    m_detailsPlaceholder->setAlignment(Qt::AlignCenter);
    m_detailsPlaceholder->setWordWrap(true);
    m_detailsPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_detailsSplitter = splitter;
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_certificateView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onCertificateSelected);
    connect(m_certificateView->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MainWindow::loadVisibleDetails);
    return page;
}

QWidget *MainWindow::createPendingPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_pendingView = makeTable(page, m_pending, tr("Pending requests"));
    m_pendingView->setObjectName(QStringLiteral("PendingTable"));
    new ColumnChooser(m_pendingView, QStringLiteral("columns/pending"));
    m_pendingNotice = new EmptyViewNotice(m_pendingView);
    // Few rows, live values: columns follow their contents. The service's status details run
    // long, so they go last and take the room left (elided, whole in the tooltip): started and
    // elapsed stay in view.
    QHeaderView *header = m_pendingView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int details = models::PendingOperationModel::DetailsColumn;
    header->moveSection(header->visualIndex(details), header->count() - 1);
    header->setStretchLastSection(false); // it would still track the section that was last
    header->setSectionResizeMode(details, QHeaderView::Stretch);
    keepContentsColumnsFitted(m_pendingView);
    const QList<QAction *> actions{m_mergeAction, m_saveCsrAction, m_cancelRequestAction,
                                   m_deleteRequestAction};
    m_pendingView->addActions(actions);
    layout->addWidget(m_pendingView);
    layout->addWidget(actionButtons(page, actions));
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    return page;
}

QWidget *MainWindow::createDeletedPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_deletedView = makeTable(page, m_deleted, tr("Deleted certificates"));
    m_deletedView->setObjectName(QStringLiteral("DeletedTable"));
    new ColumnChooser(m_deletedView, QStringLiteral("columns/deleted"));
    m_deletedNotice = new EmptyViewNotice(m_deletedView);
    m_deletedView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    keepContentsColumnsFitted(m_deletedView);
    m_deletedView->addActions({m_recoverAction, m_purgeAction});
    layout->addWidget(m_deletedView);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButtons(page, {m_recoverAction, m_purgeAction}));
    // Why Purge is not offered, where the vault's purge protection rules it out.
    m_purgeProtectedHint = new QLabel(page);
    m_purgeProtectedHint->setObjectName(QStringLiteral("PurgeProtectedHint"));
    m_purgeProtectedHint->setWordWrap(true);
    m_purgeProtectedHint->hide();
    buttons->addWidget(m_purgeProtectedHint, 1);
    layout->addLayout(buttons);
    updateEmptyNotices(); // the hint's text
    connect(m_deletedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    return page;
}

QWidget *MainWindow::createAccessPoliciesPage() {
    m_accessPolicies = new AccessPolicyPage(this);
    connect(m_accessPolicies, &AccessPolicyPage::failed, this,
            [this](const QString &what, const client::VaultError &error) {
                reportError(what, error, m_pageSession);
            });
    return m_accessPolicies;
}

void MainWindow::createActivityDock() {
    m_activityDock = new QDockWidget(this);
    m_activityDock->setObjectName(QStringLiteral("ActivityDock"));
    // Its table is built when the dock is first shown (from the View menu or a restored state).
    connect(m_activityDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_activityView)
            return;
        m_activityView = makeTable(m_activityDock, m_activity, tr("Activity"));
        m_activityView->setSortingEnabled(false);
        // The short columns (the time with its zone) fit what they hold as requests come in; the
        // path is fitted once, up to a cap, with the whole of it in its tooltip.
        QHeaderView *header = m_activityView->horizontalHeader();
        using Activity = models::ActivityModel;
        for (const int column :
             {Activity::TimeColumn, Activity::MethodColumn, Activity::HostColumn,
              Activity::StatusColumn, Activity::DurationColumn, Activity::AttemptColumn})
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        keepContentsColumnsFitted(m_activityView);
        fitColumnsToContents(m_activityView, {Activity::PathColumn});
        m_activityView->addAction(m_exportActivityAction);
        m_activityDock->setWidget(m_activityView);
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_activityDock->hide();
}

CertificateDetailsPane *MainWindow::details() {
    if (m_details)
        return m_details;
    m_details = new CertificateDetailsPane;
    m_details->setExpiringWithinDays(m_certificates->expiringWithinDays());
    m_details->setActions({m_downloadAction, m_exportKeyAction, m_toggleEnabledAction,
                           m_newVersionAction, m_deleteAction});
    connect(m_details, &CertificateDetailsPane::copied, this, [this](const QString &what) {
        statusBar()->showMessage(tr("%1 copied to the clipboard.").arg(what), 4000);
    });
    const QList<int> sizes = m_detailsSplitter->sizes();
    m_detailsSplitter->replaceWidget(m_detailsSplitter->indexOf(m_detailsPlaceholder), m_details);
    m_detailsSplitter->setSizes(sizes);
    std::exchange(m_detailsPlaceholder, nullptr)->deleteLater();
    return m_details;
}

// What an operator scans a vault for, in the status bar: how many certificates, and how many of
// them need attention. Not while a listing is under way: the bar then says that.
void MainWindow::showInventorySummary() {
    if (m_loadsInFlight > 0 || m_sessions.isEmpty())
        return;
    const QString vault = m_pageSession ? m_pageSession->displayName() : QString();
    int total = 0;
    QHash<models::ExpiryState, int> states;
    for (int row = 0; row < m_certificates->rowCount(); ++row) {
        if (!vault.isEmpty() && m_certificates->vaultAt(row) != vault)
            continue;
        ++total;
        ++states[models::ExpiryState(m_certificates->index(row, 0)
                                         .data(models::CertificateListModel::ExpiryStateRole)
                                         .toInt())];
    }
    QString text = vault.isEmpty() ? tr("%Ln certificate(s) in all vaults", nullptr, total)
                                   : tr("%Ln certificate(s) in %1", nullptr, total).arg(vault);
    QStringList attention;
    if (const int expired = states.value(models::ExpiryState::Expired))
        attention.append(tr("%Ln expired", nullptr, expired));
    if (const int expiring = states.value(models::ExpiryState::Expiring))
        attention.append(tr("%Ln expiring within %1 days", nullptr, expiring)
                             .arg(m_certificates->expiringWithinDays()));
    if (const int pending = states.value(models::ExpiryState::Pending))
        attention.append(tr("%Ln pending", nullptr, pending));
    if (!attention.isEmpty())
        text = tr("%1 — %2").arg(text, attention.join(tr(", ")));
    m_status->setText(text);
}

void MainWindow::updateEmptyNotices() {
    const QString vault = m_pageSession ? m_pageSession->displayName() : QString();
    const QString search = m_search->text().trimmed();
    if (!search.isEmpty())
        m_certificatesNotice->setMessage(tr("No certificate matches “%1”.").arg(search));
    else if (m_sessions.isEmpty() || m_loadsInFlight > 0)
        m_certificatesNotice->setMessage(QString()); // the status bar says what is under way
    else if (m_pageSession && m_unlistedVaults.contains(vault))
        m_certificatesNotice->setMessage(
            tr("The certificates of %1 could not be listed. Refresh to try again.").arg(vault));
    else if (m_pageSession)
        m_certificatesNotice->setMessage(
            tr("No certificates in %1 yet. Create one with New certificate, or drop .pfx, .p12 "
               "or .pem files here to import them.")
                .arg(vault));
    else
        m_certificatesNotice->setMessage(tr("No certificates in the connected vaults yet."));
    if (m_pendingNotice)
        m_pendingNotice->setMessage(
            tr("No pending requests. A certificate from a CA issuer, or with issuer Unknown for "
               "an outside CA, waits here until it is issued, fails or is cancelled."));
    if (m_deletedNotice)
        m_deletedNotice->setMessage(deletedNotice(vault));
    if (m_purgeProtectedHint)
        m_purgeProtectedHint->setText(
            tr("Purge protection is on for this vault: this certificate can be recovered, and "
               "the vault purges it by itself on its scheduled purge date."));
}

QString MainWindow::deletedNotice(const QString &vault) const {
    switch (m_deletedListing) {
    case Listing::Reading:
        return tr("Reading the deleted certificates of %1…").arg(vault);
    case Listing::Failed:
        return tr("The deleted certificates of %1 could not be listed.").arg(vault);
    case Listing::Read:
        break;
    }
    return tr("No deleted certificates in %1. A deleted certificate stays here, recoverable, "
              "until it is purged or its retention period ends.")
        .arg(vault);
}

void MainWindow::ensurePage(Page page) {
    if (page == PendingPage && !m_pendingView)
        installPage(page, createPendingPage());
    else if (page == AccessPoliciesPage && !m_accessPolicies)
        installPage(page, createAccessPoliciesPage());
    else if (page == DeletedPage && !m_deletedView)
        installPage(page, createDeletedPage());
    else if (page == ApimServicePage)
        ensureApimPage();
}

void MainWindow::installPage(Page page, QWidget *widget) {
    QWidget *placeholder = m_pages->widget(page);
    const bool showing = m_pages->currentIndex() == page;
    m_pages->insertWidget(page, widget);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    if (showing)
        m_pages->setCurrentIndex(page);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Certdeck"));
    updateEmptyNotices();
    showInventorySummary();
    m_refreshAction->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Find"));
    m_newAction->setText(tr("&New certificate…"));
    m_importAction->setText(tr("&Import…"));
    m_deleteAction->setText(tr("&Delete certificate"));
    m_deleteAction->setIconText(tr("Delete"));
    m_copyThumbprintAction->setText(tr("Copy &thumbprint"));
    m_cancelRequestAction->setText(tr("&Cancel request"));
    m_deleteRequestAction->setText(tr("Delete pending request"));
    m_mergeAction->setText(tr("&Merge signed certificate…"));
    m_saveCsrAction->setText(tr("&Save CSR…"));
    m_recoverAction->setText(tr("&Recover"));
    m_purgeAction->setText(tr("&Purge…"));
    retranslateCertificateActions();
    m_exportCsvAction->setText(tr("Export inventory as CSV…"));
    m_exportIcsAction->setText(tr("Export expiry reminders (.ics)…"));
    m_exportActivityAction->setText(tr("Export activity log…"));
    m_addVaultAction->setText(tr("&Add Azure vault…"));
    m_removeConnectionAction->setText(tr("Remove connection"));
    m_allVaultsItem->setText(0, tr("All vaults"));
    m_quitAction->setText(tr("&Quit"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_certificateColumns->menu()->setTitle(tr("Certificate &columns"));
    const QList<gui::LanguageChoice> choices = gui::languageChoices();
    for (QAction *action : m_languageGroup->actions()) {
        for (const gui::LanguageChoice &choice : choices) {
            if (choice.code == action->data().toString())
                action->setText(choice.label);
        }
    }
    m_toolbar->setWindowTitle(tr("Main toolbar"));
    // Tool buttons show the plain name: no "(R)" left over from a CJK-style accelerator.
    for (QAction *action : m_toolbar->actions()) {
        if (!action->isSeparator())
            action->setIconText(withoutMnemonic(action->text()));
    }
    m_activityDock->setWindowTitle(tr("Activity"));
    if (m_detailsPlaceholder)
        m_detailsPlaceholder->setText(CertificateDetailsPane::emptyPrompt());
    m_search->setPlaceholderText(tr("Search name, subject or SAN — or is:expired, is:expiring-30, "
                                    "is:pending, issuer:, san:, thumb:, vault:"));
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        QTreeWidgetItem *vault = m_navigation->topLevelItem(i);
        const QStringList pages{tr("Certificates"), tr("Pending requests"), tr("Access policies"),
                                tr("Deleted certificates")};
        for (int child = 0; child < vault->childCount() && child < pages.size(); ++child)
            vault->child(child)->setText(0, pages[child]);
    }
    retranslateApim();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange && m_certificates)
        m_certificates->setStatePalette(StatePalette::foregrounds(palette()),
                                        StatePalette::backgrounds(palette()),
                                        StatePalette::icons());
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    // Two thirds for the table, as the pane's own size gave it: set here, once the splitter has
    // its width, rather than derived from the prompt (whose width differs by language), so the
    // table does not move when the pane takes the prompt's place.
    if (m_detailsPlaceholder && !std::exchange(m_detailsSplitSet, true)) {
        const int width = m_detailsSplitter->width();
        m_detailsSplitter->setSizes({width * 2 / 3, width - width * 2 / 3});
    }
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (m_loadsInFlight > 0 &&
        QMessageBox::question(this, tr("Quit Certdeck"),
                              tr("Certificates are still loading. Quit anyway?")) !=
            QMessageBox::Yes) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::addSession(VaultSession *session) {
    session->setParent(this);
    m_sessions.append(session);
    auto *vault = new QTreeWidgetItem({session->displayName()});
    // The built-in vault comes first, right under "All vaults"; Azure vaults follow as added.
    m_navigation->insertTopLevelItem(session->isLocal() ? 1 : m_navigation->topLevelItemCount(),
                                     vault);
    vault->setIcon(0, StatePalette::themedIcon("security-high"));
    vault->setData(0, sessionRole, session->displayName());
    vault->setData(0, pageRole, CertificatesPage);
    for (int page = CertificatesPage; page <= DeletedPage; ++page) {
        auto *child = new QTreeWidgetItem(vault);
        child->setData(0, sessionRole, session->displayName());
        child->setData(0, pageRole, page);
    }
    addApimNavigation(session, vault);
    vault->setExpanded(true);
    retranslate();
    connect(session, &VaultSession::signInRequired, this, [this, session](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Information,
                                    tr("Sign in to %1").arg(session->displayName()), message,
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextInteractionFlags(Qt::TextBrowserInteraction);
        box->open();
    });
    connect(session->pipeline(), &client::HttpPipeline::activity, this,
            [this](const client::ActivityRecord &record) {
                m_activity->append(activityEntryFrom(record));
            });
    if (!m_navigation->currentItem() || session->isLocal())
        m_navigation->setCurrentItem(vault->child(CertificatesPage));
    followOperations(session);
    loadCertificates(session);
}

VaultSession *MainWindow::sessionNamed(const QString &name) const {
    for (VaultSession *session : m_sessions) {
        if (session->displayName() == name)
            return session;
    }
    return nullptr;
}

VaultSession *MainWindow::currentSession() const {
    return m_pageSession;
}

void MainWindow::setBusyMessage(const QString &message) {
    m_status->setText(message);
    m_progress->setVisible(!message.isEmpty());
}

void MainWindow::showStartupProblem(const QString &message) {
    QMessageBox::warning(this, tr("Certdeck"), message);
}

void MainWindow::onNavigation(QTreeWidgetItem *item) {
    if (!item)
        return;
    m_page = Page(item->data(0, pageRole).toInt());
    m_pageSession = sessionNamed(item->data(0, sessionRole).toString());
    ensurePage(m_page);
    m_pages->setCurrentIndex(m_page);
    m_vaultFilter->setFilterFixedString(m_pageSession ? m_pageSession->displayName() : QString());
    updateEmptyNotices();
    showInventorySummary();
    if (m_page == DeletedPage && m_pageSession)
        loadDeleted(m_pageSession);
    if (m_page == PendingPage && m_pageSession)
        refreshPending(m_pageSession);
    if (m_page == AccessPoliciesPage)
        m_accessPolicies->setSession(m_pageSession);
    if (m_page == ApimServicePage)
        showApimItem(item);
    updateActions();
}

void MainWindow::loadCertificates(VaultSession *session) {
    client::CertificatePager *pager = session->client()->listCertificates(true);
    ++m_loadsInFlight;
    setBusyMessage(tr("Loading certificates from %1…").arg(session->displayName()));
    updateEmptyNotices();
    const QString vault = session->displayName();
    connect(pager, &client::CertificatePager::pageReceived, this,
            [this, vault](const QList<vault::CertificateItem> &items) {
                m_pageBuffer[vault].append(items);
                if (!m_pageFlush.isActive())
                    m_pageFlush.start();
            });
    connect(pager, &client::ServiceReply::finished, this, [this, pager, session] {
        pager->deleteLater();
        --m_loadsInFlight;
        flushPages();
        setBusyMessage(QString());
        emit certificatesLoaded(session);
        fetchNextDetails();
        if (pager->hasError())
            m_unlistedVaults.insert(session->displayName());
        else
            m_unlistedVaults.remove(session->displayName());
        updateEmptyNotices();
        if (pager->hasError())
            return reportError(tr("Listing the certificates failed."), pager->error(), session);
        showInventorySummary();
        refreshPending(session);
    });
}

// Pages are handed to the model in batches: repainting the table for every 25 rows cost more
// than listing them.
void MainWindow::flushPages() {
    m_pageFlush.stop();
    if (m_pageBuffer.isEmpty())
        return;
    for (auto page = m_pageBuffer.cbegin(); page != m_pageBuffer.cend(); ++page)
        m_certificates->appendPage(page.key(), page.value());
    m_pageBuffer.clear();
    if (!m_columnsSized && m_certificates->rowCount() > 0) {
        m_columnsSized = true;
        QList<int> columns(m_certificates->columnCount());
        std::iota(columns.begin(), columns.end(), 0);
        fitColumnsToContents(m_certificateView, columns);
    }
    if (m_loadsInFlight > 0)
        setBusyMessage(tr("Loading certificates… %Ln so far", nullptr, m_certificates->rowCount()));
    loadVisibleDetails();
}

void MainWindow::followOperations(VaultSession *session) {
    client::OperationPoller *poller = session->poller();
    const QString vault = session->displayName();
    connect(poller, &client::OperationPoller::statusChanged, this,
            [this, vault](const QString &, const vault::CertificateOperation &operation) {
                m_pending->upsert(vault, operation, QDateTime::currentDateTime());
                updateActions();
            });
    connect(poller, &client::OperationPoller::finished, this,
            [this, session, vault](const QString &name, const client::OperationOutcome &outcome) {
                if (outcome.deleted()) {
                    m_pending->remove(vault, name);
                } else if (outcome.operation->status == vault::OperationStatus::Completed) {
                    m_pending->remove(vault, name);
                    showCompleted(session, name);
                } else {
                    m_pending->upsert(vault, *outcome.operation, QDateTime::currentDateTime());
                }
                updateActions();
            });
}

void MainWindow::showCompleted(VaultSession *session, const QString &name) {
    auto *bundle = session->client()->getCertificate(name);
    connect(bundle, &client::ServiceReply::finished, this, [this, bundle, session, name] {
        bundle->deleteLater();
        if (bundle->hasError())
            return;
        m_certificates->upsert(session->displayName(), itemFrom(bundle->value()));
        m_certificates->updateDetails(session->displayName(), bundle->value());
        statusBar()->showMessage(tr("“%1” was issued and is now under Certificates.").arg(name),
                                 8000);
    });
}

void MainWindow::refreshPending(VaultSession *session) {
    // Every certificate that is still pending gets its operation read once; the operation poller
    // keeps them current afterwards.
    for (int row = 0; row < m_certificates->rowCount(); ++row) {
        if (m_certificates->vaultAt(row) != session->displayName())
            continue;
        const auto state =
            models::ExpiryState(m_certificates->index(row, 0)
                                    .data(models::CertificateListModel::ExpiryStateRole)
                                    .toInt());
        if (state != models::ExpiryState::Pending)
            continue;
        const QString name = m_certificates->nameAt(row);
        const QDateTime started = createdOrNow(m_certificates->index(row, 0)
                                                   .data(models::CertificateListModel::ItemRole)
                                                   .value<vault::CertificateItem>());
        auto *reply = session->client()->getOperation(name);
        connect(reply, &client::ServiceReply::finished, this, [this, reply, session, started] {
            reply->deleteLater();
            if (!reply->hasError())
                m_pending->upsert(session->displayName(), reply->value(), started);
        });
    }
}

void MainWindow::loadDeleted(VaultSession *session) {
    m_deleted->clear();
    m_deletedListing = Listing::Reading;
    updateEmptyNotices();
    client::CertificatePager *pager = session->client()->listDeletedCertificates();
    connect(pager, &client::CertificatePager::pageReceived, m_deleted,
            &models::DeletedCertificateModel::appendPage);
    connect(pager, &client::ServiceReply::finished, this, [this, pager, session] {
        pager->deleteLater();
        m_deletedListing = pager->hasError() ? Listing::Failed : Listing::Read;
        updateEmptyNotices();
        if (pager->hasError())
            reportError(tr("Listing the deleted certificates failed."), pager->error(), session);
    });
}

void MainWindow::loadVisibleDetails() {
    const int first = qMax(0, m_certificateView->rowAt(0));
    int last = m_certificateView->rowAt(m_certificateView->viewport()->height());
    if (last < 0)
        last = qMin(m_filter->rowCount() - 1, first + 50);
    for (int row = first; row <= last; ++row) {
        const QModelIndex source =
            m_vaultFilter->mapToSource(m_filter->mapToSource(m_filter->index(row, 0)));
        if (!source.isValid() || m_certificates->hasDetails(source.row()))
            continue;
        const DetailsRequest request{m_certificates->vaultAt(source.row()),
                                     m_certificates->nameAt(source.row())};
        const QString key = request.vault + QLatin1Char('/') + request.name;
        if (m_detailsRequested.contains(key))
            continue;
        m_detailsRequested.insert(key);
        m_detailsQueue.enqueue(request);
    }
    fetchNextDetails();
}

void MainWindow::fetchNextDetails() {
    // Listing comes first: details requests would compete with the remaining pages for the
    // vault's attention, and the rows are usable from the list alone.
    if (m_loadsInFlight > 0)
        return;
    while (m_detailsInFlight < maxDetailsInFlight && !m_detailsQueue.isEmpty()) {
        const DetailsRequest request = m_detailsQueue.dequeue();
        VaultSession *session = sessionNamed(request.vault);
        if (!session)
            continue;
        ++m_detailsInFlight;
        auto *reply = session->client()->getCertificate(request.name);
        connect(reply, &client::ServiceReply::finished, this, [this, reply, request] {
            reply->deleteLater();
            --m_detailsInFlight;
            if (!reply->hasError())
                m_certificates->updateDetails(request.vault, reply->value());
            fetchNextDetails();
            // The list has no subject or issuer: their columns were sized on empty cells.
            if (!m_detailColumnsSized && m_detailsInFlight == 0) {
                m_detailColumnsSized = true;
                fitColumnsToContents(m_certificateView,
                                     {models::CertificateListModel::SubjectColumn,
                                      models::CertificateListModel::IssuerColumn});
            }
        });
    }
}

QString MainWindow::selectedCertificateName() const {
    const QModelIndexList rows = m_certificateView->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(models::CertificateListModel::NameRole).toString()
                            : QString();
}

QString MainWindow::selectedPendingName() const {
    const QModelIndexList rows = selectedRowsOf(m_pendingView);
    return rows.size() == 1 ? rows.first().data(models::PendingOperationModel::NameRole).toString()
                            : QString();
}

void MainWindow::onCertificateSelected() {
    m_selectedBundle.reset();
    updateActions();
    retranslateCertificateActions();
    const QModelIndexList rows = m_certificateView->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        if (m_details)
            m_details->clear();
        return;
    }
    const QString name = rows.first().data(models::CertificateListModel::NameRole).toString();
    VaultSession *session =
        sessionNamed(rows.first().data(models::CertificateListModel::VaultRole).toString());
    if (!session)
        return;
    details()->showMessage(tr("Loading %1…").arg(name));
    auto *bundle = session->client()->getCertificate(name);
    connect(bundle, &client::ServiceReply::finished, this, [this, bundle, name, session] {
        bundle->deleteLater();
        if (selectedCertificateName() != name)
            return;
        if (bundle->hasError()) {
            details()->showMessage(bundle->error().explanation());
            return;
        }
        details()->showBundle(bundle->value());
        m_certificates->updateDetails(session->displayName(), bundle->value());
        m_selectedBundle = bundle->value();
        retranslateCertificateActions();
        updateActions();
    });
    client::CertificatePager *versions = session->client()->listVersions(name);
    auto collected = std::make_shared<QStringList>();
    connect(versions, &client::CertificatePager::pageReceived, this,
            [collected](const QList<vault::CertificateItem> &items) {
                const QLocale locale;
                for (const auto &item : items)
                    collected->append(
                        QStringLiteral("%1  (%2)")
                            .arg(item.version().left(8),
                                 localizedDateTime(QDateTime::fromSecsSinceEpoch(
                                                       item.attributes.created.value_or(0)),
                                                   QLocale::ShortFormat, locale)));
            });
    connect(versions, &client::ServiceReply::finished, this, [this, versions, collected, name] {
        versions->deleteLater();
        if (selectedCertificateName() == name)
            details()->showVersions(*collected);
    });
}

void MainWindow::updateActions() {
    SelectionState state;
    state.hasVault = m_pageSession != nullptr || !m_sessions.isEmpty();
    state.viewIsCertificates = m_page == CertificatesPage;
    state.viewIsPending = m_page == PendingPage;
    state.viewIsDeleted = m_page == DeletedPage;
    state.viewIsAccessPolicies = m_page == AccessPoliciesPage;
    state.removableConnection = m_pageSession && !m_pageSession->isLocal();
    state.exportable = selectedIsExportable();
    QTableView *view = m_page == PendingPage   ? m_pendingView
                       : m_page == DeletedPage ? m_deletedView
                                               : m_certificateView;
    const QModelIndexList selected = selectedRowsOf(view);
    state.selectedCount = int(selected.size());
    if (m_page == PendingPage && state.selectedCount == 1)
        state.pendingInProgress =
            selected.first().data(models::PendingOperationModel::StatusRole).toString() ==
            vault::OperationStatus::InProgress;
    if (m_page == DeletedPage && state.selectedCount == 1)
        state.purgeAllowed =
            selected.first().data(models::DeletedCertificateModel::PurgeAllowedRole).toBool();
    if (m_purgeProtectedHint)
        m_purgeProtectedHint->setVisible(state.viewIsDeleted && state.selectedCount == 1 &&
                                         !state.purgeAllowed);
    for (AppAction *action : std::as_const(m_actions))
        action->update(state);
}

void MainWindow::reportError(const QString &what, const client::VaultError &error,
                             VaultSession *session, std::function<void()> retry) {
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Certdeck"), what, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("ErrorBox"));
    box->setInformativeText(error.explanation());
    // The service's own words stay untranslated beside the explanation.
    QString details = error.message;
    if (!error.requestId.isEmpty())
        details += QLatin1Char('\n') + tr("Request id: %1").arg(error.requestId);
    box->setDetailedText(details);
    const bool canGrant = error.isForbidden() && !error.missingPermission.isEmpty() && session &&
                          session->arm() && !session->vaultResourceId().isEmpty() &&
                          !session->callerObjectId().isEmpty();
    if (canGrant) {
        QPushButton *grant = box->addButton(tr("Grant “%1” and retry").arg(error.missingPermission),
                                            QMessageBox::AcceptRole);
        grant->setObjectName(QStringLiteral("GrantButton"));
        connect(grant, &QPushButton::clicked, this,
                [this, session, permission = error.missingPermission, retry] {
                    grantPermission(session, permission, retry);
                });
    }
    m_lastErrorBox = box;
    box->open();
}

void MainWindow::grantPermission(VaultSession *session, const QString &permission,
                                 std::function<void()> retry) {
    vault::AccessPolicyEntry entry;
    entry.tenantId = session->tenantId();
    entry.objectId = session->callerObjectId();
    const QString category = permission.section(QLatin1Char(' '), 0, 0);
    const QStringList granted{permission.section(QLatin1Char(' '), 1, 1)};
    if (category == QLatin1String("certificates"))
        entry.permissions.certificates = granted;
    else if (category == QLatin1String("secrets"))
        entry.permissions.secrets = granted;
    else if (category == QLatin1String("keys"))
        entry.permissions.keys = granted;
    auto *reply = session->arm()->updateAccessPolicy(session->vaultResourceId(),
                                                     client::AccessPolicyUpdateKind::Add, {entry});
    connect(reply, &client::ServiceReply::finished, this,
            [this, reply, session, permission, retry] {
                reply->deleteLater();
                if (reply->hasError())
                    return reportError(tr("“%1” could not be granted: you may not change this "
                                          "vault's access policies.")
                                           .arg(permission),
                                       reply->error(), nullptr);
                statusBar()->showMessage(tr("“%1” granted.").arg(permission), 6000);
                if (m_page == AccessPoliciesPage && m_accessPolicies)
                    m_accessPolicies->reload();
                if (retry)
                    retry();
            });
}

void MainWindow::copyThumbprint() {
    const QModelIndexList rows = m_certificateView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    QApplication::clipboard()->setText(
        rows.first().data(models::CertificateListModel::Sha1ThumbprintRole).toString());
    statusBar()->showMessage(tr("Thumbprint copied to the clipboard."), 4000);
}

void MainWindow::deleteSelectedCertificate() {
    const QString name = selectedCertificateName();
    const QModelIndexList rows = m_certificateView->selectionModel()->selectedRows();
    VaultSession *session =
        rows.isEmpty()
            ? nullptr
            : sessionNamed(rows.first().data(models::CertificateListModel::VaultRole).toString());
    if (name.isEmpty() || !session)
        return;
    if (QMessageBox::question(
            this, tr("Delete certificate"),
            tr("Delete “%1”? It stays recoverable under Deleted certificates until it is purged.")
                .arg(name)) != QMessageBox::Yes)
        return;
    auto *reply = session->client()->deleteCertificate(name);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name] {
        reply->deleteLater();
        if (reply->hasError())
            return reportError(tr("“%1” could not be deleted.").arg(name), reply->error(), session);
        m_certificates->remove(session->displayName(), name);
        statusBar()->showMessage(tr("“%1” was deleted.").arg(name), 5000);
    });
}

void MainWindow::cancelSelectedRequest() {
    const QString name = selectedPendingName();
    VaultSession *session = m_pageSession;
    if (name.isEmpty() || !session)
        return;
    auto *reply = session->client()->cancelOperation(name);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name] {
        reply->deleteLater();
        if (reply->hasError())
            return reportError(tr("The request for “%1” could not be cancelled.").arg(name),
                               reply->error(), session);
        m_pending->upsert(session->displayName(), reply->value(), QDateTime::currentDateTime());
        updateActions();
    });
}

void MainWindow::deleteSelectedRequest() {
    const QString name = selectedPendingName();
    VaultSession *session = m_pageSession;
    if (name.isEmpty() || !session)
        return;
    if (QMessageBox::question(
            this, tr("Delete pending request"),
            tr("Delete the pending request of “%1”? The certificate authority may or may not stop "
               "working on it.")
                .arg(name)) != QMessageBox::Yes)
        return;
    auto *reply = session->client()->deleteOperation(name);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name] {
        reply->deleteLater();
        if (reply->hasError())
            return reportError(tr("The pending request of “%1” could not be deleted.").arg(name),
                               reply->error(), session);
        m_pending->remove(session->displayName(), name);
        updateActions();
    });
}

void MainWindow::recoverSelectedDeleted() {
    const QModelIndexList rows = selectedRowsOf(m_deletedView);
    VaultSession *session = m_pageSession;
    if (rows.size() != 1 || !session)
        return;
    const QString name = rows.first().data(Qt::DisplayRole).toString();
    auto *reply = session->client()->recoverDeletedCertificate(name);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name] {
        reply->deleteLater();
        if (reply->hasError())
            return reportError(tr("“%1” could not be recovered.").arg(name), reply->error(),
                               session);
        m_deleted->remove(name);
        statusBar()->showMessage(tr("“%1” was recovered.").arg(name), 5000);
        loadCertificates(session);
    });
}

void MainWindow::purgeSelectedDeleted() {
    const QModelIndexList rows = selectedRowsOf(m_deletedView);
    VaultSession *session = m_pageSession;
    if (rows.size() != 1 || !session)
        return;
    const QString name = rows.first().data(Qt::DisplayRole).toString();
    bool ok = false;
    const QString typed = QInputDialog::getText(
        this, tr("Purge certificate"),
        tr("Purging deletes “%1” for ever. Type its name to confirm:").arg(name), QLineEdit::Normal,
        QString(), &ok);
    if (!ok || typed != name)
        return;
    auto *reply = session->client()->purgeDeletedCertificate(name);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name] {
        reply->deleteLater();
        if (reply->hasError())
            return reportError(tr("“%1” could not be purged.").arg(name), reply->error(), session);
        m_deleted->remove(name);
    });
}

void MainWindow::refresh() {
    m_pageBuffer.clear();
    m_certificates->clear();
    m_detailsRequested.clear();
    m_detailsQueue.clear();
    for (VaultSession *session : std::as_const(m_sessions))
        loadCertificates(session);
    if (m_page == DeletedPage && m_pageSession)
        loadDeleted(m_pageSession);
    if (m_page == ApimServicePage)
        ensureApimPage()->reload();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    // Accept only files Certdeck can import, so the cursor tells the truth before the drop.
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool importable =
        !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
            const QString file = url.toLocalFile().toLower();
            return file.endsWith(QLatin1String(".pfx")) || file.endsWith(QLatin1String(".p12")) ||
                   file.endsWith(QLatin1String(".pem"));
        });
    if (importable)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        files.append(url.toLocalFile());
    event->acceptProposedAction();
    // Queued: the drag source must not wait while the import dialog asks for passwords.
    QMetaObject::invokeMethod(
        this, [this, files] { importFiles(files); }, Qt::QueuedConnection);
}

VaultSession *MainWindow::targetSession() const {
    return m_pageSession ? m_pageSession.data()
                         : (m_sessions.isEmpty() ? nullptr : m_sessions.first());
}

void MainWindow::importFiles(const QStringList &files) {
    VaultSession *session = targetSession();
    if (!session)
        return;
    auto *dialog = new ImportDialog(session->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_passwordPrompt)
        dialog->setPasswordPrompt(m_passwordPrompt);
    dialog->setWindowTitle(tr("Import certificates into %1").arg(session->displayName()));
    connect(dialog, &ImportDialog::certificateImported, this,
            [this, session](const vault::CertificateBundle &bundle) {
                m_certificates->upsert(session->displayName(), itemFrom(bundle));
                m_certificates->updateDetails(session->displayName(), bundle);
            });
    dialog->addFiles(files);
    dialog->open();
    m_lastImportDialog = dialog;
}

void MainWindow::createCertificate() {
    VaultSession *session = targetSession();
    if (!session)
        return;
    auto *issuers = session->client()->listIssuers();
    connect(issuers, &client::ServiceReply::finished, this, [this, issuers, session] {
        issuers->deleteLater();
        QStringList names;
        if (!issuers->hasError()) {
            for (const auto &issuer : issuers->value())
                names.append(issuer.name());
        }
        CreateCertificateDialog dialog(names, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        submitCreate(session, dialog.name(), dialog.parameters());
    });
}

void MainWindow::submitCreate(VaultSession *session, const QString &name,
                              const client::CreateParameters &parameters) {
    auto *reply = session->client()->createCertificate(name, parameters);
    setBusyMessage(tr("Creating %1…").arg(name));
    connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name, parameters] {
        reply->deleteLater();
        setBusyMessage(QString());
        if (reply->hasError())
            return reportError(
                tr("“%1” could not be created.").arg(name), reply->error(), session,
                [this, session, name, parameters] { submitCreate(session, name, parameters); });
        const vault::CertificateOperation operation = reply->value();
        m_pending->upsert(session->displayName(), operation, QDateTime::currentDateTime());
        session->poller()->follow(name);
        emit operationStarted(session, name);
        statusBar()->showMessage(
            tr("The request for “%1” was sent; follow it under Pending requests.").arg(name), 8000);
        const bool manual = operation.issuer.value_or(vault::IssuerParameters())
                                .name.value_or(QString())
                                .compare(QLatin1String("Unknown"), Qt::CaseInsensitive) == 0;
        if (manual) {
            auto *offer = new QMessageBox(
                QMessageBox::Question, tr("Certificate signing request"),
                tr("“%1” waits for a certificate signed by your CA. Save the CSR now to send "
                   "it to the CA?")
                    .arg(name),
                QMessageBox::Save | QMessageBox::Close, this);
            offer->setAttribute(Qt::WA_DeleteOnClose);
            connect(offer->button(QMessageBox::Save), &QPushButton::clicked, this,
                    [this, name, csr = operation.csr] { saveCsr(name, csr); });
            offer->open();
        }
    });
}

void MainWindow::saveCsr(const QString &name, const QByteArray &csrDer) {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save CSR"), name + QStringLiteral(".csr"),
                                     tr("Certificate signing requests (*.csr *.pem)"));
    if (path.isEmpty())
        return;
    auto request = crypto::CertificateRequest::fromDer(csrDer);
    QFile file(path);
    if (!request || !file.open(QIODevice::WriteOnly) || file.write(request->pem()) < 0)
        QMessageBox::warning(this, tr("Save CSR"),
                             tr("The CSR could not be written to %1.").arg(path));
}

void MainWindow::saveSelectedCsr() {
    const QModelIndexList rows = selectedRowsOf(m_pendingView);
    if (rows.size() != 1)
        return;
    const auto operation = rows.first()
                               .data(models::PendingOperationModel::OperationRole)
                               .value<vault::CertificateOperation>();
    saveCsr(operation.name(), operation.csr);
}

void MainWindow::mergeSelectedRequest() {
    const QModelIndexList rows = selectedRowsOf(m_pendingView);
    VaultSession *session = m_pageSession;
    if (rows.size() != 1 || !session)
        return;
    const auto operation = rows.first()
                               .data(models::PendingOperationModel::OperationRole)
                               .value<vault::CertificateOperation>();
    const QString name = operation.name();
    auto *dialog = new MergeDialog(name, operation.csr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, session, name] {
        auto *reply = session->client()->mergeCertificate(name, dialog->chainDer());
        connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name] {
            reply->deleteLater();
            if (reply->hasError())
                return reportError(tr("The certificate could not be merged into “%1”.").arg(name),
                                   reply->error(), session);
            m_pending->remove(session->displayName(), name);
            m_certificates->upsert(session->displayName(), itemFrom(reply->value()));
            m_certificates->updateDetails(session->displayName(), reply->value());
            statusBar()->showMessage(tr("“%1” is complete and now under Certificates.").arg(name),
                                     8000);
            updateActions();
        });
    });
    dialog->open();
    m_lastMergeDialog = dialog;
}

} // namespace certdeck::gui

namespace certdeck::gui {

void MainWindow::showPage(VaultSession *session, int page) {
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        QTreeWidgetItem *vault = m_navigation->topLevelItem(i);
        if (vault->data(0, sessionRole).toString() == session->displayName() &&
            page < vault->childCount())
            m_navigation->setCurrentItem(vault->child(page));
    }
}

} // namespace certdeck::gui
