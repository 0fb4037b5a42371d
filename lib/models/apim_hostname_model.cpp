#include "apim_hostname_model.h"
#include "locale_format.h"

namespace certdeck::models {

namespace {

QString sourceText(const QString &source) {
    if (source == QLatin1String("BuiltIn"))
        return ApimHostnameModel::tr("Built-in");
    if (source == QLatin1String("KeyVault"))
        return ApimHostnameModel::tr("Key Vault");
    if (source == QLatin1String("Custom"))
        return ApimHostnameModel::tr("Uploaded");
    if (source == QLatin1String("Managed"))
        return ApimHostnameModel::tr("Managed by Azure");
    return source;
}

QString statusText(const QString &status) {
    if (status == QLatin1String("Completed"))
        return ApimHostnameModel::tr("Completed");
    if (status == QLatin1String("Failed"))
        return ApimHostnameModel::tr("Failed");
    if (status == QLatin1String("InProgress"))
        return ApimHostnameModel::tr("In progress");
    return status;
}

} // namespace

ApimHostnameModel::ApimHostnameModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ApimHostnameModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hostnames.size());
}

int ApimHostnameModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void ApimHostnameModel::setHostnames(const QList<vault::HostnameConfiguration> &hostnames) {
    beginResetModel();
    m_hostnames = hostnames;
    endResetModel();
}

int ApimHostnameModel::rowOf(const QString &hostName) const {
    for (int row = 0; row < m_hostnames.size(); ++row) {
        if (m_hostnames[row].hostName.compare(hostName, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QVariant ApimHostnameModel::display(int row, int column) const {
    const vault::HostnameConfiguration &host = m_hostnames.at(row);
    switch (column) {
    case HostNameColumn:
        return host.hostName;
    case TypeColumn:
        return host.type;
    case SourceColumn:
        return sourceText(host.certificateSource);
    case KeyVaultSecretColumn:
        return host.keyVaultId;
    case StatusColumn:
        return statusText(host.certificateStatus);
    case ThumbprintColumn:
        return host.certificate ? host.certificate->thumbprint : QString();
    case ExpiresColumn: {
        const QDateTime expiry = host.certificate
                                     ? QDateTime::fromString(host.certificate->expiry, Qt::ISODate)
                                     : QDateTime();
        return expiry.isValid() ? localizedDateTime(expiry, QLocale::ShortFormat) : QString();
    }
    default:
        return QVariant();
    }
}

QVariant ApimHostnameModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const vault::HostnameConfiguration &host = m_hostnames.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == KeyVaultSecretColumn ? host.keyVaultId : QVariant();
    case HostNameRole:
        return host.hostName;
    case FromKeyVaultRole:
        return !host.keyVaultId.isEmpty();
    case SortRole:
        return display(index.row(), index.column()).toString().toLower();
    default:
        return QVariant();
    }
}

QVariant ApimHostnameModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostNameColumn:
        return tr("Host name");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Certificate source");
    case KeyVaultSecretColumn:
        return tr("Key Vault secret");
    case StatusColumn:
        return tr("Status");
    case ThumbprintColumn:
        return tr("Thumbprint");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return QVariant();
    }
}

} // namespace certdeck::models
