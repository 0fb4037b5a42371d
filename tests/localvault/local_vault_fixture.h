#pragma once

#include "certificate.h"
#include "local_vault_server.h"
#include "private_key.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// A local vault started by the test on a temporary data directory, and an HTTPS client that
// trusts only the vault's own CA (verification stays on).
struct HttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;      // json.error.code
    QString innerErrorCode() const; // json.error.innererror.code
    QString errorMessage() const;
};

class LocalVaultFixture {
public:
    explicit LocalVaultFixture(qint64 issuerDelayMs = 1500, bool demo = false);
    ~LocalVaultFixture();

    // Adjusts the server options of the next start() (e.g. a short device-code interval).
    void setOptionsHook(std::function<void(certdeck::localvault::LocalVaultOptions &)> hook) {
        m_optionsHook = std::move(hook);
    }
    bool start(QString *error);
    void stop();                  // destroys the server; the data directory stays
    bool restart(QString *error); // same data directory
    // Talks to a vault started elsewhere (another process): reads its connection.json and trusts
    // its CA. No in-process server is started; server() stays null.
    bool attach(const QString &connectionFilePath, QString *error);

    QString dataDirectory() const { return m_dataDir.path(); }
    QString vaultUrl() const; // https://localhost:PORT (no trailing slash)
    QJsonObject connection() const { return m_connection; }
    QJsonObject principal(const QString &name) const;

    // A token for the principal ("admin", "reader") and resource
    // ("https://vault.azure.net/.default").
    QString token(const QString &principal = QStringLiteral("admin"),
                  const QString &scope = QStringLiteral("https://vault.azure.net/.default"));

    // path relative to the vault, api-version added unless already present; token of `principal`
    // (empty principal: no Authorization header).
    HttpResult request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                       const QString &principal = QStringLiteral("admin"),
                       const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult raw(const QByteArray &method, const QUrl &url, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers);

    certdeck::localvault::LocalVaultServer *server() const { return m_server.get(); }

private:
    bool loadConnection(const QString &connectionFilePath, QString *error);

    QTemporaryDir m_dataDir;
    qint64 m_issuerDelayMs;
    bool m_demo;
    std::unique_ptr<certdeck::localvault::LocalVaultServer> m_server;
    std::function<void(certdeck::localvault::LocalVaultOptions &)> m_optionsHook;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QJsonObject m_connection;
    QHash<QString, QString> m_tokens;
};

// Test material shared by the local-vault tests.
namespace lvtest {

struct KeyAndCertificate {
    certdeck::crypto::PrivateKey key;
    certdeck::crypto::Certificate certificate;
};

// A fresh key and a self-signed certificate valid from yesterday for `months` months (with a
// DNS SAN, serverAuth EKU and digitalSignature/keyEncipherment usage). Throws on failure.
KeyAndCertificate makeSelfSigned(const QString &subject, const certdeck::crypto::KeySpec &spec = {},
                                 int months = 12);
// Same key, new self-signed certificate (a "renewal" with a different x5t).
certdeck::crypto::Certificate reissue(const KeyAndCertificate &material, const QString &subject,
                                      int months = 12);
// base64 PFX (key + certificate) protected by `password` (empty allowed).
QString pfxBase64(const KeyAndCertificate &material, const QByteArray &password);
// PEM text: the certificate, then the unencrypted PKCS#8 key.
QString pemText(const KeyAndCertificate &material);
// base64url(SHA-1(der)) without padding, computed independently of the crypto library.
QString x5tOf(const QByteArray &der);
// The DER bytes of a bundle's "cer" (standard base64).
QByteArray cerOf(const QJsonObject &bundle);
// Every item of a Key Vault list, following nextLink verbatim; `pages` receives each page.
QList<QJsonObject> listAll(LocalVaultFixture &fixture, const QString &path,
                           QList<QJsonObject> *pages = nullptr, QString *error = nullptr);

} // namespace lvtest
