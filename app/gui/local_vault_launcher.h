#pragma once

#include <QObject>
#include <QProcess>

namespace certdeck::gui {

// Starts the built-in local vault (certdeck-localvault --demo) as a child process, so the app is
// useful at first start; reports the connection file once the vault is listening.
class LocalVaultLauncher : public QObject {
    Q_OBJECT
public:
    explicit LocalVaultLauncher(QObject *parent = nullptr);
    ~LocalVaultLauncher() override;

    void start(const QString &dataDirectory);
    void stop();
    static QString executablePath();
    static QString defaultDataDirectory();

signals:
    void ready(const QString &connectionFile);
    void failed(const QString &message);

private:
    void onOutput();

    QProcess m_process;
    QByteArray m_buffer;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace certdeck::gui
