#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace certdeck::models {

// Filters a CertificateListModel with a small query language; terms are separated by spaces
// and all must match:
//   is:expired  is:expiring  is:expiring-N  is:pending  is:disabled
//   (also is:enabled, is:valid: in its validity period and enabled, is:not-yet-valid)
//   issuer:TEXT  san:TEXT  thumb:HEX  vault:NAME  tag:KEY  tag:KEY=VALUE
//   "quoted phrase"  free text (name, subject or SANs)
// Matching is case-insensitive. A value may be quoted (issuer:"Contoso CA"); a term with an
// unknown prefix is free text; a known prefix with an empty value (still being typed) matches
// everything. Sorting uses CertificateListModel::SortRole.
class CertificateFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CertificateFilterProxyModel(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Empty unless the query has a problem (an unbalanced quote); the query still filters,
    // as if the quote were closed at the end.
    QString queryError() const { return m_queryError; }

signals:
    void queryErrorChanged(const QString &error);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    enum class TermKind {
        Text,
        Expired,
        Expiring, // days < 0: the source model's window
        Pending,
        Disabled,
        Enabled,
        Valid,
        NotYetValid,
        Issuer,
        San,
        Thumbprint,
        Vault,
        Tag,
        Everything,
    };
    struct Term {
        TermKind kind = TermKind::Text;
        QString value;
        QString tagValue; // tag:KEY=VALUE
        bool hasTagValue = false;
        int days = -1;
    };

    static Term parseTerm(const QString &token, qsizetype prefixEnd);
    bool matches(const Term &term, const QModelIndex &source) const;

    QString m_query;
    QString m_queryError;
    QList<Term> m_terms;
};

} // namespace certdeck::models
