#pragma once

#include "certificate_bundle.h"
#include "certificate_item.h"
#include "certificate_operation.h"
#include "certificate_pager.h"
#include "certificate_policy.h"
#include "contacts.h"
#include "http_pipeline.h"
#include "issuer_bundle.h"
#include "secret_bundle.h"
#include "service_reply.h"

#include <QUrl>

namespace certdeck::client {

struct CreateParameters {
    vault::CertificatePolicy policy;
    std::optional<bool> enabled;
    std::optional<vault::Tags> tags;
};

struct ImportParameters {
    QByteArray pfxOrPem; // PFX bytes, or PEM text (then set pem = true)
    bool pem = false;
    QString password; // PFX only; never logged
    std::optional<vault::CertificatePolicy> policy;
    std::optional<bool> enabled;
    std::optional<vault::Tags> tags;
    QString expectedX5t; // lets the client reconcile an import whose answer was lost
};

struct Done {};

// The Key Vault certificates data plane (and certificate secrets), asynchronously.
class VaultClient : public QObject {
    Q_OBJECT
public:
    VaultClient(const QUrl &vaultUrl, HttpPipeline *pipeline, QObject *parent = nullptr);

    void setApiVersion(const QString &version) {
        m_apiVersion = version;
    } // 7.5 by default; 7.4 supported
    QString apiVersion() const { return m_apiVersion; }
    QUrl vaultUrl() const { return m_vaultUrl; }
    HttpPipeline *pipeline() const { return m_pipeline; }

    CertificatePager *listCertificates(bool includePending = false, int pageSize = 25);
    CertificatePager *listVersions(const QString &name, int pageSize = 25);
    CertificatePager *listDeletedCertificates(int pageSize = 25);

    Reply<vault::CertificateBundle> *getCertificate(const QString &name,
                                                    const QString &version = {});
    Reply<vault::CertificateOperation> *createCertificate(const QString &name,
                                                          const CreateParameters &parameters);
    Reply<vault::CertificateBundle> *importCertificate(const QString &name,
                                                       const ImportParameters &parameters);
    Reply<vault::CertificateBundle> *updateCertificate(const QString &name, const QString &version,
                                                       const std::optional<bool> &enabled,
                                                       const std::optional<vault::Tags> &tags);
    Reply<vault::DeletedCertificateBundle> *deleteCertificate(const QString &name);
    Reply<vault::DeletedCertificateBundle> *getDeletedCertificate(const QString &name);
    Reply<vault::CertificateBundle> *recoverDeletedCertificate(const QString &name);
    Reply<Done> *purgeDeletedCertificate(const QString &name);

    Reply<vault::CertificatePolicy> *getPolicy(const QString &name);
    Reply<vault::CertificatePolicy> *updatePolicy(const QString &name,
                                                  const vault::CertificatePolicy &patch);

    Reply<vault::CertificateOperation> *getOperation(const QString &name);
    Reply<vault::CertificateOperation> *cancelOperation(const QString &name);
    Reply<vault::CertificateOperation> *deleteOperation(const QString &name);
    // x5c: the chain as DER, any order (the service orders it).
    Reply<vault::CertificateBundle> *
    mergeCertificate(const QString &name, const QList<QByteArray> &x5cDer,
                     const std::optional<vault::Tags> &tags = std::nullopt);

    Reply<QList<vault::IssuerBundle>> *listIssuers();
    Reply<vault::IssuerBundle> *getIssuer(const QString &name);
    Reply<vault::IssuerBundle> *setIssuer(const QString &name, const vault::IssuerBundle &issuer);
    Reply<vault::IssuerBundle> *deleteIssuer(const QString &name);
    Reply<vault::Contacts> *getContacts();
    Reply<vault::Contacts> *setContacts(const vault::Contacts &contacts);
    Reply<vault::Contacts> *deleteContacts();

    Reply<vault::SecretBundle> *getSecret(const QString &name, const QString &version = {});

private:
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    template <typename T>
    Reply<T> *call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   bool stateChanging = false, const QList<QPair<QString, QString>> &query = {});
    CertificatePager *pager(const QString &path, const QList<QPair<QString, QString>> &query);
    void reconcileCreate(Reply<vault::CertificateOperation> *reply, const QString &name,
                         const CreateParameters &parameters, int attempt);
    void reconcileImport(Reply<vault::CertificateBundle> *reply, const QString &name,
                         const QJsonObject &body, const QString &expectedX5t, int attempt);
    void reconcileMerge(Reply<vault::CertificateBundle> *reply, const QString &name,
                        const QJsonObject &body, int attempt);

    QUrl m_vaultUrl;
    HttpPipeline *m_pipeline;
    QString m_apiVersion = QStringLiteral("7.5");
};

} // namespace certdeck::client
