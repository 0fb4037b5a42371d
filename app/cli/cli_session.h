#pragma once

#include "arm_client.h"
#include "local_vault_connection.h"
#include "vault_client.h"
#include "vault_error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace certdeck::cli {

// Documented in --help; scripts rely on them.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 2,
    ExitAuthentication = 3, // 401 or no token could be obtained
    ExitNotFound = 4,       // 404
    ExitConflict = 5,       // 409
    ExitForbidden = 6,      // 403
    ExitService = 7,        // any other service error
    ExitNetwork = 8,        // network or TLS
    ExitLocalInput = 9,     // wrong password, unreadable file, chain not matching
};

int exitCodeFor(const client::VaultError &error);

enum class OutputFormat { Table, Json };

// What --connection (a connection.json) and the global options say about where and how to
// connect. Secrets are not kept here: the local vault's stays inside LocalVaultConnection.
struct ConnectionSettings {
    QUrl vaultUrl;
    QString tenantId;
    QString authorityHost;
    QString clientId;
    QList<QSslCertificate> extraCertificates;
    QUrl armBaseUrl;
    QString vaultResourceId;
};

// The global options, registered on the top-level parser.
struct GlobalOptions {
    QCommandLineOption connection{QStringLiteral("connection"), {}, QStringLiteral("FILE")};
    QCommandLineOption vault{QStringLiteral("vault"), {}, QStringLiteral("URL")};
    QCommandLineOption auth{QStringLiteral("auth"), {}, QStringLiteral("METHOD")};
    QCommandLineOption tenant{QStringLiteral("tenant"), {}, QStringLiteral("ID")};
    QCommandLineOption clientId{QStringLiteral("client-id"), {}, QStringLiteral("ID")};
    QCommandLineOption clientSecretFile{
        QStringLiteral("client-secret-file"), {}, QStringLiteral("FILE")};
    QCommandLineOption certificateFile{
        QStringLiteral("certificate-file"), {}, QStringLiteral("FILE")};
    QCommandLineOption certificatePasswordFile{
        QStringLiteral("certificate-password-file"), {}, QStringLiteral("FILE")};
    QCommandLineOption authorityHost{QStringLiteral("authority-host"), {}, QStringLiteral("URL")};
    QCommandLineOption caFile{QStringLiteral("ca-file"), {}, QStringLiteral("FILE")};
    QCommandLineOption output{
        QStringLiteral("output"), {}, QStringLiteral("FORMAT"), QStringLiteral("table")};
    QCommandLineOption apiVersion{
        QStringLiteral("api-version"), {}, QStringLiteral("VERSION"), QStringLiteral("7.5")};
    QCommandLineOption armUrl{QStringLiteral("arm-url"), {}, QStringLiteral("URL")};
    QCommandLineOption vaultResourceId{
        QStringLiteral("vault-resource-id"), {}, QStringLiteral("ID")};
    QCommandLineOption principal{QStringLiteral("principal"), {}, QStringLiteral("NAME")};

    GlobalOptions();
    // `hidden`: accepted after the command too, without repeating them in the command's help.
    void addTo(QCommandLineParser &parser, bool hidden = false) const;
};

// Global options may come before or after the command: the command's parser wins.
class OptionValues {
public:
    OptionValues(const QCommandLineParser &global, const QCommandLineParser &command)
        : m_global(global)
        , m_command(command) {}
    bool isSet(const QCommandLineOption &option) const;
    QString value(const QCommandLineOption &option) const;

private:
    const QCommandLineParser &m_global;
    const QCommandLineParser &m_command;
};

// The connection a command works through: credential, pipeline, VaultClient (and the ARM
// base URL and vault resource id for access policies).
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Reads the global options; false with a message and an exit code when they do not add up.
    bool configure(const OptionValues &parser, const GlobalOptions &options, QString *error,
                   int *exitCode);

    OutputFormat format() const { return m_format; }
    client::VaultClient *vault() const { return m_vault; }
    client::HttpPipeline *pipeline() const { return m_pipeline; }
    client::TokenCredential *credential() const { return m_credential; }
    client::ArmClient *arm() const { return m_arm; }
    QString vaultResourceId() const { return m_settings.vaultResourceId; }
    QString tenantId() const { return m_settings.tenantId; }

private:
    bool createCredential(const QString &method, const OptionValues &parser,
                          const GlobalOptions &options, QString *error, int *exitCode);

    ConnectionSettings m_settings;
    std::optional<client::LocalVaultConnection> m_connection;
    OutputFormat m_format = OutputFormat::Table;
    QNetworkAccessManager *m_tokenNetwork = nullptr;
    client::TokenCredential *m_credential = nullptr;
    client::HttpPipeline *m_pipeline = nullptr;
    client::VaultClient *m_vault = nullptr;
    client::ArmClient *m_arm = nullptr;
};

// "certdeck-cli: <what>: <explanation>" and, on a second line, the service's own message with
// its status and request id.
void reportError(const QString &what, const client::VaultError &error);
void reportLocalError(const QString &what, const QString &message);

} // namespace certdeck::cli
