// The local vault's routing and body parsing from raw request bytes:
//
//   METHOD TARGET            e.g. "PUT /certificates/a/import?api-version=7.5"
//   Name: value              headers, up to an empty line
//
//   body
//
// "{subscription}" and "{tenant}" in the target stand for this run's (random) identifiers, so that
// seeds reach the ARM, API Management and identity routes. Unless the input brings its own
// Authorization header, a valid admin token is added (the ARM audience for ARM paths), so most
// inputs get past authentication into the handlers. A 500 from anything but the API Management
// gateway (which forwards back-end failures) means the store or a handler broke on client input:
// the harness aborts on it.
#include "fuzz_support.h"

#include "local_vault_server.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace certdeck::localvault;

struct Harness {
    QTemporaryDir *dataDir = nullptr;
    LocalVaultServer *server = nullptr;
    QByteArray vaultToken;
    QByteArray armToken;
    QByteArray subscriptionId;
    QByteArray tenantId;
};

Harness harness;

// tmpfs when there is one: the store syncs every write, which would dominate the run on disk.
QTemporaryDir *newDataDirectory() {
    const QString shm = QStringLiteral("/dev/shm");
    const QString base = QFileInfo(shm).isWritable() ? shm : QDir::tempPath();
    return new QTemporaryDir(base + QStringLiteral("/certdeck-fuzz-XXXXXX"));
}

[[noreturn]] void fatal(const QString &message) {
    std::fprintf(stderr, "local_vault_route_fuzzer: %s\n", qPrintable(message));
    std::exit(1);
}

QByteArray tokenFor(const QJsonObject &connection, const QString &scope) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"),
                      connection[QStringLiteral("clientId")].toString());
    form.addQueryItem(QStringLiteral("client_secret"),
                      connection[QStringLiteral("clientSecret")].toString());
    form.addQueryItem(QStringLiteral("scope"), scope);
    LocalRequest request;
    request.method = "POST";
    request.url = QUrl(connection[QStringLiteral("tokenEndpoint")].toString());
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = form.toString(QUrl::FullyEncoded).toLatin1();
    const LocalResponse response = harness.server->route(request);
    const QByteArray token = QJsonDocument::fromJson(response.body)
                                 .object()[QStringLiteral("access_token")]
                                 .toString()
                                 .toLatin1();
    if (token.isEmpty())
        fatal(QStringLiteral("no token for %1: %2").arg(scope, QString::fromUtf8(response.body)));
    return token;
}

QByteArray withoutCarriageReturn(QByteArray line) {
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Splits `input` at the first '\n': the line (without "\r") and what follows.
QByteArray takeLine(QByteArray &input) {
    const qsizetype end = input.indexOf('\n');
    const QByteArray line = end < 0 ? input : input.left(end);
    input = end < 0 ? QByteArray() : input.mid(end + 1);
    return withoutCarriageReturn(line);
}

LocalRequest requestFrom(QByteArray input) {
    LocalRequest request;
    const QByteArray requestLine = takeLine(input);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = (space < 0 ? requestLine : requestLine.left(space)).toUpper();
    QByteArray target = space < 0 ? QByteArray("/") : requestLine.mid(space + 1);
    if (target.endsWith(" HTTP/1.1"))
        target.chop(9);
    if (!target.startsWith('/'))
        target.prepend('/');
    target.replace("{subscription}", harness.subscriptionId).replace("{tenant}", harness.tenantId);
    request.url = QUrl::fromEncoded(harness.server->baseUrl().toLatin1() + target);
    for (QByteArray line = takeLine(input); !line.isEmpty(); line = takeLine(input)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    request.body = input;
    if (request.header("Authorization").isEmpty()) {
        const QByteArray &token =
            ArmService::handles(request.path()) ? harness.armToken : harness.vaultToken;
        request.headers.append({"Authorization", "Bearer " + token});
    }
    return request;
}

[[noreturn]] void unexpectedStatus(const LocalRequest &request, const LocalResponse &response) {
    std::fprintf(stderr, "%s %s answered %d: %s\n", request.method.constData(),
                 request.url.toEncoded().constData(), response.status, response.body.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    new QCoreApplication(*argc, *argv); // timers and the server's sockets need one
    harness.dataDir = newDataDirectory();
    if (!harness.dataDir->isValid())
        fatal(QStringLiteral("cannot create a temporary data directory"));
    std::atexit([] { QDir(harness.dataDir->path()).removeRecursively(); });
    harness.server = new LocalVaultServer;
    LocalVaultOptions options;
    options.dataDirectory = harness.dataDir->path();
    options.demo = true; // certificates, pending requests, issuers and APIM to route to
    options.issuerDelayMs = 0;
    QString error;
    if (!harness.server->start(options, &error))
        fatal(error);
    QFile connectionFile(harness.server->connectionFilePath());
    if (!connectionFile.open(QIODevice::ReadOnly))
        fatal(QStringLiteral("cannot read %1").arg(connectionFile.fileName()));
    const QJsonObject connection = QJsonDocument::fromJson(connectionFile.readAll()).object();
    harness.subscriptionId = connection[QStringLiteral("subscriptionId")].toString().toLatin1();
    harness.tenantId = connection[QStringLiteral("tenantId")].toString().toLatin1();
    harness.vaultToken = tokenFor(connection, QStringLiteral("https://vault.azure.net/.default"));
    harness.armToken =
        tokenFor(connection, QStringLiteral("https://management.azure.com/.default"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const LocalRequest request = requestFrom(certdeck::fuzz::bytes(data, size));
    const LocalResponse response = harness.server->route(request);
    const bool internalError =
        response.status == 500 && !ApiManagementService::isGatewayPath(request.path());
    if (response.status < 100 || response.status > 599 || internalError)
        unexpectedStatus(request, response);
    QCoreApplication::processEvents(); // due issuer operations settle, as between requests
    return 0;
}
