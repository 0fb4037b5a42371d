#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certdeck::vault {

struct AdministratorDetails {
    std::optional<QString> firstName; // "first_name"
    std::optional<QString> lastName;  // "last_name"
    std::optional<QString> email;
    std::optional<QString> phone;
    bool operator==(const AdministratorDetails &) const = default;
};

struct IssuerBundle {
    QString id; // https://{vault}/certificates/issuers/{name}
    std::optional<QString> provider;
    std::optional<QString> accountId; // credentials.account_id
    std::optional<QString> password;  // credentials.pwd: write-only, never serialised by toJson()
    std::optional<QString> organizationId;                     // org_details.id
    std::optional<QList<AdministratorDetails>> administrators; // org_details.admin_details
    std::optional<bool> enabled;                               // attributes.enabled
    std::optional<qint64> created;                             // attributes.created
    std::optional<qint64> updated;                             // attributes.updated
    QJsonObject extra;

    static IssuerBundle fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    QJsonObject toItemJson() const; // {"id","provider"} as in the issuers list
    QString name() const;
    // PATCH semantics: members present in `patch` replace ours.
    IssuerBundle mergedWith(const IssuerBundle &patch) const;
    bool operator==(const IssuerBundle &) const = default;
};

} // namespace certdeck::vault
