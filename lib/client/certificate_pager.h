#pragma once

#include "certificate_item.h"
#include "http_pipeline.h"
#include "service_reply.h"

#include <QPointer>

namespace certdeck::client {

// Follows nextLink until the end, delivering each page as it arrives, so a view can fill
// incrementally. finished() follows the last page (or the first error).
class CertificatePager : public ServiceReply {
    Q_OBJECT
public:
    CertificatePager(HttpPipeline *pipeline, const QUrl &firstPage, QObject *parent = nullptr);

    void start();
    int itemCount() const { return m_count; }
    int pageCount() const { return m_pages; }

signals:
    void pageReceived(const QList<certdeck::vault::CertificateItem> &items);

private:
    void fetch(const QUrl &url);

    HttpPipeline *m_pipeline;
    QUrl m_first;
    QPointer<Reply<HttpResponse>> m_current;
    int m_count = 0;
    int m_pages = 0;
};

} // namespace certdeck::client
