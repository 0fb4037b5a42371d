#pragma once

#include "apim_api.h"
#include "apim_backend.h"
#include "apim_certificate.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace certdeck::models {

// Who uses an API Management certificate: the back ends naming it in their gateway credentials
// and the APIs routed to those back ends.
struct ApimCertificateUsers {
    QStringList backends;
    QStringList apis;
    bool isEmpty() const { return backends.isEmpty(); }
};

ApimCertificateUsers apimCertificateUsers(const QString &certificateId,
                                          const QList<vault::ApimBackend> &backends,
                                          const QList<vault::ApimApi> &apis);
// The names of the APIs routed to `backendId`.
QStringList apimApisUsingBackend(const QString &backendId, const QList<vault::ApimApi> &apis);

// The client certificates of one API Management service, one row each, with who uses them.
class ApimCertificateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SubjectColumn,
        ThumbprintColumn,
        ExpiresColumn,
        SourceColumn, // uploaded .pfx or Key Vault
        UsedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        NameRole = Qt::UserRole + 1,
        ThumbprintRole,
        ExpiresRole, // QDateTime (UTC), invalid when unknown
        InUseRole,   // bool
        SortRole,
    };
    Q_ENUM(Role)

    explicit ApimCertificateModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setContent(const QList<vault::ApimCertificate> &certificates,
                    const QList<vault::ApimBackend> &backends, const QList<vault::ApimApi> &apis);
    void clear();

    vault::ApimCertificate certificateAt(int row) const { return m_certificates.value(row); }
    ApimCertificateUsers usersAt(int row) const { return m_users.value(row); }
    int rowOf(const QString &name) const;

private:
    QString usedByText(int row) const;
    QVariant display(int row, int column) const;

    QList<vault::ApimCertificate> m_certificates;
    QList<ApimCertificateUsers> m_users; // parallel to m_certificates
};

} // namespace certdeck::models
