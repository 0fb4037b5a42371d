#pragma once

// Shared by the libFuzzer harnesses: turning fuzz bytes into Qt types and touching every accessor
// the app shows for what the parsers return, so that lazily decoded fields are fuzzed too.

#include "certificate.h"
#include "certificate_request.h"
#include "private_key.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace certdeck::fuzz {

// A copy (not fromRawData): project code may rely on QByteArray's terminating NUL.
inline QByteArray bytes(const std::uint8_t *data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Every field the details pane, the lists and the exports read.
void exercise(const crypto::Certificate &certificate);
void exercise(const QList<crypto::Certificate> &certificates); // each one, and chain ordering
void exercise(const crypto::CertificateRequest &request);
void exercise(const crypto::PrivateKey &key);

} // namespace certdeck::fuzz
