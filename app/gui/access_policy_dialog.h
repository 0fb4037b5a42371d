#pragma once

#include "access_policy.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace certdeck::gui {

// Add or edit one principal's permissions: grouped checkboxes and ready-made templates.
class AccessPolicyDialog : public QDialog {
    Q_OBJECT
public:
    AccessPolicyDialog(const QString &tenantId, QWidget *parent = nullptr);

    void setEntry(const vault::AccessPolicyEntry &entry); // editing: the object id is fixed
    vault::AccessPolicyEntry entry() const;

private:
    void applyTemplate(int index);
    QList<QCheckBox *> &boxes(const QString &category);

    QString m_tenantId;
    QLineEdit *m_objectId;
    QLineEdit *m_applicationId;
    QComboBox *m_template;
    QHash<QString, QList<QCheckBox *>> m_boxes;
};

} // namespace certdeck::gui
