#include "azure_cli_credential.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace certdeck::client {

namespace {

VaultError authenticationError(const QString &message) {
    VaultError error;
    error.kind = VaultError::Kind::Authentication;
    error.message = message;
    return error;
}

// Where the program is, or empty when it cannot be run.
QString resolveProgram(const QString &program) {
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(program);
}

QString notInstalledMessage() {
    return QStringLiteral(
        "Azure CLI (az) is not installed, or not on PATH. Install it and run 'az login', "
        "or choose another sign-in method.");
}

constexpr qsizetype maxErrorText = 2000;

// Kills the child if it still runs; the QProcess deletes itself once the child is reaped, so
// nothing ever blocks on it.
void stopProcess(QProcess *process) {
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace

AzureCliCredential::AzureCliCredential(QObject *parent)
    : TokenCredential(parent) {}

QString AzureCliCredential::describe() const {
    return m_tenantId.isEmpty() ? tr("Azure CLI sign-in")
                                : tr("Azure CLI sign-in (tenant %1)").arg(m_tenantId);
}

QStringList AzureCliCredential::arguments(const QString &scope, const QString &tenantId,
                                          QString *error) {
    // No shell is involved, but the CLI parses its own options: nothing may look like one.
    static const QRegularExpression safeScope(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9:/._\\-]*$"));
    static const QRegularExpression safeTenant(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.\\-]*$"));
    if (!safeScope.match(scope).hasMatch()) {
        *error = QStringLiteral("The scope '%1' cannot be passed to the Azure CLI.").arg(scope);
        return {};
    }
    if (!tenantId.isEmpty() && !safeTenant.match(tenantId).hasMatch()) {
        *error = QStringLiteral("The tenant '%1' cannot be passed to the Azure CLI.").arg(tenantId);
        return {};
    }
    QStringList arguments{QStringLiteral("account"), QStringLiteral("get-access-token"),
                          QStringLiteral("--scope"), scope};
    if (!tenantId.isEmpty())
        arguments << QStringLiteral("--tenant") << tenantId;
    arguments << QStringLiteral("--output") << QStringLiteral("json");
    return arguments;
}

Result<AccessToken, QString> AzureCliCredential::parseOutput(const QByteArray &output) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (!document.isObject())
        return fail(QStringLiteral("The Azure CLI's output is not the JSON object expected from "
                                   "'az account get-access-token'."));
    const QJsonObject json = document.object();
    AccessToken token;
    token.token = json.value(QStringLiteral("accessToken")).toString();
    if (token.token.isEmpty())
        return fail(QStringLiteral("The Azure CLI's output has no accessToken."));
    const QJsonValue expiresOn = json.value(QStringLiteral("expires_on")); // CLI 2.54.0+
    bool numeric = expiresOn.isDouble();
    qint64 seconds = expiresOn.isDouble() ? qint64(expiresOn.toDouble()) : 0;
    if (expiresOn.isString())
        seconds = expiresOn.toString().toLongLong(&numeric);
    if (numeric && seconds > 0) {
        token.expiresOn = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        return token;
    }
    // Older CLIs: "2023-10-31 21:59:10.000000", local wall-clock time without a zone.
    const QString local = json.value(QStringLiteral("expiresOn")).toString();
    const QDateTime parsed =
        QDateTime::fromString(local.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!parsed.isValid())
        return fail(QStringLiteral(
            "The Azure CLI's output has no readable expiry (expires_on or expiresOn)."));
    token.expiresOn = parsed.toUTC();
    return token;
}

Reply<AccessToken> *AzureCliCredential::requestToken(const TokenRequestContext &context) {
    auto *reply = new Reply<AccessToken>(this);
    QString argumentError;
    const QStringList args = arguments(
        context.scope, context.tenantId.isEmpty() ? m_tenantId : context.tenantId, &argumentError);
    if (args.isEmpty()) {
        reply->finishWithError(VaultError::invalidRequest(argumentError));
        return reply;
    }
    const QString program = resolveProgram(m_program);
    if (program.isEmpty()) {
        reply->finishWithError(authenticationError(notInstalledMessage()));
        return reply;
    }

    // Not a child of the reply: a reply deleted early must not block on a running child.
    auto *process = new QProcess;
    connect(reply, &QObject::destroyed, process, [process] { stopProcess(process); });
    process->setStandardInputFile(QProcess::nullDevice()); // never wait for a prompt
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AZURE_CORE_NO_COLOR"), QStringLiteral("true"));
    environment.insert(QStringLiteral("AZURE_CORE_COLLECT_TELEMETRY"), QStringLiteral("false"));
    process->setProcessEnvironment(environment);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, process, timeout = m_timeoutMs] {
        stopProcess(process);
        reply->finishWithError(
            authenticationError(QStringLiteral("The Azure CLI did not answer within %1 seconds.")
                                    .arg(std::max(1, timeout / 1000))));
    });
    connect(process, &QProcess::errorOccurred, reply,
            [reply, process, timer](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return; // crashes are reported by finished()
                timer->stop();
                reply->finishWithError(authenticationError(
                    QStringLiteral("The Azure CLI could not be started (%1). %2")
                        .arg(process->errorString(), notInstalledMessage())));
                process->deleteLater();
            });
    connect(process, &QProcess::finished, reply,
            [reply, process, timer](int exitCode, QProcess::ExitStatus status) {
                timer->stop();
                QByteArray output = process->readAllStandardOutput();
                const QString errors =
                    QString::fromUtf8(process->readAllStandardError()).trimmed().left(maxErrorText);
                process->deleteLater();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    output.fill('\0');
                    const QString reason =
                        status != QProcess::NormalExit
                            ? QStringLiteral("The Azure CLI stopped unexpectedly.")
                            : QStringLiteral("The Azure CLI could not get a token (exit code %1).")
                                  .arg(exitCode);
                    reply->finishWithError(authenticationError(
                        errors.isEmpty() ? reason : reason + QLatin1Char(' ') + errors));
                    return;
                }
                auto token = parseOutput(output);
                output.fill('\0');
                if (token)
                    reply->finishWithValue(*token);
                else
                    reply->finishWithError(authenticationError(token.error()));
            });
    reply->setAbortHandler([process, timer] {
        timer->stop();
        stopProcess(process);
    });
    timer->start(m_timeoutMs);
    process->start(program, args, QIODevice::ReadOnly);
    return reply;
}

} // namespace certdeck::client
