#include "local_vault_fixture.h"

#include "certificate_reader.h"
#include "certificate_signer.h"
#include "pkcs12.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <stdexcept>

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

QByteArray HttpResult::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResult::errorCode() const {
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpResult::innerErrorCode() const {
    return json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("innererror"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString HttpResult::errorMessage() const {
    return json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

LocalVaultFixture::LocalVaultFixture(qint64 issuerDelayMs, bool demo)
    : m_issuerDelayMs(issuerDelayMs)
    , m_demo(demo) {}

LocalVaultFixture::~LocalVaultFixture() = default;

bool LocalVaultFixture::start(QString *error) {
    m_server = std::make_unique<certdeck::localvault::LocalVaultServer>();
    certdeck::localvault::LocalVaultOptions options;
    options.dataDirectory = m_dataDir.path();
    options.demo = m_demo;
    options.issuerDelayMs = m_issuerDelayMs;
    if (m_optionsHook)
        m_optionsHook(options);
    if (!m_server->start(options, error))
        return false;
    return loadConnection(m_server->connectionFilePath(), error);
}

bool LocalVaultFixture::attach(const QString &connectionFilePath, QString *error) {
    stop();
    return loadConnection(connectionFilePath, error);
}

bool LocalVaultFixture::loadConnection(const QString &connectionFilePath, QString *error) {
    QFile file(connectionFilePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("connection.json missing: %1").arg(connectionFilePath);
        return false;
    }
    m_connection = QJsonDocument::fromJson(file.readAll()).object();
    if (m_connection.isEmpty()) {
        *error = QStringLiteral("connection.json unreadable: %1").arg(connectionFilePath);
        return false;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(
        QSslCertificate::fromPath(m_connection.value(QStringLiteral("caCertificate")).toString()));
    m_network.clearConnectionCache();
    m_tokens.clear();
    return true;
}

void LocalVaultFixture::stop() {
    m_server.reset();
    m_network.clearConnectionCache();
}

bool LocalVaultFixture::restart(QString *error) {
    stop();
    return start(error);
}

QString LocalVaultFixture::vaultUrl() const {
    QString url = m_connection.value(QStringLiteral("vaultUrl")).toString();
    if (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QJsonObject LocalVaultFixture::principal(const QString &name) const {
    for (const auto &value : m_connection.value(QStringLiteral("principals")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

QString LocalVaultFixture::token(const QString &principalName, const QString &scope) {
    const QString cacheKey = principalName + QLatin1Char('|') + scope;
    if (m_tokens.contains(cacheKey))
        return m_tokens.value(cacheKey);
    const QJsonObject who = principal(principalName);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"),
                      who.value(QStringLiteral("clientId")).toString());
    form.addQueryItem(QStringLiteral("client_secret"),
                      who.value(QStringLiteral("clientSecret")).toString());
    form.addQueryItem(QStringLiteral("scope"), scope);
    const HttpResult result =
        raw("POST", QUrl(m_connection.value(QStringLiteral("tokenEndpoint")).toString()),
            form.toString(QUrl::FullyEncoded).toLatin1(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QString token = result.json.value(QStringLiteral("access_token")).toString();
    if (!token.isEmpty())
        m_tokens.insert(cacheKey, token);
    return token;
}

HttpResult LocalVaultFixture::request(const QByteArray &method, const QString &path,
                                      const QJsonObject &body, const QString &principalName,
                                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders) {
    QUrl url(vaultUrl() + path);
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("api-version")))
        query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("7.5"));
    url.setQuery(query);
    QList<QPair<QByteArray, QByteArray>> headers = extraHeaders;
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    if (!principalName.isEmpty())
        headers.append(
            qMakePair(QByteArray("Authorization"), "Bearer " + token(principalName).toLatin1()));
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return raw(method, url, payload, headers);
}

HttpResult LocalVaultFixture::raw(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers) {
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(30000)) {
        result.networkError = QStringLiteral("timed out");
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

namespace lvtest {

namespace {

template <typename T> T take(certdeck::crypto::CryptoResult<T> result, const char *what) {
    if (!result.ok())
        throw std::runtime_error(std::string(what) +
                                 " failed: " + result.error().message.toStdString());
    return std::move(result).value();
}

certdeck::crypto::Certificate selfSignWith(const certdeck::crypto::PrivateKey &key,
                                           const QString &subject, int months) {
    using namespace certdeck::crypto;
    RequestSpec request;
    request.subject = subject;
    request.sans.dnsNames = {subject.section(QLatin1Char('='), 1).section(QLatin1Char(','), 0, 0)};
    request.extendedKeyUsages = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
    request.keyUsages =
        key.spec().type == KeyType::Rsa
            ? QStringList{QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")}
            : QStringList{QStringLiteral("digitalSignature")};
    IssueSpec validity;
    const QDateTime start(QDate::currentDate().addDays(-1), QTime(0, 0), Qt::UTC);
    validity.notBefore = start;
    validity.notAfter = start.addMonths(months);
    return take(selfSign(key, request, validity), "selfSign");
}

} // namespace

KeyAndCertificate makeSelfSigned(const QString &subject, const certdeck::crypto::KeySpec &spec,
                                 int months) {
    KeyAndCertificate material;
    material.key = take(certdeck::crypto::PrivateKey::generate(spec), "key generation");
    material.certificate = selfSignWith(material.key, subject, months);
    return material;
}

certdeck::crypto::Certificate reissue(const KeyAndCertificate &material, const QString &subject,
                                      int months) {
    return selfSignWith(material.key, subject, months);
}

QString pfxBase64(const KeyAndCertificate &material, const QByteArray &password) {
    certdeck::crypto::Pkcs12Bundle bundle;
    bundle.key = material.key;
    bundle.certificate = material.certificate;
    return QString::fromLatin1(
        take(certdeck::crypto::writePkcs12(bundle, password), "writePkcs12").toBase64());
}

QString pemText(const KeyAndCertificate &material) {
    return QString::fromLatin1(certdeck::crypto::writePem({material.certificate}, material.key));
}

QString x5tOf(const QByteArray &der) {
    return QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha1)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray cerOf(const QJsonObject &bundle) {
    return QByteArray::fromBase64(bundle.value(QStringLiteral("cer")).toString().toLatin1());
}

QList<QJsonObject> listAll(LocalVaultFixture &fixture, const QString &path,
                           QList<QJsonObject> *pages, QString *error) {
    QList<QJsonObject> items;
    HttpResult page = fixture.request("GET", path);
    // The fault tests list thousands of certificates: the guard only stops a nextLink loop.
    for (int guard = 0; guard < 10000; ++guard) {
        if (page.status != 200) {
            if (error)
                *error = QStringLiteral("HTTP %1: %2")
                             .arg(page.status)
                             .arg(QString::fromUtf8(page.body));
            return items;
        }
        if (pages)
            pages->append(page.json);
        for (const QJsonValue &value : page.json.value(QStringLiteral("value")).toArray())
            items.append(value.toObject());
        const QJsonValue next = page.json.value(QStringLiteral("nextLink"));
        if (next.isNull() || next.isUndefined() || next.toString().isEmpty())
            return items;
        page = fixture.raw("GET", QUrl(next.toString()), QByteArray(),
                           {{"Authorization", "Bearer " + fixture.token().toLatin1()}});
    }
    if (error)
        *error = QStringLiteral("more than 10000 pages");
    return items;
}

} // namespace lvtest
