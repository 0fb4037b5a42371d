#pragma once

#include "cli_session.h"

#include <QCommandLineParser>
#include <QObject>

namespace certdeck::cli {

// One subcommand: its synopsis, its own options and how many positional arguments it takes.
struct CommandSpec {
    QString name;
    QString synopsis; // "show NAME [--version V]"
    QString summary;  // translated
    QList<QCommandLineOption> options;
    int minArguments = 0;
    int maxArguments = 0; // -1: any number
};

const QList<CommandSpec> &commandSpecs();
const CommandSpec *findCommand(const QString &name);

// Runs one command through the session's clients, driven by the event loop; finished() is
// emitted exactly once with the process's exit code.
class Commands : public QObject {
    Q_OBJECT
public:
    Commands(Session *session, QObject *parent = nullptr);

    // `parser` has parsed the command's own arguments (positional: the command's arguments).
    void start(const CommandSpec &command, const QCommandLineParser &parser);

signals:
    void finished(int exitCode);

private:
    using Handler = void (Commands::*)(const QCommandLineParser &, const QStringList &);
    void list(const QCommandLineParser &parser, const QStringList &arguments);
    void show(const QCommandLineParser &parser, const QStringList &arguments);
    void versions(const QCommandLineParser &parser, const QStringList &arguments);
    void deleted(const QCommandLineParser &parser, const QStringList &arguments);
    void create(const QCommandLineParser &parser, const QStringList &arguments);
    void pending(const QCommandLineParser &parser, const QStringList &arguments);
    void cancel(const QCommandLineParser &parser, const QStringList &arguments);
    void merge(const QCommandLineParser &parser, const QStringList &arguments);
    void importCertificate(const QCommandLineParser &parser, const QStringList &arguments);
    void exportCertificate(const QCommandLineParser &parser, const QStringList &arguments);
    void deleteCertificate(const QCommandLineParser &parser, const QStringList &arguments);
    void recover(const QCommandLineParser &parser, const QStringList &arguments);
    void purge(const QCommandLineParser &parser, const QStringList &arguments);
    void issuers(const QCommandLineParser &parser, const QStringList &arguments);
    void policy(const QCommandLineParser &parser, const QStringList &arguments);

    void watchOperation(const QString &name, int intervalMs, const QString &lastStatus);
    // Streams a listing: table rows page by page, or one JSON document of the service's items.
    void streamListing(const QString &path, const QList<QPair<QString, QString>> &query,
                       const QString &what, QStringList headers,
                       std::function<QStringList(const vault::CertificateItem &)> row);

    // Calls `onValue` with the reply's value, or reports the error and finishes.
    template <typename T, typename F>
    void await(client::Reply<T> *reply, const QString &what, F onValue);
    void finish(int exitCode);
    void failLocally(const QString &what, const QString &message, int exitCode = ExitLocalInput);
    bool json() const { return m_session->format() == OutputFormat::Json; }

    Session *m_session;
    bool m_finished = false;
};

template <typename T, typename F>
void Commands::await(client::Reply<T> *reply, const QString &what, F onValue) {
    connect(reply, &client::ServiceReply::finished, this, [this, reply, what, onValue] {
        reply->deleteLater();
        if (reply->hasError()) {
            reportError(what, reply->error());
            return finish(exitCodeFor(reply->error()));
        }
        onValue(reply->value());
    });
}

} // namespace certdeck::cli
