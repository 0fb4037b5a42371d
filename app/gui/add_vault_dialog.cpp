#include "add_vault_dialog.h"

#include "arm_client.h"
#include "credential_factory.h"
#include "device_code_credential.h"
#include "http_pipeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdeck::gui {

namespace {

constexpr int resourceIdRole = Qt::UserRole + 1;
constexpr int vaultUriRole = Qt::UserRole + 2;

} // namespace

AddVaultDialog::AddVaultDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("AddVaultDialog"));
    auto *layout = new QVBoxLayout(this);
    m_byUrl = new QRadioButton(this);
    m_byUrl->setObjectName(QStringLiteral("ByUrl"));
    m_byUrl->setChecked(true);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("VaultUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://contoso.vault.azure.net"));
    m_byBrowsing = new QRadioButton(this);
    m_byBrowsing->setObjectName(QStringLiteral("ByBrowsing"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("BrowseButton"));
    m_vaults = new QTreeWidget(this);
    m_vaults->setObjectName(QStringLiteral("VaultTree"));
    m_vaults->setColumnCount(3);
    m_vaults->header()->setStretchLastSection(true);
    m_vaults->setMinimumHeight(160);
    auto *browseRow = new QHBoxLayout;
    browseRow->addWidget(m_byBrowsing, 1);
    browseRow->addWidget(m_browse);
    layout->addWidget(m_byUrl);
    layout->addWidget(m_url);
    layout->addLayout(browseRow);
    layout->addWidget(m_vaults, 1);
    layout->addWidget(createCredentialGroup());
    layout->addWidget(createAdvancedGroup());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_status->setOpenExternalLinks(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &AddVaultDialog::browse);
    for (QLineEdit *edit : {m_url, m_tenant, m_clientId, m_secret, m_certificatePath})
        connect(edit, &QLineEdit::textChanged, this, &AddVaultDialog::updateForm);
    connect(m_byUrl, &QRadioButton::toggled, this, &AddVaultDialog::updateForm);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        resetBrowser();
        updateForm();
    });
    connect(m_vaults, &QTreeWidget::itemChanged, this, &AddVaultDialog::updateForm);
    retranslate();
    updateForm();
    resize(640, 640);
}

AddVaultDialog::~AddVaultDialog() = default;

QWidget *AddVaultDialog::createCredentialGroup() {
    m_credentialGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_credentialGroup);
    const auto row = [this, form](const char *source, QWidget *field) {
        auto *label = new QLabel(m_credentialGroup);
        label->setBuddy(field);
        m_labels.append({label, source});
        form->addRow(label, field);
    };
    m_kind = new QComboBox(m_credentialGroup);
    m_kind->setObjectName(QStringLiteral("CredentialKind"));
    for (int kind = int(CredentialKind::AzureCli); kind <= int(CredentialKind::ClientCertificate);
         ++kind)
        m_kind->addItem(QString(), kind);
    row(QT_TR_NOOP("Sign in with"), m_kind);
    m_kindHint = new QLabel(m_credentialGroup);
    m_kindHint->setWordWrap(true);
    form->addRow(m_kindHint);
    m_tenant = new QLineEdit(m_credentialGroup);
    m_tenant->setObjectName(QStringLiteral("TenantId"));
    row(QT_TR_NOOP("Tenant (directory) ID"), m_tenant);
    m_clientId = new QLineEdit(m_credentialGroup);
    m_clientId->setObjectName(QStringLiteral("ClientId"));
    row(QT_TR_NOOP("Application (client) ID"), m_clientId);
    m_secret = new QLineEdit(m_credentialGroup);
    m_secret->setObjectName(QStringLiteral("Secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    row(QT_TR_NOOP("Client secret or certificate password"), m_secret);
    m_certificatePath = new QLineEdit(m_credentialGroup);
    m_certificatePath->setObjectName(QStringLiteral("CertificatePath"));
    m_chooseCertificate = new QPushButton(m_credentialGroup);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificatePath, 1);
    certificateRow->addWidget(m_chooseCertificate);
    auto *certificateField = new QWidget(m_credentialGroup);
    certificateField->setLayout(certificateRow);
    certificateRow->setContentsMargins(0, 0, 0, 0);
    row(QT_TR_NOOP("Client certificate (.pfx or .pem)"), certificateField);
    connect(m_chooseCertificate, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Client certificate"), QString(),
                                         tr("Certificates with keys (*.pfx *.p12 *.pem)"));
        if (!file.isEmpty())
            m_certificatePath->setText(file);
    });
    m_remember = new QCheckBox(m_credentialGroup);
    m_remember->setChecked(true);
    form->addRow(m_remember);
    return m_credentialGroup;
}

QWidget *AddVaultDialog::createAdvancedGroup() {
    m_advancedGroup = new QGroupBox(this);
    m_advancedGroup->setCheckable(true);
    m_advancedGroup->setChecked(false);
    auto *form = new QFormLayout(m_advancedGroup);
    m_authority = new QLineEdit(ConnectionSpec().authorityHost, m_advancedGroup);
    m_authority->setObjectName(QStringLiteral("AuthorityHost"));
    m_arm = new QLineEdit(ConnectionSpec().armBaseUrl.toString(), m_advancedGroup);
    m_arm->setObjectName(QStringLiteral("ArmEndpoint"));
    for (const auto &[source, field] :
         {std::pair<const char *, QLineEdit *>{QT_TR_NOOP("Sign-in authority"), m_authority},
          {QT_TR_NOOP("Resource Manager endpoint"), m_arm}}) {
        auto *label = new QLabel(m_advancedGroup);
        label->setBuddy(field);
        m_labels.append({label, source});
        form->addRow(label, field);
    }
    // Hidden fields would keep their values but confuse: show them only when asked for.
    const auto showFields = [this](bool on) {
        for (QWidget *child : m_advancedGroup->findChildren<QWidget *>())
            child->setVisible(on);
    };
    connect(m_advancedGroup, &QGroupBox::toggled, this, showFields);
    showFields(false);
    return m_advancedGroup;
}

void AddVaultDialog::retranslate() {
    setWindowTitle(tr("Add Azure key vaults"));
    m_byUrl->setText(tr("Add a vault by its URL (an access policy on that vault is enough)"));
    m_byBrowsing->setText(tr("Sign in and choose from your subscriptions"));
    m_browse->setText(tr("Sign in and list vaults"));
    m_vaults->setHeaderLabels({tr("Vault"), tr("Resource group"), tr("Location")});
    m_credentialGroup->setTitle(tr("Microsoft Entra ID sign-in"));
    const QStringList kinds{tr("Azure CLI (the account of “az login”)"),
                            tr("Device code (sign in with a browser on any device)"),
                            tr("Application with a client secret"),
                            tr("Application with a client certificate")};
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i, kinds[i]);
    m_chooseCertificate->setText(tr("Choose…"));
    m_remember->setText(tr("Remember the secret in the system keychain"));
    m_advancedGroup->setTitle(tr("Other cloud or sign-in authority"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    for (const auto &[label, source] : std::as_const(m_labels))
        label->setText(tr(source));
    updateForm();
}

void AddVaultDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddVaultDialog::updateForm() {
    const auto kind = CredentialKind(m_kind->currentData().toInt());
    const bool isApplication =
        kind == CredentialKind::ClientSecret || kind == CredentialKind::ClientCertificate;
    m_url->setEnabled(m_byUrl->isChecked());
    m_vaults->setEnabled(m_byBrowsing->isChecked());
    m_browse->setEnabled(m_byBrowsing->isChecked() && m_listingsInFlight == 0);
    m_clientId->setEnabled(kind != CredentialKind::AzureCli); // az signs in with its own app
    m_secret->setEnabled(isApplication);
    m_remember->setEnabled(isApplication);
    m_certificatePath->setEnabled(kind == CredentialKind::ClientCertificate);
    m_chooseCertificate->setEnabled(kind == CredentialKind::ClientCertificate);
    m_clientId->setPlaceholderText(kind == CredentialKind::DeviceCode
                                       ? tr("optional: Azure CLI's public client by default")
                                       : QString());
    m_tenant->setPlaceholderText(isApplication ? QString() : tr("optional: your home tenant"));
    switch (kind) {
    case CredentialKind::AzureCli:
        m_kindHint->setText(tr("Uses the account you signed in with “az login”; nothing is "
                               "stored by Certdeck."));
        break;
    case CredentialKind::DeviceCode:
        m_kindHint->setText(tr("Certdeck shows a code; enter it at the address it gives, in any "
                               "browser, and sign in there."));
        break;
    default:
        m_kindHint->setText(tr("A service principal (app registration) with its own access to "
                               "the vault."));
    }
    const QString problem = validationError();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(problem);
}

QString AddVaultDialog::validationError() const {
    const ConnectionSpec spec = credentialSpec();
    if (spec.credential == CredentialKind::ClientSecret ||
        spec.credential == CredentialKind::ClientCertificate) {
        if (spec.tenantId.isEmpty() || spec.clientId.isEmpty())
            return tr("An application signs in with its tenant ID and application (client) ID.");
        if (spec.credential == CredentialKind::ClientSecret && m_secret->text().isEmpty())
            return tr("Enter the application's client secret.");
        if (spec.credential == CredentialKind::ClientCertificate && spec.certificatePath.isEmpty())
            return tr("Choose the application's certificate file.");
    }
    if (m_byUrl->isChecked() && ConnectionSpec::normalizeVaultUrl(m_url->text()).isEmpty())
        return tr("Enter the vault's URL, e.g. https://contoso.vault.azure.net.");
    if (m_byBrowsing->isChecked() && connections().isEmpty())
        return tr("Sign in and tick at least one vault.");
    return {};
}

ConnectionSpec AddVaultDialog::credentialSpec() const {
    ConnectionSpec spec;
    spec.credential = CredentialKind(m_kind->currentData().toInt());
    spec.tenantId = m_tenant->text().trimmed();
    spec.clientId = m_clientId->text().trimmed();
    if (spec.credential == CredentialKind::ClientCertificate)
        spec.certificatePath = m_certificatePath->text().trimmed();
    if (m_advancedGroup->isChecked()) {
        spec.authorityHost = m_authority->text().trimmed();
        spec.armBaseUrl = QUrl(m_arm->text().trimmed());
    }
    return spec;
}

QList<ConnectionSpec> AddVaultDialog::connections() const {
    QList<ConnectionSpec> result;
    const ConnectionSpec base = credentialSpec();
    if (m_byUrl->isChecked()) {
        ConnectionSpec spec = base;
        spec.vaultUrl = ConnectionSpec::normalizeVaultUrl(m_url->text());
        spec.displayName = ConnectionSpec::nameFromUrl(spec.vaultUrl);
        if (spec.vaultUrl.isValid())
            result.append(spec);
        return result;
    }
    for (int i = 0; i < m_vaults->topLevelItemCount(); ++i) {
        QTreeWidgetItem *subscription = m_vaults->topLevelItem(i);
        for (int v = 0; v < subscription->childCount(); ++v) {
            QTreeWidgetItem *item = subscription->child(v);
            if (item->checkState(0) != Qt::Checked)
                continue;
            ConnectionSpec spec = base;
            spec.vaultUrl = QUrl(item->data(0, vaultUriRole).toString());
            spec.vaultResourceId = item->data(0, resourceIdRole).toString();
            spec.displayName = item->text(0);
            result.append(spec);
        }
    }
    return result;
}

QString AddVaultDialog::secret() const {
    const auto kind = CredentialKind(m_kind->currentData().toInt());
    return credentialNeedsSecret(kind) ? m_secret->text() : QString();
}

bool AddVaultDialog::rememberSecret() const {
    return m_remember->isEnabled() && m_remember->isChecked();
}

void AddVaultDialog::resetBrowser() {
    m_vaults->clear();
    m_armClient = nullptr;
    delete m_pipeline;
    m_pipeline = nullptr;
    m_credential.reset();
    m_listingsInFlight = 0;
}

void AddVaultDialog::showStatus(const QString &text, bool problem) {
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::BrightText : QPalette::WindowText);
}

void AddVaultDialog::browse() {
    resetBrowser();
    QString error;
    m_credential = makeCredential(credentialSpec(), m_secret->text(), &m_network, &error);
    if (!m_credential)
        return showStatus(error, true);
    if (auto *deviceCode = qobject_cast<client::DeviceCodeCredential *>(m_credential.get()))
        connect(deviceCode, &client::DeviceCodeCredential::userActionRequired, this,
                [this](const QString &, const QUrl &, const QString &message) {
                    showStatus(message, false);
                });
    m_pipeline = new client::HttpPipeline(m_credential.get(), this);
    m_armClient = new client::ArmClient(m_pipeline, m_pipeline);
    m_armClient->setBaseUrl(credentialSpec().armBaseUrl);
    showStatus(tr("Signing in and listing subscriptions…"), false);
    ++m_listingsInFlight;
    updateForm();
    auto *reply = m_armClient->listSubscriptions();
    connect(reply, &client::ServiceReply::finished, this, [this, reply] {
        reply->deleteLater();
        --m_listingsInFlight;
        if (reply->hasError()) {
            updateForm();
            return showStatus(tr("Signing in or listing subscriptions failed: %1")
                                  .arg(reply->error().explanation()),
                              true);
        }
        if (reply->value().isEmpty())
            showStatus(tr("This identity sees no subscriptions. Add the vault by its URL "
                          "instead."),
                       true);
        for (const client::Subscription &subscription : reply->value())
            listVaults(subscription.subscriptionId, subscription.displayName);
        updateForm();
    });
}

void AddVaultDialog::listVaults(const QString &subscriptionId, const QString &subscriptionName) {
    auto *subscription = new QTreeWidgetItem(m_vaults, {subscriptionName});
    subscription->setFirstColumnSpanned(true);
    subscription->setExpanded(true);
    ++m_listingsInFlight;
    auto *reply = m_armClient->listVaults(subscriptionId);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, subscription] {
        reply->deleteLater();
        --m_listingsInFlight;
        if (reply->hasError()) {
            auto *problem = new QTreeWidgetItem(subscription, {reply->error().explanation()});
            problem->setFirstColumnSpanned(true);
        }
        for (const vault::VaultResource &resource : reply->value()) {
            const QString group = resource.id.section(QLatin1Char('/'), 4, 4);
            auto *item =
                new QTreeWidgetItem(subscription, {resource.name, group, resource.location});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setData(0, resourceIdRole, resource.id);
            item->setData(0, vaultUriRole, resource.vaultUri);
        }
        if (m_listingsInFlight == 0)
            showStatus(tr("Tick the vaults to add."), false);
        updateForm();
    });
}

} // namespace certdeck::gui
