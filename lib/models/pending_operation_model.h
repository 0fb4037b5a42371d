#pragma once

#include "certificate_operation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace certdeck::models {

class Clock;

// Certificate operations (create / renew "pending" objects) being watched, one row per
// vault + certificate name.
class PendingOperationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CertificateColumn,
        IssuerColumn,
        StatusColumn,
        DetailsColumn, // status_details, or the error's code and message
        CancellationColumn,
        StartedColumn,
        ElapsedColumn,
        VaultColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        OperationRole = Qt::UserRole + 1, // QVariant of vault::CertificateOperation
        StatusRole,                       // the raw status string
        NameRole,
        VaultRole,
        SortRole,           // numbers for times, text otherwise
        FirstSeenRole,      // QDateTime (UTC)
        IsTerminalRole,     // bool: completed, failed or cancelled
        ElapsedSecondsRole, // qint64
    };
    Q_ENUM(Role)

    explicit PendingOperationModel(QObject *parent = nullptr);

    void setClock(const Clock *clock); // nullptr: the system clock; not owned
    const Clock *clock() const { return m_clock; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds or updates the row of operation.name() in `vaultName`. The earliest firstSeen given
    // for a row is kept (it is the Started column); the elapsed time stops when the operation
    // reaches a terminal status.
    void upsert(const QString &vaultName, const vault::CertificateOperation &operation,
                const QDateTime &firstSeen);
    void remove(const QString &vaultName, const QString &name);
    void removeVault(const QString &vaultName);
    void clear();

    int rowOf(const QString &vaultName, const QString &name) const; // -1 when absent
    vault::CertificateOperation operationAt(int row) const;
    QString nameAt(int row) const;
    QString vaultAt(int row) const;

    // "In progress", "Completed", "Failed", "Cancelled", or the raw status when unknown.
    static QString statusText(const QString &status);
    // "45 s", "5 min", "2 h 5 min", "3 d 4 h"; numbers through QLocale.
    static QString elapsedText(qint64 seconds);

public slots:
    // Emits dataChanged for the elapsed column only (connect it to a timer).
    void tick();

private:
    struct Row {
        QString key;
        QString vault;
        QString name;
        vault::CertificateOperation operation;
        QDateTime firstSeen;
        QDateTime finished; // when a terminal status was first seen
    };

    static QString keyOf(const QString &vaultName, const QString &name);
    qint64 elapsedSeconds(const Row &row) const;
    static QString explainedStatusDetails(const QString &details);
    QString detailsOf(const vault::CertificateOperation &operation) const;
    QVariant displayData(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    const Clock *m_clock;
};

} // namespace certdeck::models
