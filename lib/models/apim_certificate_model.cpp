#include "apim_certificate_model.h"
#include "locale_format.h"

namespace certdeck::models {

QStringList apimApisUsingBackend(const QString &backendId, const QList<vault::ApimApi> &apis) {
    QStringList names;
    for (const vault::ApimApi &api : apis) {
        if (api.backendId && api.backendId->compare(backendId, Qt::CaseInsensitive) == 0)
            names.append(api.displayName.isEmpty() ? api.name : api.displayName);
    }
    return names;
}

ApimCertificateUsers apimCertificateUsers(const QString &certificateId,
                                          const QList<vault::ApimBackend> &backends,
                                          const QList<vault::ApimApi> &apis) {
    ApimCertificateUsers users;
    for (const vault::ApimBackend &backend : backends) {
        if (!backend.usesCertificate(certificateId))
            continue;
        users.backends.append(backend.name);
        for (const QString &api : apimApisUsingBackend(backend.name, apis)) {
            if (!users.apis.contains(api))
                users.apis.append(api);
        }
    }
    return users;
}

ApimCertificateModel::ApimCertificateModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ApimCertificateModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_certificates.size());
}

int ApimCertificateModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void ApimCertificateModel::setContent(const QList<vault::ApimCertificate> &certificates,
                                      const QList<vault::ApimBackend> &backends,
                                      const QList<vault::ApimApi> &apis) {
    beginResetModel();
    m_certificates = certificates;
    m_users.clear();
    for (const vault::ApimCertificate &certificate : certificates)
        m_users.append(apimCertificateUsers(certificate.name, backends, apis));
    endResetModel();
}

void ApimCertificateModel::clear() {
    setContent({}, {}, {});
}

int ApimCertificateModel::rowOf(const QString &name) const {
    for (int row = 0; row < m_certificates.size(); ++row) {
        if (m_certificates[row].name == name)
            return row;
    }
    return -1;
}

QString ApimCertificateModel::usedByText(int row) const {
    const ApimCertificateUsers &users = m_users.at(row);
    if (users.isEmpty())
        return tr("Not used");
    if (users.apis.isEmpty())
        return tr("Back ends: %1").arg(users.backends.join(QStringLiteral(", ")));
    return tr("Back ends: %1; APIs: %2")
        .arg(users.backends.join(QStringLiteral(", ")), users.apis.join(QStringLiteral(", ")));
}

QVariant ApimCertificateModel::display(int row, int column) const {
    const vault::ApimCertificate &certificate = m_certificates.at(row);
    switch (column) {
    case NameColumn:
        return certificate.name;
    case SubjectColumn:
        return certificate.subject;
    case ThumbprintColumn:
        return certificate.thumbprint;
    case ExpiresColumn:
        return certificate.expiration().isValid()
                   ? localizedDateTime(certificate.expiration(), QLocale::ShortFormat)
                   : QString();
    case SourceColumn:
        return certificate.isFromKeyVault() ? tr("Key Vault") : tr("Uploaded .pfx");
    case UsedByColumn:
        return usedByText(row);
    default:
        return QVariant();
    }
}

QVariant ApimCertificateModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const vault::ApimCertificate &certificate = m_certificates.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn && certificate.keyVault)
            return certificate.keyVault->secretIdentifier;
        return index.column() == UsedByColumn ? usedByText(row) : QVariant();
    case NameRole:
        return certificate.name;
    case ThumbprintRole:
        return certificate.thumbprint;
    case ExpiresRole:
        return certificate.expiration();
    case InUseRole:
        return !m_users.at(row).isEmpty();
    case SortRole:
        if (index.column() == ExpiresColumn)
            return certificate.expiration().isValid() ? certificate.expiration().toSecsSinceEpoch()
                                                      : qint64(0);
        return display(row, index.column()).toString().toLower();
    default:
        return QVariant();
    }
}

QVariant ApimCertificateModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SubjectColumn:
        return tr("Subject");
    case ThumbprintColumn:
        return tr("Thumbprint");
    case ExpiresColumn:
        return tr("Expires");
    case SourceColumn:
        return tr("Source");
    case UsedByColumn:
        return tr("Used by");
    default:
        return QVariant();
    }
}

} // namespace certdeck::models
