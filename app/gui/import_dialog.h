#pragma once

#include "vault_client.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace certdeck::gui {

// Imports .pfx/.p12/.pem files into a vault: reads each locally first, asks for passwords,
// proposes names, then imports one by one with progress and a summary.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // Asks for a PFX password; returns false when the operator gives up on that file.
    using PasswordPrompt =
        std::function<bool(const QString &fileName, bool retry, QString *password)>;

    ImportDialog(client::VaultClient *client, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    void addFiles(const QStringList &paths);
    void startImport();
    int readyCount() const;
    QString summary() const;

    static QString proposedName(const QString &commonName, const QString &fileName);

signals:
    void importFinished(int imported, int failed);
    void certificateImported(const certdeck::vault::CertificateBundle &bundle);

private:
    struct Entry {
        QString path;
        QByteArray content;
        bool pem = false;
        QString password;
        QString subject;
        QString x5t;
        QString problem; // empty when ready
        QString outcome;
        bool imported = false;
    };

    void readEntry(Entry *entry);
    void fitColumns();
    void addRow(const Entry &entry);
    void importNext();
    void setOutcome(int row, const QString &outcome, bool success);
    static bool askPassword(QWidget *parent, const QString &fileName, bool retry,
                            QString *password);

    client::VaultClient *m_client;
    PasswordPrompt m_prompt;
    QList<Entry> m_entries;
    int m_next = 0;
    int m_imported = 0;
    int m_failed = 0;
    bool m_running = false;
    QPointer<client::ServiceReply> m_current;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace certdeck::gui
