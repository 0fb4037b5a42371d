#pragma once

#include "activity_entry.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdeck::models {

class Clock;

// The last HTTP requests (newest last), bounded: the oldest rows are dropped beyond
// maximumRows() (5,000 unless changed).
class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        MethodColumn,
        HostColumn,
        PathColumn,
        StatusColumn,
        RequestIdColumn,
        DurationColumn,
        AttemptColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        EntryRole = Qt::UserRole + 1, // QVariant of ActivityEntry
        SortRole,                     // numbers for time, status, duration, attempt
        IsErrorRole,                  // bool: no answer, HTTP 4xx/5xx or an error text
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaximumRows = 5000;

    explicit ActivityModel(QObject *parent = nullptr);

    void setClock(const Clock *clock); // nullptr: the system clock; not owned
    void setMaximumRows(int rows);
    int maximumRows() const { return m_maximumRows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const ActivityEntry &entry);
    void clear();
    ActivityEntry entryAt(int row) const;

    // RFC 4180 CSV, header first; times ISO 8601 UTC with milliseconds.
    QByteArray toCsv() const;

    // What append() stores: the path of a URL or path, without query or fragment; URLs inside
    // error texts lose their query too.
    static QString sanitizedPath(const QString &pathOrUrl);
    static QString sanitizedText(const QString &text);

private:
    static bool isError(const ActivityEntry &entry);
    QVariant displayData(const ActivityEntry &entry, int column) const;

    QList<ActivityEntry> m_entries;
    const Clock *m_clock;
    int m_maximumRows = DefaultMaximumRows;
};

} // namespace certdeck::models

Q_DECLARE_METATYPE(certdeck::models::ActivityEntry)
