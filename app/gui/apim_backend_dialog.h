#pragma once

#include "apim_backend.h"
#include "apim_certificate.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdeck::gui {

// Edits a back end's gateway credential (the client certificate API Management presents) and
// its TLS checks. Turning chain validation off is offered for self-signed certificates (seed
// 002: otherwise calls end in 500) and always explained.
class ApimBackendDialog : public QDialog {
    Q_OBJECT
public:
    // `selfSigned`: thumbprints (upper-case hex) of certificates known to be self-signed.
    ApimBackendDialog(const vault::ApimBackend &backend,
                      const QList<vault::ApimCertificate> &certificates,
                      const QSet<QString> &selfSigned, QWidget *parent = nullptr);

    // The back end as edited (unknown members kept as they came).
    vault::ApimBackend backend() const;
    // Tests and scripted use.
    bool chooseCertificate(const QString &certificateId);
    void setValidateChain(bool on);
    bool isSelfSignedHintShown() const;
    QString warningText() const;
    QPushButton *turnOffChainButton() const { return m_turnOff; }

private:
    void updateHints();
    QString chosenCertificateId() const;
    QString certificateResourceId(const QString &name) const;

    vault::ApimBackend m_backend;
    QList<vault::ApimCertificate> m_certificates;
    QSet<QString> m_selfSigned;
    QLineEdit *m_url;
    QComboBox *m_certificate;
    QCheckBox *m_validateChain;
    QCheckBox *m_validateName;
    QLabel *m_selfSignedHint;
    QPushButton *m_turnOff;
    QLabel *m_warning;
};

} // namespace certdeck::gui
