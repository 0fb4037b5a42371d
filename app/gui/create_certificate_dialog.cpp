#include "create_certificate_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdeck::gui {

namespace {

const QString serverAuthOid = QStringLiteral("1.3.6.1.5.5.7.3.1");
const QString clientAuthOid = QStringLiteral("1.3.6.1.5.5.7.3.2");
const QString codeSigningOid = QStringLiteral("1.3.6.1.5.5.7.3.3");
const QString emailProtectionOid = QStringLiteral("1.3.6.1.5.5.7.3.4");

struct KeyChoice {
    const char *label;
    const char *kty;
    int size;
    const char *curve;
};

const KeyChoice keyChoices[] = {
    {"RSA 2048", "RSA", 2048, nullptr}, {"RSA 3072", "RSA", 3072, nullptr},
    {"RSA 4096", "RSA", 4096, nullptr}, {"EC P-256", "EC", 0, "P-256"},
    {"EC P-384", "EC", 0, "P-384"},     {"EC P-521", "EC", 0, "P-521"},
};

QStringList splitList(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

CreateCertificateDialog::CreateCertificateDialog(const QStringList &issuerNames, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("New certificate"));
    auto *layout = new QVBoxLayout(this);
    // Two columns: in one, the four groups stood 900 px tall, past the bottom of a 1366×768
    // laptop screen with the Create button below it.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right);
    layout->addLayout(columns);

    auto *identity = new QGroupBox(tr("Certificate"), this);
    auto *form = new QFormLayout(identity);
    m_name = new QLineEdit(identity);
    m_name->setPlaceholderText(tr("letters, digits and dashes, e.g. www-contoso-com"));
    m_subject = new QLineEdit(identity);
    m_subject->setPlaceholderText(QStringLiteral("CN=www.contoso.com, O=Contoso Ltd"));
    m_dnsNames = new QPlainTextEdit(identity);
    m_dnsNames->setPlaceholderText(tr("One DNS name per line"));
    m_dnsNames->setMaximumHeight(m_dnsNames->fontMetrics().height() * 4);
    m_dnsNames->setTabChangesFocus(true);
    m_emails = new QLineEdit(identity);
    m_upns = new QLineEdit(identity);
    form->addRow(tr("&Name in the vault:"), m_name);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&DNS names:"), m_dnsNames);
    form->addRow(tr("&E-mail addresses:"), m_emails);
    form->addRow(tr("&User principal names:"), m_upns);
    left->addWidget(identity);

    auto *keyBox = new QGroupBox(tr("Key and validity"), this);
    auto *keyForm = new QFormLayout(keyBox);
    m_keyType = new QComboBox(keyBox);
    for (const KeyChoice &choice : keyChoices)
        m_keyType->addItem(QString::fromLatin1(choice.label));
    m_exportable = new QCheckBox(tr("Private key can be &exported"), keyBox);
    m_exportable->setChecked(true);
    m_reuseKey = new QCheckBox(tr("&Reuse the key when renewing"), keyBox);
    m_validity = new QSpinBox(keyBox);
    m_validity->setRange(1, 1200);
    m_validity->setValue(12);
    m_validity->setSuffix(tr(" months"));
    m_contentType = new QComboBox(keyBox);
    m_contentType->addItem(tr("PKCS #12 (.pfx)"), QStringLiteral("application/x-pkcs12"));
    m_contentType->addItem(tr("PEM"), QStringLiteral("application/x-pem-file"));
    keyForm->addRow(tr("&Key type:"), m_keyType);
    keyForm->addRow(QString(), m_exportable);
    keyForm->addRow(QString(), m_reuseKey);
    keyForm->addRow(tr("&Validity:"), m_validity);
    keyForm->addRow(tr("Secret &format:"), m_contentType);
    left->addWidget(keyBox);
    left->addStretch();

    auto *usage = new QGroupBox(tr("Usage"), this);
    auto *grid = new QGridLayout(usage);
    m_serverAuth = new QCheckBox(tr("Server authentication"), usage);
    m_clientAuth = new QCheckBox(tr("Client authentication"), usage);
    m_codeSigning = new QCheckBox(tr("Code signing"), usage);
    m_emailProtection = new QCheckBox(tr("E-mail protection"), usage);
    m_serverAuth->setChecked(true);
    m_clientAuth->setChecked(true);
    grid->addWidget(m_serverAuth, 0, 0);
    grid->addWidget(m_clientAuth, 0, 1);
    grid->addWidget(m_codeSigning, 1, 0);
    grid->addWidget(m_emailProtection, 1, 1);
    m_otherEkus = new QLineEdit(usage);
    m_otherEkus->setPlaceholderText(tr("Other extended key usages (OIDs)"));
    grid->addWidget(m_otherEkus, 2, 0, 1, 2);
    const QList<QPair<QString, QString>> usages{
        {tr("Digital signature"), QStringLiteral("digitalSignature")},
        {tr("Key encipherment"), QStringLiteral("keyEncipherment")},
        {tr("Non-repudiation"), QStringLiteral("nonRepudiation")},
        {tr("Data encipherment"), QStringLiteral("dataEncipherment")},
        {tr("Key agreement"), QStringLiteral("keyAgreement")},
        {tr("Certificate signing"), QStringLiteral("keyCertSign")}};
    for (qsizetype i = 0; i < usages.size(); ++i) {
        auto *box = new QCheckBox(usages[i].first, usage);
        box->setChecked(usages[i].second == QLatin1String("digitalSignature") ||
                        usages[i].second == QLatin1String("keyEncipherment"));
        grid->addWidget(box, 3 + int(i / 2), int(i % 2));
        m_keyUsages.append({box, usages[i].second});
    }
    right->addWidget(usage);

    auto *issuance = new QGroupBox(tr("Issuance and renewal"), this);
    auto *issuanceForm = new QFormLayout(issuance);
    m_issuer = new QComboBox(issuance);
    m_issuer->addItem(tr("Self-signed"), QStringLiteral("Self"));
    m_issuer->addItem(tr("Outside CA — create a CSR to send (Unknown)"), QStringLiteral("Unknown"));
    for (const QString &issuer : issuerNames)
        m_issuer->addItem(tr("Issuer %1").arg(issuer), issuer);
    m_lifetimeAction = new QComboBox(issuance);
    m_lifetimeAction->addItem(tr("Renew automatically"), QStringLiteral("AutoRenew"));
    m_lifetimeAction->addItem(tr("E-mail the certificate contacts"),
                              QStringLiteral("EmailContacts"));
    m_lifetimePercentage = new QSpinBox(issuance);
    m_lifetimePercentage->setRange(1, 99);
    m_lifetimePercentage->setValue(80);
    m_lifetimePercentage->setSuffix(tr(" % of the lifetime"));
    m_tags = new QLineEdit(issuance);
    m_tags->setPlaceholderText(tr("key=value, key2=value2"));
    issuanceForm->addRow(tr("&Issuer:"), m_issuer);
    issuanceForm->addRow(tr("&When it nears expiry:"), m_lifetimeAction);
    issuanceForm->addRow(tr("&At:"), m_lifetimePercentage);
    issuanceForm->addRow(tr("&Tags:"), m_tags);
    right->addWidget(issuance);
    right->addStretch();

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Validation message"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (m_subject->isModified() || name.isEmpty())
            return;
        m_subject->setText(QStringLiteral("CN=") + name);
    });
    for (QLineEdit *edit : {m_name, m_subject, m_emails, m_upns, m_otherEkus, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &CreateCertificateDialog::validate);
    connect(m_dnsNames, &QPlainTextEdit::textChanged, this, &CreateCertificateDialog::validate);
    connect(m_issuer, &QComboBox::currentIndexChanged, this, [this] {
        // Key Vault's own default: no automatic renewal for certificates an outside CA signs.
        const bool manual = m_issuer->currentData().toString() == QLatin1String("Unknown");
        m_lifetimeAction->setCurrentIndex(manual ? 1 : 0);
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(manual ? tr("&Create request") : tr("&Create"));
    });
    validate();
}

bool CreateCertificateDialog::isValidName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-zA-Z-]{1,127}$"));
    return pattern.match(name).hasMatch();
}

void CreateCertificateDialog::setName(const QString &name, bool editable) {
    m_name->setText(name);
    m_name->setReadOnly(!editable);
    if (!editable)
        setWindowTitle(tr("New version of %1").arg(name));
}

void CreateCertificateDialog::setPolicy(const vault::CertificatePolicy &policy) {
    const auto x509 = policy.x509Properties.value_or(vault::X509Properties());
    m_subject->setText(x509.subject.value_or(QString()));
    m_subject->setModified(true);
    const auto sans = x509.sans.value_or(vault::SubjectAlternativeNames());
    m_dnsNames->setPlainText(sans.dnsNames.value_or(QStringList()).join(QLatin1Char('\n')));
    m_emails->setText(sans.emails.value_or(QStringList()).join(QStringLiteral(", ")));
    m_upns->setText(sans.upns.value_or(QStringList()).join(QStringLiteral(", ")));
    m_validity->setValue(x509.validityMonths.value_or(12));
    const auto key = policy.keyProperties.value_or(vault::KeyProperties());
    m_exportable->setChecked(key.exportable.value_or(true));
    m_reuseKey->setChecked(key.reuseKey.value_or(false));
    const int issuer = m_issuer->findData(
        policy.issuer.value_or(vault::IssuerParameters()).name.value_or(QStringLiteral("Self")),
        Qt::UserRole, Qt::MatchFixedString);
    if (issuer >= 0)
        m_issuer->setCurrentIndex(issuer);
}

QString CreateCertificateDialog::name() const {
    return m_name->text().trimmed();
}

QStringList CreateCertificateDialog::lines(const QPlainTextEdit *edit) const {
    return splitList(edit->toPlainText());
}

QString CreateCertificateDialog::validationError() const {
    if (!isValidName(name()))
        return tr("The name may hold only letters, digits and dashes (1 to 127 characters).");
    const QString subject = m_subject->text().trimmed();
    static const QRegularExpression subjectPattern(
        QStringLiteral("^([A-Za-z.0-9]+=[^,]+)(\\s*[,;]\\s*[A-Za-z.0-9]+=[^,;]+)*$"));
    if (!subjectPattern.match(subject).hasMatch())
        return tr(
            "The subject must be a distinguished name such as CN=www.contoso.com, O=Contoso.");
    static const QRegularExpression dnsPattern(
        QStringLiteral("^(\\*\\.)?([A-Za-z0-9-]{1,63}\\.)*[A-Za-z0-9-]{1,63}$"));
    for (const QString &dns : lines(m_dnsNames)) {
        if (!dnsPattern.match(dns).hasMatch())
            return tr("“%1” is not a valid DNS name.").arg(dns);
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    for (const QString &email : splitList(m_emails->text()) + splitList(m_upns->text())) {
        if (!emailPattern.match(email).hasMatch())
            return tr("“%1” is not a valid e-mail address or user principal name.").arg(email);
    }
    static const QRegularExpression oidPattern(QStringLiteral("^[0-2](\\.\\d+)+$"));
    for (const QString &oid : splitList(m_otherEkus->text())) {
        if (!oidPattern.match(oid).hasMatch())
            return tr("“%1” is not an OID such as 1.3.6.1.5.5.7.3.8.").arg(oid);
    }
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.contains(QLatin1Char('=')) ||
            tag.section(QLatin1Char('='), 0, 0).trimmed().isEmpty())
            return tr("Tags are written key=value, separated by commas.");
    }
    return {};
}

void CreateCertificateDialog::validate() {
    const QString problem = validationError();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

client::CreateParameters CreateCertificateDialog::parameters() const {
    client::CreateParameters parameters;
    vault::CertificatePolicy &policy = parameters.policy;
    const KeyChoice &key =
        keyChoices[qBound(0, m_keyType->currentIndex(), int(std::size(keyChoices)) - 1)];
    vault::KeyProperties keyProperties;
    keyProperties.keyType = QString::fromLatin1(key.kty);
    if (key.size)
        keyProperties.keySize = key.size;
    if (key.curve)
        keyProperties.curve = QString::fromLatin1(key.curve);
    keyProperties.exportable = m_exportable->isChecked();
    keyProperties.reuseKey = m_reuseKey->isChecked();
    policy.keyProperties = keyProperties;
    policy.secretProperties = vault::SecretProperties();
    policy.secretProperties->contentType = m_contentType->currentData().toString();

    vault::X509Properties x509;
    x509.subject = m_subject->text().trimmed();
    vault::SubjectAlternativeNames sans;
    if (!lines(m_dnsNames).isEmpty())
        sans.dnsNames = lines(m_dnsNames);
    if (!splitList(m_emails->text()).isEmpty())
        sans.emails = splitList(m_emails->text());
    if (!splitList(m_upns->text()).isEmpty())
        sans.upns = splitList(m_upns->text());
    if (sans.dnsNames || sans.emails || sans.upns)
        x509.sans = sans;
    QStringList ekus;
    for (const auto &[box, oid] :
         {std::pair{m_serverAuth, serverAuthOid}, std::pair{m_clientAuth, clientAuthOid},
          std::pair{m_codeSigning, codeSigningOid},
          std::pair{m_emailProtection, emailProtectionOid}}) {
        if (box->isChecked())
            ekus.append(oid);
    }
    ekus += splitList(m_otherEkus->text());
    x509.extendedKeyUsages = ekus;
    QStringList usages;
    for (const auto &[box, usage] : m_keyUsages) {
        if (box->isChecked())
            usages.append(usage);
    }
    x509.keyUsage = usages;
    x509.validityMonths = m_validity->value();
    policy.x509Properties = x509;

    policy.issuer = vault::IssuerParameters();
    policy.issuer->name = m_issuer->currentData().toString();
    vault::LifetimeAction action;
    action.lifetimePercentage = m_lifetimePercentage->value();
    action.actionType = m_lifetimeAction->currentData().toString();
    policy.lifetimeActions = QList<vault::LifetimeAction>{action};

    vault::Tags tags;
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags.insert(tag.section(QLatin1Char('='), 0, 0).trimmed(),
                    tag.section(QLatin1Char('='), 1).trimmed());
    if (!tags.isEmpty())
        parameters.tags = tags;
    return parameters;
}

} // namespace certdeck::gui
