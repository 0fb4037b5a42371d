#include "access_policy_model.h"
#include "permission_labels.h"

#include <algorithm>

namespace certdeck::models {

AccessPolicyModel::AccessPolicyModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int AccessPolicyModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AccessPolicyModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccessPolicyModel::displayNameOf(const vault::AccessPolicyEntry &entry) const {
    return m_displayNames.value(entry.objectId.toLower());
}

const std::optional<QStringList> *
AccessPolicyModel::permissionsOf(const vault::AccessPolicyEntry &entry, int column) const {
    switch (column) {
    case KeysColumn:
        return &entry.permissions.keys;
    case SecretsColumn:
        return &entry.permissions.secrets;
    case CertificatesColumn:
        return &entry.permissions.certificates;
    default:
        return nullptr;
    }
}

QStringList AccessPolicyModel::knownPermissions(int column) {
    switch (column) {
    case KeysColumn:
        return vault::Permission::allKeyPermissions();
    case SecretsColumn:
        return vault::Permission::allSecretPermissions();
    case CertificatesColumn:
        return vault::Permission::allCertificatePermissions();
    default:
        return {};
    }
}

// Every permission ticked one by one (as the portal's "Select all" does) reads "All" as the
// literal "all" does: a list of seventeen names says nothing at a glance, and is in the tooltip.
QString AccessPolicyModel::permissionsText(const std::optional<QStringList> &permissions,
                                           const QStringList &known) {
    if (!permissions || permissions->isEmpty())
        return tr("None");
    if (permissions->contains(QStringLiteral("all"), Qt::CaseInsensitive))
        return tr("All");
    const bool everyOne =
        !known.isEmpty() && std::all_of(known.cbegin(), known.cend(), [&](const QString &name) {
            return name == QLatin1String("all") || permissions->contains(name, Qt::CaseInsensitive);
        });
    return everyOne ? tr("All") : permissionList(*permissions);
}

QString AccessPolicyModel::permissionsTooltip(const std::optional<QStringList> &permissions) {
    if (!permissions || permissions->isEmpty())
        return tr("No permissions");
    QStringList lines;
    for (const QString &identifier : *permissions) {
        const QString label = permissionLabel(identifier);
        lines.append(label == identifier ? label : tr("%1 (%2)").arg(label, identifier));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant AccessPolicyModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const vault::AccessPolicyEntry &entry = m_entries.at(index.row());
    const int column = index.column();
    const std::optional<QStringList> *permissions = permissionsOf(entry, column);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PrincipalColumn: {
            const QString name = displayNameOf(entry);
            return name.isEmpty() ? entry.objectId : name;
        }
        case ObjectIdColumn:
            return entry.objectId;
        case ApplicationIdColumn:
            return entry.applicationId.value_or(QString());
        default:
            return permissions ? permissionsText(*permissions, knownPermissions(column))
                               : QVariant();
        }
    case Qt::ToolTipRole:
        if (permissions)
            return permissionsTooltip(*permissions);
        if (column == PrincipalColumn) {
            const QString name = displayNameOf(entry);
            const QString ids =
                tr("Object ID: %1\nTenant ID: %2").arg(entry.objectId, entry.tenantId);
            return name.isEmpty() ? ids : name + QLatin1Char('\n') + ids;
        }
        return QVariant();
    case EntryRole:
        return QVariant::fromValue(entry);
    case ObjectIdRole:
        return entry.objectId;
    case PermissionsRole:
        return permissions && *permissions ? QVariant(**permissions) : QVariant(QStringList());
    case SortRole:
        if (permissions)
            return static_cast<int>(permissions->value_or(QStringList()).size());
        return data(index, Qt::DisplayRole).toString().toLower();
    default:
        return QVariant();
    }
}

QVariant AccessPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrincipalColumn:
        return tr("Principal");
    case ObjectIdColumn:
        return tr("Object ID");
    case ApplicationIdColumn:
        return tr("Application ID");
    case KeysColumn:
        return tr("Keys");
    case SecretsColumn:
        return tr("Secrets");
    case CertificatesColumn:
        return tr("Certificates");
    default:
        return QVariant();
    }
}

void AccessPolicyModel::setPolicies(const QList<vault::AccessPolicyEntry> &entries,
                                    const QHash<QString, QString> &displayNames) {
    beginResetModel();
    m_entries = entries;
    m_displayNames.clear();
    for (auto it = displayNames.cbegin(); it != displayNames.cend(); ++it)
        m_displayNames.insert(it.key().toLower(), it.value());
    endResetModel();
}

void AccessPolicyModel::setDisplayNames(const QHash<QString, QString> &displayNames) {
    for (auto it = displayNames.cbegin(); it != displayNames.cend(); ++it)
        m_displayNames.insert(it.key().toLower(), it.value());
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, PrincipalColumn), index(rowCount() - 1, PrincipalColumn));
}

void AccessPolicyModel::clear() {
    if (m_entries.isEmpty() && m_displayNames.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    m_displayNames.clear();
    endResetModel();
}

vault::AccessPolicyEntry AccessPolicyModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : vault::AccessPolicyEntry();
}

QString AccessPolicyModel::principalAt(int row) const {
    if (row < 0 || row >= m_entries.size())
        return QString();
    const QString name = displayNameOf(m_entries.at(row));
    return name.isEmpty() ? m_entries.at(row).objectId : name;
}

} // namespace certdeck::models
