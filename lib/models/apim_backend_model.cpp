#include "apim_backend_model.h"
#include "apim_certificate_model.h"

namespace certdeck::models {

namespace {

QStringList certificateNames(const vault::ApimBackend &backend) {
    QStringList names;
    for (const QString &id : backend.certificateIds.value_or(QStringList()))
        names.append(vault::certificateIdName(id));
    return names;
}

} // namespace

ApimBackendModel::ApimBackendModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ApimBackendModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_backends.size());
}

int ApimBackendModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void ApimBackendModel::setContent(const QList<vault::ApimBackend> &backends,
                                  const QList<vault::ApimApi> &apis) {
    beginResetModel();
    m_backends = backends;
    m_apis.clear();
    for (const vault::ApimBackend &backend : backends)
        m_apis.append(apimApisUsingBackend(backend.name, apis));
    endResetModel();
}

void ApimBackendModel::clear() {
    setContent({}, {});
}

int ApimBackendModel::rowOf(const QString &name) const {
    for (int row = 0; row < m_backends.size(); ++row) {
        if (m_backends[row].name == name)
            return row;
    }
    return -1;
}

QVariant ApimBackendModel::display(int row, int column) const {
    const vault::ApimBackend &backend = m_backends.at(row);
    switch (column) {
    case NameColumn:
        return backend.title.isEmpty() ? backend.name
                                       : tr("%1 (%2)").arg(backend.name, backend.title);
    case UrlColumn:
        return backend.url;
    case CertificateColumn: {
        const QStringList names = certificateNames(backend);
        return names.isEmpty() ? tr("None") : names.join(QStringLiteral(", "));
    }
    case ChainValidationColumn:
        return backend.validatesChain() ? tr("On") : tr("Off");
    case ApisColumn:
        return m_apis.at(row).join(QStringLiteral(", "));
    default:
        return QVariant();
    }
}

QVariant ApimBackendModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const vault::ApimBackend &backend = m_backends.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == ChainValidationColumn && !backend.validatesChain())
            return tr("The gateway does not check the back end's certificate chain.");
        return QVariant();
    case NameRole:
        return backend.name;
    case ValidatesChainRole:
        return backend.validatesChain();
    case SortRole:
        return display(index.row(), index.column()).toString().toLower();
    default:
        return QVariant();
    }
}

QVariant ApimBackendModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Back end");
    case UrlColumn:
        return tr("URL");
    case CertificateColumn:
        return tr("Client certificate");
    case ChainValidationColumn:
        return tr("Chain validation");
    case ApisColumn:
        return tr("Used by APIs");
    default:
        return QVariant();
    }
}

} // namespace certdeck::models
