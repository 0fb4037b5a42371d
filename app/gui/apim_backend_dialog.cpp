#include "apim_backend_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdeck::gui {

ApimBackendDialog::ApimBackendDialog(const vault::ApimBackend &backend,
                                     const QList<vault::ApimCertificate> &certificates,
                                     const QSet<QString> &selfSigned, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_certificates(certificates)
    , m_selfSigned(selfSigned)
    , m_url(new QLineEdit(backend.url, this))
    , m_certificate(new QComboBox(this))
    , m_validateChain(new QCheckBox(tr("Validate the back end's certificate &chain"), this))
    , m_validateName(new QCheckBox(tr("Validate the back end's certificate &name"), this))
    , m_selfSignedHint(new QLabel(this))
    , m_turnOff(new QPushButton(tr("&Turn off chain validation"), this))
    , m_warning(new QLabel(this)) {
    setWindowTitle(tr("Back end “%1”").arg(backend.name));
    m_url->setAccessibleName(tr("Back end URL"));
    m_certificate->setAccessibleName(tr("Gateway credential"));
    m_certificate->addItem(tr("None (no client certificate)"), QString());
    for (const vault::ApimCertificate &certificate : certificates)
        m_certificate->addItem(
            tr("%1 — %2 (%3)").arg(certificate.name, certificate.subject, certificate.thumbprint),
            certificate.name);
    const QStringList current = backend.certificateIds.value_or(QStringList());
    if (!current.isEmpty()) {
        const int index = m_certificate->findData(vault::certificateIdName(current.first()));
        m_certificate->setCurrentIndex(qMax(0, index));
    }
    m_validateChain->setChecked(backend.validatesChain());
    m_validateName->setChecked(backend.validatesName());
    m_selfSignedHint->setWordWrap(true);
    m_selfSignedHint->setText(
        tr("The chosen certificate is self-signed. With a self-signed chain, API Management "
           "answers calls to this back end with error 500 unless certificate chain validation is "
           "turned off."));
    m_turnOff->setObjectName(QStringLiteral("TurnOffChainValidationButton"));
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("ChainWarning"));

    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Gateway credential (client certificate):"), m_certificate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_validateChain);
    layout->addWidget(m_validateName);
    layout->addWidget(m_selfSignedHint);
    layout->addWidget(m_turnOff, 0, Qt::AlignLeft);
    layout->addWidget(m_warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_certificate, &QComboBox::currentIndexChanged, this, &ApimBackendDialog::updateHints);
    connect(m_validateChain, &QCheckBox::toggled, this, &ApimBackendDialog::updateHints);
    connect(m_validateName, &QCheckBox::toggled, this, &ApimBackendDialog::updateHints);
    connect(m_turnOff, &QPushButton::clicked, this, [this] { m_validateChain->setChecked(false); });
    updateHints();
    resize(560, 300);
}

QString ApimBackendDialog::certificateResourceId(const QString &name) const {
    for (const vault::ApimCertificate &certificate : m_certificates) {
        if (certificate.name == name && !certificate.id.isEmpty())
            return certificate.id;
    }
    return QStringLiteral("/certificates/") + name;
}

QString ApimBackendDialog::chosenCertificateId() const {
    return m_certificate->currentData().toString();
}

void ApimBackendDialog::updateHints() {
    QString thumbprint;
    for (const vault::ApimCertificate &certificate : std::as_const(m_certificates)) {
        if (certificate.name == chosenCertificateId())
            thumbprint = certificate.thumbprint.toUpper();
    }
    const bool selfSigned = !thumbprint.isEmpty() && m_selfSigned.contains(thumbprint);
    m_selfSignedHint->setVisible(selfSigned && m_validateChain->isChecked());
    m_turnOff->setVisible(selfSigned && m_validateChain->isChecked());
    QStringList warnings;
    if (!m_validateChain->isChecked())
        warnings << tr("Chain validation is off: API Management accepts the back end's "
                       "certificate without checking who issued it. Anyone who can redirect "
                       "the traffic can pretend to be the back end. Use this only for a "
                       "self-signed back end you control.");
    if (!m_validateName->isChecked())
        warnings << tr("Name validation is off: API Management accepts a certificate issued "
                       "for another host name.");
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

vault::ApimBackend ApimBackendDialog::backend() const {
    vault::ApimBackend result = m_backend;
    result.url = m_url->text().trimmed();
    const QString certificate = chosenCertificateId();
    // The ids other than the first one (the dialog edits one credential) stay as they were.
    QStringList ids = m_backend.certificateIds.value_or(QStringList());
    if (!ids.isEmpty())
        ids.removeFirst();
    if (!certificate.isEmpty())
        ids.prepend(certificateResourceId(certificate));
    result.certificateIds = ids;
    result.validateCertificateChain = m_validateChain->isChecked();
    result.validateCertificateName = m_validateName->isChecked();
    return result;
}

bool ApimBackendDialog::chooseCertificate(const QString &certificateId) {
    const int index = m_certificate->findData(certificateId);
    if (index >= 0)
        m_certificate->setCurrentIndex(index);
    return index >= 0;
}

void ApimBackendDialog::setValidateChain(bool on) {
    m_validateChain->setChecked(on);
}

bool ApimBackendDialog::isSelfSignedHintShown() const {
    return !m_selfSignedHint->isHidden();
}

QString ApimBackendDialog::warningText() const {
    return m_warning->isHidden() ? QString() : m_warning->text();
}

} // namespace certdeck::gui
