#pragma once

#include "add_vault_dialog.h"
#include "app_action.h"
#include "connection_spec.h"
#include "vault_session.h"

#include <QDialog>
#include <QMainWindow>
#include <QMessageBox>

#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <functional>
#include <optional>
#include <type_traits>

class QActionGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace certdeck::models {
class ActivityModel;
class CertificateFilterProxyModel;
class CertificateListModel;
class DeletedCertificateModel;
class PendingOperationModel;
} // namespace certdeck::models

namespace certdeck::gui {

class AccessPolicyPage;
class ApimPage;
class CertificateDetailsPane;
class ColumnChooser;
class EmptyViewNotice;
class SecretStore;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addSession(VaultSession *session);
    // Where connection secrets are kept; the OS keychain unless a test sets another (not owned).
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    // Reconnects the Azure vaults remembered from earlier runs.
    void restoreConnections();
    // Connects and remembers vaults the operator chose (the add-vault dialog's result).
    void addConnections(QList<ConnectionSpec> specs, const QString &secret, bool rememberSecret);
    void removeConnection(VaultSession *session);
    QList<ConnectionSpec> connections() const { return m_connections; }
    QList<VaultSession *> sessions() const { return m_sessions; }
    AddVaultDialog *lastAddVaultDialog() const { return m_lastAddVaultDialog; }
    // Shows every certificate of every connected vault (the "All vaults" entry).
    void showAllVaults();
    void importFiles(const QStringList &files);
    // Tests and scripted use: how PFX passwords are asked for (a dialog by default).
    void setImportPasswordPrompt(std::function<bool(const QString &, bool, QString *)> prompt) {
        m_passwordPrompt = std::move(prompt);
    }
    void submitCreate(VaultSession *session, const QString &name,
                      const client::CreateParameters &parameters);
    QMessageBox *lastErrorBox() const { return m_lastErrorBox; }
    QDialog *lastImportDialog() const { return m_lastImportDialog; }
    QDialog *lastMergeDialog() const { return m_lastMergeDialog; }
    QTableView *pendingView() const { return m_pendingView; }
    void showPage(VaultSession *session, int page);
    void showStartupProblem(const QString &message);
    void setBusyMessage(const QString &message);

    models::CertificateListModel *certificateModel() const { return m_certificates; }
    models::PendingOperationModel *pendingModel() const { return m_pending; }
    QTableView *certificateView() const { return m_certificateView; }
    ApimPage *apimPage() { return ensureApimPage(); }
    VaultSession *currentSession() const;

signals:
    void operationStarted(certdeck::gui::VaultSession *session, const QString &name);
    // The last page of a vault's certificate list arrived (or the listing failed).
    void certificatesLoaded(certdeck::gui::VaultSession *session);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr int sessionRole = Qt::UserRole + 1;
    static constexpr int pageRole = Qt::UserRole + 2;
    enum Page { CertificatesPage, PendingPage, AccessPoliciesPage, DeletedPage, ApimServicePage };

    void createActions();
    AppAction *registerAction(const char *icon, AppAction::Requirements needs,
                              std::function<void()> slot);
    // An action enabled by `needs`, running `slot` (a member function or a callable).
    template <typename Slot>
    AppAction *makeAction(const char *icon, AppAction::Requirements needs, Slot slot) {
        if constexpr (std::is_invocable_v<Slot>)
            return registerAction(icon, needs, slot);
        else
            return registerAction(icon, needs, [this, slot] { std::invoke(slot, this); });
    }
    // Writes `content` to `path`; says so in a dialog titled `title` when it cannot.
    bool saveToFile(const QString &title, const QString &path, const QByteArray &content);
    void createMenusAndToolbar();
    QWidget *createCertificatesPage();
    QWidget *createPendingPage();
    QWidget *createDeletedPage();
    QWidget *createAccessPoliciesPage();
    // API Management (main_window_apim.cpp): a navigation entry per service of a session.
    // Built when first shown: the page and its three tables cost a sixteenth of cold start.
    ApimPage *ensureApimPage();
    void ensurePage(Page page);
    CertificateDetailsPane *details();
    void installPage(Page page, QWidget *widget);
    void addApimNavigation(VaultSession *session, QTreeWidgetItem *vault);
    void addApimServices(QTreeWidgetItem *vault, const QList<vault::ApimService> &services);
    void nameLocalApimIdentity(VaultSession *session);
    void showApimItem(QTreeWidgetItem *item);
    void retranslateApim();
    void createActivityDock();
    void createNavigation(QWidget *parent);
    void connectSaved(const ConnectionSpec &spec, const QString &secret);
    void askForSecret(const ConnectionSpec &spec, const QString &reason);
    QString uniqueDisplayName(const QString &proposed) const;
    void addVault();
    void exportReminders();
    void exportActivity();
    void createCertificateActions();
    void retranslateCertificateActions();
    bool selectedIsExportable() const;
    VaultSession *selectedCertificateSession() const;
    void downloadSelectedCertificate();
    void exportSelectedWithKey();
    void saveExport(const QString &name, const vault::SecretBundle &secret);
    bool protectPfx(QByteArray *pfx);
    void toggleSelectedEnabled();
    void newVersionOfSelected();
    void retranslate();
    void updateEmptyNotices();
    void showInventorySummary();
    QString deletedNotice(const QString &vault) const;
    void restoreWindowState();

    void loadCertificates(VaultSession *session);
    void loadDeleted(VaultSession *session);
    void refreshPending(VaultSession *session);
    void followOperations(VaultSession *session);
    void flushPages();
    void showCompleted(VaultSession *session, const QString &name);
    void onNavigation(QTreeWidgetItem *item);
    void onCertificateSelected();
    void loadVisibleDetails();
    void fetchNextDetails();
    void updateActions();
    void reportError(const QString &what, const client::VaultError &error, VaultSession *session,
                     std::function<void()> retry = {});
    void grantPermission(VaultSession *session, const QString &permission,
                         std::function<void()> retry);

    void copyThumbprint();
    void deleteSelectedCertificate();
    void cancelSelectedRequest();
    void deleteSelectedRequest();
    void recoverSelectedDeleted();
    void purgeSelectedDeleted();
    void refresh();
    void createCertificate();
    void saveCsr(const QString &name, const QByteArray &csrDer);
    void saveSelectedCsr();
    void mergeSelectedRequest();
    VaultSession *targetSession() const;

    VaultSession *sessionNamed(const QString &name) const;
    QString selectedCertificateName() const;
    QString selectedPendingName() const;

    QList<VaultSession *> m_sessions;
    QList<ConnectionSpec> m_connections;
    SecretStore *m_secretStore = nullptr;
    QPointer<AddVaultDialog> m_lastAddVaultDialog;
    QTreeWidget *m_navigation = nullptr;
    QTreeWidgetItem *m_allVaultsItem = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchHint = nullptr;
    QTableView *m_certificateView = nullptr;
    ColumnChooser *m_certificateColumns = nullptr;
    QTableView *m_pendingView = nullptr;
    QTableView *m_deletedView = nullptr;
    EmptyViewNotice *m_certificatesNotice = nullptr;
    EmptyViewNotice *m_pendingNotice = nullptr;
    EmptyViewNotice *m_deletedNotice = nullptr;
    QLabel *m_purgeProtectedHint = nullptr;
    enum class Listing { Reading, Read, Failed };
    Listing m_deletedListing = Listing::Reading;
    QTableView *m_activityView = nullptr;
    CertificateDetailsPane *m_details = nullptr;
    QLabel *m_detailsPlaceholder = nullptr;
    QSplitter *m_detailsSplitter = nullptr;
    bool m_detailsSplitSet = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    AccessPolicyPage *m_accessPolicies = nullptr;
    ApimPage *m_apimPage = nullptr;
    QPointer<QMessageBox> m_lastErrorBox;
    std::function<bool(const QString &, bool, QString *)> m_passwordPrompt;

    models::CertificateListModel *m_certificates = nullptr;
    models::CertificateFilterProxyModel *m_filter = nullptr;
    QSortFilterProxyModel *m_vaultFilter = nullptr;
    models::PendingOperationModel *m_pending = nullptr;
    models::DeletedCertificateModel *m_deleted = nullptr;
    models::ActivityModel *m_activity = nullptr;

    AppAction *m_refreshAction = nullptr;
    AppAction *m_findAction = nullptr;
    AppAction *m_newAction = nullptr;
    AppAction *m_importAction = nullptr;
    AppAction *m_deleteAction = nullptr;
    AppAction *m_copyThumbprintAction = nullptr;
    AppAction *m_cancelRequestAction = nullptr;
    AppAction *m_deleteRequestAction = nullptr;
    AppAction *m_mergeAction = nullptr;
    AppAction *m_saveCsrAction = nullptr;
    QPointer<QDialog> m_lastImportDialog;
    QPointer<QDialog> m_lastMergeDialog;
    AppAction *m_recoverAction = nullptr;
    AppAction *m_purgeAction = nullptr;
    AppAction *m_exportCsvAction = nullptr;
    AppAction *m_exportIcsAction = nullptr;
    AppAction *m_exportActivityAction = nullptr;
    AppAction *m_addVaultAction = nullptr;
    AppAction *m_downloadAction = nullptr;
    AppAction *m_exportKeyAction = nullptr;
    AppAction *m_toggleEnabledAction = nullptr;
    AppAction *m_newVersionAction = nullptr;
    std::optional<vault::CertificateBundle> m_selectedBundle;
    AppAction *m_removeConnectionAction = nullptr;
    AppAction *m_quitAction = nullptr;
    QList<AppAction *> m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QToolBar *m_toolbar = nullptr;
    QDockWidget *m_activityDock = nullptr;

    struct DetailsRequest {
        QString vault;
        QString name;
    };
    QQueue<DetailsRequest> m_detailsQueue;
    QHash<QString, QList<vault::CertificateItem>> m_pageBuffer; // by vault, not yet in the model
    QTimer m_pageFlush;
    QTimer m_summaryUpdate; // coalesces model changes into one status-bar summary
    QSet<QString> m_detailsRequested;
    int m_detailsInFlight = 0;
    int m_loadsInFlight = 0;
    QSet<QString> m_unlistedVaults; // display names whose last certificate listing failed
    bool m_columnsSized = false;
    bool m_detailColumnsSized = false; // Subject and Issuer, which come with the details
    Page m_page = CertificatesPage;
    QPointer<VaultSession> m_pageSession;
};

} // namespace certdeck::gui
