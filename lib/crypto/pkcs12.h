#pragma once

#include "certificate.h"
#include "private_key.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace certdeck::crypto {

struct Pkcs12Bundle {
    PrivateKey key;
    Certificate certificate;  // the one matching `key`
    QList<Certificate> chain; // the others, as stored
    QString friendlyName;
};

// Reads a PFX with or without a password (empty password and no password both tried),
// legacy RC2/3DES included. WrongPassword when the MAC or decryption fails.
CryptoResult<Pkcs12Bundle> readPkcs12(const QByteArray &der, const QByteArray &password);

// AES-256-CBC / PBKDF2 / SHA-256 MAC (OpenSSL 3 defaults). Empty password allowed.
CryptoResult<QByteArray> writePkcs12(const Pkcs12Bundle &bundle, const QByteArray &password);

} // namespace certdeck::crypto
