#pragma once

#include "apim_certificate.h"
#include "apim_client.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdeck::gui {

// Uploads one .pfx as an API Management client certificate. The file is opened locally first
// (lib/crypto): its password is asked for, and asked again while it is wrong, before anything is
// sent; the thumbprint is shown (and copyable) before and after the upload.
class ApimUploadDialog : public QDialog {
    Q_OBJECT
public:
    // fileName, retry (the last password was wrong), password out; false: the operator gave up.
    using PasswordPrompt = std::function<bool(const QString &, bool, QString *)>;

    ApimUploadDialog(client::ApimClient *apim, QString serviceId, const QString &path,
                     PasswordPrompt prompt, QWidget *parent = nullptr);
    ~ApimUploadDialog() override;

    bool isReady() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    QString thumbprint() const { return m_thumbprint; }
    bool isSelfSigned() const { return m_selfSigned; }
    void setCertificateId(const QString &id);
    void upload();

signals:
    void uploaded(const certdeck::vault::ApimCertificate &certificate, bool selfSigned);
    void failed(const QString &what, const certdeck::client::VaultError &error);

private:
    void readFile(const QString &path, const PasswordPrompt &prompt);
    void showContent();
    void onUploaded(const vault::ApimCertificate &certificate);

    client::ApimClient *m_apim;
    QString m_serviceId;
    QByteArray m_pfx;
    QByteArray m_password;
    QString m_problem;
    QString m_subject;
    QString m_thumbprint;
    QString m_expires;
    bool m_selfSigned = false;
    QPointer<client::ServiceReply> m_reply;
    QLabel *m_summary;
    QLineEdit *m_thumbprintField;
    QLineEdit *m_id;
    QLabel *m_status;
    QPushButton *m_upload;
    QDialogButtonBox *m_buttons;
};

// The PFX password question the import dialog asks, as a prompt for ApimUploadDialog.
bool askPfxPassword(QWidget *parent, const QString &fileName, bool retry, QString *password);

} // namespace certdeck::gui
