#include "apim_upload_dialog.h"

#include "certificate_reader.h"
#include "import_dialog.h"
#include "locale_format.h"
#include "openssl_support.h"
#include "pkcs12.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace certdeck::gui {

namespace {
constexpr int maxCertificateIdLength = 80;
}

bool askPfxPassword(QWidget *parent, const QString &fileName, bool retry, QString *password) {
    bool ok = false;
    const QString label =
        retry ? ApimUploadDialog::tr("The password for %1 is wrong. Try again:").arg(fileName)
              : ApimUploadDialog::tr("Password for %1 (leave empty if it has none):").arg(fileName);
    *password = QInputDialog::getText(parent, ApimUploadDialog::tr("PFX password"), label,
                                      QLineEdit::Password, QString(), &ok);
    return ok;
}

ApimUploadDialog::ApimUploadDialog(client::ApimClient *apim, QString serviceId, const QString &path,
                                   PasswordPrompt prompt, QWidget *parent)
    : QDialog(parent)
    , m_apim(apim)
    , m_serviceId(std::move(serviceId))
    , m_summary(new QLabel(this))
    , m_thumbprintField(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setWindowTitle(tr("Upload client certificate"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_thumbprintField->setReadOnly(true);
    m_thumbprintField->setAccessibleName(tr("Thumbprint"));
    m_id->setAccessibleName(tr("Certificate ID"));
    m_id->setMaxLength(maxCertificateIdLength);
    m_id->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[^*#&+:<>?/]+")), m_id));
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("CopyThumbprintButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_thumbprintField->text()); });
    auto *thumbprintRow = new QHBoxLayout;
    thumbprintRow->addWidget(m_thumbprintField, 1);
    thumbprintRow->addWidget(copy);
    auto *form = new QFormLayout;
    form->addRow(tr("Certificate:"), m_summary);
    form->addRow(tr("Thumbprint:"), thumbprintRow);
    form->addRow(tr("Certificate &ID:"), m_id);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    m_upload = m_buttons->addButton(tr("&Upload"), QDialogButtonBox::AcceptRole);
    m_upload->setObjectName(QStringLiteral("UploadButton"));
    connect(m_upload, &QPushButton::clicked, this, &ApimUploadDialog::upload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    readFile(path, prompt);
    showContent();
    resize(620, 260);
}

ApimUploadDialog::~ApimUploadDialog() {
    crypto::cleanse(m_password);
}

void ApimUploadDialog::readFile(const QString &path, const PasswordPrompt &prompt) {
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("The file %1 cannot be read.").arg(fileName);
        return;
    }
    m_pfx = file.readAll();
    if (crypto::detectFileKind(m_pfx) != crypto::FileKind::Pkcs12) {
        m_problem = tr("%1 is not a .pfx file. API Management client certificates must be "
                       "uploaded as .pfx with their private key.")
                        .arg(fileName);
        return;
    }
    for (bool retry = false;; retry = true) {
        QString password;
        if (!prompt(fileName, retry, &password)) {
            m_problem = tr("Not uploaded: no password given for %1.").arg(fileName);
            return;
        }
        QByteArray secret = password.toUtf8();
        password.fill(QLatin1Char('\0'));
        auto bundle = crypto::readPkcs12(m_pfx, secret);
        if (bundle) {
            m_password = secret;
            const crypto::Certificate &leaf = bundle->certificate;
            m_subject = leaf.subject();
            m_thumbprint = QString::fromLatin1(leaf.sha1Thumbprint().toHex().toUpper());
            m_expires = localizedDateTime(leaf.notAfter(), QLocale::ShortFormat);
            m_selfSigned = leaf.isSelfIssued() && leaf.isSignedBy(leaf);
            m_id->setText(
                ImportDialog::proposedName(leaf.commonName(), path).left(maxCertificateIdLength));
            return;
        }
        crypto::cleanse(secret);
        if (bundle.error().code != crypto::CryptoErrorCode::WrongPassword) {
            m_problem =
                tr("The .pfx file is damaged or unsupported: %1").arg(bundle.error().message);
            return;
        }
    }
}

void ApimUploadDialog::showContent() {
    m_upload->setEnabled(isReady());
    m_id->setEnabled(isReady());
    if (!isReady()) {
        m_status->setText(m_problem);
        return;
    }
    m_summary->setText(m_selfSigned ? tr("%1, expires %2 (self-signed)").arg(m_subject, m_expires)
                                    : tr("%1, expires %2").arg(m_subject, m_expires));
    m_thumbprintField->setText(m_thumbprint);
    m_status->setText(tr("Note the thumbprint: APIs choose their gateway certificate by it."));
}

void ApimUploadDialog::setCertificateId(const QString &id) {
    m_id->setText(id);
}

void ApimUploadDialog::upload() {
    if (!isReady() || m_reply || m_id->text().trimmed().isEmpty())
        return;
    m_upload->setEnabled(false);
    m_status->setText(tr("Uploading…"));
    auto *reply =
        m_apim->createCertificateFromPfx(m_serviceId, m_id->text().trimmed(), m_pfx, m_password);
    m_reply = reply;
    connect(reply, &client::ServiceReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->hasError()) {
            m_upload->setEnabled(true);
            m_status->setText(tr("Not uploaded."));
            return emit failed(tr("The client certificate could not be uploaded."), reply->error());
        }
        onUploaded(reply->value());
    });
}

void ApimUploadDialog::onUploaded(const vault::ApimCertificate &certificate) {
    crypto::cleanse(m_password);
    m_password.clear();
    m_thumbprintField->setText(certificate.thumbprint);
    m_status->setText(
        tr("Uploaded as “%1”. Thumbprint: %2").arg(certificate.name, certificate.thumbprint));
    m_id->setEnabled(false);
    emit uploaded(certificate, m_selfSigned);
}

} // namespace certdeck::gui
