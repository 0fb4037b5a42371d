#pragma once

#include "apim_service.h"
#include "vault_session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace certdeck::models {
class CertificateListModel;
}

namespace certdeck::gui {

class KeyVaultCertificatePicker;

// A custom domain (host name) of API Management whose certificate comes from a Key Vault
// certificate of a connected vault. The dialog only collects; ApimPage checks access and sends.
class ApimCustomDomainDialog : public QDialog {
    Q_OBJECT
public:
    ApimCustomDomainDialog(models::CertificateListModel *certificates,
                           const QList<VaultSession *> &sessions, QWidget *parent = nullptr);

    vault::HostnameConfiguration hostname() const;
    VaultSession *vaultSession() const;
    KeyVaultCertificatePicker *picker() const { return m_picker; }
    void setHostName(const QString &hostName);

private:
    void updateOk();

    QComboBox *m_type;
    QLineEdit *m_hostName;
    KeyVaultCertificatePicker *m_picker;
    QCheckBox *m_negotiate;
    QDialogButtonBox *m_buttons;
};

} // namespace certdeck::gui
