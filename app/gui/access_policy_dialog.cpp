#include "access_policy_dialog.h"
#include "permission_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace certdeck::gui {

namespace {

const QString certificatesCategory = QStringLiteral("certificates");
const QString secretsCategory = QStringLiteral("secrets");
const QString keysCategory = QStringLiteral("keys");

struct Template {
    const char *name;
    QStringList certificates;
    QStringList secrets;
    QStringList keys;
};

QList<Template> templates() {
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result.append(QString::fromLatin1(name));
        return result;
    };
    return {
        {QT_TRANSLATE_NOOP("certdeck::gui::AccessPolicyDialog", "Custom"), {}, {}, {}},
        {QT_TRANSLATE_NOOP("certdeck::gui::AccessPolicyDialog", "Certificate officer"),
         list({"get", "list", "create", "import", "update", "delete", "recover", "managecontacts",
               "getissuers", "listissuers", "setissuers", "deleteissuers", "manageissuers"}),
         list({"get", "list"}),
         {}},
        {QT_TRANSLATE_NOOP("certdeck::gui::AccessPolicyDialog", "Certificate reader"),
         list({"get", "list"}),
         {},
         {}},
        // What API Management's identity needs to use a Key Vault certificate (seed 000): secrets
        // get.
        {QT_TRANSLATE_NOOP("certdeck::gui::AccessPolicyDialog", "Secret reader for API Management"),
         {},
         list({"get"}),
         {}},
    };
}

} // namespace

AccessPolicyDialog::AccessPolicyDialog(const QString &tenantId, QWidget *parent)
    : QDialog(parent)
    , m_tenantId(tenantId) {
    setWindowTitle(tr("Access policy"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_objectId = new QLineEdit(this);
    m_objectId->setPlaceholderText(
        tr("Object id of the user, group, application or managed identity"));
    m_applicationId = new QLineEdit(this);
    m_applicationId->setPlaceholderText(tr("Optional: application id for a compound identity"));
    m_template = new QComboBox(this);
    for (const Template &entry : templates())
        m_template->addItem(tr(entry.name));
    form->addRow(tr("&Object id:"), m_objectId);
    form->addRow(tr("&Application id:"), m_applicationId);
    form->addRow(tr("&Template:"), m_template);
    layout->addLayout(form);

    auto *groups = new QHBoxLayout;
    const QList<QPair<QString, QStringList>> categories{
        {certificatesCategory, vault::Permission::allCertificatePermissions()},
        {secretsCategory, vault::Permission::allSecretPermissions()},
        {keysCategory, vault::Permission::allKeyPermissions()},
    };
    const QHash<QString, QString> titles{{certificatesCategory, tr("Certificate permissions")},
                                         {secretsCategory, tr("Secret permissions")},
                                         {keysCategory, tr("Key permissions")}};
    for (const auto &[category, permissions] : categories) {
        auto *group = new QGroupBox(titles.value(category), this);
        auto *grid = new QGridLayout(group);
        int index = 0;
        for (const QString &permission : permissions) {
            if (permission == QLatin1String("all"))
                continue; // the portal expands it; Certdeck names permissions one by one
            auto *box = new QCheckBox(models::permissionLabel(permission), group);
            box->setToolTip(permission);
            box->setProperty("permission", permission);
            grid->addWidget(box, index / 2, index % 2);
            m_boxes[category].append(box);
            ++index;
        }
        groups->addWidget(group);
    }
    layout->addLayout(groups);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const auto validate = [this, buttons] {
        static const QRegularExpression guid(QStringLiteral("^[0-9a-fA-F-]{36}$"));
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(guid.match(m_objectId->text().trimmed()).hasMatch());
    };
    connect(m_objectId, &QLineEdit::textChanged, this, validate);
    connect(m_template, &QComboBox::currentIndexChanged, this, &AccessPolicyDialog::applyTemplate);
    validate();
}

QList<QCheckBox *> &AccessPolicyDialog::boxes(const QString &category) {
    return m_boxes[category];
}

void AccessPolicyDialog::applyTemplate(int index) {
    const QList<Template> all = templates();
    if (index <= 0 || index >= all.size())
        return;
    const Template &chosen = all[index];
    for (const auto &[category, wanted] :
         {std::pair{certificatesCategory, chosen.certificates},
          std::pair{secretsCategory, chosen.secrets}, std::pair{keysCategory, chosen.keys}}) {
        for (QCheckBox *box : boxes(category))
            box->setChecked(wanted.contains(box->property("permission").toString()));
    }
}

void AccessPolicyDialog::setEntry(const vault::AccessPolicyEntry &entry) {
    m_objectId->setText(entry.objectId);
    m_objectId->setReadOnly(true);
    m_applicationId->setText(entry.applicationId.value_or(QString()));
    for (const auto &[category, granted] :
         {std::pair{certificatesCategory, entry.permissions.certificates},
          std::pair{secretsCategory, entry.permissions.secrets},
          std::pair{keysCategory, entry.permissions.keys}}) {
        for (QCheckBox *box : boxes(category))
            box->setChecked(entry.grants(category, box->property("permission").toString()));
    }
}

vault::AccessPolicyEntry AccessPolicyDialog::entry() const {
    vault::AccessPolicyEntry result;
    result.tenantId = m_tenantId;
    result.objectId = m_objectId->text().trimmed();
    if (!m_applicationId->text().trimmed().isEmpty())
        result.applicationId = m_applicationId->text().trimmed();
    const auto checked = [this](const QString &category) {
        QStringList permissions;
        for (QCheckBox *box : m_boxes.value(category)) {
            if (box->isChecked())
                permissions.append(box->property("permission").toString());
        }
        return permissions;
    };
    result.permissions.certificates = checked(certificatesCategory);
    result.permissions.secrets = checked(secretsCategory);
    result.permissions.keys = checked(keysCategory);
    return result;
}

} // namespace certdeck::gui
