#pragma once

#include "vault_client.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace certdeck::gui {

// The policy editor for a new certificate (or a new version): everything Key Vault's policy
// holds, validated before anything is sent.
class CreateCertificateDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateCertificateDialog(const QStringList &issuerNames, QWidget *parent = nullptr);

    void setName(const QString &name, bool editable);
    void setPolicy(const vault::CertificatePolicy &policy);
    QString name() const;
    client::CreateParameters parameters() const;
    // Empty when valid; otherwise what the operator has to fix.
    QString validationError() const;

    static bool isValidName(const QString &name);

private:
    void validate();
    QStringList lines(const QPlainTextEdit *edit) const;

    QLineEdit *m_name;
    QLineEdit *m_subject;
    QPlainTextEdit *m_dnsNames;
    QLineEdit *m_emails;
    QLineEdit *m_upns;
    QComboBox *m_keyType;
    QCheckBox *m_exportable;
    QCheckBox *m_reuseKey;
    QSpinBox *m_validity;
    QCheckBox *m_serverAuth;
    QCheckBox *m_clientAuth;
    QCheckBox *m_codeSigning;
    QCheckBox *m_emailProtection;
    QLineEdit *m_otherEkus;
    QList<QPair<QCheckBox *, QString>> m_keyUsages;
    QComboBox *m_contentType;
    QComboBox *m_issuer;
    QComboBox *m_lifetimeAction;
    QSpinBox *m_lifetimePercentage;
    QLineEdit *m_tags;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace certdeck::gui
