// MainWindow: what the details pane offers for the selected certificate — download, export with
// its key, enable/disable and a new version.
#include "main_window.h"

#include "certificate.h"
#include "certificate_details_pane.h"
#include "certificate_list_model.h"
#include "create_certificate_dialog.h"
#include "openssl_support.h"
#include "pkcs12.h"
#include "state_palette.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace certdeck::gui {

namespace {

bool isPemPath(const QString &path) {
    return path.endsWith(QLatin1String(".pem"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".crt"), Qt::CaseInsensitive);
}

} // namespace

void MainWindow::createCertificateActions() {
    using R = AppAction;
    const auto one = R::NeedsSingleSelection | R::OnCertificates;
    m_downloadAction =
        makeAction("document-save-as", one, &MainWindow::downloadSelectedCertificate);
    m_exportKeyAction =
        makeAction("document-export", one | R::NeedsExportable, &MainWindow::exportSelectedWithKey);
    m_toggleEnabledAction =
        makeAction("system-lock-screen", one, &MainWindow::toggleSelectedEnabled);
    m_newVersionAction = makeAction("view-refresh", one, &MainWindow::newVersionOfSelected);
}

void MainWindow::retranslateCertificateActions() {
    m_downloadAction->setText(tr("Download certificate (.cer/.pem)…"));
    m_downloadAction->setIconText(tr("Download"));
    m_exportKeyAction->setText(tr("Export with private key (.pfx/.pem)…"));
    m_exportKeyAction->setIconText(tr("Export"));
    const bool enabled = !m_selectedBundle || m_selectedBundle->attributes.enabled.value_or(true);
    m_toggleEnabledAction->setText(enabled ? tr("Disable certificate") : tr("Enable certificate"));
    m_toggleEnabledAction->setIconText(enabled ? tr("Disable") : tr("Enable"));
    m_newVersionAction->setText(tr("New version…"));
    m_newVersionAction->setIconText(tr("New version"));
}

bool MainWindow::selectedIsExportable() const {
    return m_selectedBundle && m_selectedBundle->policy &&
           m_selectedBundle->policy->keyProperties &&
           m_selectedBundle->policy->keyProperties->exportable.value_or(false);
}

VaultSession *MainWindow::selectedCertificateSession() const {
    const QModelIndexList rows = m_certificateView->selectionModel()->selectedRows();
    return rows.size() == 1
               ? sessionNamed(rows.first().data(models::CertificateListModel::VaultRole).toString())
               : nullptr;
}

void MainWindow::downloadSelectedCertificate() {
    if (!m_selectedBundle || m_selectedBundle->cer.isEmpty())
        return;
    const QString name = selectedCertificateName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Download certificate"), name + QStringLiteral(".cer"),
        tr("DER certificate (*.cer);;PEM certificate (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    QByteArray content = m_selectedBundle->cer;
    if (isPemPath(path)) {
        const auto certificate = crypto::Certificate::fromDer(content);
        if (certificate)
            content = certificate->pem();
    }
    saveToFile(tr("Download certificate"), path, content);
}

void MainWindow::exportSelectedWithKey() {
    VaultSession *session = selectedCertificateSession();
    const QString name = selectedCertificateName();
    if (!session || name.isEmpty())
        return;
    auto *reply = session->client()->getSecret(name);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name] {
        reply->deleteLater();
        if (reply->hasError())
            return reportError(tr("The private key of “%1” could not be read.").arg(name),
                               reply->error(), session);
        saveExport(name, reply->value());
    });
}

void MainWindow::saveExport(const QString &name, const vault::SecretBundle &secret) {
    const bool isPfx =
        secret.contentType.value_or(QString()) == QLatin1String("application/x-pkcs12");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export with private key"),
        name + (isPfx ? QStringLiteral(".pfx") : QStringLiteral(".pem")),
        isPfx ? tr("PKCS#12 files (*.pfx *.p12)") : tr("PEM files (*.pem)"));
    if (path.isEmpty())
        return;
    QByteArray content =
        isPfx ? QByteArray::fromBase64(secret.value.toLatin1()) : secret.value.toUtf8();
    if (isPfx && !protectPfx(&content))
        return;
    if (saveToFile(tr("Export with private key"), path, content) && !isPfx)
        statusBar()->showMessage(
            tr("%1 holds the private key unencrypted: keep it safe.").arg(path), 10000);
    crypto::cleanse(content);
}

// Key Vault hands out the PFX without a password; the file on disk gets one.
bool MainWindow::protectPfx(QByteArray *pfx) {
    bool ok = false;
    QString password =
        QInputDialog::getText(this, tr("Export with private key"),
                              tr("Password to protect the exported file (empty: no protection):"),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    QByteArray passwordBytes = password.toUtf8();
    password.fill(QLatin1Char('\0')); // our QString copy, like ImportDialog's
    auto bundle = crypto::readPkcs12(*pfx, {});
    auto written = bundle ? crypto::writePkcs12(*bundle, passwordBytes)
                          : crypto::CryptoResult<QByteArray>(fail(bundle.error()));
    crypto::cleanse(passwordBytes);
    crypto::cleanse(*pfx);
    if (!written) {
        QMessageBox::warning(this, tr("Export with private key"),
                             tr("The key could not be packed: %1").arg(written.error().message));
        return false;
    }
    *pfx = *written;
    return true;
}

void MainWindow::toggleSelectedEnabled() {
    VaultSession *session = selectedCertificateSession();
    const QString name = selectedCertificateName();
    if (!session || !m_selectedBundle)
        return;
    const bool enable = !m_selectedBundle->attributes.enabled.value_or(true);
    auto *reply = session->client()->updateCertificate(name, QString(), enable, std::nullopt);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, session, name, enable] {
        reply->deleteLater();
        if (reply->hasError())
            return reportError(enable ? tr("“%1” could not be enabled.").arg(name)
                                      : tr("“%1” could not be disabled.").arg(name),
                               reply->error(), session);
        m_certificates->updateDetails(session->displayName(), reply->value());
        if (selectedCertificateName() == name) {
            m_selectedBundle = reply->value();
            details()->showBundle(reply->value());
            retranslateCertificateActions();
        }
        statusBar()->showMessage(
            enable ? tr("“%1” is enabled.").arg(name) : tr("“%1” is disabled.").arg(name), 5000);
    });
}

void MainWindow::newVersionOfSelected() {
    VaultSession *session = selectedCertificateSession();
    const QString name = selectedCertificateName();
    if (!session || name.isEmpty())
        return;
    auto *policy = session->client()->getPolicy(name);
    connect(policy, &client::ServiceReply::finished, this, [this, policy, session, name] {
        policy->deleteLater();
        if (policy->hasError())
            return reportError(tr("The policy of “%1” could not be read.").arg(name),
                               policy->error(), session);
        auto *dialog = new CreateCertificateDialog({}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("New version of %1").arg(name));
        dialog->setName(name, false);
        dialog->setPolicy(policy->value());
        connect(dialog, &QDialog::accepted, this, [this, dialog, session] {
            submitCreate(session, dialog->name(), dialog->parameters());
        });
        dialog->open();
    });
}

} // namespace certdeck::gui
