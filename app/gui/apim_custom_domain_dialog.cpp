#include "apim_custom_domain_dialog.h"

#include "key_vault_certificate_picker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdeck::gui {

ApimCustomDomainDialog::ApimCustomDomainDialog(models::CertificateListModel *certificates,
                                               const QList<VaultSession *> &sessions,
                                               QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_hostName(new QLineEdit(this))
    , m_picker(new KeyVaultCertificatePicker(certificates, sessions, this))
    , m_negotiate(new QCheckBox(tr("&Negotiate client certificate"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add custom domain from Key Vault"));
    // Type names are the service's own (ARM enum values), shown as they are.
    for (const char *type : {"Proxy", "Portal", "DeveloperPortal", "Management", "Scm"})
        m_type->addItem(QLatin1String(type), QLatin1String(type));
    m_type->setAccessibleName(tr("Endpoint"));
    m_hostName->setPlaceholderText(tr("api.contoso.com"));
    m_hostName->setAccessibleName(tr("Host name"));
    auto *note = new QLabel(
        tr("API Management reads the certificate from the vault with its managed identity. "
           "Before sending, Certdeck checks that the identity exists and has the “Get” secret "
           "permission on the vault."),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Endpoint:"), m_type);
    form->addRow(tr("&Host name:"), m_hostName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_negotiate);
    layout->addWidget(note);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_hostName, &QLineEdit::textChanged, this, &ApimCustomDomainDialog::updateOk);
    connect(m_picker, &KeyVaultCertificatePicker::selectionChanged, this,
            &ApimCustomDomainDialog::updateOk);
    updateOk();
    resize(560, 460);
}

void ApimCustomDomainDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_hostName->text().trimmed().isEmpty() && m_picker->hasSelection());
}

void ApimCustomDomainDialog::setHostName(const QString &hostName) {
    m_hostName->setText(hostName);
}

VaultSession *ApimCustomDomainDialog::vaultSession() const {
    return m_picker->vaultSession();
}

vault::HostnameConfiguration ApimCustomDomainDialog::hostname() const {
    vault::HostnameConfiguration host;
    host.type = m_type->currentData().toString();
    host.hostName = m_hostName->text().trimmed();
    host.keyVaultId = m_picker->secretIdentifier();
    if (m_negotiate->isChecked())
        host.negotiateClientCertificate = true;
    return host;
}

} // namespace certdeck::gui
