#pragma once

#include "vault_session.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace certdeck::models {
class AccessPolicyModel;
}

namespace certdeck::gui {

// The vault's access policies through Azure Resource Manager: who may do what, with add, edit
// and remove. On a vault that uses Azure RBAC it says so instead of offering an editor that
// would change nothing.
class AccessPolicyPage : public QWidget {
    Q_OBJECT
public:
    explicit AccessPolicyPage(QWidget *parent = nullptr);

    void setSession(VaultSession *session);
    void reload();
    models::AccessPolicyModel *model() const { return m_model; }
    bool usesRbac() const { return m_rbac; }
    QString noticeText() const;

signals:
    void failed(const QString &what, const certdeck::client::VaultError &error);
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addOrEdit(bool edit);
    void removeSelected();
    void apply(client::AccessPolicyUpdateKind kind, const vault::AccessPolicyEntry &entry,
               const QString &what);

    QPointer<VaultSession> m_session;
    vault::VaultResource m_vault;
    bool m_rbac = false;
    models::AccessPolicyModel *m_model;
    QLabel *m_notice;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace certdeck::gui
