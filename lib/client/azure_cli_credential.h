#pragma once

#include "result.h"
#include "token_credential.h"

#include <QDateTime>
#include <QStringList>

namespace certdeck::client {

// Tokens from the signed-in Azure CLI: runs `az account get-access-token --scope S [--tenant T]
// --output json` without a shell and reads the JSON it prints. Nothing secret goes on the command
// line; the token only travels through the child's stdout.
class AzureCliCredential : public TokenCredential {
    Q_OBJECT
public:
    explicit AzureCliCredential(QObject *parent = nullptr);

    // "az" (looked up on PATH when the request starts) by default, or a path to the program.
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    // The tenant to ask for when a request does not name one (empty: the CLI's default).
    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }
    QString tenantId() const { return m_tenantId; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    Reply<AccessToken> *requestToken(const TokenRequestContext &context) override;
    QString describe() const override;

    // The arguments for one request; empty with `error` set when scope or tenant are unsafe.
    static QStringList arguments(const QString &scope, const QString &tenantId, QString *error);
    // Reads get-access-token's JSON: accessToken, and expires_on (POSIX seconds) or else
    // expiresOn (local wall-clock time). The error never quotes the output (it holds the token).
    static Result<AccessToken, QString> parseOutput(const QByteArray &output);

private:
    QString m_program = QStringLiteral("az");
    QString m_tenantId;
    int m_timeoutMs = 60000;
};

} // namespace certdeck::client
