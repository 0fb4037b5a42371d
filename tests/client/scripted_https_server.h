#pragma once

#include "certificate.h"
#include "http_exchange.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QSslCertificate>

#include <functional>

// A tiny HTTPS server on loopback for protocol corner cases the local vault never produces
// (nextLink to another path, null error details, slow_down, ...). Every request is recorded and
// answered by the handler. Its certificate (CN=localhost) comes from a throwaway CA: trust
// caCertificates(); verification stays on.
class ScriptedHttpsServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QUrl url;
        QByteArray body;
        QByteArray authorization;
        qint64 receivedMs = 0; // since start()
    };
    using Handler = std::function<certdeck::localvault::LocalResponse(const Request &)>;

    explicit ScriptedHttpsServer(QObject *parent = nullptr);

    bool start(QString *error);
    QString baseUrl() const; // https://localhost:PORT
    QList<QSslCertificate> caCertificates() const { return {m_ca}; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests;

signals:
    void requestReceived();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    QSslCertificate m_ca;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
};
