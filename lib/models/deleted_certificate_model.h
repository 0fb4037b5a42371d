#pragma once

#include "certificate_item.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace certdeck::models {

class Clock;

// Soft-deleted certificates of one vault (GET /deletedcertificates), one row per name.
class DeletedCertificateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DeletedColumn,
        ScheduledPurgeColumn,
        DaysUntilPurgeColumn,
        RecoveryLevelColumn, // as the service states it; the tooltip says what it means
        RecoveryIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ItemRole = Qt::UserRole + 1, // QVariant of vault::CertificateItem
        NameRole,
        SortRole,        // numbers for dates and days, lower-case text otherwise
        DeletedDateRole, // qint64 Unix seconds, or an invalid QVariant
        ScheduledPurgeDateRole,
        RecoveryIdRole,
        PurgeAllowedRole, // bool: the recovery level allows purging before the scheduled date
    };
    Q_ENUM(Role)

    explicit DeletedCertificateModel(QObject *parent = nullptr);

    void setClock(const Clock *clock); // nullptr: the system clock; not owned
    const Clock *clock() const { return m_clock; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    // Items already present (same name, any case) update their row.
    void appendPage(const QList<vault::CertificateItem> &items);
    void remove(const QString &name);

    int rowOf(const QString &name) const; // -1 when absent
    QString nameAt(int row) const;
    vault::CertificateItem itemAt(int row) const;

    // What a deletion recovery level means for the operator, e.g. whether purging is allowed.
    static QString describeRecoveryLevel(const QString &level, std::optional<int> recoverableDays);
    // False where the level rules purging out (purge protection); true where it allows it or is
    // not stated (the service then decides).
    static bool allowsPurge(const QString &level);

public slots:
    void refreshTime(); // days until purge depend on the time

private:
    struct Row {
        QString key;
        QString name;
        vault::CertificateItem item;
    };

    QVariant displayData(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_index; // lower-case name -> row
    const Clock *m_clock;
};

} // namespace certdeck::models
