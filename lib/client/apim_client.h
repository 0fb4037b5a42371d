#pragma once

#include "apim_api.h"
#include "apim_backend.h"
#include "apim_certificate.h"
#include "apim_service.h"
#include "http_pipeline.h"
#include "service_reply.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace certdeck::client {

// The Azure API Management management API (Microsoft.ApiManagement/service, api-version
// 2024-05-01) for what Certdeck does with certificates: the service's identity and custom
// domains, certificates, back ends with client-certificate credentials, and which back end each
// API uses. Same pipeline (tokens, retries, activity) and reply style as ArmClient.
class ApimClient : public QObject {
    Q_OBJECT
public:
    explicit ApimClient(HttpPipeline *pipeline, QObject *parent = nullptr);

    // https://management.azure.com by default; the local vault's armBaseUrl in the sandbox.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setScope(const QString &scope) { m_scope = scope; }
    // Long-running PATCH: polls wait for the service's Retry-After (10 s when it sends none),
    // but never longer than this.
    void setMaxPollIntervalMs(int ms) { m_maxPollIntervalMs = ms; }

    static QString defaultScope() {
        return QStringLiteral("https://management.azure.com/.default");
    }
    static QString apiVersion() { return QStringLiteral("2024-05-01"); }
    static constexpr int maxPages = 1000;
    static constexpr int maxPolls = 720;
    static constexpr int defaultPollIntervalMs = 10000;

    Reply<QList<vault::ApimService>> *listServices(const QString &subscriptionId);
    Reply<vault::ApimService> *getService(const QString &serviceId);
    // PATCH {serviceId} with `patch` as it serializes (set only identity and/or
    // hostnameConfigurations). Long-running: follows Azure-AsyncOperation (else Location) until
    // it ends; the value is the service afterwards. A failed operation is an Http error with
    // status 400 and the operation's error (the Location form answers the same).
    Reply<vault::ApimService> *updateService(const QString &serviceId,
                                             const vault::ApimService &patch);

    // pageSize > 0 asks for pages of that size ($top); all pages are followed via nextLink.
    Reply<QList<vault::ApimCertificate>> *listCertificates(const QString &serviceId,
                                                           int pageSize = 0);
    Reply<vault::ApimCertificate> *getCertificate(const QString &serviceId,
                                                  const QString &certificateId);
    // Uploads a .pfx; `password` is wiped (OPENSSL_cleanse) once the body is built, and the
    // body, which holds it, is never logged (the pipeline reports no bodies).
    Reply<vault::ApimCertificate> *createCertificateFromPfx(const QString &serviceId,
                                                            const QString &certificateId,
                                                            const QByteArray &pfx,
                                                            QByteArray password);
    // identityClientId empty: the service's system-assigned identity reads the secret.
    Reply<vault::ApimCertificate> *
    createCertificateFromKeyVault(const QString &serviceId, const QString &certificateId,
                                  const QString &secretIdentifier,
                                  const QString &identityClientId = {});
    // If-Match: `etag` ("*": unconditional). A certificate still in use is refused (4xx).
    Reply<bool> *deleteCertificate(const QString &serviceId, const QString &certificateId,
                                   const QByteArray &etag = "*");

    Reply<QList<vault::ApimBackend>> *listBackends(const QString &serviceId);
    Reply<vault::ApimBackend> *getBackend(const QString &serviceId, const QString &backendId);
    // PUT of `backend` under backend.name.
    Reply<vault::ApimBackend> *createOrUpdateBackend(const QString &serviceId,
                                                     const vault::ApimBackend &backend);
    Reply<bool> *deleteBackend(const QString &serviceId, const QString &backendId,
                               const QByteArray &etag = "*");

    // The APIs, each with backendId read from its policy's <set-backend-service>.
    Reply<QList<vault::ApimApi>> *listApis(const QString &serviceId);

private:
    QUrl url(const QString &path) const;
    ServiceRequest request(const QByteArray &method, const QUrl &url,
                           const QByteArray &body = {}) const;
    template <typename T> Reply<T> *sendFor(const ServiceRequest &request);
    template <typename T> Reply<QList<T>> *list(const QUrl &firstPage);
    template <typename T>
    void fetchPage(Reply<QList<T>> *reply, const QUrl &url, std::shared_ptr<QList<T>> items,
                   int page);
    Reply<bool> *deleteEntity(const QUrl &url, const QByteArray &etag);
    Reply<vault::ApimCertificate> *putCertificate(const QString &serviceId,
                                                  const QString &certificateId,
                                                  const QJsonObject &properties);
    void poll(Reply<vault::ApimService> *reply, const QString &serviceId, const QUrl &url,
              int polls);
    void schedulePoll(Reply<vault::ApimService> *reply, const QString &serviceId, const QUrl &url,
                      int polls, const HttpResponse &response);
    void onPolled(Reply<vault::ApimService> *reply, const QString &serviceId, const QUrl &url,
                  int polls, const HttpResponse &response);
    void fillBackendIds(Reply<QList<vault::ApimApi>> *reply, const QString &serviceId,
                        std::shared_ptr<QList<vault::ApimApi>> apis, int index);

    HttpPipeline *m_pipeline;
    QUrl m_baseUrl = QUrl(QStringLiteral("https://management.azure.com"));
    QString m_scope = defaultScope();
    int m_maxPollIntervalMs = 60000;
};

} // namespace certdeck::client
