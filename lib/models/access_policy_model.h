#pragma once

#include "access_policy.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace certdeck::models {

// A vault's access policies, one row per entry.
class AccessPolicyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PrincipalColumn, // display name when known, else the object id
        ObjectIdColumn,
        ApplicationIdColumn,
        KeysColumn,
        SecretsColumn,
        CertificatesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        EntryRole = Qt::UserRole + 1, // QVariant of vault::AccessPolicyEntry
        ObjectIdRole,
        SortRole,
        PermissionsRole, // QStringList of the column's category (Keys/Secrets/Certificates)
    };
    Q_ENUM(Role)

    explicit AccessPolicyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // `displayNames` maps object ids (any case) to names resolved elsewhere (Graph).
    void setPolicies(const QList<vault::AccessPolicyEntry> &entries,
                     const QHash<QString, QString> &displayNames);
    // Updates names as they are resolved, without resetting the view.
    void setDisplayNames(const QHash<QString, QString> &displayNames);
    void clear();

    vault::AccessPolicyEntry entryAt(int row) const;
    QString principalAt(int row) const;

private:
    static QStringList knownPermissions(int column);
    static QString permissionsText(const std::optional<QStringList> &permissions,
                                   const QStringList &known);
    static QString permissionsTooltip(const std::optional<QStringList> &permissions);
    const std::optional<QStringList> *permissionsOf(const vault::AccessPolicyEntry &entry,
                                                    int column) const;
    QString displayNameOf(const vault::AccessPolicyEntry &entry) const;

    QList<vault::AccessPolicyEntry> m_entries;
    QHash<QString, QString> m_displayNames; // lower-case object id -> name
};

} // namespace certdeck::models
