#pragma once

#include "certificate_bundle.h"
#include "certificate_item.h"
#include "expiry.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdeck::models {

class Clock;

// Certificates of one or more vaults, one row per vault + name (names compare case-insensitively,
// as Key Vault does). Filled page by page from list results; details (subject, issuer, SANs,
// thumbprints, content type) arrive later per row through updateDetails().
class CertificateListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SubjectColumn,
        IssuerColumn,
        ExpiresColumn,
        DaysLeftColumn,
        ThumbprintColumn,
        EnabledColumn,
        ContentTypeColumn,
        TagsColumn,
        VaultColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ItemRole = Qt::UserRole + 1, // QVariant of vault::CertificateItem
        NameRole,
        VaultRole,
        ExpiryStateRole, // int of ExpiryState
        SubjectRole,
        IssuerRole,
        SansRole,             // QStringList: DNS names, e-mails, UPNs
        Sha1ThumbprintRole,   // upper-case hex
        Sha256ThumbprintRole, // upper-case hex; empty until details are loaded
        X5tRole,
        DetailsLoadedRole, // bool
        SortRole,          // per column: numbers for dates and days, lower-case text otherwise
        // Raw facts, for proxies:
        ExpiresRole,     // qint64 Unix seconds, or an invalid QVariant
        NotBeforeRole,   // qint64 Unix seconds, or an invalid QVariant
        EnabledRole,     // bool
        PendingRole,     // bool
        TagsRole,        // QVariantMap
        ContentTypeRole, // QString
        DaysLeftRole,    // int, or an invalid QVariant without expiry
    };
    Q_ENUM(Role)

    explicit CertificateListModel(QObject *parent = nullptr);
    ~CertificateListModel() override;

    void setClock(const Clock *clock); // nullptr: the system clock; not owned
    const Clock *clock() const { return m_clock; }
    void setExpiringWithinDays(int days); // default 30
    int expiringWithinDays() const { return m_expiringWithinDays; }
    void setStatePalette(const QHash<ExpiryState, QColor> &foreground,
                         const QHash<ExpiryState, QColor> &background,
                         const QHash<ExpiryState, QIcon> &icons);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    // Adds a page of list results; an item whose vault + name is already present updates that
    // row (a new x5t drops the row's details, which belonged to the old version).
    void appendPage(const QString &vaultName, const QList<vault::CertificateItem> &items);
    // Fills a row's details from GET /certificates/{name}; adds the row when it is missing.
    void updateDetails(const QString &vaultName, const vault::CertificateBundle &bundle);
    void upsert(const QString &vaultName, const vault::CertificateItem &item);
    void remove(const QString &vaultName, const QString &name);
    // Every row of the vault (its connection was removed).
    void removeVault(const QString &vaultName);
    // Marks a row as pending (e.g. while a create operation runs), besides rows that are pending
    // by themselves (no x5t and no expiry, or a bundle without certificate but with "pending").
    void setPending(const QString &vaultName, const QString &name, bool pending);

    int rowOf(const QString &vaultName, const QString &name) const; // -1 when absent
    QString nameAt(int row) const;
    QString vaultAt(int row) const;
    vault::CertificateItem itemAt(int row) const;
    ExpiryState stateAt(int row) const;
    bool hasDetails(int row) const;
    QList<int> rowsWithoutDetails(int first, int last) const; // clamped to the model

    // RFC 4180 CSV of every column (header first). `rows` may hold indexes of this model or of
    // proxies stacked on it; empty exports every row. Expiry dates are ISO 8601 UTC.
    QByteArray toCsv(const QModelIndexList &rows = {}) const;
    // RFC 5545 calendar: one VEVENT per certificate with an expiry, an alarm
    // `remindDaysBefore` days ahead.
    QByteArray toIcs(int remindDaysBefore) const;

public slots:
    // Re-evaluates everything that depends on the time (state, days left, colours); call it
    // now and then (e.g. hourly) while the window stays open.
    void refreshTime();

private:
    struct Row {
        QString key; // keyOf(vault, name)
        QString vault;
        QString name;
        vault::CertificateItem item;
        bool detailsLoaded = false;
        bool pendingMark = false;   // setPending()
        bool pendingBundle = false; // bundle with "pending" and no certificate
        QString subject;
        QString issuer;
        QStringList sans;
        QString sha1Hex;   // from x5t, or from the certificate
        QString sha256Hex; // from the certificate
        QString contentType;
        QString tagsText;
    };

    static QString keyOf(const QString &vaultName, const QString &name);
    static void setItem(Row &row, const vault::CertificateItem &item);
    bool isPending(const Row &row) const;
    ExpiryState stateOf(const Row &row) const;
    QString stateDescription(const Row &row) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    void reindexFrom(int row);
    void emitRowChanged(int row);
    QList<int> sourceRowsOf(const QModelIndexList &indexes) const;

    QList<Row> m_rows;
    QHash<QString, int> m_index; // keyOf(vault, name) -> row
    const Clock *m_clock;
    int m_expiringWithinDays = 30;
    QHash<ExpiryState, QColor> m_foreground;
    QHash<ExpiryState, QColor> m_background;
    QHash<ExpiryState, QIcon> m_icons;
};

} // namespace certdeck::models
