#include "apim_page.h"

#include "apim_backend_dialog.h"
#include "apim_backend_model.h"
#include "apim_certificate_model.h"
#include "apim_hostname_model.h"
#include "certificate_list_model.h"
#include "key_vault_certificate_picker.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace certdeck::gui {

namespace {

QTableView *makeApimTable(QWidget *parent, QAbstractItemModel *model, int sortRole) {
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString selectedValue(const QTableView *view, int role) {
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(role).toString() : QString();
}

bool isPfxPath(const QString &path) {
    return path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive);
}

QStringList pfxFilesOf(const QMimeData *mime) {
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && isPfxPath(url.toLocalFile()))
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

ApimPage::ApimPage(models::CertificateListModel *vaultCertificates, QWidget *parent)
    : QWidget(parent)
    , m_vaultCertificates(vaultCertificates)
    , m_prompt([this](const QString &file, bool retry, QString *password) {
        return askPfxPassword(this, file, retry, password);
    })
    , m_certificateModel(new models::ApimCertificateModel(this))
    , m_backendModel(new models::ApimBackendModel(this))
    , m_hostnameModel(new models::ApimHostnameModel(this))
    , m_title(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("ApimPage"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setWordWrap(true);
    m_reload = new QPushButton(this);
    connect(m_reload, &QPushButton::clicked, this, &ApimPage::reload);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_identity);
    layout->addWidget(m_busy);
    m_tabs->addTab(createCertificatesTab(), QString());
    m_tabs->addTab(createBackendsTab(), QString());
    m_tabs->addTab(createCustomDomainsTab(), QString());
    layout->addWidget(m_tabs, 1);
    retranslate();
    setBusy(QString());
}

ApimPage::~ApimPage() = default;

QWidget *ApimPage::createCertificatesTab() {
    auto *tab = new QWidget(m_tabs);
    m_certificateView =
        makeApimTable(tab, m_certificateModel, models::ApimCertificateModel::SortRole);
    m_certificateView->setObjectName(QStringLiteral("ApimCertificateView"));
    m_certificateView->setAcceptDrops(true);
    m_certificateView->viewport()->setAcceptDrops(true);
    m_certificateView->viewport()->installEventFilter(this);
    m_dropHint = new QLabel(tab);
    m_dropHint->setWordWrap(true);
    m_upload = new QPushButton(tab);
    m_fromKeyVault = new QPushButton(tab);
    m_copyThumbprint = new QPushButton(tab);
    m_delete = new QPushButton(tab);
    connect(m_upload, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Upload client certificate"), QString(), tr("PFX files (*.pfx *.p12)"));
        uploadFiles(files);
    });
    connect(m_fromKeyVault, &QPushButton::clicked, this, &ApimPage::addCertificateFromKeyVault);
    connect(m_copyThumbprint, &QPushButton::clicked, this, &ApimPage::copySelectedThumbprint);
    connect(m_delete, &QPushButton::clicked, this,
            [this] { deleteCertificate(selectedCertificate()); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_upload, m_fromKeyVault, m_copyThumbprint, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_certificateView, 1);
    layout->addWidget(m_dropHint);
    layout->addLayout(buttons);
    return tab;
}

QWidget *ApimPage::createBackendsTab() {
    auto *tab = new QWidget(m_tabs);
    m_backendView = makeApimTable(tab, m_backendModel, models::ApimBackendModel::SortRole);
    m_editBackend = new QPushButton(tab);
    connect(m_editBackend, &QPushButton::clicked, this, [this] { editBackend(selectedBackend()); });
    connect(m_backendView, &QTableView::doubleClicked, this,
            [this] { editBackend(selectedBackend()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_editBackend);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_backendView, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *ApimPage::createCustomDomainsTab() {
    auto *tab = new QWidget(m_tabs);
    m_hostnameView = makeApimTable(tab, m_hostnameModel, models::ApimHostnameModel::SortRole);
    m_addDomain = new QPushButton(tab);
    m_diagnose = new QPushButton(tab);
    m_diagnose->setObjectName(QStringLiteral("DiagnoseButton"));
    connect(m_addDomain, &QPushButton::clicked, this, &ApimPage::addCustomDomain);
    connect(m_diagnose, &QPushButton::clicked, this,
            [this] { diagnoseHostname(selectedHostname()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addDomain);
    buttons->addWidget(m_diagnose);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_hostnameView, 1);
    layout->addLayout(buttons);
    return tab;
}

void ApimPage::retranslate() {
    m_tabs->setTabText(CertificatesTab, tr("Client certificates"));
    m_tabs->setTabText(BackendsTab, tr("Back ends"));
    m_tabs->setTabText(CustomDomainsTab, tr("Custom domains"));
    m_reload->setText(tr("&Reload"));
    m_dropHint->setText(tr("Drop a .pfx file on the list to upload it as a client certificate."));
    m_upload->setText(tr("&Upload .pfx…"));
    m_fromKeyVault->setText(tr("From &Key Vault…"));
    m_copyThumbprint->setText(tr("Copy &thumbprint"));
    m_delete->setText(tr("&Delete…"));
    m_editBackend->setText(tr("&Edit back end…"));
    m_addDomain->setText(tr("&Add custom domain from Key Vault…"));
    m_diagnose->setText(tr("D&iagnose"));
    m_certificateView->setAccessibleName(tr("Client certificates"));
    m_backendView->setAccessibleName(tr("Back ends"));
    m_hostnameView->setAccessibleName(tr("Custom domains"));
    m_title->setText(m_service.name.isEmpty()
                         ? tr("API Management")
                         : tr("API Management service “%1”").arg(m_service.name));
    showIdentity();
}

void ApimPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApimPage::showIdentity() {
    if (m_service.name.isEmpty()) {
        m_identity->clear();
        return;
    }
    const bool on = m_service.identity && m_service.identity->hasSystemAssigned() &&
                    !m_service.identity->principalId.isEmpty();
    m_identity->setText(on ? tr("System-assigned managed identity: on (object ID %1)")
                                 .arg(m_service.identity->principalId)
                           : tr("System-assigned managed identity: off. API Management cannot read "
                                "certificates from Key Vault without it."));
}

void ApimPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

void ApimPage::setBusy(const QString &message) {
    m_busy->setText(message);
    m_busy->setVisible(!message.isEmpty());
}

QList<VaultSession *> ApimPage::sessions() const {
    return m_sessions ? m_sessions() : QList<VaultSession *>();
}

void ApimPage::setService(VaultSession *session, const QString &serviceId) {
    if (session == m_session && serviceId == m_serviceId && !m_service.name.isEmpty())
        return;
    m_session = session;
    m_serviceId = serviceId;
    m_service = vault::ApimService();
    m_certificateModel->clear();
    m_backendModel->clear();
    m_hostnameModel->clear();
    retranslate();
    reload();
}

template <typename T>
void ApimPage::load(client::Reply<T> *reply, std::function<void(const T &)> keep) {
    ++m_pendingLoads;
    const int generation = m_generation;
    connect(reply, &client::ServiceReply::finished, this, [this, reply, keep, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // another service was chosen meanwhile
        --m_pendingLoads;
        if (reply->hasError() && !m_loadFailed) {
            m_loadFailed = true;
            emit failed(tr("The API Management service could not be read."), reply->error());
        } else if (!reply->hasError()) {
            keep(reply->value());
        }
        if (m_pendingLoads == 0)
            publish();
    });
}

void ApimPage::reload() {
    if (!m_session || m_serviceId.isEmpty())
        return;
    ++m_generation;
    m_pendingLoads = 0;
    m_loadFailed = false;
    setBusy(tr("Loading the API Management service…"));
    client::ApimClient *apim = m_session->apim();
    load<vault::ApimService>(apim->getService(m_serviceId),
                             [this](const vault::ApimService &s) { m_service = s; });
    load<QList<vault::ApimCertificate>>(
        apim->listCertificates(m_serviceId),
        [this](const QList<vault::ApimCertificate> &c) { m_certificates = c; });
    load<QList<vault::ApimBackend>>(apim->listBackends(m_serviceId),
                                    [this](const QList<vault::ApimBackend> &b) { m_backends = b; });
    load<QList<vault::ApimApi>>(apim->listApis(m_serviceId),
                                [this](const QList<vault::ApimApi> &a) { m_apis = a; });
}

void ApimPage::publish() {
    setBusy(QString());
    m_certificateModel->setContent(m_certificates, m_backends, m_apis);
    m_backendModel->setContent(m_backends, m_apis);
    m_hostnameModel->setHostnames(
        m_service.hostnameConfigurations.value_or(QList<vault::HostnameConfiguration>()));
    for (QTableView *view : {m_certificateView, m_backendView, m_hostnameView})
        view->resizeColumnsToContents();
    retranslate();
    emit loaded();
}

QString ApimPage::selectedCertificate() const {
    return selectedValue(m_certificateView, models::ApimCertificateModel::NameRole);
}

QString ApimPage::selectedBackend() const {
    return selectedValue(m_backendView, models::ApimBackendModel::NameRole);
}

QString ApimPage::selectedHostname() const {
    return selectedValue(m_hostnameView, models::ApimHostnameModel::HostNameRole);
}

QMessageBox *ApimPage::question(const QString &title, const QString &text, const QString &details) {
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("ApimQuestion"));
    box->setInformativeText(details);
    m_lastQuestion = box;
    return box;
}

bool ApimPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_certificateView->viewport())
        return QWidget::eventFilter(watched, event);
    // Accept only .pfx/.p12, so the cursor tells the truth before the drop.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (m_session && !pfxFilesOf(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        drag->ignore();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = pfxFilesOf(drop->mimeData());
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        uploadFiles(files);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// --- client certificates -------------------------------------------------------------------

void ApimPage::uploadFiles(const QStringList &paths) {
    if (!m_session || paths.isEmpty())
        return;
    uploadNext(paths);
}

void ApimPage::uploadNext(QStringList paths) {
    if (paths.isEmpty())
        return;
    const QString path = paths.takeFirst();
    auto *dialog = new ApimUploadDialog(m_session->apim(), m_serviceId, path, m_prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApimUploadDialog::failed, this, &ApimPage::failed);
    connect(dialog, &ApimUploadDialog::uploaded, this,
            [this](const vault::ApimCertificate &certificate, bool selfSigned) {
                if (selfSigned)
                    m_selfSigned.insert(certificate.thumbprint.toUpper());
                emit statusMessage(tr("Client certificate “%1” uploaded, thumbprint %2.")
                                       .arg(certificate.name, certificate.thumbprint));
                reload();
            });
    connect(dialog, &QDialog::finished, this, [this, paths] { uploadNext(paths); });
    m_lastDialog = dialog;
    dialog->open();
}

void ApimPage::addCertificateFromKeyVault() {
    if (!m_session)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Client certificate from Key Vault"));
    auto *picker = new KeyVaultCertificatePicker(m_vaultCertificates, sessions(), dialog);
    auto *id = new QLineEdit(dialog);
    id->setAccessibleName(tr("Certificate ID"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(picker, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Certificate &ID:"), id);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("API Management reads the certificate with its "
                                    "system-assigned managed identity, which needs the “Get” "
                                    "secret permission on the vault."),
                                 dialog));
    layout->addWidget(buttons);
    connect(picker, &KeyVaultCertificatePicker::selectionChanged, dialog,
            [picker, id] { id->setText(picker->certificateName()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, picker, id] {
        if (!picker->hasSelection() || id->text().trimmed().isEmpty())
            return;
        const QString certificateId = id->text().trimmed();
        const QString secret = picker->secretIdentifier();
        checkThenApply(picker->vaultSession(),
                       tr("Adding the client certificate would fail: the vault would answer API "
                          "Management with “Forbidden”."),
                       [this, certificateId, secret](const vault::ApimService &) {
                           createFromKeyVault(certificateId, secret);
                       });
        dialog->accept();
    });
    m_lastDialog = dialog;
    dialog->open();
}

void ApimPage::createFromKeyVault(const QString &id, const QString &secretIdentifier) {
    setBusy(tr("Adding “%1” from Key Vault…").arg(id));
    auto *reply =
        m_session->apim()->createCertificateFromKeyVault(m_serviceId, id, secretIdentifier);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        setBusy(QString());
        if (reply->hasError())
            return emit failed(tr("“%1” could not be added from Key Vault.").arg(id),
                               reply->error());
        emit statusMessage(
            tr("Client certificate “%1” added, thumbprint %2.").arg(id, reply->value().thumbprint));
        reload();
    });
}

void ApimPage::copySelectedThumbprint() {
    const QString thumbprint =
        selectedValue(m_certificateView, models::ApimCertificateModel::ThumbprintRole);
    if (thumbprint.isEmpty())
        return;
    QApplication::clipboard()->setText(thumbprint);
    emit statusMessage(tr("Thumbprint %1 copied.").arg(thumbprint));
}

void ApimPage::deleteCertificate(const QString &certificateId) {
    const int row = m_certificateModel->rowOf(certificateId);
    if (!m_session || row < 0)
        return;
    const models::ApimCertificateUsers users = m_certificateModel->usersAt(row);
    if (users.isEmpty())
        return confirmDelete(certificateId);
    const QString apis = users.apis.isEmpty() ? tr("none") : users.apis.join(QStringLiteral(", "));
    QMessageBox *box = question(
        tr("Delete client certificate"),
        tr("“%1” is in use, and API Management refuses to delete a certificate that is in use.")
            .arg(certificateId),
        tr("Back ends presenting it: %1\nAPIs routed through them: %2\n\nDetach it from these "
           "back ends first? Their calls then go out without a client certificate.")
            .arg(users.backends.join(QStringLiteral(", ")), apis));
    QPushButton *detach = box->addButton(tr("&Detach and delete"), QMessageBox::DestructiveRole);
    detach->setObjectName(QStringLiteral("DetachButton"));
    box->addButton(QMessageBox::Cancel);
    connect(detach, &QPushButton::clicked, this,
            [this, certificateId, users] { detachAndDelete(certificateId, users.backends); });
    box->open();
}

void ApimPage::confirmDelete(const QString &certificateId) {
    QMessageBox *box =
        question(tr("Delete client certificate"),
                 tr("Delete the client certificate “%1” from API Management?").arg(certificateId),
                 QString());
    box->setStandardButtons(QMessageBox::Yes | QMessageBox::No);
    connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, this,
            [this, certificateId] { sendDelete(certificateId); });
    box->open();
}

void ApimPage::detachAndDelete(const QString &certificateId, QStringList backends) {
    if (backends.isEmpty())
        return sendDelete(certificateId);
    const QString name = backends.takeFirst();
    vault::ApimBackend backend = m_backendModel->backendAt(m_backendModel->rowOf(name));
    QStringList ids = backend.certificateIds.value_or(QStringList());
    ids.removeIf([&certificateId](const QString &id) {
        return vault::certificateIdName(id).compare(certificateId, Qt::CaseInsensitive) == 0;
    });
    backend.certificateIds = ids;
    setBusy(tr("Detaching “%1” from the back end “%2”…").arg(certificateId, name));
    auto *reply = m_session->apim()->createOrUpdateBackend(m_serviceId, backend);
    connect(
        reply, &client::ServiceReply::finished, this, [this, reply, certificateId, backends, name] {
            reply->deleteLater();
            if (!reply->hasError())
                return detachAndDelete(certificateId, backends);
            setBusy(QString());
            emit failed(
                tr("“%1” could not be detached from the back end “%2”.").arg(certificateId, name),
                reply->error());
            reload();
        });
}

void ApimPage::sendDelete(const QString &certificateId) {
    setBusy(tr("Deleting “%1”…").arg(certificateId));
    auto *reply = m_session->apim()->deleteCertificate(m_serviceId, certificateId);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, certificateId] {
        reply->deleteLater();
        setBusy(QString());
        if (reply->hasError())
            emit failed(tr("“%1” could not be deleted.").arg(certificateId), reply->error());
        else
            emit statusMessage(tr("Client certificate “%1” deleted.").arg(certificateId));
        reload();
    });
}

// --- back ends ---------------------------------------------------------------------------------

QSet<QString> ApimPage::knownSelfSigned() const {
    // Certificates uploaded from here, and any a connected vault holds with issuer == subject.
    QSet<QString> result = m_selfSigned;
    for (int row = 0; m_vaultCertificates && row < m_vaultCertificates->rowCount(); ++row) {
        const QModelIndex index = m_vaultCertificates->index(row, 0);
        const QString subject = index.data(models::CertificateListModel::SubjectRole).toString();
        if (!subject.isEmpty() &&
            subject == index.data(models::CertificateListModel::IssuerRole).toString())
            result.insert(
                index.data(models::CertificateListModel::Sha1ThumbprintRole).toString().toUpper());
    }
    return result;
}

void ApimPage::editBackend(const QString &backendId) {
    const int row = m_backendModel->rowOf(backendId);
    if (!m_session || row < 0)
        return;
    auto *dialog = new ApimBackendDialog(m_backendModel->backendAt(row), m_certificates,
                                         knownSelfSigned(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveBackend(dialog->backend()); });
    m_lastDialog = dialog;
    dialog->open();
}

void ApimPage::saveBackend(const vault::ApimBackend &backend) {
    setBusy(tr("Saving the back end “%1”…").arg(backend.name));
    auto *reply = m_session->apim()->createOrUpdateBackend(m_serviceId, backend);
    connect(reply, &client::ServiceReply::finished, this, [this, reply, name = backend.name] {
        reply->deleteLater();
        setBusy(QString());
        if (reply->hasError())
            emit failed(tr("The back end “%1” could not be saved.").arg(name), reply->error());
        else
            emit statusMessage(tr("Back end “%1” saved.").arg(name));
        reload();
    });
}

} // namespace certdeck::gui
