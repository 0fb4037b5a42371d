#pragma once

#include "certificate_attributes.h"
#include "certificate_policy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace certdeck::vault {

using Tags = QMap<QString, QString>;

std::optional<Tags> tagsFromJson(const QJsonValue &value);
QJsonObject tagsToJson(const Tags &tags);

// GET/PATCH/import/merge/recover response. `cer` holds DER bytes (base64 on the wire).
struct CertificateBundle {
    QString id;  // https://{vault}/certificates/{name}/{version}
    QString kid; // empty while the first version is pending
    QString sid;
    QString x5t; // base64url SHA-1, as sent
    QByteArray cer;
    std::optional<QString> contentType;
    CertificateAttributes attributes;
    std::optional<Tags> tags;
    std::optional<CertificatePolicy> policy;
    std::optional<QString> pendingId; // "pending": {"id": ...}
    QJsonObject extra;

    static CertificateBundle fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    QString name() const;    // parsed from id
    QString version() const; // parsed from id
    bool operator==(const CertificateBundle &) const = default;
};

// A bundle in the soft-deleted state.
struct DeletedCertificateBundle {
    CertificateBundle bundle; // its JSON members sit beside the three below on the wire
    std::optional<QString> recoveryId;
    std::optional<qint64> deletedDate;
    std::optional<qint64> scheduledPurgeDate;

    static DeletedCertificateBundle fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const DeletedCertificateBundle &) const = default;
};

} // namespace certdeck::vault
