// ApimPage: custom domains from Key Vault, the access pre-flight (seed 000) and Diagnose.
#include "apim_page.h"

#include "apim_custom_domain_dialog.h"
#include "apim_hostname_model.h"
#include "apim_key_vault_access.h"

#include <QMessageBox>
#include <QPushButton>

namespace certdeck::gui {

namespace {

// What to send back on PATCH: the configuration without the members the service computes.
vault::HostnameConfiguration sendable(vault::HostnameConfiguration host) {
    host.certificateSource.clear();
    host.certificateStatus.clear();
    host.certificate.reset();
    return host;
}

} // namespace

void ApimPage::addCustomDomain() {
    if (!m_session)
        return;
    auto *dialog = new ApimCustomDomainDialog(m_vaultCertificates, sessions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { checkAndApply(dialog->hostname(), dialog->vaultSession()); });
    m_lastDialog = dialog;
    dialog->open();
}

void ApimPage::runAccessCheck(
    VaultSession *vaultSession, const QString &busyMessage,
    std::function<void(const KeyVaultAccessVerdict &, const vault::ApimService &)> done) {
    setBusy(busyMessage);
    auto *check = new KeyVaultAccessCheck(m_session->apim(), m_serviceId, vaultSession, this);
    check->check(
        [this, check, done](const KeyVaultAccessVerdict &verdict,
                            const vault::ApimService &service) {
            check->deleteLater();
            setBusy(QString());
            done(verdict, service);
        },
        [this, check](const QString &what, const client::VaultError &error) {
            check->deleteLater();
            setBusy(QString());
            emit failed(what, error);
        });
}

void ApimPage::checkThenApply(VaultSession *vaultSession, const QString &consequence,
                              const ApplyAfterCheck &apply) {
    QPointer<VaultSession> vaultPointer = vaultSession;
    runAccessCheck(vaultSession, tr("Checking that API Management may read the vault…"),
                   [this, vaultPointer, consequence, apply](const KeyVaultAccessVerdict &verdict,
                                                            const vault::ApimService &service) {
                       if (verdict.kind == KeyVaultAccessVerdict::Ready)
                           return apply(service);
                       askAboutAccess(verdict, service, vaultPointer, consequence, apply);
                   });
}

void ApimPage::checkAndApply(const vault::HostnameConfiguration &host, VaultSession *vaultSession) {
    checkThenApply(
        vaultSession,
        tr("Adding the custom domain would fail with “Failed to update API Management "
           "service hostnames … Forbidden”."),
        [this, host](const vault::ApimService &service) { applyHostname(host, service); });
}

void ApimPage::askAboutAccess(const KeyVaultAccessVerdict &verdict,
                              const vault::ApimService &service, VaultSession *vaultSession,
                              const QString &consequence, const ApplyAfterCheck &apply) {
    const QString details = verdict.isFixable()
                                ? consequence + QStringLiteral("\n\n") + verdict.fixDescription()
                                : consequence;
    QMessageBox *box =
        question(tr("API Management cannot read the vault"), verdict.explanation(), details);
    box->setIcon(QMessageBox::Warning);
    if (verdict.isFixable()) {
        QPushButton *fix = box->addButton(tr("&Fix and add"), QMessageBox::AcceptRole);
        fix->setObjectName(QStringLiteral("FixButton"));
        QPointer<VaultSession> vaultPointer = vaultSession;
        connect(fix, &QPushButton::clicked, this, [this, verdict, service, vaultPointer, apply] {
            fixAndApply(verdict, service, vaultPointer, apply);
        });
    }
    QPushButton *anyway = box->addButton(tr("Add &anyway"), QMessageBox::DestructiveRole);
    anyway->setObjectName(QStringLiteral("AddAnywayButton"));
    connect(anyway, &QPushButton::clicked, this, [service, apply] { apply(service); });
    box->addButton(QMessageBox::Cancel);
    box->open();
}

void ApimPage::fixAndApply(const KeyVaultAccessVerdict &verdict, const vault::ApimService &service,
                           VaultSession *vaultSession, const ApplyAfterCheck &apply) {
    if (!vaultSession)
        return;
    setBusy(verdict.kind == KeyVaultAccessVerdict::NoIdentity
                ? tr("Turning on the managed identity and adding its access policy…")
                : tr("Adding the access policy for API Management's managed identity…"));
    auto *check = new KeyVaultAccessCheck(m_session->apim(), m_serviceId, vaultSession, this);
    check->fix(
        verdict, service,
        [this, check, apply](const vault::ApimService &fixed) {
            check->deleteLater();
            emit statusMessage(tr("API Management's managed identity may now read secrets of "
                                  "the vault."));
            apply(fixed);
        },
        [this, check](const QString &what, const client::VaultError &error) {
            check->deleteLater();
            setBusy(QString());
            emit failed(what, error);
        });
}

void ApimPage::applyHostname(const vault::HostnameConfiguration &host,
                             const vault::ApimService &service) {
    QList<vault::HostnameConfiguration> hostnames;
    for (const vault::HostnameConfiguration &existing :
         service.hostnameConfigurations.value_or(QList<vault::HostnameConfiguration>())) {
        if (existing.hostName.compare(host.hostName, Qt::CaseInsensitive) != 0)
            hostnames.append(sendable(existing));
    }
    hostnames.append(sendable(host));
    vault::ApimService patch;
    patch.hostnameConfigurations = hostnames;
    setBusy(tr("Updating the host names of “%1”… On Azure this can take many minutes.")
                .arg(service.name));
    auto *reply = m_session->apim()->updateService(m_serviceId, patch);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, name = host.hostName] {
        reply->deleteLater();
        setBusy(QString());
        if (reply->hasError())
            emit failed(tr("The custom domain “%1” could not be set.").arg(name), reply->error());
        else
            emit statusMessage(tr("Custom domain “%1” set.").arg(name));
        emit hostnamesUpdated(!reply->hasError());
        reload();
    });
}

void ApimPage::showInformation(const QString &title, const QString &text) {
    QMessageBox *box = question(title, text, QString());
    box->setIcon(QMessageBox::Information);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void ApimPage::diagnoseHostname(const QString &hostName) {
    const int row = m_hostnameModel->rowOf(hostName);
    if (!m_session || row < 0)
        return;
    const vault::HostnameConfiguration host = m_hostnameModel->hostnameAt(row);
    const QString title = tr("Diagnose “%1”").arg(hostName);
    if (host.keyVaultId.isEmpty())
        return showInformation(
            title, tr("“%1” does not take its certificate from Key Vault, so API Management's "
                      "access to a vault plays no part.")
                       .arg(hostName));
    VaultSession *vaultSession = vaultSessionForSecret(sessions(), QUrl(host.keyVaultId));
    if (!vaultSession)
        return showInformation(
            title, tr("The vault holding %1 is not connected in Certdeck, so its access policies "
                      "cannot be checked. Add the vault (File → Add Azure vault…) and diagnose "
                      "again.")
                       .arg(host.keyVaultId));
    QPointer<VaultSession> vaultPointer = vaultSession;
    runAccessCheck(vaultSession, tr("Diagnosing “%1”…").arg(hostName),
                   [this, host, vaultPointer](const KeyVaultAccessVerdict &verdict,
                                              const vault::ApimService &service) {
                       showDiagnosis(verdict, service, host, vaultPointer);
                   });
}

void ApimPage::showDiagnosis(const KeyVaultAccessVerdict &verdict,
                             const vault::ApimService &service,
                             const vault::HostnameConfiguration &host, VaultSession *vaultSession) {
    QString details = verdict.fixDescription();
    if (verdict.kind == KeyVaultAccessVerdict::Ready)
        details = host.certificateStatus == QLatin1String("Failed")
                      ? tr("The last update of this host name failed, but access is in order "
                           "now: apply it again.")
                      : tr("Nothing to fix.");
    QMessageBox *box =
        question(tr("Diagnose “%1”").arg(host.hostName), verdict.explanation(), details);
    box->setIcon(verdict.kind == KeyVaultAccessVerdict::Ready ? QMessageBox::Information
                                                              : QMessageBox::Warning);
    if (verdict.isFixable()) {
        QPushButton *fix = box->addButton(tr("&Fix and apply again"), QMessageBox::AcceptRole);
        fix->setObjectName(QStringLiteral("FixButton"));
        QPointer<VaultSession> vaultPointer = vaultSession;
        connect(fix, &QPushButton::clicked, this, [this, verdict, service, host, vaultPointer] {
            fixAndApply(
                verdict, service, vaultPointer,
                [this, host](const vault::ApimService &fixed) { applyHostname(host, fixed); });
        });
    }
    box->addButton(QMessageBox::Close);
    box->open();
}

} // namespace certdeck::gui
