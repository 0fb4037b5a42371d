// Connections: Azure vaults added by URL or by browsing subscriptions, remembered between runs
// (secrets in the keychain, never in QSettings), removed; the "All vaults" inventory; the details
// pane's certificate actions. All against a local vault over real HTTPS, signing in through its
// Entra ID stand-in exactly as against Azure.
#include "add_vault_dialog.h"
#include "certificate_list_model.h"
#include "connection_spec.h"
#include "gui_test_support.h"
#include "local_vault_fixture.h"
#include "main_window.h"
#include "secret_store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace certdeck;
using namespace certdeck::gui;
using certdeck::gui::testing::answerNextQuestionWithYes;

namespace {

int rowsOfVault(const models::CertificateListModel *model, const QString &vault) {
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->vaultAt(row) == vault ? 1 : 0;
    return count;
}

} // namespace

class ConnectionsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        QVERIFY2(m_vault.start(&error), qPrintable(error));
        // An Azure connection trusts the system's CAs; here the system is told to trust the
        // local vault's, as an operator behind a company CA would.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(field("caCertificate")));
        QSslConfiguration::setDefaultConfiguration(ssl);
        m_window = std::make_unique<MainWindow>();
        m_window->setSecretStore(&m_secrets);
        m_window->show();
        QVERIFY(m_vault.request("GET", QStringLiteral("/certificates")).status == 200);
        addCertificate(QStringLiteral("exportable-one"), true);
    }

    void cleanupTestCase() {
        m_window.reset();
        QSettings().clear();
    }

    void addByUrlSignsInAndListsTheVault() {
        AddVaultDialog *dialog = openAddVaultDialog();
        dialog->findChild<QLineEdit *>(QStringLiteral("VaultUrl"))->setText(field("vaultUrl"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("CredentialKind"));
        // The Azure CLI signs in with its own application: no client ID to give there.
        auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("ClientId"));
        kind->setCurrentIndex(kind->findData(int(CredentialKind::AzureCli)));
        QVERIFY(!clientId->isEnabled());
        kind->setCurrentIndex(kind->findData(int(CredentialKind::ClientSecret)));
        QVERIFY(clientId->isEnabled());
        QVERIFY(!okButton(dialog)->isEnabled()); // the application's secret is still missing
        fillApplicationCredential(dialog);
        QVERIFY2(dialog->validationError().isEmpty(), qPrintable(dialog->validationError()));
        QCOMPARE(dialog->connections().size(), 1);
        okButton(dialog)->click();

        QTRY_COMPARE_WITH_TIMEOUT(m_window->sessions().size(), 1, 5000);
        const QString name = m_window->sessions().first()->displayName();
        QCOMPARE(name, QStringLiteral("localhost"));
        QTRY_VERIFY_WITH_TIMEOUT(rowsOfVault(m_window->certificateModel(), name) >= 1, 20000);
        QVERIFY(m_secrets.contains(m_window->connections().first().secretKey()));
    }

    void connectionsAreRememberedWithoutTheirSecrets() {
        const QList<ConnectionSpec> saved = loadConnections();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().credential, CredentialKind::ClientSecret);
        QCOMPARE(saved.first().clientId, field("clientId"));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(field("clientId").toUtf8()));
        QVERIFY2(!stored.contains(field("clientSecret").toUtf8()), "secret written to QSettings");
    }

    void rememberedConnectionsReconnectAtStart() {
        MainWindow second;
        second.setSecretStore(&m_secrets);
        second.restoreConnections();
        QTRY_COMPARE_WITH_TIMEOUT(second.sessions().size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowsOfVault(second.certificateModel(), second.sessions().first()->displayName()) >= 1,
            20000);
    }

    void browsingListsSubscriptionsAndVaults() {
        AddVaultDialog *dialog = openAddVaultDialog();
        dialog->findChild<QRadioButton *>(QStringLiteral("ByBrowsing"))->setChecked(true);
        fillApplicationCredential(dialog);
        dialog->browse();
        QTreeWidget *tree = dialog->vaultTree();
        QTRY_VERIFY_WITH_TIMEOUT(
            tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->childCount() == 1, 20000);
        QTreeWidgetItem *vaultItem = tree->topLevelItem(0)->child(0);
        QCOMPARE(vaultItem->text(0), field("vaultName"));
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing ticked yet
        vaultItem->setCheckState(0, Qt::Checked);
        QTRY_VERIFY(okButton(dialog)->isEnabled());
        const QList<ConnectionSpec> chosen = dialog->connections();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().vaultResourceId, field("vaultResourceId"));
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->sessions().size(), 2, 5000);
        // Two connections to one vault stay apart under distinct names.
        QCOMPARE(m_window->sessions().at(1)->displayName(), field("vaultName"));
        QCOMPARE(m_window->sessions().at(1)->vaultResourceId(), field("vaultResourceId"));
    }

    void allVaultsShowsEveryVaultsCertificates() {
        m_window->showAllVaults();
        const QString second = m_window->sessions().at(1)->displayName();
        QTRY_VERIFY_WITH_TIMEOUT(rowsOfVault(m_window->certificateModel(), second) >= 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->certificateView()->model()->rowCount(),
                                  m_window->certificateModel()->rowCount(), 5000);
        QVERIFY(m_window->certificateView()->model()->rowCount() >= 2);
    }

    void detailsActionsExportAndDisable() {
        m_window->showAllVaults();
        QTableView *view = m_window->certificateView();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(models::CertificateListModel::NameRole) ==
                QStringLiteral("exportable-one"))
                row = r;
        }
        QVERIFY(row >= 0);
        view->selectRow(row);
        QAction *exportKey = findAction(QStringLiteral("Export with private key (.pfx/.pem)…"));
        QVERIFY(exportKey);
        QTRY_VERIFY_WITH_TIMEOUT(exportKey->isEnabled(), 20000); // the policy says exportable
        QAction *toggle = findAction(QStringLiteral("Disable certificate"));
        QVERIFY(toggle && toggle->isEnabled());
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_vault.request("GET", QStringLiteral("/certificates/exportable-one"))
                 .json.value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("enabled"))
                 .toBool(true),
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("Enable certificate"), 5000);
    }

    void removingAConnectionForgetsItAndItsSecret() {
        VaultSession *first = m_window->sessions().first();
        const QString name = first->displayName();
        const QString key = ConnectionSpec::secretKeyFor(first->connectionId());
        answerNextQuestionWithYes();
        m_window->removeConnection(first);
        QCOMPARE(m_window->sessions().size(), 1);
        QCOMPARE(rowsOfVault(m_window->certificateModel(), name), 0);
        QVERIFY(!m_secrets.contains(key));
        QCOMPARE(loadConnections().size(), 1);
    }

    void urlsAreNormalized() {
        QCOMPARE(ConnectionSpec::normalizeVaultUrl(QStringLiteral("contoso")),
                 QUrl(QStringLiteral("https://contoso.vault.azure.net")));
        QCOMPARE(ConnectionSpec::normalizeVaultUrl(QStringLiteral(" contoso.vault.azure.cn ")),
                 QUrl(QStringLiteral("https://contoso.vault.azure.cn")));
        QCOMPARE(ConnectionSpec::normalizeVaultUrl(
                     QStringLiteral("https://contoso.vault.azure.net/certificates/x?y=1")),
                 QUrl(QStringLiteral("https://contoso.vault.azure.net")));
        QVERIFY(
            ConnectionSpec::normalizeVaultUrl(QStringLiteral("http://contoso.example")).isEmpty());
        QVERIFY(ConnectionSpec::normalizeVaultUrl(QString()).isEmpty());
    }

private:
    QString field(const char *name) const {
        return m_vault.connection().value(QLatin1String(name)).toString();
    }

    void addCertificate(const QString &name, bool exportable) {
        const QJsonObject policy{
            {QStringLiteral("key_props"),
             QJsonObject{{QStringLiteral("exportable"), exportable},
                         {QStringLiteral("kty"), QStringLiteral("EC")},
                         {QStringLiteral("crv"), QStringLiteral("P-256")}}},
            {QStringLiteral("x509_props"),
             QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=") + name}}},
            {QStringLiteral("issuer"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Self")}}}};
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/%1/create").arg(name),
                              {{QStringLiteral("policy"), policy}})
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_vault.request("GET", QStringLiteral("/certificates/%1").arg(name)).status, 200,
            20000);
    }

    AddVaultDialog *openAddVaultDialog() {
        QAction *add = findAction(QStringLiteral("&Add Azure vault…"));
        if (!add)
            return nullptr;
        add->trigger();
        return m_window->lastAddVaultDialog();
    }

    void fillApplicationCredential(AddVaultDialog *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("CredentialKind"));
        kind->setCurrentIndex(kind->findData(int(CredentialKind::ClientSecret)));
        dialog->findChild<QLineEdit *>(QStringLiteral("TenantId"))->setText(field("tenantId"));
        dialog->findChild<QLineEdit *>(QStringLiteral("ClientId"))->setText(field("clientId"));
        dialog->findChild<QLineEdit *>(QStringLiteral("Secret"))->setText(field("clientSecret"));
        // The local vault is its own sign-in authority and Resource Manager, like a sovereign
        // cloud would be.
        for (auto *group : dialog->findChildren<QGroupBox *>()) {
            if (group->isCheckable())
                group->setChecked(true);
        }
        dialog->findChild<QLineEdit *>(QStringLiteral("AuthorityHost"))
            ->setText(field("authorityHost"));
        dialog->findChild<QLineEdit *>(QStringLiteral("ArmEndpoint"))->setText(field("armBaseUrl"));
    }

    QPushButton *okButton(AddVaultDialog *dialog) {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    QAction *findAction(const QString &text) {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

    LocalVaultFixture m_vault;
    MemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(ConnectionsTest)
#include "tst_connections.moc"
