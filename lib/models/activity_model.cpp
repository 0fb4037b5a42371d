#include "activity_model.h"
#include "locale_format.h"

#include "clock.h"
#include "csv_writer.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace certdeck::models {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(Clock::system()) {}

void ActivityModel::setClock(const Clock *clock) {
    m_clock = clock ? clock : Clock::system();
}

void ActivityModel::setMaximumRows(int rows) {
    m_maximumRows = qMax(rows, 1);
    const int excess = static_cast<int>(m_entries.size()) - m_maximumRows;
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

int ActivityModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::sanitizedPath(const QString &pathOrUrl) {
    qsizetype end = pathOrUrl.size();
    for (const QChar c : {QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = pathOrUrl.indexOf(c);
        if (at >= 0)
            end = qMin(end, at);
    }
    const QString withoutQuery = pathOrUrl.left(end);
    const QUrl url(withoutQuery);
    if (url.isValid() && !url.scheme().isEmpty())
        return url.path();
    return withoutQuery;
}

QString ActivityModel::sanitizedText(const QString &text) {
    static const QRegularExpression urlQuery(
        QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^\s?#]*)[?#][^\s]*)"));
    QString sanitized = text;
    sanitized.replace(urlQuery, QStringLiteral("\\1"));
    return sanitized;
}

bool ActivityModel::isError(const ActivityEntry &entry) {
    return entry.status == 0 || entry.status >= 400 || !entry.error.isEmpty();
}

void ActivityModel::append(const ActivityEntry &entry) {
    ActivityEntry stored = entry;
    stored.time = entry.time.isValid() ? entry.time.toUTC() : m_clock->now();
    stored.path = sanitizedPath(entry.path);
    stored.error = sanitizedText(entry.error);

    if (m_entries.size() >= m_maximumRows) {
        const int excess = static_cast<int>(m_entries.size()) - m_maximumRows + 1;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(stored);
    endInsertRows();
}

void ActivityModel::clear() {
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

ActivityEntry ActivityModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : ActivityEntry();
}

QVariant ActivityModel::displayData(const ActivityEntry &entry, int column) const {
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return localizedTime(entry.time.toLocalTime().time(), QLocale::LongFormat, locale);
    case MethodColumn:
        return QString::fromLatin1(entry.method);
    case HostColumn:
        return entry.host;
    case PathColumn:
        return entry.path;
    case StatusColumn:
        return entry.status == 0 ? tr("No response") : QString::number(entry.status);
    case RequestIdColumn:
        return entry.requestId;
    case DurationColumn:
        return tr("%1 ms").arg(locale.toString(entry.durationMs));
    case AttemptColumn:
        return entry.attempt;
    case ErrorColumn:
        return entry.error;
    default:
        return QVariant();
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ActivityEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toString(Qt::ISODateWithMs);
        case ErrorColumn:
        case PathColumn:
            return displayData(entry, index.column());
        default:
            return QVariant();
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case StatusColumn:
        case DurationColumn:
        case AttemptColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant();
        }
    case EntryRole:
        return QVariant::fromValue(entry);
    case IsErrorRole:
        return isError(entry);
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toMSecsSinceEpoch();
        case StatusColumn:
            return entry.status;
        case DurationColumn:
            return entry.durationMs;
        case AttemptColumn:
            return entry.attempt;
        default:
            return displayData(entry, index.column()).toString().toLower();
        }
    default:
        return QVariant();
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case HostColumn:
        return tr("Host");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case RequestIdColumn:
        return tr("Request ID");
    case DurationColumn:
        return tr("Duration");
    case AttemptColumn:
        return tr("Attempt");
    case ErrorColumn:
        return tr("Error");
    default:
        return QVariant();
    }
}

QByteArray ActivityModel::toCsv() const {
    CsvWriter csv;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    header[DurationColumn] = tr("Duration (ms)");
    csv.addRecord(header);
    for (const ActivityEntry &entry : m_entries) {
        csv.addRecord(
            {entry.time.toUTC().toString(Qt::ISODateWithMs), QString::fromLatin1(entry.method),
             entry.host, entry.path, QString::number(entry.status), entry.requestId,
             QString::number(entry.durationMs), QString::number(entry.attempt), entry.error});
    }
    return csv.data();
}

} // namespace certdeck::models
