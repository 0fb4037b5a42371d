#include "service_reply.h"

#include <QMetaObject>

namespace certdeck::client {

void ServiceReply::abort() {
    if (m_finished)
        return;
    if (m_abortHandler)
        m_abortHandler();
    finishWithError(VaultError::cancelled());
}

void ServiceReply::finishWithError(const VaultError &error) {
    if (m_finished)
        return;
    m_error = error;
    markFinished();
}

void ServiceReply::markFinished() {
    m_finished = true;
    QMetaObject::invokeMethod(this, &ServiceReply::finished, Qt::QueuedConnection);
}

} // namespace certdeck::client
