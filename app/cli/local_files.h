#pragma once

#include "certificate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace certdeck::cli {

// Reads a whole file; nullopt with `error` set (a sentence naming the file) when it cannot.
std::optional<QByteArray> readLocalFile(const QString &path, QString *error);

// A secret stored in a file (password, client secret): the bytes up to the first line break.
// The caller owns the bytes and must crypto::cleanse() them.
std::optional<QByteArray> readSecretFile(const QString &path, QString *error);

// Prompts on the terminal with echo switched off; nullopt when stdin is not a terminal.
std::optional<QByteArray> promptSecret(const QString &prompt);
bool stdinIsTerminal();

// Writes `data` to `path` readable by the owner only (0600), atomically.
bool writePrivateFile(const QString &path, const QByteArray &data, bool overwrite, QString *error);

// Every certificate of each file (.cer/.crt DER or PEM, .pem bundles, .p7b), in file order.
std::optional<QList<crypto::Certificate>> readCertificateFiles(const QStringList &paths,
                                                               QString *error);

} // namespace certdeck::cli
