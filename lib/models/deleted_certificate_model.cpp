#include "deleted_certificate_model.h"
#include "locale_format.h"

#include "clock.h"
#include "expiry.h"

#include <QLocale>

#include <limits>

namespace certdeck::models {

namespace {

QString localDateTime(const std::optional<qint64> &seconds, QLocale::FormatType format) {
    return seconds ? localizedDateTime(QDateTime::fromSecsSinceEpoch(*seconds), format) : QString();
}

QString recoveryLevelOf(const vault::CertificateItem &item) {
    return item.attributes.recoveryLevel.value_or(QString());
}

} // namespace

DeletedCertificateModel::DeletedCertificateModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(Clock::system()) {}

void DeletedCertificateModel::setClock(const Clock *clock) {
    m_clock = clock ? clock : Clock::system();
    refreshTime();
}

void DeletedCertificateModel::refreshTime() {
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeletedCertificateModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeletedCertificateModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletedCertificateModel::displayData(const Row &row, int column) const {
    const vault::CertificateItem &item = row.item;
    switch (column) {
    case NameColumn:
        return row.name;
    case DeletedColumn:
        return localDateTime(item.deletedDate, QLocale::ShortFormat);
    case ScheduledPurgeColumn:
        return localDateTime(item.scheduledPurgeDate, QLocale::ShortFormat);
    case DaysUntilPurgeColumn:
        return item.scheduledPurgeDate
                   ? QVariant(daysLeft(*item.scheduledPurgeDate, m_clock->now()))
                   : QVariant();
    case RecoveryLevelColumn:
        return recoveryLevelOf(item);
    case RecoveryIdColumn:
        return item.recoveryId.value_or(QString());
    default:
        return QVariant();
    }
}

QVariant DeletedCertificateModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const vault::CertificateItem &item = row.item;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DeletedColumn:
            return localDateTime(item.deletedDate, QLocale::LongFormat);
        case ScheduledPurgeColumn:
        case DaysUntilPurgeColumn:
            if (!item.scheduledPurgeDate)
                return tr("No purge date is scheduled");
            if (hasExpired(*item.scheduledPurgeDate, m_clock->now()))
                return tr("The scheduled purge date has passed");
            return tr("Purged automatically in %n day(s)", nullptr,
                      daysLeft(*item.scheduledPurgeDate, m_clock->now()));
        case RecoveryLevelColumn:
            return describeRecoveryLevel(recoveryLevelOf(item), item.attributes.recoverableDays);
        case RecoveryIdColumn:
            return item.recoveryId.value_or(QString());
        default:
            return QVariant();
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DaysUntilPurgeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case ItemRole:
        return QVariant::fromValue(item);
    case NameRole:
        return row.name;
    case DeletedDateRole:
        return item.deletedDate ? QVariant::fromValue(*item.deletedDate) : QVariant();
    case ScheduledPurgeDateRole:
        return item.scheduledPurgeDate ? QVariant::fromValue(*item.scheduledPurgeDate) : QVariant();
    case RecoveryIdRole:
        return item.recoveryId.value_or(QString());
    case PurgeAllowedRole:
        return allowsPurge(recoveryLevelOf(item));
    case SortRole:
        switch (index.column()) {
        case DeletedColumn:
            return item.deletedDate.value_or(std::numeric_limits<qint64>::max());
        case ScheduledPurgeColumn:
        case DaysUntilPurgeColumn:
            return item.scheduledPurgeDate.value_or(std::numeric_limits<qint64>::max());
        default:
            return displayData(row, index.column()).toString().toLower();
        }
    default:
        return QVariant();
    }
}

QVariant DeletedCertificateModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DeletedColumn:
        return tr("Deleted");
    case ScheduledPurgeColumn:
        return tr("Scheduled purge");
    case DaysUntilPurgeColumn:
        return tr("Days until purge");
    case RecoveryLevelColumn:
        return tr("Recovery level");
    case RecoveryIdColumn:
        return tr("Recovery ID");
    default:
        return QVariant();
    }
}

// The DeletionRecoveryLevel values: [Customized]Recoverable[+Purgeable|+ProtectedSubscription],
// or Purgeable alone (no soft delete).
QString DeletedCertificateModel::describeRecoveryLevel(const QString &level,
                                                       std::optional<int> recoverableDays) {
    if (level.isEmpty())
        return QString();
    QString meaning;
    if (level == QLatin1String("Purgeable"))
        meaning = tr("Not recoverable: the vault does not keep deleted certificates.");
    else if (level.endsWith(QLatin1String("+Purgeable")))
        meaning = tr("Recoverable until the scheduled purge date, and may be purged before then.");
    else if (level.endsWith(QLatin1String("+ProtectedSubscription")))
        meaning = tr("Recoverable until the scheduled purge date. Neither the certificate nor its "
                     "subscription can be removed before then.");
    else if (level.endsWith(QLatin1String("Recoverable")))
        meaning = tr("Recoverable until the scheduled purge date. Purge protection is on: it "
                     "cannot be purged before then.");
    else
        return level;
    if (recoverableDays && *recoverableDays > 0) // no space between sentences in Chinese
        meaning =
            tr("%1 The vault keeps deleted certificates for %n day(s).", nullptr, *recoverableDays)
                .arg(meaning);
    return meaning;
}

bool DeletedCertificateModel::allowsPurge(const QString &level) {
    return level.isEmpty() || level == QLatin1String("Purgeable") ||
           level.endsWith(QLatin1String("+Purgeable"));
}

void DeletedCertificateModel::clear() {
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

void DeletedCertificateModel::appendPage(const QList<vault::CertificateItem> &items) {
    QList<Row> fresh;
    QHash<QString, qsizetype> freshIndex;
    for (const vault::CertificateItem &item : items) {
        const QString name = item.name();
        if (name.isEmpty())
            continue;
        const QString key = name.toLower();
        if (const auto existing = m_index.constFind(key); existing != m_index.cend()) {
            m_rows[*existing].item = item;
            emit dataChanged(index(*existing, 0), index(*existing, ColumnCount - 1));
        } else if (const auto inPage = freshIndex.constFind(key); inPage != freshIndex.cend()) {
            fresh[*inPage].item = item;
        } else {
            freshIndex.insert(key, fresh.size());
            fresh.append(Row{key, name, item});
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(fresh.size()) - 1);
    for (Row &row : fresh) {
        m_index.insert(row.key, static_cast<int>(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void DeletedCertificateModel::remove(const QString &name) {
    const int rowNumber = rowOf(name);
    if (rowNumber < 0)
        return;
    beginRemoveRows(QModelIndex(), rowNumber, rowNumber);
    m_index.remove(m_rows.at(rowNumber).key);
    m_rows.removeAt(rowNumber);
    for (int i = rowNumber; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).key] = i;
    endRemoveRows();
}

int DeletedCertificateModel::rowOf(const QString &name) const {
    return m_index.value(name.toLower(), -1);
}

QString DeletedCertificateModel::nameAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

vault::CertificateItem DeletedCertificateModel::itemAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item : vault::CertificateItem();
}

} // namespace certdeck::models
