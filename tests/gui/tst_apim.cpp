// API Management in the desktop app, offscreen, against the local services over real HTTPS
// (started with --demo: the state of seed 000): the custom-domain failure when the pre-flight is
// declined and its prevention by the one-step fix, Diagnose, uploads with a wrong password,
// the back end credential and chain switch, and deleting a certificate in use.
#include "access_policy_model.h"
#include "apim_backend_dialog.h"
#include "apim_backend_model.h"
#include "apim_certificate_model.h"
#include "apim_custom_domain_dialog.h"
#include "apim_hostname_model.h"
#include "apim_key_vault_access.h"
#include "apim_page.h"
#include "apim_upload_dialog.h"
#include "certificate_list_model.h"
#include "gui_test_support.h"
#include "key_vault_certificate_picker.h"
#include "local_vault_fixture.h"
#include "main_window.h"

#include "pkcs12.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace certdeck;
using namespace certdeck::gui;

namespace {
constexpr int timeoutMs = 30000;
const QString clientId = QStringLiteral("gui-client");
} // namespace

class ApimGuiTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheLocalServiceWithItsPages();
    void accessPoliciesNameTheServiceIdentity();
    void seed000FailsWhenThePreflightIsDeclined();
    void preflightFixPreventsSeed000();
    void keyVaultClientCertificateIsAddedAfterTheCheck();
    void diagnoseExplainsAnExistingHostname();
    void judgesAccessFromIdentityAndPolicies();
    void wrongPasswordIsReAskedAndNothingIsSent();
    void droppedPfxIsUploadedWithItsThumbprint();
    void backendCredentialAndChainSwitchAreSaved();
    void deleteInUseShowsTheUsersAndDetaches();

private:
    ApimPage *page() { return m_window.apimPage(); }
    ApimCustomDomainDialog *openCustomDomain(const QString &hostName);
    QPushButton *questionButton(const char *name);
    int gatewayStatus(const QString &api);
    int certificatePuts() const;
    template <typename T> static T take(client::Reply<T> *reply);
    std::optional<vault::AccessPolicyEntry> apimPolicy();

    LocalVaultFixture m_vault{1500, true};
    MainWindow m_window;
    VaultSession *m_session = nullptr;
    QTemporaryDir m_files;
    QString m_pfx;
    QString m_thumbprint;
    QList<client::ActivityRecord> m_activity;
};

void ApimGuiTest::initTestCase() {
    QString error;
    QVERIFY2(m_vault.start(&error), qPrintable(error));
    m_session = VaultSession::fromLocalConnection(m_vault.server()->connectionFilePath(), &error,
                                                  &m_window);
    QVERIFY2(m_session, qPrintable(error));
    QVERIFY(!m_session->localApimServiceId().isEmpty());
    m_session->apim()->setMaxPollIntervalMs(50); // the local service asks for 1 s between polls
    connect(m_session->pipeline(), &client::HttpPipeline::activity, this,
            [this](const client::ActivityRecord &record) { m_activity.append(record); });
    QSignalSpy certificatesLoaded(&m_window, &MainWindow::certificatesLoaded);
    m_window.show();
    m_window.addSession(m_session);
    QVERIFY(certificatesLoaded.wait(timeoutMs) || certificatesLoaded.size() > 0);
}

void ApimGuiTest::showsTheLocalServiceWithItsPages() {
    QSignalSpy loaded(page(), &ApimPage::loaded);
    m_window.showPage(m_session, 4); // the "API Management" entry: its first service
    QCOMPARE(page()->serviceId(), m_session->localApimServiceId());
    QVERIFY(loaded.wait(timeoutMs));
    QVERIFY(page()->certificateModel()->rowOf(QStringLiteral("backend-client")) >= 0);
    const int row = page()->certificateModel()->rowOf(QStringLiteral("backend-client"));
    QVERIFY(page()
                ->certificateModel()
                ->index(row, models::ApimCertificateModel::UsedByColumn)
                .data()
                .toString()
                .contains(QStringLiteral("orders-backend")));
    QVERIFY(page()->backendModel()->rowOf(QStringLiteral("orders-backend")) >= 0);
    QCOMPARE(page()->hostnameModel()->rowCount(), 1); // the built-in gateway host name
}

// The principal seed 000 is about is found by the service's name, not by a bare object id.
void ApimGuiTest::accessPoliciesNameTheServiceIdentity() {
    const std::optional<vault::AccessPolicyEntry> entry = apimPolicy();
    QVERIFY(entry);
    m_window.showPage(m_session, 2);
    auto *table = m_window.findChild<QTableView *>(QStringLiteral("AccessPolicyTable"));
    QVERIFY(table);
    const auto principalOfTheService = [table, &entry] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QAbstractItemModel *model = table->model();
            if (model->index(row, models::AccessPolicyModel::ObjectIdColumn).data() ==
                entry->objectId)
                return model->index(row, models::AccessPolicyModel::PrincipalColumn)
                    .data()
                    .toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(principalOfTheService(),
                              QStringLiteral("apim-contoso (API Management managed identity)"),
                              timeoutMs);
    m_window.showPage(m_session, 4);
}

void ApimGuiTest::seed000FailsWhenThePreflightIsDeclined() {
    ApimCustomDomainDialog *dialog = openCustomDomain(QStringLiteral("api.contoso.com"));
    QVERIFY(dialog);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(page()->lastQuestion() && page()->lastQuestion()->isVisible(),
                             timeoutMs);
    QVERIFY2(page()->lastQuestion()->text().contains(QStringLiteral("“Get”")),
             qPrintable(page()->lastQuestion()->text()));
    QVERIFY(questionButton("FixButton"));
    QSignalSpy updated(page(), &ApimPage::hostnamesUpdated);
    questionButton("AddAnywayButton")->click(); // the operator skips the fix
    QVERIFY(updated.wait(timeoutMs));
    QCOMPARE(updated.first().first().toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window.lastErrorBox(), timeoutMs);
    QMessageBox *error = m_window.lastErrorBox();
    QVERIFY2(error->detailedText().contains(
                 QStringLiteral("Failed to update API Management service hostnames.")),
             qPrintable(error->detailedText()));
    QVERIFY2(error->informativeText().contains(QStringLiteral("managed identity")),
             qPrintable(error->informativeText()));
    error->close();
}

void ApimGuiTest::preflightFixPreventsSeed000() {
    const std::optional<vault::AccessPolicyEntry> before = apimPolicy();
    QVERIFY(before); // the demo identity may read certificates, not secrets (seed 000)
    QVERIFY(!before->grants(QStringLiteral("secrets"), QStringLiteral("get")));
    ApimCustomDomainDialog *dialog = openCustomDomain(QStringLiteral("api.contoso.com"));
    QVERIFY(dialog);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(questionButton("FixButton"), timeoutMs);
    QSignalSpy updated(page(), &ApimPage::hostnamesUpdated);
    QSignalSpy loaded(page(), &ApimPage::loaded);
    questionButton("FixButton")->click();
    QVERIFY(updated.wait(timeoutMs));
    QCOMPARE(updated.first().first().toBool(), true);
    QVERIFY(loaded.wait(timeoutMs));
    const int row = page()->hostnameModel()->rowOf(QStringLiteral("api.contoso.com"));
    QVERIFY(row >= 0);
    const vault::HostnameConfiguration host = page()->hostnameModel()->hostnameAt(row);
    QCOMPARE(host.certificateSource, QStringLiteral("KeyVault"));
    QVERIFY(host.certificate && !host.certificate->thumbprint.isEmpty());

    // The fix added secrets get and nothing more.
    const std::optional<vault::AccessPolicyEntry> after = apimPolicy();
    QVERIFY(after);
    QCOMPARE(after->permissions.secrets.value_or(QStringList()),
             QStringList{QStringLiteral("get")});
    QCOMPARE(after->permissions.keys, before->permissions.keys);
    QCOMPARE(after->permissions.certificates, before->permissions.certificates);
}

void ApimGuiTest::keyVaultClientCertificateIsAddedAfterTheCheck() {
    page()->showTab(ApimPage::CertificatesTab);
    page()->addCertificateFromKeyVault();
    QDialog *dialog = page()->lastDialog();
    QVERIFY(dialog);
    auto *picker = dialog->findChild<KeyVaultCertificatePicker *>();
    QVERIFY(picker && picker->select(m_session->displayName(), QStringLiteral("www-contoso-com")));
    auto *id = dialog->findChild<QLineEdit *>();
    QCOMPARE(id->text(), QStringLiteral("www-contoso-com"));
    id->setText(QStringLiteral("kv-client"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    // Access was granted by the previous fix: no question, straight to the service.
    QTRY_VERIFY_WITH_TIMEOUT(page()->certificateModel()->rowOf(QStringLiteral("kv-client")) >= 0,
                             timeoutMs);
    const int row = page()->certificateModel()->rowOf(QStringLiteral("kv-client"));
    QVERIFY(page()->certificateModel()->certificateAt(row).isFromKeyVault());
    QVERIFY(!page()->certificateModel()->certificateAt(row).thumbprint.isEmpty());
}

void ApimGuiTest::diagnoseExplainsAnExistingHostname() {
    page()->diagnoseHostname(QStringLiteral("api.contoso.com"));
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->lastQuestion() && page()->lastQuestion()->isVisible() &&
            page()->lastQuestion()->windowTitle().contains(QStringLiteral("api.contoso.com")),
        timeoutMs);
    QVERIFY2(page()->lastQuestion()->text().contains(QStringLiteral("has the “Get” secret")),
             qPrintable(page()->lastQuestion()->text()));
    QVERIFY(!questionButton("FixButton"));
    page()->lastQuestion()->close();

    const QString builtIn = page()->hostnameModel()->hostnameAt(0).hostName;
    page()->diagnoseHostname(builtIn);
    QTRY_VERIFY_WITH_TIMEOUT(page()->lastQuestion() &&
                                 page()->lastQuestion()->text().contains(
                                     QStringLiteral("does not take its certificate")),
                             timeoutMs);
    page()->lastQuestion()->close();
}

void ApimGuiTest::judgesAccessFromIdentityAndPolicies() {
    vault::ApimService service;
    service.name = QStringLiteral("apim");
    vault::VaultResource vault;
    vault.name = QStringLiteral("kv");
    QCOMPARE(judgeKeyVaultAccess(service, vault).kind, KeyVaultAccessVerdict::NoIdentity);
    service.identity = vault::ApimServiceIdentity{};
    service.identity->type = QStringLiteral("SystemAssigned, UserAssigned");
    service.identity->principalId = QStringLiteral("AAAA-1");
    vault::AccessPolicyEntry entry;
    entry.objectId = QStringLiteral("aaaa-1");
    entry.permissions.certificates = QStringList{QStringLiteral("get")};
    vault.accessPolicies = {entry};
    QCOMPARE(judgeKeyVaultAccess(service, vault).kind, KeyVaultAccessVerdict::NoSecretGet);
    vault.accessPolicies[0].permissions.secrets = QStringList{QStringLiteral("All")};
    QCOMPARE(judgeKeyVaultAccess(service, vault).kind, KeyVaultAccessVerdict::Ready);
    vault.enableRbacAuthorization = true;
    const KeyVaultAccessVerdict rbac = judgeKeyVaultAccess(service, vault);
    QCOMPARE(rbac.kind, KeyVaultAccessVerdict::VaultUsesRbac);
    QVERIFY(!rbac.isFixable());
    QVERIFY(rbac.explanation().contains(QStringLiteral("role-based")));
}

void ApimGuiTest::wrongPasswordIsReAskedAndNothingIsSent() {
    m_pfx = testing::writeSelfSignedPfx(m_files.path(), QStringLiteral("gui-client.contoso.com"),
                                        "right-password");
    QList<bool> retries;
    page()->setPasswordPrompt([&retries](const QString &, bool retry, QString *password) {
        retries.append(retry);
        if (retries.size() > 2)
            return false; // the operator gives up
        *password = QStringLiteral("wrong-password");
        return true;
    });
    const int putsBefore = certificatePuts();
    page()->uploadFiles({m_pfx});
    auto *dialog = qobject_cast<ApimUploadDialog *>(page()->lastDialog());
    QVERIFY(dialog);
    QCOMPARE(retries, (QList<bool>{false, true, true}));
    QVERIFY(!dialog->isReady());
    QVERIFY(dialog->thumbprint().isEmpty());
    dialog->upload(); // refused: nothing was read
    QCoreApplication::processEvents();
    QCOMPARE(certificatePuts(), putsBefore);
    dialog->close();
}

void ApimGuiTest::droppedPfxIsUploadedWithItsThumbprint() {
    QStringList answers{QStringLiteral("wrong-password"), QStringLiteral("right-password")};
    int asked = 0;
    page()->setPasswordPrompt([&answers, &asked](const QString &, bool, QString *password) {
        *password = answers.value(asked++);
        return true;
    });
    page()->showTab(ApimPage::CertificatesTab);
    QWidget *viewport = page()->certificateView()->viewport();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_pfx)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QCOMPARE(asked, 2); // re-asked once after the wrong password
    auto *dialog = qobject_cast<ApimUploadDialog *>(page()->lastDialog());
    QVERIFY(dialog && dialog->isReady());
    QVERIFY(dialog->isSelfSigned());
    const auto read = crypto::readPkcs12(
        [this] {
            QFile file(m_pfx);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }(),
        "right-password");
    QVERIFY(read.ok());
    m_thumbprint = QString::fromLatin1(read->certificate.sha1Thumbprint().toHex().toUpper());
    QCOMPARE(dialog->thumbprint(), m_thumbprint);
    dialog->setCertificateId(clientId);
    QSignalSpy uploaded(dialog, &ApimUploadDialog::uploaded);
    dialog->findChild<QPushButton *>(QStringLiteral("UploadButton"))->click();
    QVERIFY(uploaded.wait(timeoutMs));
    QCOMPARE(uploaded.first().first().value<vault::ApimCertificate>().thumbprint, m_thumbprint);
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(page()->certificateModel()->rowOf(clientId) >= 0, timeoutMs);
    const int row = page()->certificateModel()->rowOf(clientId);
    QCOMPARE(page()
                 ->certificateModel()
                 ->index(row, models::ApimCertificateModel::ThumbprintColumn)
                 .data()
                 .toString(),
             m_thumbprint);
}

void ApimGuiTest::backendCredentialAndChainSwitchAreSaved() {
    QCOMPARE(gatewayStatus(QStringLiteral("orders")), 500); // seed 002: self-signed, chain on
    page()->editBackend(QStringLiteral("orders-backend"));
    auto *dialog = qobject_cast<ApimBackendDialog *>(page()->lastDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->warningText().isEmpty());
    QVERIFY(dialog->chooseCertificate(clientId));
    QVERIFY(dialog->isSelfSignedHintShown()); // known self-signed: the switch is offered
    dialog->turnOffChainButton()->click();
    QVERIFY(!dialog->isSelfSignedHintShown());
    QVERIFY(dialog->warningText().contains(QStringLiteral("Chain validation is off")));
    QSignalSpy loaded(page(), &ApimPage::loaded);
    dialog->accept();
    QVERIFY(loaded.wait(timeoutMs));
    const int row = page()->backendModel()->rowOf(QStringLiteral("orders-backend"));
    const vault::ApimBackend saved = page()->backendModel()->backendAt(row);
    QCOMPARE(saved.validatesChain(), false);
    QVERIFY(saved.usesCertificate(clientId));
    QVERIFY(!saved.usesCertificate(QStringLiteral("backend-client")));
    QCOMPARE(gatewayStatus(QStringLiteral("orders")), 200);
}

void ApimGuiTest::deleteInUseShowsTheUsersAndDetaches() {
    page()->deleteCertificate(clientId);
    QMessageBox *box = page()->lastQuestion();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->informativeText().contains(QStringLiteral("orders-backend")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("Orders")));
    QSignalSpy loaded(page(), &ApimPage::loaded);
    questionButton("DetachButton")->click();
    QVERIFY(loaded.wait(timeoutMs));
    QCOMPARE(page()->certificateModel()->rowOf(clientId), -1);
    const int row = page()->backendModel()->rowOf(QStringLiteral("orders-backend"));
    QVERIFY(!page()->backendModel()->backendAt(row).usesCertificate(clientId));
    QVERIFY(!m_window.lastErrorBox() || !m_window.lastErrorBox()->isVisible());
}

// --- helpers -----------------------------------------------------------------------------------

ApimCustomDomainDialog *ApimGuiTest::openCustomDomain(const QString &hostName) {
    page()->showTab(ApimPage::CustomDomainsTab);
    page()->addCustomDomain();
    auto *dialog = qobject_cast<ApimCustomDomainDialog *>(page()->lastDialog());
    if (!dialog)
        return nullptr;
    dialog->setHostName(hostName);
    if (!dialog->picker()->select(m_session->displayName(), QStringLiteral("www-contoso-com")))
        return nullptr;
    return dialog;
}

template <typename T> T ApimGuiTest::take(client::Reply<T> *reply) {
    QSignalSpy done(reply, &client::ServiceReply::finished);
    const bool finished = done.wait(timeoutMs);
    reply->deleteLater();
    return finished && !reply->hasError() ? reply->value() : T();
}

// The vault's access policy entry of API Management's system-assigned identity.
std::optional<vault::AccessPolicyEntry> ApimGuiTest::apimPolicy() {
    const vault::ApimService service =
        take(m_session->apim()->getService(m_session->localApimServiceId()));
    if (!service.identity)
        return std::nullopt;
    const vault::VaultResource resource =
        take(m_session->arm()->getVault(m_session->vaultResourceId()));
    for (const vault::AccessPolicyEntry &entry : resource.accessPolicies) {
        if (entry.objectId == service.identity->principalId)
            return entry;
    }
    return std::nullopt;
}

QPushButton *ApimGuiTest::questionButton(const char *name) {
    QMessageBox *box = page()->lastQuestion();
    return box ? box->findChild<QPushButton *>(QLatin1String(name)) : nullptr;
}

int ApimGuiTest::gatewayStatus(const QString &api) {
    const QString service = m_session->localApimServiceId().section(QLatin1Char('/'), -1);
    return m_vault
        .raw("GET",
             QUrl(m_vault.vaultUrl() + QStringLiteral("/gateway/") + service + QLatin1Char('/') +
                  api),
             {}, {})
        .status;
}

int ApimGuiTest::certificatePuts() const {
    return int(std::count_if(
        m_activity.cbegin(), m_activity.cend(), [](const client::ActivityRecord &record) {
            return record.method == "PUT" && record.path.contains(QStringLiteral("/certificates/"));
        }));
}

QTEST_MAIN(ApimGuiTest)
#include "tst_apim.moc"
