#include "access_policy_page.h"

#include "access_policy_dialog.h"
#include "access_policy_model.h"
#include "table_columns.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace certdeck::gui {

AccessPolicyPage::AccessPolicyPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::AccessPolicyModel(this)) {
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false); // one line per principal; tool tips hold the ids and permissions
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setObjectName(QStringLiteral("AccessPolicyTable"));
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { addOrEdit(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { addOrEdit(true); });
    connect(m_remove, &QPushButton::clicked, this, &AccessPolicyPage::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this] { addOrEdit(true); });
    retranslate();
}

void AccessPolicyPage::retranslate() {
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove…"));
    m_view->setAccessibleName(tr("Access policies"));
    m_notice->setText(noticeText());
    if (m_session) // some names are worded by the app
        m_model->setDisplayNames(m_session->knownPrincipals());
}

void AccessPolicyPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString AccessPolicyPage::noticeText() const {
    if (!m_session)
        return tr("Select a vault.");
    if (!m_session->arm())
        return tr("Access policies are managed through Azure Resource Manager, which this "
                  "connection cannot reach.");
    if (m_session->vaultResourceId().isEmpty())
        return tr("This vault was added by its URL, so Certdeck does not know its Azure resource. "
                  "To manage its access policies, add it again by signing in and choosing it "
                  "from your subscriptions.");
    if (m_rbac)
        return tr("This vault uses Azure role-based access control (RBAC). Access policies have no "
                  "effect on it: "
                  "grant Key Vault roles (for example “Key Vault Certificates Officer”) in the "
                  "Azure portal instead.");
    // The name the sidebar shows (the local vault's resource name is only "local").
    return tr("Who may do what in %1. Changes take effect at once.").arg(m_session->displayName());
}

void AccessPolicyPage::setSession(VaultSession *session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &VaultSession::knownPrincipalsChanged, this,
                [this] { m_model->setDisplayNames(m_session->knownPrincipals()); });
    reload();
}

void AccessPolicyPage::reload() {
    m_model->setPolicies({}, {});
    m_rbac = false;
    const bool usable = m_session && m_session->arm() && !m_session->vaultResourceId().isEmpty();
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->setEnabled(false);
    m_notice->setText(noticeText());
    if (!usable)
        return;
    auto *reply = m_session->arm()->getVault(m_session->vaultResourceId());
    connect(reply, &client::ServiceReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->hasError())
            return emit failed(tr("The vault's access policies could not be read."),
                               reply->error());
        m_vault = reply->value();
        m_rbac = m_vault.enableRbacAuthorization;
        m_model->setPolicies(m_rbac ? QList<vault::AccessPolicyEntry>() : m_vault.accessPolicies,
                             m_session->knownPrincipals());
        m_view->setEnabled(!m_rbac);
        // Who the principal is must be readable; the other columns keep their width, so the
        // certificate permissions (this tool's business) keep the rest.
        fitColumnsToContents(m_view, {models::AccessPolicyModel::PrincipalColumn}, 280);
        for (QPushButton *button : {m_add, m_edit, m_remove})
            button->setEnabled(!m_rbac);
        m_notice->setText(noticeText());
    });
}

void AccessPolicyPage::addOrEdit(bool edit) {
    if (!m_session || m_rbac)
        return;
    AccessPolicyDialog dialog(m_session->tenantId(), this);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (edit) {
        if (rows.isEmpty())
            return;
        dialog.setEntry(rows.first()
                            .data(models::AccessPolicyModel::EntryRole)
                            .value<vault::AccessPolicyEntry>());
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    apply(edit ? client::AccessPolicyUpdateKind::Replace : client::AccessPolicyUpdateKind::Add,
          dialog.entry(), tr("The access policy could not be saved."));
}

void AccessPolicyPage::removeSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!m_session || rows.isEmpty())
        return;
    const auto entry =
        rows.first().data(models::AccessPolicyModel::EntryRole).value<vault::AccessPolicyEntry>();
    const QString who = rows.first().data(Qt::DisplayRole).toString();
    if (QMessageBox::question(this, tr("Remove access policy"),
                              tr("Remove every permission of %1 on this vault?").arg(who)) !=
        QMessageBox::Yes)
        return;
    // Remove sends back the permissions exactly as the vault stores them (ARM matches
    // case-sensitively).
    apply(client::AccessPolicyUpdateKind::Remove, entry,
          tr("The access policy could not be removed."));
}

void AccessPolicyPage::apply(client::AccessPolicyUpdateKind kind,
                             const vault::AccessPolicyEntry &entry, const QString &what) {
    auto *reply = m_session->arm()->updateAccessPolicy(m_session->vaultResourceId(), kind, {entry});
    connect(reply, &client::ServiceReply::finished, this, [this, reply, what] {
        reply->deleteLater();
        if (reply->hasError())
            return emit failed(what, reply->error());
        emit changed();
        reload();
    });
}

} // namespace certdeck::gui
