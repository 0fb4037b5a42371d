#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdeck::client {

// One typed error from the wire to the dialog.
struct VaultError {
    enum class Kind {
        None,
        Network,        // connection refused, dropped, DNS, timeout
        Tls,            // certificate not trusted, handshake failed
        Http,           // the service answered with an error status
        Authentication, // no token could be obtained
        Parse,          // the service's answer was not what the protocol promises
        Cancelled,
        InvalidRequest, // refused before sending (plain http, bad input)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;              // service error code, e.g. Forbidden, BadParameter
    QString innerCode;         // e.g. ForbiddenByPolicy, ObjectIsDeletedButRecoverable
    QString message;           // the service's (or transport's) own message, untranslated
    QStringList details;       // error.details[].message (ARM / API Management), in order
    QString requestId;         // x-ms-request-id
    QString missingPermission; // "certificates create" when a 403 names it
    // The server's Retry-After (or retry-after-ms) on a throttled/unavailable answer that was
    // still refused after the retries; pollers wait at least this long before asking again.
    std::optional<qint64> retryAfterMs;

    bool isError() const { return kind != Kind::None; }
    bool isForbidden() const { return httpStatus == 403; }
    bool isNotFound() const { return httpStatus == 404; }
    bool isConflict() const { return httpStatus == 409; }

    // What happened and what to do, in the operator's language; the raw message stays separate.
    QString explanation() const;

    static VaultError fromHttp(int status, const QByteArray &body, const QByteArray &requestId);
    static VaultError network(const QString &message);
    static VaultError cancelled();
    static VaultError invalidRequest(const QString &message);
    static VaultError parse(const QString &message);
};

// "does not have certificates get permission" → "certificates get"; empty when not named.
QString missingPermissionFromMessage(const QString &message);

} // namespace certdeck::client
