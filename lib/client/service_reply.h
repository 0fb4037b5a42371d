#pragma once

#include "vault_error.h"

#include <QObject>

#include <functional>
#include <optional>

namespace certdeck::client {

// The one async style of the service layer: every call returns a reply object that emits
// finished() exactly once (queued, never from inside the call), can be aborted, and deletes
// itself only when the caller says so (deleteLater in the slot).
class ServiceReply : public QObject {
    Q_OBJECT
public:
    explicit ServiceReply(QObject *parent = nullptr)
        : QObject(parent) {}

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.isError(); }
    const VaultError &error() const { return m_error; }

    // Stops the work; finished() follows with a Cancelled error unless it already finished.
    void abort();
    // Called by abort(): subclasses cancel what they started.
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }

    void finishWithError(const VaultError &error);

signals:
    void finished();

protected:
    void markFinished(); // emits finished() on the next event-loop turn

private:
    bool m_finished = false;
    VaultError m_error;
    std::function<void()> m_abortHandler;
};

template <typename T> class Reply : public ServiceReply {
public:
    using ServiceReply::ServiceReply;

    const T &value() const { return *m_value; }
    bool hasValue() const { return m_value.has_value(); }

    void finishWithValue(T value) {
        if (isFinished())
            return;
        m_value = std::move(value);
        markFinished();
    }

private:
    std::optional<T> m_value;
};

// Chains `source` into `target`: on success `convert` produces target's value (or an error).
template <typename Source, typename Target, typename Convert>
void forwardReply(Reply<Source> *source, Reply<Target> *target, Convert convert) {
    QObject::connect(source, &ServiceReply::finished, target, [source, target, convert] {
        source->deleteLater();
        if (source->hasError())
            target->finishWithError(source->error());
        else
            convert(source->value(), target);
    });
    target->setAbortHandler([source] { source->abort(); });
}

} // namespace certdeck::client
