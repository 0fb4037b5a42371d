#include "cli_commands.h"

#include "certificate_reader.h"
#include "certificate_request.h"
#include "chain.h"
#include "local_files.h"
#include "openssl_support.h"
#include "page_stream.h"
#include "pkcs12.h"
#include "table_output.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace certdeck::cli {

using client::ServiceReply;
using client::VaultError;

namespace {

QCommandLineOption option(const QString &name, const QString &description,
                          const QString &valueName = {}) {
    return QCommandLineOption(name, description, valueName);
}

QList<CommandSpec> buildSpecs() {
    const QString file = QStringLiteral("FILE");
    const auto versionOption =
        option(QStringLiteral("version"),
               Text::tr("A specific version (default: the current one)."), QStringLiteral("V"));
    return {
        {QStringLiteral("list"),
         QStringLiteral("list [--include-pending]"),
         Text::tr("List the certificates of the vault."),
         {option(QStringLiteral("include-pending"),
                 Text::tr("Also list certificates whose first version is still pending."))},
         0,
         0},
        {QStringLiteral("show"),
         QStringLiteral("show NAME [--version V]"),
         Text::tr("Show a certificate with its policy."),
         {versionOption},
         1,
         1},
        {QStringLiteral("versions"),
         QStringLiteral("versions NAME"),
         Text::tr("List the versions of a certificate."),
         {},
         1,
         1},
        {QStringLiteral("create"),
         QStringLiteral("create NAME (--subject DN [...] | --policy-file FILE)"),
         Text::tr("Create a certificate (a new version when NAME exists)."),
         {option(QStringLiteral("subject"),
                 Text::tr("Subject, e.g. \"CN=www.contoso.com, O=Contoso\"."),
                 QStringLiteral("DN")),
          option(QStringLiteral("san-dns"),
                 Text::tr("DNS subject alternative name (repeat or separate with commas)."),
                 QStringLiteral("NAME")),
          option(QStringLiteral("san-email"),
                 Text::tr("E-mail subject alternative name (repeat or separate with commas)."),
                 QStringLiteral("ADDRESS")),
          option(QStringLiteral("key-type"), Text::tr("RSA (default) or EC."),
                 QStringLiteral("TYPE")),
          option(QStringLiteral("key-size"), Text::tr("RSA key size: 2048, 3072 or 4096."),
                 QStringLiteral("BITS")),
          option(QStringLiteral("curve"), Text::tr("EC curve: P-256, P-384, P-521 or P-256K."),
                 QStringLiteral("CURVE")),
          option(QStringLiteral("validity-months"), Text::tr("Validity in months."),
                 QStringLiteral("N")),
          option(QStringLiteral("issuer"),
                 Text::tr("Self (default), Unknown (sign the request elsewhere and merge), or an "
                          "issuer's name."),
                 QStringLiteral("NAME")),
          option(QStringLiteral("not-exportable"), Text::tr("The private key cannot be exported.")),
          option(QStringLiteral("ekus"),
                 Text::tr("Extended key usage OIDs, separated with commas."),
                 QStringLiteral("OIDS")),
          option(QStringLiteral("content-type"),
                 Text::tr("How the secret is served: pfx (default) or pem."),
                 QStringLiteral("TYPE")),
          option(
              QStringLiteral("policy-file"),
              Text::tr("A certificate policy as JSON (the service's shape) instead of the options "
                       "above."),
              file)},
         1,
         1},
        {QStringLiteral("pending"),
         QStringLiteral("pending NAME [--watch] [--csr-out FILE]"),
         Text::tr("Show the pending request (certificate operation) of a certificate."),
         {option(QStringLiteral("watch"),
                 Text::tr("Poll until the request completes, fails or is cancelled, printing each "
                          "change; exit 0 only when it completed.")),
          option(QStringLiteral("csr-out"), Text::tr("Write the request's CSR (PEM) to FILE."),
                 file)},
         1,
         1},
        {QStringLiteral("cancel"),
         QStringLiteral("cancel NAME"),
         Text::tr("Ask the issuer to cancel the pending request."),
         {},
         1,
         1},
        {QStringLiteral("merge"),
         QStringLiteral("merge NAME FILE..."),
         Text::tr("Complete a pending request with the signed certificate and its chain (.cer, "
                  ".crt, .pem, .p7b). The chain is checked against the request's key before "
                  "anything is sent."),
         {},
         2,
         -1},
        {QStringLiteral("import"),
         QStringLiteral("import NAME FILE [--password-file FILE]"),
         Text::tr("Import a certificate with its private key (.pfx, .p12 or .pem). Without "
                  "--password-file the password is asked for on the terminal."),
         {option(QStringLiteral("password-file"),
                 Text::tr("File holding the password (first line). Passwords are never accepted "
                          "as arguments."),
                 file)},
         2,
         2},
        {QStringLiteral("export"),
         QStringLiteral("export NAME [--version V] --out FILE [--format pfx|pem] [--force]"),
         Text::tr("Write the certificate with its private key to FILE (mode 0600)."),
         {versionOption, option(QStringLiteral("out"), Text::tr("The file to write."), file),
          option(QStringLiteral("format"),
                 Text::tr("pfx or pem (default: from FILE's extension, else as the vault serves "
                          "it)."),
                 QStringLiteral("FORMAT")),
          option(QStringLiteral("force"), Text::tr("Overwrite FILE if it exists."))},
         1,
         1},
        {QStringLiteral("delete"),
         QStringLiteral("delete NAME"),
         Text::tr("Delete a certificate (recoverable while the vault keeps it)."),
         {},
         1,
         1},
        {QStringLiteral("recover"),
         QStringLiteral("recover NAME"),
         Text::tr("Recover a deleted certificate."),
         {},
         1,
         1},
        {QStringLiteral("purge"),
         QStringLiteral("purge NAME"),
         Text::tr("Permanently remove a deleted certificate."),
         {},
         1,
         1},
        {QStringLiteral("deleted"),
         QStringLiteral("deleted"),
         Text::tr("List the deleted certificates."),
         {},
         0,
         0},
        {QStringLiteral("issuers"),
         QStringLiteral("issuers"),
         Text::tr("List the certificate issuers of the vault."),
         {},
         0,
         0},
        {QStringLiteral("policy"),
         QStringLiteral("policy list | policy add --object-id ID [--certificates P,...] "
                        "[--secrets P,...] [--keys P,...] | policy remove --object-id ID"),
         Text::tr("Vault access policies, through Azure Resource Manager."),
         {option(QStringLiteral("object-id"), Text::tr("The principal's object id."),
                 QStringLiteral("ID")),
          option(QStringLiteral("tenant-id"),
                 Text::tr("The principal's tenant (default: the vault's)."), QStringLiteral("ID")),
          option(QStringLiteral("certificates"),
                 Text::tr("Certificate permissions, e.g. get,list."), QStringLiteral("P,...")),
          option(QStringLiteral("secrets"), Text::tr("Secret permissions."),
                 QStringLiteral("P,...")),
          option(QStringLiteral("keys"), Text::tr("Key permissions."), QStringLiteral("P,..."))},
         1,
         1},
    };
}

QStringList splitValues(const QStringList &values) {
    QStringList result;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                result.append(trimmed);
        }
    }
    return result;
}

QString statusOf(const vault::CertificateItem &item) {
    if (item.x5t.isEmpty())
        return Text::tr("pending");
    if (item.attributes.expires && *item.attributes.expires < QDateTime::currentSecsSinceEpoch())
        return Text::tr("expired");
    return item.attributes.enabled.value_or(true) ? Text::tr("enabled") : Text::tr("disabled");
}

QString tagsText(const std::optional<vault::Tags> &tags) {
    if (!tags)
        return {};
    QStringList parts;
    for (auto it = tags->cbegin(); it != tags->cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QLatin1String(", "));
}

QString keyText(const std::optional<vault::KeyProperties> &key) {
    if (!key)
        return {};
    QString text = key->keyType.value_or(QString());
    if (key->keySize)
        text += QLatin1Char(' ') + QString::number(*key->keySize);
    if (key->curve)
        text += QLatin1Char(' ') + *key->curve;
    if (key->exportable)
        text += QLatin1String(", ") +
                (*key->exportable ? Text::tr("exportable") : Text::tr("not exportable"));
    return text.trimmed();
}

void describeBundle(Details &details, const vault::CertificateBundle &bundle) {
    details.add(Text::tr("Name"), bundle.name());
    details.add(Text::tr("Version"), bundle.version());
    details.add(Text::tr("Enabled"), yesNo(bundle.attributes.enabled.value_or(false)));
    if (!bundle.cer.isEmpty()) {
        auto certificate = crypto::Certificate::fromDer(bundle.cer);
        if (certificate) {
            details.add(Text::tr("Subject"), certificate->subject());
            details.add(Text::tr("Issued by"), certificate->issuer());
            const auto sans = certificate->subjectAlternativeNames();
            if (!sans.dnsNames.isEmpty())
                details.add(Text::tr("DNS names"), sans.dnsNames.join(QLatin1String(", ")));
            if (!sans.emails.isEmpty())
                details.add(Text::tr("E-mail addresses"), sans.emails.join(QLatin1String(", ")));
            details.add(Text::tr("Serial number"), certificate->serialNumberHex());
        }
    }
    details.add(Text::tr("Not before"), formatDate(bundle.attributes.notBefore));
    details.add(Text::tr("Expires"), formatDate(bundle.attributes.expires));
    details.add(Text::tr("Thumbprint (SHA-1)"), thumbprintHex(bundle.x5t));
    if (bundle.policy) {
        if (bundle.policy->issuer && bundle.policy->issuer->name)
            details.add(Text::tr("Policy issuer"), *bundle.policy->issuer->name);
        details.add(Text::tr("Key"), keyText(bundle.policy->keyProperties));
    }
    if (bundle.contentType)
        details.add(Text::tr("Content type"), *bundle.contentType);
    details.add(Text::tr("Created"), formatDate(bundle.attributes.created));
    details.add(Text::tr("Updated"), formatDate(bundle.attributes.updated));
    if (bundle.attributes.recoveryLevel)
        details.add(Text::tr("Recovery level"), *bundle.attributes.recoveryLevel);
    if (bundle.tags && !bundle.tags->isEmpty())
        details.add(Text::tr("Tags"), tagsText(bundle.tags));
    if (bundle.pendingId)
        details.add(Text::tr("Pending request"), yesNo(true));
    details.add(Text::tr("Identifier"), bundle.id);
}

void describeOperation(Details &details, const vault::CertificateOperation &operation) {
    details.add(Text::tr("Name"), operation.name());
    details.add(Text::tr("Status"), operation.status);
    if (operation.statusDetails)
        details.add(Text::tr("Details"), *operation.statusDetails);
    if (operation.issuer && operation.issuer->name)
        details.add(Text::tr("Issuer"), *operation.issuer->name);
    if (operation.cancellationRequested)
        details.add(Text::tr("Cancellation requested"), yesNo(*operation.cancellationRequested));
    if (operation.error)
        details.add(Text::tr("Error"),
                    operation.error->code + QLatin1String(": ") + operation.error->message);
    if (!operation.csr.isEmpty()) {
        auto csr = crypto::CertificateRequest::fromDer(operation.csr);
        details.add(Text::tr("Request subject"), csr ? csr->subject() : QString());
    }
    if (!operation.requestId.isEmpty())
        details.add(Text::tr("Request id"), operation.requestId);
}

QStringList itemRow(const vault::CertificateItem &item) {
    return {item.name(), statusOf(item), formatDate(item.attributes.expires),
            thumbprintHex(item.x5t)};
}

} // namespace

const QList<CommandSpec> &commandSpecs() {
    static const QList<CommandSpec> specs = buildSpecs();
    return specs;
}

const CommandSpec *findCommand(const QString &name) {
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

Commands::Commands(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

void Commands::start(const CommandSpec &command, const QCommandLineParser &parser) {
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("list"), &Commands::list},
        {QStringLiteral("show"), &Commands::show},
        {QStringLiteral("versions"), &Commands::versions},
        {QStringLiteral("deleted"), &Commands::deleted},
        {QStringLiteral("create"), &Commands::create},
        {QStringLiteral("pending"), &Commands::pending},
        {QStringLiteral("cancel"), &Commands::cancel},
        {QStringLiteral("merge"), &Commands::merge},
        {QStringLiteral("import"), &Commands::importCertificate},
        {QStringLiteral("export"), &Commands::exportCertificate},
        {QStringLiteral("delete"), &Commands::deleteCertificate},
        {QStringLiteral("recover"), &Commands::recover},
        {QStringLiteral("purge"), &Commands::purge},
        {QStringLiteral("issuers"), &Commands::issuers},
        {QStringLiteral("policy"), &Commands::policy},
    };
    const Handler handler = handlers.value(command.name);
    (this->*handler)(parser, parser.positionalArguments());
}

void Commands::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    out().flush();
    err().flush();
    emit finished(exitCode);
}

void Commands::failLocally(const QString &what, const QString &message, int exitCode) {
    reportLocalError(what, message);
    finish(exitCode);
}

// ---------- listings ----------

void Commands::streamListing(const QString &path, const QList<QPair<QString, QString>> &query,
                             const QString &what, QStringList headers,
                             std::function<QStringList(const vault::CertificateItem &)> row) {
    client::VaultClient *vault = m_session->vault();
    QUrl url = vault->vaultUrl();
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::DecodedMode);
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("api-version"), vault->apiVersion());
    items.addQueryItem(QStringLiteral("maxresults"), QStringLiteral("25"));
    for (const auto &[key, value] : query)
        items.addQueryItem(key, value);
    url.setQuery(items);

    // Table output streams page by page; JSON is one document, written once the last page came.
    auto *stream = new PageStream(m_session->pipeline(), this);
    auto table = std::make_shared<Table>(std::move(headers));
    // JSON: the items exactly as the service sent them (no re-serialisation of 10,000 items).
    auto collected = std::make_shared<QByteArray>();
    connect(stream, &PageStream::pageReceived, this,
            [this, table, collected, row](const QJsonArray &page, const QByteArray &raw) {
                if (json()) {
                    if (!raw.isEmpty())
                        *collected += (collected->isEmpty() ? "\n" : ",\n") + raw;
                    return;
                }
                for (const QJsonValue &item : page)
                    table->addRow(row(vault::CertificateItem::fromJson(item.toObject())));
                table->print(out());
                out().flush();
            });
    connect(stream, &PageStream::finished, this, [this, stream, what, table, collected] {
        stream->deleteLater();
        if (stream->hasError()) {
            reportError(what, stream->error());
            return finish(exitCodeFor(stream->error()));
        }
        if (json())
            printRawJson("{\"value\": [" + *collected + (collected->isEmpty() ? "]}\n" : "\n]}\n"));
        else if (table->isEmpty())
            out() << Text::tr("(none)") << '\n';
        finish(ExitOk);
    });
    stream->start(url);
}

void Commands::list(const QCommandLineParser &parser, const QStringList &) {
    QList<QPair<QString, QString>> query;
    if (parser.isSet(QStringLiteral("include-pending")))
        query.append({QStringLiteral("includePending"), QStringLiteral("true")});
    streamListing(
        QStringLiteral("/certificates"), query, Text::tr("certificates list"),
        {Text::tr("NAME"), Text::tr("STATUS"), Text::tr("EXPIRES"), Text::tr("THUMBPRINT (SHA-1)")},
        itemRow);
}

void Commands::versions(const QCommandLineParser &, const QStringList &arguments) {
    streamListing(QStringLiteral("/certificates/%1/versions").arg(arguments[0]), {},
                  Text::tr("versions of %1").arg(arguments[0]),
                  {Text::tr("VERSION"), Text::tr("STATUS"), Text::tr("CREATED"),
                   Text::tr("EXPIRES"), Text::tr("THUMBPRINT (SHA-1)")},
                  [](const vault::CertificateItem &item) {
                      return QStringList{
                          item.version(), statusOf(item), formatDate(item.attributes.created),
                          formatDate(item.attributes.expires), thumbprintHex(item.x5t)};
                  });
}

void Commands::deleted(const QCommandLineParser &, const QStringList &) {
    streamListing(QStringLiteral("/deletedcertificates"), {}, Text::tr("deleted certificates list"),
                  {Text::tr("NAME"), Text::tr("DELETED"), Text::tr("PURGED AFTER"),
                   Text::tr("THUMBPRINT (SHA-1)")},
                  [](const vault::CertificateItem &item) {
                      return QStringList{item.name(), formatDate(item.deletedDate),
                                         formatDate(item.scheduledPurgeDate),
                                         thumbprintHex(item.x5t)};
                  });
}

void Commands::issuers(const QCommandLineParser &, const QStringList &) {
    await(m_session->vault()->listIssuers(), Text::tr("issuers list"),
          [this](const QList<vault::IssuerBundle> &issuers) {
              if (json()) {
                  QJsonArray value;
                  for (const auto &issuer : issuers)
                      value.append(issuer.toItemJson());
                  printJson(QJsonObject{{QStringLiteral("value"), value}});
                  return finish(ExitOk);
              }
              Table table({Text::tr("NAME"), Text::tr("PROVIDER")});
              for (const auto &issuer : issuers)
                  table.addRow({issuer.name(), issuer.provider.value_or(QString())});
              if (issuers.isEmpty())
                  out() << Text::tr("(none)") << '\n';
              else
                  table.print(out());
              finish(ExitOk);
          });
}

// ---------- one certificate ----------

void Commands::show(const QCommandLineParser &parser, const QStringList &arguments) {
    await(m_session->vault()->getCertificate(arguments[0], parser.value(QStringLiteral("version"))),
          Text::tr("show %1").arg(arguments[0]), [this](const vault::CertificateBundle &bundle) {
              if (json()) {
                  printJson(bundle.toJson());
              } else {
                  Details details;
                  describeBundle(details, bundle);
                  details.print(out());
              }
              finish(ExitOk);
          });
}

void Commands::create(const QCommandLineParser &parser, const QStringList &arguments) {
    const QString name = arguments[0];
    const QString what = Text::tr("create %1").arg(name);
    static const QStringList policyOptions{
        QStringLiteral("subject"),       QStringLiteral("san-dns"),
        QStringLiteral("san-email"),     QStringLiteral("key-type"),
        QStringLiteral("key-size"),      QStringLiteral("curve"),
        QStringLiteral("issuer"),        QStringLiteral("validity-months"),
        QStringLiteral("ekus"),          QStringLiteral("content-type"),
        QStringLiteral("not-exportable")};
    client::CreateParameters parameters;
    if (parser.isSet(QStringLiteral("policy-file"))) {
        for (const QString &other : policyOptions) {
            if (parser.isSet(other))
                return failLocally(
                    what, Text::tr("--policy-file cannot be combined with --%1.").arg(other),
                    ExitUsage);
        }
        QString error;
        const QString path = parser.value(QStringLiteral("policy-file"));
        auto data = readLocalFile(path, &error);
        if (!data)
            return failLocally(what, error);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*data, &parseError);
        if (!document.isObject())
            return failLocally(
                what, Text::tr("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
        QJsonObject json = document.object();
        if (json.value(QStringLiteral("policy")).isObject())
            json = json.value(QStringLiteral("policy")).toObject();
        parameters.policy = vault::CertificatePolicy::fromJson(json);
    } else {
        if (!parser.isSet(QStringLiteral("subject")))
            return failLocally(what, Text::tr("--subject (or --policy-file) is required."),
                               ExitUsage);
        vault::CertificatePolicy &policy = parameters.policy;
        vault::X509Properties x509;
        x509.subject = parser.value(QStringLiteral("subject"));
        const QStringList dns = splitValues(parser.values(QStringLiteral("san-dns")));
        const QStringList emails = splitValues(parser.values(QStringLiteral("san-email")));
        if (!dns.isEmpty() || !emails.isEmpty()) {
            x509.sans = vault::SubjectAlternativeNames();
            if (!dns.isEmpty())
                x509.sans->dnsNames = dns;
            if (!emails.isEmpty())
                x509.sans->emails = emails;
        }
        if (parser.isSet(QStringLiteral("ekus")))
            x509.extendedKeyUsages = splitValues(parser.values(QStringLiteral("ekus")));
        if (parser.isSet(QStringLiteral("validity-months"))) {
            bool ok = false;
            const int months = parser.value(QStringLiteral("validity-months")).toInt(&ok);
            if (!ok || months < 1 || months > 1200)
                return failLocally(
                    what, Text::tr("--validity-months needs a number from 1 to 1200."), ExitUsage);
            x509.validityMonths = months;
        }
        policy.x509Properties = x509;

        vault::KeyProperties key;
        const QString keyType = parser.value(QStringLiteral("key-type")).toUpper();
        if (!keyType.isEmpty() && keyType != QLatin1String("RSA") && keyType != QLatin1String("EC"))
            return failLocally(what, Text::tr("--key-type must be RSA or EC."), ExitUsage);
        if (!keyType.isEmpty())
            key.keyType = keyType;
        if (parser.isSet(QStringLiteral("key-size"))) {
            bool ok = false;
            const int size = parser.value(QStringLiteral("key-size")).toInt(&ok);
            if (!ok || keyType == QLatin1String("EC"))
                return failLocally(
                    what, Text::tr("--key-size needs a number of bits and an RSA key."), ExitUsage);
            key.keySize = size;
        }
        if (parser.isSet(QStringLiteral("curve"))) {
            const QString curve = parser.value(QStringLiteral("curve")).toUpper();
            static const QStringList curves{QStringLiteral("P-256"), QStringLiteral("P-384"),
                                            QStringLiteral("P-521"), QStringLiteral("P-256K")};
            if (!curves.contains(curve))
                return failLocally(what, Text::tr("--curve must be P-256, P-384, P-521 or P-256K."),
                                   ExitUsage);
            if (keyType == QLatin1String("RSA"))
                return failLocally(what, Text::tr("--curve needs --key-type EC."), ExitUsage);
            key.keyType = QStringLiteral("EC");
            key.curve = curve;
        }
        key.exportable = !parser.isSet(QStringLiteral("not-exportable"));
        policy.keyProperties = key;

        if (parser.isSet(QStringLiteral("content-type"))) {
            const QString type = parser.value(QStringLiteral("content-type")).toLower();
            vault::SecretProperties secret;
            if (type == QLatin1String("pem"))
                secret.contentType = QStringLiteral("application/x-pem-file");
            else if (type == QLatin1String("pfx"))
                secret.contentType = QStringLiteral("application/x-pkcs12");
            else
                return failLocally(what, Text::tr("--content-type must be pem or pfx."), ExitUsage);
            policy.secretProperties = secret;
        }
        policy.issuer = vault::IssuerParameters();
        policy.issuer->name = parser.isSet(QStringLiteral("issuer"))
                                  ? parser.value(QStringLiteral("issuer"))
                                  : QStringLiteral("Self");
    }
    await(m_session->vault()->createCertificate(name, parameters), what,
          [this](const vault::CertificateOperation &operation) {
              if (json()) {
                  printJson(operation.toJson());
              } else {
                  Details details;
                  describeOperation(details, operation);
                  details.print(out());
              }
              finish(ExitOk);
          });
}

void Commands::pending(const QCommandLineParser &parser, const QStringList &arguments) {
    const QString name = arguments[0];
    if (parser.isSet(QStringLiteral("watch")))
        return watchOperation(name, 0, QString());
    const QString csrOut = parser.value(QStringLiteral("csr-out"));
    await(m_session->vault()->getOperation(name), Text::tr("pending %1").arg(name),
          [this, name, csrOut](const vault::CertificateOperation &operation) {
              if (!csrOut.isEmpty()) {
                  auto csr = crypto::CertificateRequest::fromDer(operation.csr);
                  if (!csr)
                      return failLocally(Text::tr("pending %1").arg(name),
                                         Text::tr("The pending request carries no readable CSR."),
                                         ExitService);
                  QFile file(csrOut);
                  if (!file.open(QIODevice::WriteOnly) || file.write(csr->pem()) < 0)
                      return failLocally(
                          Text::tr("pending %1").arg(name),
                          Text::tr("%1 cannot be written: %2").arg(csrOut, file.errorString()));
              }
              if (json()) {
                  printJson(operation.toJson());
              } else {
                  Details details;
                  describeOperation(details, operation);
                  details.print(out());
              }
              finish(ExitOk);
          });
}

// Polls with a growing, bounded interval (0.5 s up to 5 s); one line per change of status.
void Commands::watchOperation(const QString &name, int intervalMs, const QString &lastStatus) {
    auto poll = [this, name, intervalMs, lastStatus] {
        await(m_session->vault()->getOperation(name), Text::tr("pending %1").arg(name),
              [this, name, intervalMs, lastStatus](const vault::CertificateOperation &operation) {
                  const QString state = operation.status + QLatin1Char('\n') +
                                        operation.statusDetails.value_or(QString());
                  if (!json() && state != lastStatus) {
                      out() << formatDate(QDateTime::currentDateTimeUtc()) << "  "
                            << operation.status;
                      if (operation.statusDetails && !operation.statusDetails->isEmpty())
                          out() << "  " << *operation.statusDetails;
                      out() << '\n';
                      out().flush();
                  }
                  if (!vault::OperationStatus::isTerminal(operation.status)) {
                      const int next = intervalMs == 0 ? 500 : std::min(intervalMs * 3 / 2, 5000);
                      return watchOperation(name, next, state);
                  }
                  if (json())
                      printJson(operation.toJson());
                  const bool completed = operation.status.compare(vault::OperationStatus::Completed,
                                                                  Qt::CaseInsensitive) == 0;
                  if (!completed && operation.error)
                      reportLocalError(Text::tr("pending %1").arg(name),
                                       Text::tr("The request ended %1: %2 (%3)")
                                           .arg(operation.status, operation.error->message,
                                                operation.error->code));
                  else if (!completed)
                      reportLocalError(Text::tr("pending %1").arg(name),
                                       Text::tr("The request ended %1.").arg(operation.status));
                  finish(completed ? ExitOk : ExitService);
              });
    };
    if (intervalMs == 0)
        poll();
    else
        QTimer::singleShot(intervalMs, this, poll);
}

void Commands::cancel(const QCommandLineParser &, const QStringList &arguments) {
    await(m_session->vault()->cancelOperation(arguments[0]),
          Text::tr("cancel %1").arg(arguments[0]), [this](const vault::CertificateOperation &op) {
              if (json()) {
                  printJson(op.toJson());
              } else {
                  Details details;
                  describeOperation(details, op);
                  details.print(out());
              }
              finish(ExitOk);
          });
}

void Commands::merge(const QCommandLineParser &, const QStringList &arguments) {
    const QString name = arguments[0];
    const QString what = Text::tr("merge %1").arg(name);
    QString error;
    auto read = readCertificateFiles(arguments.mid(1), &error);
    if (!read)
        return failLocally(what, error);
    QList<crypto::Certificate> unique;
    for (const auto &certificate : *read) {
        if (!unique.contains(certificate))
            unique.append(certificate);
    }
    const QList<crypto::Certificate> chain = crypto::orderChain(unique);
    if (!crypto::isContiguousChain(chain))
        err() << "certdeck-cli: " << what << ": "
              << Text::tr("warning: the certificates do not form one chain (each signed by the "
                          "next); they are sent leaf first as found.")
              << '\n';
    // The request's key decides: a certificate issued for another key is refused here, before
    // the merge is sent.
    await(m_session->vault()->getOperation(name), what,
          [this, name, what, chain](const vault::CertificateOperation &operation) {
              auto csr = crypto::CertificateRequest::fromDer(operation.csr);
              if (!csr)
                  return failLocally(what,
                                     Text::tr("The pending request of %1 carries no readable CSR; "
                                              "nothing was merged.")
                                         .arg(name),
                                     ExitService);
              const crypto::Certificate &leaf = chain.first();
              if (!csr->matches(leaf))
                  return failLocally(
                      what, Text::tr("The certificate “%1” (thumbprint %2) was not issued for this "
                                     "request: its public key does not match the key of the "
                                     "pending request of %3. Nothing was sent to the vault.")
                                .arg(leaf.subject(), thumbprintHex(leaf.x5t()), name));
              QList<QByteArray> x5c;
              for (const auto &certificate : chain)
                  x5c.append(certificate.der());
              await(m_session->vault()->mergeCertificate(name, x5c), what,
                    [this](const vault::CertificateBundle &bundle) {
                        if (json()) {
                            printJson(bundle.toJson());
                        } else {
                            Details details;
                            describeBundle(details, bundle);
                            details.print(out());
                        }
                        finish(ExitOk);
                    });
          });
}

void Commands::importCertificate(const QCommandLineParser &parser, const QStringList &arguments) {
    const QString name = arguments[0];
    const QString path = arguments[1];
    const QString what = Text::tr("import %1").arg(name);
    QString error;
    auto data = readLocalFile(path, &error);
    if (!data)
        return failLocally(what, error);
    QByteArray password;
    bool havePassword = false;
    if (parser.isSet(QStringLiteral("password-file"))) {
        auto secret = readSecretFile(parser.value(QStringLiteral("password-file")), &error);
        if (!secret)
            return failLocally(what, error);
        password = *secret;
        crypto::cleanse(*secret);
        havePassword = true;
    }
    // Asks on the terminal only when the file turns out to need a password.
    auto askPassword = [&]() -> bool {
        if (havePassword)
            return false;
        auto typed = promptSecret(Text::tr("Password for %1: ").arg(QFileInfo(path).fileName()));
        if (!typed)
            return false;
        password = *typed;
        crypto::cleanse(*typed);
        havePassword = true;
        return true;
    };
    const auto wrongPassword = [&] {
        crypto::cleanse(password);
        failLocally(what, havePassword
                              ? Text::tr("The password does not open %1 (wrong password, or the "
                                         "file is damaged). Nothing was sent.")
                                    .arg(path)
                              : Text::tr("%1 is protected by a password: give it with "
                                         "--password-file FILE, or run on a terminal to be "
                                         "asked for it.")
                                    .arg(path));
    };

    client::ImportParameters parameters;
    const crypto::FileKind kind = crypto::detectFileKind(*data);
    if (kind == crypto::FileKind::Pkcs12) {
        auto bundle = crypto::readPkcs12(*data, password);
        if (!bundle && bundle.error().code == crypto::CryptoErrorCode::WrongPassword &&
            askPassword())
            bundle = crypto::readPkcs12(*data, password);
        if (!bundle && bundle.error().code == crypto::CryptoErrorCode::WrongPassword)
            return wrongPassword();
        if (!bundle) {
            crypto::cleanse(password);
            return failLocally(
                what,
                Text::tr("%1 is not a PFX that can be read: %2").arg(path, bundle.error().message));
        }
        parameters.pfxOrPem = *data;
        parameters.password = QString::fromUtf8(password);
        parameters.expectedX5t = bundle->certificate.x5t();
    } else if (kind == crypto::FileKind::PemWithPrivateKey) {
        auto bundle = crypto::readPem(*data, password);
        if (!bundle && bundle.error().code == crypto::CryptoErrorCode::WrongPassword &&
            askPassword())
            bundle = crypto::readPem(*data, password);
        if (!bundle && bundle.error().code == crypto::CryptoErrorCode::WrongPassword)
            return wrongPassword();
        if (!bundle || !bundle->key) {
            crypto::cleanse(password);
            return failLocally(what, Text::tr("%1 cannot be read as PEM: %2")
                                         .arg(path, bundle ? QString() : bundle.error().message));
        }
        // Key Vault takes an unencrypted PKCS#8 key: the leaf (the key's certificate) first.
        QList<crypto::Certificate> chain = crypto::orderChain(bundle->certificates);
        qsizetype leaf = -1;
        for (qsizetype i = 0; i < chain.size() && leaf < 0; ++i) {
            if (chain[i].matches(*bundle->key))
                leaf = i;
        }
        if (leaf < 0) {
            crypto::cleanse(password);
            return failLocally(what,
                               Text::tr("No certificate in %1 matches its private key.").arg(path));
        }
        chain.move(leaf, 0);
        parameters.pfxOrPem = crypto::writePem(chain, bundle->key);
        parameters.pem = true;
        parameters.expectedX5t = chain.first().x5t();
    } else if (kind == crypto::FileKind::PemCertificates ||
               kind == crypto::FileKind::DerCertificate || kind == crypto::FileKind::Pkcs7) {
        return failLocally(what, Text::tr("%1 holds certificates but no private key: import "
                                          "needs the key too (a PFX, or PEM with the key).")
                                     .arg(path));
    } else {
        return failLocally(what, Text::tr("%1 is neither a PFX (.pfx, .p12) nor PEM.").arg(path));
    }
    crypto::cleanse(password);
    crypto::cleanse(*data);
    auto *reply = m_session->vault()->importCertificate(name, parameters);
    parameters.password.fill(QLatin1Char('\0'));
    crypto::cleanse(parameters.pfxOrPem);
    await(reply, what, [this](const vault::CertificateBundle &bundle) {
        if (json()) {
            printJson(bundle.toJson());
        } else {
            Details details;
            describeBundle(details, bundle);
            details.print(out());
        }
        finish(ExitOk);
    });
}

void Commands::exportCertificate(const QCommandLineParser &parser, const QStringList &arguments) {
    const QString name = arguments[0];
    const QString what = Text::tr("export %1").arg(name);
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return failLocally(what, Text::tr("--out FILE is required."), ExitUsage);
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("pfx") || suffix == QLatin1String("p12"))
            format = QStringLiteral("pfx");
        else if (suffix == QLatin1String("pem"))
            format = QStringLiteral("pem");
    } else if (format != QLatin1String("pfx") && format != QLatin1String("pem")) {
        return failLocally(what, Text::tr("--format must be pfx or pem."), ExitUsage);
    }
    if (!parser.isSet(QStringLiteral("force")) && QFileInfo::exists(path))
        return failLocally(
            what, Text::tr("%1 already exists: choose another file or add --force.").arg(path));
    const bool force = parser.isSet(QStringLiteral("force"));
    await(
        m_session->vault()->getSecret(name, parser.value(QStringLiteral("version"))), what,
        [this, what, path, format, force](const vault::SecretBundle &secret) {
            const bool servedPem =
                secret.contentType.value_or(QString()) == QLatin1String("application/x-pem-file");
            QByteArray data =
                servedPem ? secret.value.toUtf8() : QByteArray::fromBase64(secret.value.toLatin1());
            const QString wanted = format.isEmpty()
                                       ? (servedPem ? QStringLiteral("pem") : QStringLiteral("pfx"))
                                       : format;
            QString error;
            if (wanted == QLatin1String("pem") && !servedPem) {
                auto bundle = crypto::readPkcs12(data, {});
                crypto::cleanse(data);
                if (!bundle)
                    return failLocally(
                        what,
                        Text::tr("The vault's PFX cannot be read: %1").arg(bundle.error().message),
                        ExitService);
                data = crypto::writePem(
                    QList<crypto::Certificate>{bundle->certificate} + bundle->chain, bundle->key);
            } else if (wanted == QLatin1String("pfx") && servedPem) {
                auto bundle = crypto::readPem(data);
                crypto::cleanse(data);
                if (!bundle || !bundle->key || bundle->certificates.isEmpty())
                    return failLocally(what, Text::tr("The vault's PEM cannot be read."),
                                       ExitService);
                QList<crypto::Certificate> chain = crypto::orderChain(bundle->certificates);
                const crypto::Certificate leaf = chain.takeFirst();
                auto pfx = crypto::writePkcs12({*bundle->key, leaf, chain, {}}, {});
                if (!pfx)
                    return failLocally(what, pfx.error().message, ExitService);
                data = *pfx;
            }
            const bool written = writePrivateFile(path, data, force, &error);
            crypto::cleanse(data);
            if (!written)
                return failLocally(what, error);
            if (json()) {
                QJsonObject metadata = secret.toJson();
                metadata.remove(QStringLiteral("value"));
                metadata.insert(QStringLiteral("file"), QFileInfo(path).absoluteFilePath());
                metadata.insert(QStringLiteral("format"), wanted);
                printJson(metadata);
            } else {
                out() << Text::tr("Wrote %1 (%2, with the private key; readable by you only).")
                             .arg(path, wanted == QLatin1String("pem")
                                            ? Text::tr("PEM")
                                            : Text::tr("PKCS #12 without a password"))
                      << '\n';
            }
            finish(ExitOk);
        });
}

void Commands::deleteCertificate(const QCommandLineParser &, const QStringList &arguments) {
    await(m_session->vault()->deleteCertificate(arguments[0]),
          Text::tr("delete %1").arg(arguments[0]),
          [this](const vault::DeletedCertificateBundle &deleted) {
              if (json()) {
                  printJson(deleted.toJson());
              } else {
                  Details details;
                  details.add(Text::tr("Deleted"), deleted.bundle.name());
                  details.add(Text::tr("Deleted on"), formatDate(deleted.deletedDate));
                  if (deleted.scheduledPurgeDate)
                      details.add(Text::tr("Recoverable until"),
                                  formatDate(deleted.scheduledPurgeDate));
                  if (deleted.recoveryId)
                      details.add(Text::tr("Recovery id"), *deleted.recoveryId);
                  details.print(out());
              }
              finish(ExitOk);
          });
}

void Commands::recover(const QCommandLineParser &, const QStringList &arguments) {
    await(m_session->vault()->recoverDeletedCertificate(arguments[0]),
          Text::tr("recover %1").arg(arguments[0]), [this](const vault::CertificateBundle &bundle) {
              if (json()) {
                  printJson(bundle.toJson());
              } else {
                  Details details;
                  describeBundle(details, bundle);
                  details.print(out());
              }
              finish(ExitOk);
          });
}

void Commands::purge(const QCommandLineParser &, const QStringList &arguments) {
    const QString name = arguments[0];
    await(m_session->vault()->purgeDeletedCertificate(name), Text::tr("purge %1").arg(name),
          [this, name](const client::Done &) {
              if (json())
                  printJson(QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("purged"), true}});
              else
                  out() << Text::tr("Purged %1.").arg(name) << '\n';
              finish(ExitOk);
          });
}

} // namespace certdeck::cli
