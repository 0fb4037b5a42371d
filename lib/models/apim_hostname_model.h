#pragma once

#include "apim_service.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdeck::models {

// The host names (custom domains and the built-in gateway name) of one API Management service.
class ApimHostnameModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        HostNameColumn,
        TypeColumn,
        SourceColumn, // BuiltIn, KeyVault, Custom, Managed
        KeyVaultSecretColumn,
        StatusColumn,
        ThumbprintColumn,
        ExpiresColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        HostNameRole = Qt::UserRole + 1,
        FromKeyVaultRole, // bool
        SortRole,
    };
    Q_ENUM(Role)

    explicit ApimHostnameModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setHostnames(const QList<vault::HostnameConfiguration> &hostnames);
    void clear() { setHostnames({}); }

    vault::HostnameConfiguration hostnameAt(int row) const { return m_hostnames.value(row); }
    QList<vault::HostnameConfiguration> hostnames() const { return m_hostnames; }
    int rowOf(const QString &hostName) const;

private:
    QVariant display(int row, int column) const;

    QList<vault::HostnameConfiguration> m_hostnames;
};

} // namespace certdeck::models
