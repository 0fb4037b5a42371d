#pragma once

#include "connection_spec.h"
#include "token_credential.h"

#include <QNetworkAccessManager>

#include <memory>

namespace certdeck::gui {

// The credential a connection signs in with. `secret` is the client secret or the certificate
// file's password (ignored by the other kinds). Null with `error` set when it cannot be built
// (e.g. the certificate file is unreadable or the password is wrong).
std::unique_ptr<client::TokenCredential> makeCredential(const ConnectionSpec &spec,
                                                        const QString &secret,
                                                        QNetworkAccessManager *network,
                                                        QString *error);

} // namespace certdeck::gui
