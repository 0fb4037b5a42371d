#pragma once

#include "certificate_attributes.h"
#include "certificate_bundle.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certdeck::vault {

// An element of GET /certificates, /certificates/{name}/versions and /deletedcertificates.
struct CertificateItem {
    QString id;
    QString x5t;
    CertificateAttributes attributes;
    std::optional<Tags> tags;
    std::optional<QString> subject;
    // Only on deleted items:
    std::optional<QString> recoveryId;
    std::optional<qint64> deletedDate;
    std::optional<qint64> scheduledPurgeDate;
    QJsonObject extra;

    static CertificateItem fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    QString name() const;
    QString version() const; // empty for unversioned ids
    bool operator==(const CertificateItem &) const = default;
};

// One page of any list: {"value": [...], "nextLink": url|null}.
template <typename Item> struct ListPage {
    QList<Item> value;
    QString nextLink; // empty on the last page
};

ListPage<CertificateItem> certificateListFromJson(const QJsonObject &json);
QJsonObject certificateListToJson(const ListPage<CertificateItem> &page);

} // namespace certdeck::vault
