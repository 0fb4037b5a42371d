#pragma once

#include "expiry.h"

#include "certificate_bundle.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QFormLayout;

namespace certdeck::gui {

class ActionButtonRow;

// Everything about the selected certificate: who it is for, who issued it, how long it lasts,
// its thumbprints (with copy buttons), policy, versions and tags.
class CertificateDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit CertificateDetailsPane(QWidget *parent = nullptr);

    void showBundle(const vault::CertificateBundle &bundle);
    void showVersions(const QStringList &versions);
    void showMessage(const QString &message);
    void clear();
    // What the pane says while no certificate is selected.
    static QString emptyPrompt();
    // The certificate actions, shown as buttons above the details (wrapping when narrow).
    void setActions(const QList<QAction *> &actions);
    // The window within which a certificate counts as expiring, as in the table (default 30).
    void setExpiringWithinDays(int days) { m_expiringWithinDays = days; }

signals:
    void copied(const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(const char *source, bool copyable = false);
    void retranslate();
    void colourValidity();

    ActionButtonRow *m_actions;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_subject;
    QLabel *m_sans;
    QLabel *m_issuer;
    QLabel *m_validity;
    QLabel *m_sha1;
    QLabel *m_sha256;
    QLabel *m_chain;
    QLabel *m_policy;
    QLabel *m_tags;
    QListWidget *m_versions;
    QList<QPair<QLabel *, const char *>> m_labels;
    int m_expiringWithinDays = 30;
    models::ExpiryState m_validityState = models::ExpiryState::Valid;
};

} // namespace certdeck::gui
