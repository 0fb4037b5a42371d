#include "certificate_details_pane.h"
#include "action_button_row.h"
#include "locale_format.h"

#include "certificate.h"
#include "expiry.h"
#include "state_palette.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdeck::gui {

namespace {

// Upper-case hex in groups of four digits (as Kleopatra shows fingerprints): readable when
// compared by eye, and a line may break between groups, so a SHA-256 fits a narrow pane.
QString groupedHex(const QByteArray &bytes) {
    const QString hex = QString::fromLatin1(bytes.toHex().toUpper());
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 4)
        groups.append(hex.mid(at, 4));
    return groups.join(QLatin1Char(' '));
}

QString describePolicy(const vault::CertificatePolicy &policy) {
    const auto key = policy.keyProperties.value_or(vault::KeyProperties());
    const QString keyText =
        key.keyType.value_or(QStringLiteral("RSA")).startsWith(QLatin1String("EC"))
            ? QStringLiteral("EC %1").arg(key.curve.value_or(QStringLiteral("P-256")))
            : QStringLiteral("RSA %1").arg(key.keySize.value_or(2048));
    const QString issuer =
        policy.issuer.value_or(vault::IssuerParameters()).name.value_or(QStringLiteral("Unknown"));
    const int months =
        policy.x509Properties.value_or(vault::X509Properties()).validityMonths.value_or(12);
    const QString exportable =
        key.exportable.value_or(true)
            ? QCoreApplication::translate("certdeck::gui::CertificateDetailsPane", "exportable")
            : QCoreApplication::translate("certdeck::gui::CertificateDetailsPane",
                                          "not exportable");
    return QCoreApplication::translate("certdeck::gui::CertificateDetailsPane",
                                       "%1, %2; issuer %3; %n month(s)", nullptr, months)
        .arg(keyText, exportable, issuer);
}

} // namespace

CertificateDetailsPane::CertificateDetailsPane(QWidget *parent)
    : QWidget(parent) {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_actions = new ActionButtonRow(this);
    m_actions->setObjectName(QStringLiteral("CertificateActions"));
    outer->addWidget(m_actions);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_subject = addRow(QT_TR_NOOP("Subject"));
    m_sans = addRow(QT_TR_NOOP("Alternative names"));
    m_issuer = addRow(QT_TR_NOOP("Issuer"));
    m_validity = addRow(QT_TR_NOOP("Valid"));
    m_sha1 = addRow(QT_TR_NOOP("SHA-1 thumbprint"), true);
    m_sha256 = addRow(QT_TR_NOOP("SHA-256 thumbprint"), true);
    m_chain = addRow(QT_TR_NOOP("Chain"));
    m_policy = addRow(QT_TR_NOOP("Policy"));
    m_tags = addRow(QT_TR_NOOP("Tags"));
    m_versions = new QListWidget(content);
    m_versions->setMaximumHeight(120);
    m_versions->setWordWrap(true); // a version's id and date wrap in a narrow pane
    m_versions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_versions->setAccessibleName(tr("Versions"));
    auto *versionsLabel = new QLabel(content);
    m_labels.append({versionsLabel, QT_TR_NOOP("Versions")});
    m_form->addRow(versionsLabel, m_versions);
    layout->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll);
    retranslate();
    clear();
}

void CertificateDetailsPane::setActions(const QList<QAction *> &actions) {
    m_actions->setActions(actions);
}

QLabel *CertificateDetailsPane::addRow(const char *source, bool copyable) {
    const QString label = tr(source);
    auto *name = new QLabel(this);
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    if (!copyable) {
        m_form->addRow(name, value);
    } else {
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(value, 1);
        auto *copy = new QToolButton(row);
        copy->setIcon(StatePalette::themedIcon("edit-copy"));
        copy->setToolTip(tr("Copy"));
        copy->setAccessibleName(tr("Copy %1").arg(label));
        connect(copy, &QToolButton::clicked, this, [this, value, label] {
            QApplication::clipboard()->setText(value->text().remove(QLatin1Char(' ')));
            emit copied(label);
        });
        rowLayout->addWidget(copy);
        m_form->addRow(name, row);
    }
    // The untranslated text stays on the label, so a language switch can translate it again.
    name->setProperty("sourceText", QByteArray(source));
    return value;
}

void CertificateDetailsPane::retranslate() {
    for (int i = 0; i < m_form->rowCount(); ++i) {
        auto *item = m_form->itemAt(i, QFormLayout::LabelRole);
        auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
        if (label && label->property("sourceText").isValid())
            label->setText(tr(label->property("sourceText").toByteArray().constData()));
    }
    for (const auto &[label, source] : m_labels) {
        if (source)
            label->setText(tr(source));
    }
}

void CertificateDetailsPane::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) // dark mode switched: derive the colour again
        colourValidity();
    QWidget::changeEvent(event);
}

// Expired, expiring and not-yet-valid dates stand out as their rows do in the table; the words
// under the dates say the same for those who cannot tell the colours apart.
void CertificateDetailsPane::colourValidity() {
    const auto colours = StatePalette::foregrounds(palette());
    QPalette validity = palette();
    const bool standsOut = m_validityState == models::ExpiryState::Expired ||
                           m_validityState == models::ExpiryState::Expiring ||
                           m_validityState == models::ExpiryState::NotYetValid;
    if (standsOut && colours.contains(m_validityState))
        validity.setColor(QPalette::WindowText, colours.value(m_validityState));
    m_validity->setPalette(validity);
}

QString CertificateDetailsPane::emptyPrompt() {
    return tr("Select a certificate to see its details.");
}

void CertificateDetailsPane::clear() {
    showMessage(emptyPrompt());
}

void CertificateDetailsPane::showMessage(const QString &message) {
    m_title->setText(message);
    for (QLabel *value :
         {m_subject, m_sans, m_issuer, m_validity, m_sha1, m_sha256, m_chain, m_policy, m_tags})
        value->clear();
    m_versions->clear();
}

void CertificateDetailsPane::showBundle(const vault::CertificateBundle &bundle) {
    m_title->setText(bundle.name());
    const QLocale locale;
    auto certificate = crypto::Certificate::fromDer(bundle.cer);
    if (!certificate) {
        showMessage(tr("%1: no issued certificate yet (pending request).").arg(bundle.name()));
        return;
    }
    m_subject->setText(certificate->subject());
    const auto sans = certificate->subjectAlternativeNames();
    m_sans->setText((sans.dnsNames + sans.emails + sans.upns).join(QStringLiteral(", ")));
    m_issuer->setText(certificate->issuer());
    const QDateTime until = certificate->notAfter().toLocalTime();
    // One date per line: a narrow pane would otherwise break a date in two.
    m_validity->setText(
        tr("%1 –\n%2")
            .arg(localizedDateTime(certificate->notBefore(), QLocale::ShortFormat, locale),
                 localizedDateTime(until, QLocale::ShortFormat, locale)) +
        QLatin1Char('\n') +
        models::expiryInWords(until.toSecsSinceEpoch(), QDateTime::currentDateTime()));
    m_validityState =
        models::expiryStateOf(certificate->notBefore().toSecsSinceEpoch(), until.toSecsSinceEpoch(),
                              bundle.attributes.enabled.value_or(true), false,
                              QDateTime::currentDateTime(), m_expiringWithinDays);
    colourValidity();
    m_sha1->setText(groupedHex(certificate->sha1Thumbprint()));
    m_sha256->setText(groupedHex(certificate->sha256Thumbprint()));
    m_chain->setText(
        certificate->isSelfIssued()
            ? tr("Self-signed")
            : tr("%1\n  ↳ issued by %2").arg(certificate->subject(), certificate->issuer()));
    m_policy->setText(bundle.policy ? describePolicy(*bundle.policy) : QString());
    QStringList tags;
    for (auto it = bundle.tags.value_or(vault::Tags()).cbegin();
         it != bundle.tags.value_or(vault::Tags()).cend(); ++it)
        tags.append(it.key() + QLatin1Char('=') + it.value());
    m_tags->setText(tags.join(QStringLiteral(", ")));
}

void CertificateDetailsPane::showVersions(const QStringList &versions) {
    m_versions->clear();
    m_versions->addItems(versions);
}

} // namespace certdeck::gui
