#include "local_files.h"

#include "certificate_reader.h"
#include "openssl_support.h"
#include "table_output.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace certdeck::cli {

std::optional<QByteArray> readLocalFile(const QString &path, QString *error) {
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = Text::tr("%1 does not exist or is not a regular file.").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QByteArray> readSecretFile(const QString &path, QString *error) {
    auto data = readLocalFile(path, error);
    if (!data)
        return std::nullopt;
    qsizetype end = data->indexOf('\n');
    if (end < 0)
        end = data->size();
    if (end > 0 && data->at(end - 1) == '\r')
        --end;
    QByteArray secret = data->left(end);
    crypto::cleanse(*data);
    return secret;
}

bool stdinIsTerminal() {
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QByteArray> promptSecret(const QString &prompt) {
    if (!stdinIsTerminal())
        return std::nullopt;
    err() << prompt;
    err().flush();
    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray secret;
    char buffer[256];
    for (;;) {
        const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (count <= 0)
            break;
        const QByteArrayView chunk(buffer, count);
        const qsizetype newline = chunk.indexOf('\n');
        secret.append(newline < 0 ? chunk : chunk.first(newline));
        if (newline >= 0)
            break;
    }
    ::explicit_bzero(buffer, sizeof buffer);
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

bool writePrivateFile(const QString &path, const QByteArray &data, bool overwrite, QString *error) {
    if (!overwrite && QFileInfo::exists(path)) {
        *error = Text::tr("%1 already exists: choose another file or add --force.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = Text::tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<crypto::Certificate>> readCertificateFiles(const QStringList &paths,
                                                               QString *error) {
    QList<crypto::Certificate> certificates;
    for (const QString &path : paths) {
        auto data = readLocalFile(path, error);
        if (!data)
            return std::nullopt;
        auto read = crypto::readCertificates(*data);
        if (!read || read->isEmpty()) {
            *error = Text::tr("%1 holds no certificate that can be read (DER, PEM or PKCS #7 "
                              "expected)%2")
                         .arg(path, read ? QString() : QStringLiteral(": ") + read.error().message);
            return std::nullopt;
        }
        certificates.append(*read);
    }
    return certificates;
}

} // namespace certdeck::cli
