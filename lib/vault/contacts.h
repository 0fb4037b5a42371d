#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace certdeck::vault {

struct Contact {
    std::optional<QString> email; // wire name "email"
    std::optional<QString> name;
    std::optional<QString> phone;
    bool operator==(const Contact &) const = default;
};

struct Contacts {
    QString id; // https://{vault}/certificates/contacts
    QList<Contact> contacts;

    static Contacts fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const Contacts &) const = default;
};

} // namespace certdeck::vault
