#pragma once

#include "apim_upload_dialog.h"
#include "vault_session.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QMessageBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace certdeck::models {
class ApimBackendModel;
class ApimCertificateModel;
class ApimHostnameModel;
class CertificateListModel;
} // namespace certdeck::models

namespace certdeck::gui {

struct KeyVaultAccessVerdict;

// One API Management service: its client certificates (drop a .pfx to upload), back ends (the
// gateway credential and TLS checks) and custom domains from Key Vault, with the pre-flight
// check that prevents seed 000 and a Diagnose action for existing host names.
class ApimPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { CertificatesTab, BackendsTab, CustomDomainsTab };

    // `vaultCertificates`: the main window's list of every connected vault's certificates.
    explicit ApimPage(models::CertificateListModel *vaultCertificates, QWidget *parent = nullptr);
    ~ApimPage() override;

    void setSessionsProvider(std::function<QList<VaultSession *>()> sessions) {
        m_sessions = std::move(sessions);
    }
    void setPasswordPrompt(ApimUploadDialog::PasswordPrompt prompt) {
        m_prompt = std::move(prompt);
    }
    // `session` reaches the service through its Resource Manager credential.
    void setService(VaultSession *session, const QString &serviceId);
    QString serviceId() const { return m_serviceId; }
    void reload();
    bool isLoading() const { return m_pendingLoads > 0; }

    void uploadFiles(const QStringList &paths);
    void addCertificateFromKeyVault();
    void copySelectedThumbprint();
    void deleteCertificate(const QString &certificateId);
    void editBackend(const QString &backendId);
    void addCustomDomain();
    void diagnoseHostname(const QString &hostName);
    void showTab(Tab tab);

    models::ApimCertificateModel *certificateModel() const { return m_certificateModel; }
    models::ApimBackendModel *backendModel() const { return m_backendModel; }
    models::ApimHostnameModel *hostnameModel() const { return m_hostnameModel; }
    QTableView *certificateView() const { return m_certificateView; }
    QTableView *hostnameView() const { return m_hostnameView; }
    // The last dialog or question the page opened (tests and scripted use).
    QDialog *lastDialog() const { return m_lastDialog; }
    QMessageBox *lastQuestion() const { return m_lastQuestion; }

signals:
    void failed(const QString &what, const certdeck::client::VaultError &error);
    void statusMessage(const QString &message);
    void loaded();
    // A custom-domain update or a fix finished (successfully or not).
    void hostnamesUpdated(bool success);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createCertificatesTab();
    QWidget *createBackendsTab();
    QWidget *createCustomDomainsTab();
    void retranslate();
    void showIdentity();
    void setBusy(const QString &message);
    template <typename T> void load(client::Reply<T> *reply, std::function<void(const T &)> keep);
    void publish();
    QString selectedCertificate() const;
    QString selectedBackend() const;
    QString selectedHostname() const;
    QList<VaultSession *> sessions() const;
    QMessageBox *question(const QString &title, const QString &text, const QString &details);

    void uploadNext(QStringList paths);
    void createFromKeyVault(const QString &id, const QString &secretIdentifier);
    void confirmDelete(const QString &certificateId);
    void detachAndDelete(const QString &certificateId, QStringList backends);
    void sendDelete(const QString &certificateId);
    void saveBackend(const vault::ApimBackend &backend);
    void runAccessCheck(
        VaultSession *vaultSession, const QString &busyMessage,
        std::function<void(const KeyVaultAccessVerdict &, const vault::ApimService &)> done);
    void showInformation(const QString &title, const QString &text);
    // What to send once access is checked (or the operator chose to go ahead anyway).
    using ApplyAfterCheck = std::function<void(const vault::ApimService &)>;
    void checkThenApply(VaultSession *vaultSession, const QString &consequence,
                        const ApplyAfterCheck &apply);
    void checkAndApply(const vault::HostnameConfiguration &host, VaultSession *vaultSession);
    void askAboutAccess(const KeyVaultAccessVerdict &verdict, const vault::ApimService &service,
                        VaultSession *vaultSession, const QString &consequence,
                        const ApplyAfterCheck &apply);
    void fixAndApply(const KeyVaultAccessVerdict &verdict, const vault::ApimService &service,
                     VaultSession *vaultSession, const ApplyAfterCheck &apply);
    void applyHostname(const vault::HostnameConfiguration &host, const vault::ApimService &service);
    void showDiagnosis(const KeyVaultAccessVerdict &verdict, const vault::ApimService &service,
                       const vault::HostnameConfiguration &host, VaultSession *vaultSession);
    QSet<QString> knownSelfSigned() const;

    models::CertificateListModel *m_vaultCertificates;
    std::function<QList<VaultSession *>()> m_sessions;
    ApimUploadDialog::PasswordPrompt m_prompt;
    QPointer<VaultSession> m_session;
    QString m_serviceId;
    int m_generation = 0;
    int m_pendingLoads = 0;
    bool m_loadFailed = false;
    vault::ApimService m_service;
    QList<vault::ApimCertificate> m_certificates;
    QList<vault::ApimBackend> m_backends;
    QList<vault::ApimApi> m_apis;
    QSet<QString> m_selfSigned; // thumbprints of self-signed certificates uploaded from here

    models::ApimCertificateModel *m_certificateModel;
    models::ApimBackendModel *m_backendModel;
    models::ApimHostnameModel *m_hostnameModel;
    QLabel *m_title;
    QLabel *m_identity;
    QLabel *m_busy;
    QTabWidget *m_tabs;
    QTableView *m_certificateView = nullptr;
    QTableView *m_backendView = nullptr;
    QTableView *m_hostnameView = nullptr;
    QLabel *m_dropHint = nullptr;
    QPushButton *m_upload = nullptr;
    QPushButton *m_fromKeyVault = nullptr;
    QPushButton *m_copyThumbprint = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_editBackend = nullptr;
    QPushButton *m_addDomain = nullptr;
    QPushButton *m_diagnose = nullptr;
    QPushButton *m_reload = nullptr;
    QPointer<QDialog> m_lastDialog;
    QPointer<QMessageBox> m_lastQuestion;
};

} // namespace certdeck::gui
