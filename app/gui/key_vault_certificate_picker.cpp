#include "key_vault_certificate_picker.h"

#include "certificate_list_model.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListView>
#include <QSortFilterProxyModel>

namespace certdeck::gui {

KeyVaultCertificatePicker::KeyVaultCertificatePicker(models::CertificateListModel *certificates,
                                                     const QList<VaultSession *> &sessions,
                                                     QWidget *parent)
    : QWidget(parent)
    , m_vaults(new QComboBox(this))
    , m_list(new QListView(this))
    , m_filter(new QSortFilterProxyModel(this)) {
    for (VaultSession *session : sessions) {
        m_sessions.append(session);
        m_vaults->addItem(session->displayName());
    }
    m_vaults->setAccessibleName(tr("Vault"));
    m_filter->setSourceModel(certificates);
    m_filter->setFilterRole(models::CertificateListModel::VaultRole);
    m_filter->setFilterKeyColumn(0);
    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Vault certificates"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Vault:"), m_vaults);
    layout->addRow(tr("&Certificate:"), m_list);
    connect(m_vaults, &QComboBox::currentIndexChanged, this,
            &KeyVaultCertificatePicker::filterByVault);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &KeyVaultCertificatePicker::selectionChanged);
    filterByVault();
}

void KeyVaultCertificatePicker::filterByVault() {
    const QString vault = m_vaults->currentText();
    m_filter->setFilterRegularExpression(QRegularExpression(
        QLatin1Char('^') + QRegularExpression::escape(vault) + QLatin1Char('$')));
    emit selectionChanged();
}

VaultSession *KeyVaultCertificatePicker::vaultSession() const {
    const int index = m_vaults->currentIndex();
    return index >= 0 && index < m_sessions.size() ? m_sessions[index].data() : nullptr;
}

QString KeyVaultCertificatePicker::certificateName() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(models::CertificateListModel::NameRole).toString()
                             : QString();
}

QString KeyVaultCertificatePicker::certificateSubject() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(models::CertificateListModel::SubjectRole).toString()
                             : QString();
}

QString KeyVaultCertificatePicker::secretIdentifier() const {
    VaultSession *session = vaultSession();
    if (!session || !hasSelection())
        return {};
    QString base = session->vaultUrl().toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + QStringLiteral("secrets/") + certificateName();
}

bool KeyVaultCertificatePicker::select(const QString &vaultName, const QString &certificateName) {
    const int vault = m_vaults->findText(vaultName);
    if (vault < 0)
        return false;
    m_vaults->setCurrentIndex(vault);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(models::CertificateListModel::NameRole).toString() == certificateName) {
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace certdeck::gui
