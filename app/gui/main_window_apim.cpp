// MainWindow: the "API Management" entries of the navigation and the page they show.
#include "main_window.h"

#include "apim_page.h"
#include "state_palette.h"

#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace certdeck::gui {

namespace {
constexpr int apimServiceRole = Qt::UserRole + 3;      // the service's resource id
constexpr int apimSubscriptionRole = Qt::UserRole + 4; // on the "API Management" entry
constexpr int apimGroupRole = Qt::UserRole + 5;        // bool: the "API Management" entry

QString serviceNameOf(const QString &resourceId) {
    return resourceId.section(QLatin1Char('/'), -1);
}
} // namespace

ApimPage *MainWindow::ensureApimPage() {
    if (m_apimPage)
        return m_apimPage;
    m_apimPage = new ApimPage(m_certificates, this);
    m_apimPage->setSessionsProvider([this] { return m_sessions; });
    connect(m_apimPage, &ApimPage::failed, this,
            [this](const QString &what, const client::VaultError &error) {
                reportError(what, error, nullptr);
            });
    connect(m_apimPage, &ApimPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    installPage(ApimServicePage, m_apimPage);
    return m_apimPage;
}

void MainWindow::addApimNavigation(VaultSession *session, QTreeWidgetItem *vault) {
    const QString subscription = session->subscriptionId();
    if (!session->isLocal() && subscription.isEmpty())
        return; // added by URL: no Resource Manager access to list services
    // One "API Management" entry per subscription, under the first of its vaults.
    for (int i = 0; !session->isLocal() && i < m_navigation->topLevelItemCount(); ++i) {
        QTreeWidgetItem *other = m_navigation->topLevelItem(i);
        for (int child = 0; child < other->childCount(); ++child) {
            if (other->child(child)->data(0, apimSubscriptionRole).toString() == subscription)
                return;
        }
    }
    auto *group = new QTreeWidgetItem(vault);
    group->setIcon(0, StatePalette::themedIcon("network-server"));
    group->setData(0, sessionRole, session->displayName());
    group->setData(0, pageRole, ApimServicePage);
    group->setData(0, apimGroupRole, true);
    group->setData(0, apimSubscriptionRole, subscription);
    if (session->isLocal()) {
        if (session->localApimServiceId().isEmpty())
            return delete group;
        vault::ApimService local;
        local.id = session->localApimServiceId();
        local.name = serviceNameOf(local.id);
        nameLocalApimIdentity(session);
        return addApimServices(group, {local});
    }
    auto *reply = session->apim()->listServices(subscription);
    connect(reply, &client::ServiceReply::finished, session, [this, reply, session] {
        reply->deleteLater();
        if (!reply->hasError())
            session->nameApimIdentities(reply->value());
        for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
            QTreeWidgetItem *vault = m_navigation->topLevelItem(i);
            if (vault->data(0, sessionRole).toString() != session->displayName())
                continue;
            for (int child = vault->childCount() - 1; child >= 0; --child) {
                QTreeWidgetItem *group = vault->child(child);
                if (!group->data(0, apimGroupRole).toBool())
                    continue;
                if (reply->hasError() || reply->value().isEmpty())
                    delete group; // no services, or no right to list them: nothing to show
                else
                    addApimServices(group, reply->value());
            }
        }
    });
}

// connection.json names the local service but not its identity: the service says.
void MainWindow::nameLocalApimIdentity(VaultSession *session) {
    auto *reply = session->apim()->getService(session->localApimServiceId());
    connect(reply, &client::ServiceReply::finished, session, [reply, session] {
        reply->deleteLater();
        if (!reply->hasError())
            session->nameApimIdentities({reply->value()});
    });
}

void MainWindow::addApimServices(QTreeWidgetItem *group,
                                 const QList<vault::ApimService> &services) {
    for (const vault::ApimService &service : services) {
        auto *item = new QTreeWidgetItem(group, {service.name});
        item->setData(0, sessionRole, group->data(0, sessionRole));
        item->setData(0, pageRole, ApimServicePage);
        item->setData(0, apimServiceRole, service.id);
    }
    group->setExpanded(true);
    retranslateApim();
}

void MainWindow::showApimItem(QTreeWidgetItem *item) {
    QString serviceId = item->data(0, apimServiceRole).toString();
    if (serviceId.isEmpty() && item->childCount() > 0)
        serviceId = item->child(0)->data(0, apimServiceRole).toString();
    ensureApimPage()->setService(m_pageSession, serviceId);
}

void MainWindow::retranslateApim() {
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        QTreeWidgetItem *vault = m_navigation->topLevelItem(i);
        for (int child = 0; child < vault->childCount(); ++child) {
            if (vault->child(child)->data(0, apimGroupRole).toBool())
                vault->child(child)->setText(0, tr("API Management"));
        }
    }
}

} // namespace certdeck::gui
