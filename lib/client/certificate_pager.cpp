#include "certificate_pager.h"

#include "json_support.h"

namespace certdeck::client {

CertificatePager::CertificatePager(HttpPipeline *pipeline, const QUrl &firstPage, QObject *parent)
    : ServiceReply(parent)
    , m_pipeline(pipeline)
    , m_first(firstPage) {
    setAbortHandler([this] {
        if (m_current)
            m_current->abort();
    });
}

void CertificatePager::start() {
    fetch(m_first);
}

void CertificatePager::fetch(const QUrl &url) {
    ServiceRequest request;
    request.url = url;
    m_current = m_pipeline->send(request);
    Reply<HttpResponse> *reply = m_current;
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (isFinished())
            return;
        if (reply->hasError())
            return finishWithError(reply->error());
        auto json = vault::parseJsonObject(reply->value().body);
        if (!json)
            return finishWithError(VaultError::parse(json.error()));
        const auto page = vault::certificateListFromJson(*json);
        ++m_pages;
        m_count += int(page.value.size());
        // The next page is asked for before this one is handed out, so the service works on it
        // while the receiver (a view, a table printer) handles this one. The service's nextLink
        // is used verbatim: it already holds api-version and the token.
        const bool last = page.nextLink.isEmpty();
        if (!last)
            fetch(QUrl(page.nextLink, QUrl::StrictMode));
        emit pageReceived(page.value);
        if (last && !isFinished())
            markFinished();
    });
}

} // namespace certdeck::client
