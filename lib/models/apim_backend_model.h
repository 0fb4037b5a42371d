#pragma once

#include "apim_api.h"
#include "apim_backend.h"

#include <QAbstractTableModel>
#include <QList>

namespace certdeck::models {

// The back ends of one API Management service: where they point, which client certificate the
// gateway presents, whether it validates the back end's chain, and which APIs use them.
class ApimBackendModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UrlColumn,
        CertificateColumn, // the gateway credential (client certificates)
        ChainValidationColumn,
        ApisColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        NameRole = Qt::UserRole + 1,
        ValidatesChainRole, // bool
        SortRole,
    };
    Q_ENUM(Role)

    explicit ApimBackendModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setContent(const QList<vault::ApimBackend> &backends, const QList<vault::ApimApi> &apis);
    void clear();

    vault::ApimBackend backendAt(int row) const { return m_backends.value(row); }
    QList<vault::ApimBackend> backends() const { return m_backends; }
    int rowOf(const QString &name) const;

private:
    QVariant display(int row, int column) const;

    QList<vault::ApimBackend> m_backends;
    QList<QStringList> m_apis; // parallel to m_backends
};

} // namespace certdeck::models
