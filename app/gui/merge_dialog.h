#pragma once

#include "certificate.h"
#include "certificate_request.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace certdeck::gui {

// Merging the CA-signed chain into a pending request: the chain is read and checked locally
// (leaf key against the request's CSR) before anything is sent.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    MergeDialog(const QString &certificateName, const QByteArray &csrDer,
                QWidget *parent = nullptr);

    void addFiles(const QStringList &paths);
    QList<QByteArray> chainDer() const; // leaf first
    bool isReady() const { return m_ready; }
    QString statusText() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void evaluate();

    QString m_name;
    crypto::CertificateRequest m_request;
    QList<crypto::Certificate> m_certificates;
    QStringList m_problems;
    bool m_ready = false;
    QTreeWidget *m_chain;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace certdeck::gui
