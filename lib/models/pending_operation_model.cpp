#include "pending_operation_model.h"
#include "locale_format.h"

#include "clock.h"

#include <QLocale>

namespace certdeck::models {

PendingOperationModel::PendingOperationModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(Clock::system()) {}

void PendingOperationModel::setClock(const Clock *clock) {
    m_clock = clock ? clock : Clock::system();
    tick();
}

int PendingOperationModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PendingOperationModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingOperationModel::keyOf(const QString &vaultName, const QString &name) {
    return vaultName.toLower() + QLatin1Char('/') + name.toLower();
}

QString PendingOperationModel::statusText(const QString &status) {
    if (status.compare(vault::OperationStatus::InProgress, Qt::CaseInsensitive) == 0)
        return tr("In progress");
    if (status.compare(vault::OperationStatus::Completed, Qt::CaseInsensitive) == 0)
        return tr("Completed");
    if (status.compare(vault::OperationStatus::Failed, Qt::CaseInsensitive) == 0)
        return tr("Failed");
    if (status.compare(vault::OperationStatus::Cancelled, Qt::CaseInsensitive) == 0)
        return tr("Cancelled");
    return status;
}

QString PendingOperationModel::elapsedText(qint64 seconds) {
    const QLocale locale;
    seconds = qMax<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(minutes % 60));
    return tr("%1 d %2 h").arg(locale.toString(hours / 24), locale.toString(hours % 24));
}

qint64 PendingOperationModel::elapsedSeconds(const Row &row) const {
    if (!row.firstSeen.isValid())
        return 0;
    const QDateTime end = row.finished.isValid() ? row.finished : m_clock->now();
    return qMax<qint64>(row.firstSeen.secsTo(end), 0);
}

QString PendingOperationModel::detailsOf(const vault::CertificateOperation &operation) const {
    if (operation.error &&
        (!operation.error->code.isEmpty() || !operation.error->message.isEmpty())) {
        if (operation.error->code.isEmpty())
            return operation.error->message;
        if (operation.error->message.isEmpty())
            return operation.error->code;
        return tr("%1: %2").arg(operation.error->code, operation.error->message);
    }
    return explainedStatusDetails(operation.statusDetails.value_or(QString()));
}

// Key Vault writes its status details in English whatever the caller's language; the two it
// sends for every pending request are said in the operator's language (the service's own words
// stay in the tooltip). Anything else, such as an issuer's message, is shown as sent.
QString PendingOperationModel::explainedStatusDetails(const QString &details) {
    if (details == vault::OperationDetails::MergeRequired)
        return tr(
            "Pending certificate created. Merge the certificate signed by your CA to complete "
            "the request.");
    if (details == vault::OperationDetails::IssuerInProgress)
        return tr("Pending certificate created. The issuer is processing the request; depending "
                  "on the issuer this can take a while. Certdeck keeps checking.");
    return details;
}

QVariant PendingOperationModel::displayData(const Row &row, int column) const {
    const vault::CertificateOperation &operation = row.operation;
    switch (column) {
    case CertificateColumn:
        return row.name;
    case IssuerColumn:
        return operation.issuer && operation.issuer->name ? *operation.issuer->name : QString();
    case StatusColumn:
        return statusText(operation.status);
    case DetailsColumn:
        return detailsOf(operation);
    case CancellationColumn:
        return operation.cancellationRequested.value_or(false) ? tr("Requested") : QString();
    case StartedColumn:
        return row.firstSeen.isValid() ? localizedDateTime(row.firstSeen, QLocale::ShortFormat)
                                       : QString();
    case ElapsedColumn:
        return row.firstSeen.isValid() ? elapsedText(elapsedSeconds(row)) : QString();
    case VaultColumn:
        return row.vault;
    default:
        return QVariant();
    }
}

QVariant PendingOperationModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn || index.column() == StatusColumn) {
            QString tip = statusText(row.operation.status);
            const QString details = detailsOf(row.operation);
            if (!details.isEmpty())
                tip += QLatin1Char('\n') + details;
            const QString sent = row.operation.statusDetails.value_or(QString());
            if (!row.operation.error && !sent.isEmpty() && sent != details)
                tip += QLatin1Char('\n') + tr("Key Vault: “%1”").arg(sent);
            if (!row.operation.requestId.isEmpty())
                tip += QLatin1Char('\n') + tr("Request ID: %1").arg(row.operation.requestId);
            return tip;
        }
        if (index.column() == StartedColumn && row.firstSeen.isValid())
            return localizedDateTime(row.firstSeen, QLocale::LongFormat);
        return QVariant();
    case OperationRole:
        return QVariant::fromValue(row.operation);
    case StatusRole:
        return row.operation.status;
    case NameRole:
        return row.name;
    case VaultRole:
        return row.vault;
    case FirstSeenRole:
        return row.firstSeen;
    case IsTerminalRole:
        return vault::OperationStatus::isTerminal(row.operation.status);
    case ElapsedSecondsRole:
        return elapsedSeconds(row);
    case SortRole:
        switch (index.column()) {
        case StartedColumn:
            return row.firstSeen.isValid() ? row.firstSeen.toSecsSinceEpoch() : qint64(0);
        case ElapsedColumn:
            return elapsedSeconds(row);
        default:
            return displayData(row, index.column()).toString().toLower();
        }
    default:
        return QVariant();
    }
}

QVariant PendingOperationModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CertificateColumn:
        return tr("Certificate");
    case IssuerColumn:
        return tr("Issuer");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    case CancellationColumn:
        return tr("Cancellation");
    case StartedColumn:
        return tr("Started");
    case ElapsedColumn:
        return tr("Elapsed");
    case VaultColumn:
        return tr("Vault");
    default:
        return QVariant();
    }
}

void PendingOperationModel::upsert(const QString &vaultName,
                                   const vault::CertificateOperation &operation,
                                   const QDateTime &firstSeen) {
    const QString name = operation.name();
    if (name.isEmpty())
        return;
    const QString key = keyOf(vaultName, name);
    const bool terminal = vault::OperationStatus::isTerminal(operation.status);
    if (const auto it = m_index.constFind(key); it != m_index.cend()) {
        const int rowNumber = *it;
        Row &row = m_rows[rowNumber];
        row.operation = operation;
        // A request started no later than any moment it was seen: the earliest time wins, so
        // the certificate's own creation time, once known, replaces when the app first saw it.
        if (firstSeen.isValid() && (!row.firstSeen.isValid() || firstSeen < row.firstSeen))
            row.firstSeen = firstSeen.toUTC();
        if (terminal && !row.finished.isValid())
            row.finished = m_clock->now();
        else if (!terminal)
            row.finished = QDateTime();
        emit dataChanged(index(rowNumber, 0), index(rowNumber, ColumnCount - 1));
        return;
    }
    Row row;
    row.key = key;
    row.vault = vaultName;
    row.name = name;
    row.operation = operation;
    row.firstSeen = firstSeen.toUTC();
    if (terminal)
        row.finished = m_clock->now();
    const int rowNumber = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), rowNumber, rowNumber);
    m_rows.append(row);
    m_index.insert(key, rowNumber);
    endInsertRows();
}

void PendingOperationModel::remove(const QString &vaultName, const QString &name) {
    const int rowNumber = rowOf(vaultName, name);
    if (rowNumber < 0)
        return;
    beginRemoveRows(QModelIndex(), rowNumber, rowNumber);
    m_index.remove(m_rows.at(rowNumber).key);
    m_rows.removeAt(rowNumber);
    for (int i = rowNumber; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).key] = i;
    endRemoveRows();
}

void PendingOperationModel::removeVault(const QString &vaultName) {
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).vault == vaultName)
            remove(vaultName, m_rows.at(row).name);
    }
}

void PendingOperationModel::clear() {
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

int PendingOperationModel::rowOf(const QString &vaultName, const QString &name) const {
    return m_index.value(keyOf(vaultName, name), -1);
}

vault::CertificateOperation PendingOperationModel::operationAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).operation
                                           : vault::CertificateOperation();
}

QString PendingOperationModel::nameAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QString PendingOperationModel::vaultAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).vault : QString();
}

void PendingOperationModel::tick() {
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, ElapsedColumn), index(rowCount() - 1, ElapsedColumn),
                     {Qt::DisplayRole, SortRole, ElapsedSecondsRole});
}

} // namespace certdeck::models
