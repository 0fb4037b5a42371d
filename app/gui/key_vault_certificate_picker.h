#pragma once

#include "vault_session.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QListView;
class QSortFilterProxyModel;

namespace certdeck::models {
class CertificateListModel;
}

namespace certdeck::gui {

// Chooses a certificate of a connected vault from the certificates the main window has already
// listed (no extra calls): a vault, then one of its certificates.
class KeyVaultCertificatePicker : public QWidget {
    Q_OBJECT
public:
    KeyVaultCertificatePicker(models::CertificateListModel *certificates,
                              const QList<VaultSession *> &sessions, QWidget *parent = nullptr);

    VaultSession *vaultSession() const;
    QString certificateName() const;
    QString certificateSubject() const;
    // Versionless, so API Management picks up renewals: https://{vault}/secrets/{name}
    QString secretIdentifier() const;
    bool hasSelection() const { return !certificateName().isEmpty(); }
    // Tests and scripted use.
    bool select(const QString &vaultName, const QString &certificateName);

signals:
    void selectionChanged();

private:
    void filterByVault();

    QList<QPointer<VaultSession>> m_sessions;
    QComboBox *m_vaults;
    QListView *m_list;
    QSortFilterProxyModel *m_filter;
};

} // namespace certdeck::gui
