// MainWindow: the sidebar's connections — adding Azure vaults, remembering them, removing them —
// and the inventory-wide exports.
#include "main_window.h"

#include "activity_model.h"
#include "add_vault_dialog.h"
#include "certificate_list_model.h"
#include "pending_operation_model.h"
#include "secret_store.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUuid>

namespace certdeck::gui {

namespace {

constexpr int reminderDaysBefore = 30;

} // namespace

void MainWindow::restoreConnections() {
    m_connections = loadConnections();
    for (const ConnectionSpec &spec : std::as_const(m_connections)) {
        if (!credentialNeedsSecret(spec.credential)) {
            connectSaved(spec, QString());
            continue;
        }
        m_secretStore->read(spec.secretKey(),
                            [this, spec](bool ok, const QString &secret, const QString &error) {
                                if (ok)
                                    connectSaved(spec, secret);
                                else
                                    askForSecret(spec, error);
                            });
    }
}

void MainWindow::connectSaved(const ConnectionSpec &spec, const QString &secret) {
    QString error;
    VaultSession *session = VaultSession::fromConnection(spec, secret, &error, this);
    if (!session) {
        QMessageBox::warning(this, tr("Certdeck"),
                             tr("“%1” could not be connected: %2").arg(spec.displayName, error));
        return;
    }
    addSession(session);
}

void MainWindow::askForSecret(const ConnectionSpec &spec, const QString &reason) {
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connect %1").arg(spec.displayName));
    dialog->setLabelText(tr("The secret of “%1” is not in the system keychain (%2).\nEnter the "
                            "client secret or certificate password to connect:")
                             .arg(spec.displayName, reason));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, spec](const QString &secret) { connectSaved(spec, secret); });
    dialog->open();
}

QString MainWindow::uniqueDisplayName(const QString &proposed) const {
    QString name = proposed;
    for (int n = 2; sessionNamed(name) ||
                    std::any_of(m_connections.cbegin(), m_connections.cend(),
                                [&name](const ConnectionSpec &c) { return c.displayName == name; });
         ++n)
        name = QStringLiteral("%1 (%2)").arg(proposed).arg(n);
    return name;
}

void MainWindow::addVault() {
    auto *dialog = new AddVaultDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addConnections(dialog->connections(), dialog->secret(), dialog->rememberSecret());
    });
    m_lastAddVaultDialog = dialog;
    dialog->open();
}

void MainWindow::addConnections(QList<ConnectionSpec> specs, const QString &secret,
                                bool rememberSecret) {
    for (ConnectionSpec &spec : specs) {
        spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        spec.displayName = uniqueDisplayName(spec.displayName);
        QString error;
        VaultSession *session = VaultSession::fromConnection(spec, secret, &error, this);
        if (!session) {
            QMessageBox::warning(this, tr("Add Azure vault"),
                                 tr("“%1” could not be added: %2").arg(spec.displayName, error));
            continue;
        }
        m_connections.append(spec);
        if (rememberSecret && credentialNeedsSecret(spec.credential))
            m_secretStore->write(spec.secretKey(), secret, [this, spec](bool ok, const QString &) {
                if (!ok)
                    statusBar()->showMessage(
                        tr("No system keychain answered: Certdeck will ask for the secret of "
                           "“%1” at the next start.")
                            .arg(spec.displayName),
                        10000);
            });
        addSession(session);
        showPage(session, CertificatesPage);
    }
    saveConnections(m_connections);
}

void MainWindow::removeConnection(VaultSession *session) {
    if (!session || session->isLocal())
        return;
    if (QMessageBox::question(this, tr("Remove connection"),
                              tr("Remove “%1” from Certdeck? The vault and its certificates are "
                                 "not touched.")
                                  .arg(session->displayName())) != QMessageBox::Yes)
        return;
    const QString name = session->displayName();
    for (int i = m_navigation->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_navigation->topLevelItem(i)->data(0, sessionRole).toString() == name)
            delete m_navigation->takeTopLevelItem(i);
    }
    m_pageBuffer.remove(name);
    m_certificates->removeVault(name);
    m_pending->removeVault(name);
    m_unlistedVaults.remove(name);
    m_sessions.removeAll(session);
    m_connections.removeIf(
        [session](const ConnectionSpec &c) { return c.id == session->connectionId(); });
    m_secretStore->remove(ConnectionSpec::secretKeyFor(session->connectionId()));
    saveConnections(m_connections);
    session->deleteLater();
    m_navigation->setCurrentItem(m_allVaultsItem);
}

void MainWindow::showAllVaults() {
    m_navigation->setCurrentItem(m_allVaultsItem);
}

void MainWindow::exportReminders() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export expiry reminders"),
                                                      QStringLiteral("certificate-expiry.ics"),
                                                      tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    saveToFile(tr("Export expiry reminders"), path, m_certificates->toIcs(reminderDaysBefore));
}

void MainWindow::exportActivity() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export activity log"),
                                                      QStringLiteral("certdeck-activity.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    saveToFile(tr("Export activity log"), path, m_activity->toCsv());
}

} // namespace certdeck::gui
