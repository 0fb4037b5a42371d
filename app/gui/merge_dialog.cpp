#include "merge_dialog.h"
#include "locale_format.h"

#include "certificate_reader.h"
#include "chain.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdeck::gui {

MergeDialog::MergeDialog(const QString &certificateName, const QByteArray &csrDer, QWidget *parent)
    : QDialog(parent)
    , m_name(certificateName) {
    setWindowTitle(tr("Merge signed certificate into %1").arg(certificateName));
    setAcceptDrops(true);
    auto request = crypto::CertificateRequest::fromDer(csrDer);
    if (request)
        m_request = *request;
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Drop the certificate files your CA returned here (.cer, .crt, .pem, .p7b), or choose "
           "them. Certdeck orders the chain and checks that it belongs to this request before "
           "anything is sent."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_chain = new QTreeWidget(this);
    m_chain->setHeaderLabels({tr("Subject"), tr("Issuer"), tr("Valid until")});
    m_chain->header()->setStretchLastSection(false);
    m_chain->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chain->setAccessibleName(tr("Chain, leaf first"));
    layout->addWidget(m_chain, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Check result"));
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *choose = m_buttons->addButton(tr("&Choose files…"), QDialogButtonBox::ActionRole);
    auto *merge = m_buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("MergeButton"));
    connect(choose, &QPushButton::clicked, this, &MergeDialog::chooseFiles);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 420);
    evaluate();
}

void MergeDialog::chooseFiles() {
    addFiles(QFileDialog::getOpenFileNames(this, tr("Signed certificate and chain"), QString(),
                                           tr("Certificates (*.cer *.crt *.pem *.p7b *.der)")));
}

void MergeDialog::addFiles(const QStringList &paths) {
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append(tr("%1 cannot be read.").arg(QFileInfo(path).fileName()));
            continue;
        }
        auto certificates = crypto::readCertificates(file.readAll());
        if (!certificates) {
            m_problems.append(
                tr("%1 holds no certificate Certdeck can read.").arg(QFileInfo(path).fileName()));
            continue;
        }
        for (const auto &certificate : *certificates) {
            if (!m_certificates.contains(certificate))
                m_certificates.append(certificate);
        }
    }
    evaluate();
}

void MergeDialog::evaluate() {
    m_certificates = crypto::orderChain(m_certificates);
    m_chain->clear();
    const QLocale locale;
    for (const auto &certificate : std::as_const(m_certificates)) {
        auto *item = new QTreeWidgetItem(
            m_chain, {certificate.subject(), certificate.issuer(),
                      localizedDateTime(certificate.notAfter(), QLocale::ShortFormat, locale)});
        item->setToolTip(0, certificate.subject());
    }
    m_ready = false;
    QString status;
    if (m_request.isNull()) {
        status = tr("The pending request has no CSR that Certdeck can read.");
    } else if (m_certificates.isEmpty()) {
        status = tr("No certificate yet.");
    } else if (!m_request.matches(m_certificates.first())) {
        status = tr("This certificate does not belong to the request for %1: its public key "
                    "differs from the key in "
                    "the CSR. Check that the CA signed the CSR you sent for this certificate.")
                     .arg(m_name);
    } else {
        m_ready = true;
        status = m_certificates.size() > 1 && !crypto::isContiguousChain(m_certificates)
                     ? tr("The leaf certificate matches the request. The rest of the chain is "
                          "incomplete, which the "
                          "vault accepts.")
                     : tr("The certificate matches the request; the chain is ready to merge.");
    }
    if (!m_problems.isEmpty())
        status += QLatin1Char('\n') + m_problems.join(QLatin1Char('\n'));
    m_status->setText(status);
    if (auto *merge = m_buttons->findChild<QPushButton *>(QStringLiteral("MergeButton")))
        merge->setEnabled(m_ready);
}

QString MergeDialog::statusText() const {
    return m_status->text();
}

QList<QByteArray> MergeDialog::chainDer() const {
    QList<QByteArray> der;
    for (const auto &certificate : m_certificates)
        der.append(certificate.der());
    return der;
}

void MergeDialog::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MergeDialog::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace certdeck::gui
