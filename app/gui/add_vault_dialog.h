#pragma once

#include "connection_spec.h"

#include <QDialog>
#include <QNetworkAccessManager>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace certdeck::client {
class ArmClient;
class HttpPipeline;
class TokenCredential;
} // namespace certdeck::client

namespace certdeck::gui {

// Connects Azure vaults: by URL (enough when the operator only holds an access policy on one
// vault), or by signing in and picking vaults from the subscriptions the identity can see.
class AddVaultDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddVaultDialog(QWidget *parent = nullptr);
    ~AddVaultDialog() override;

    // One per chosen vault, without id and with a proposed display name.
    QList<ConnectionSpec> connections() const;
    QString secret() const;
    bool rememberSecret() const;
    // Empty when the form can be accepted; otherwise what the operator has to fix.
    QString validationError() const;

    // Starts signing in and listing subscriptions and their vaults (the "Browse" button).
    void browse();
    QTreeWidget *vaultTree() const { return m_vaults; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createCredentialGroup();
    QWidget *createAdvancedGroup();
    void retranslate();
    void updateForm();
    ConnectionSpec credentialSpec() const;
    void listVaults(const QString &subscriptionId, const QString &subscriptionName);
    void showStatus(const QString &text, bool problem);
    void resetBrowser();

    QRadioButton *m_byUrl;
    QRadioButton *m_byBrowsing;
    QLineEdit *m_url;
    QPushButton *m_browse;
    QTreeWidget *m_vaults;
    QGroupBox *m_credentialGroup;
    QComboBox *m_kind;
    QLabel *m_kindHint;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLineEdit *m_certificatePath;
    QPushButton *m_chooseCertificate;
    QCheckBox *m_remember;
    QGroupBox *m_advancedGroup;
    QLineEdit *m_authority;
    QLineEdit *m_arm;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QList<QPair<QLabel *, const char *>> m_labels;

    QNetworkAccessManager m_network;
    std::unique_ptr<client::TokenCredential> m_credential;
    client::HttpPipeline *m_pipeline = nullptr;
    client::ArmClient *m_armClient = nullptr;
    int m_listingsInFlight = 0;
};

} // namespace certdeck::gui
