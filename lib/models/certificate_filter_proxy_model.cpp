#include "certificate_filter_proxy_model.h"

#include "certificate_list_model.h"
#include "clock.h"
#include "expiry.h"

#include <QVariantMap>

namespace certdeck::models {

namespace {

using Roles = CertificateListModel;

QString hexDigitsOf(const QString &text) {
    QString hex;
    for (const QChar c : text) {
        if (c != QLatin1Char(':') && !c.isSpace())
            hex.append(c);
    }
    return hex;
}

} // namespace

CertificateFilterProxyModel::CertificateFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CertificateListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CertificateFilterProxyModel::setQuery(const QString &query) {
    QList<Term> terms;
    QString token;
    qsizetype prefixEnd = -1;
    bool inQuotes = false;
    bool sawQuote = false; // in this token
    bool tokenStarted = false;

    const auto finishToken = [&] {
        if (tokenStarted && !token.isEmpty())
            terms.append(parseTerm(token, prefixEnd));
        token.clear();
        prefixEnd = -1;
        sawQuote = false;
        tokenStarted = false;
    };

    for (const QChar c : query) {
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
            sawQuote = true;
            tokenStarted = true;
        } else if (c.isSpace() && !inQuotes) {
            finishToken();
        } else {
            if (c == QLatin1Char(':') && !inQuotes && !sawQuote && prefixEnd < 0)
                prefixEnd = token.size();
            token.append(c);
            tokenStarted = true;
        }
    }
    finishToken();

    const QString error = inQuotes ? tr("The query has an unbalanced quotation mark.") : QString();
    m_query = query;
    m_terms = terms;
    invalidateFilter();
    if (error != m_queryError) {
        m_queryError = error;
        emit queryErrorChanged(m_queryError);
    }
}

CertificateFilterProxyModel::Term CertificateFilterProxyModel::parseTerm(const QString &token,
                                                                         qsizetype prefixEnd) {
    Term term;
    term.value = token;
    if (prefixEnd <= 0)
        return term;

    const QString prefix = token.left(prefixEnd).toLower();
    const QString value = token.mid(prefixEnd + 1);
    const auto known = [&](TermKind kind) {
        Term known;
        known.kind = value.isEmpty() ? TermKind::Everything : kind;
        known.value = value;
        return known;
    };

    if (prefix == QLatin1String("is")) {
        const QString what = value.toLower();
        if (what.isEmpty())
            return known(TermKind::Everything);
        if (what == QLatin1String("expired"))
            return known(TermKind::Expired);
        if (what == QLatin1String("expiring"))
            return known(TermKind::Expiring);
        if (what.startsWith(QLatin1String("expiring-"))) {
            bool ok = false;
            const int days = what.mid(9).toInt(&ok);
            if (ok && days >= 0) {
                Term expiring = known(TermKind::Expiring);
                expiring.days = days;
                return expiring;
            }
            return term;
        }
        if (what == QLatin1String("pending"))
            return known(TermKind::Pending);
        if (what == QLatin1String("disabled"))
            return known(TermKind::Disabled);
        if (what == QLatin1String("enabled"))
            return known(TermKind::Enabled);
        if (what == QLatin1String("valid"))
            return known(TermKind::Valid);
        if (what == QLatin1String("not-yet-valid") || what == QLatin1String("notyetvalid"))
            return known(TermKind::NotYetValid);
        return term;
    }
    if (prefix == QLatin1String("issuer"))
        return known(TermKind::Issuer);
    if (prefix == QLatin1String("san"))
        return known(TermKind::San);
    if (prefix == QLatin1String("thumb"))
        return known(TermKind::Thumbprint);
    if (prefix == QLatin1String("vault"))
        return known(TermKind::Vault);
    if (prefix == QLatin1String("tag")) {
        Term tag = known(TermKind::Tag);
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            tag.value = value.left(equals);
            tag.tagValue = value.mid(equals + 1);
            tag.hasTagValue = true;
            if (tag.value.isEmpty())
                tag.kind = TermKind::Everything;
        }
        return tag;
    }
    return term;
}

bool CertificateFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const {
    if (m_terms.isEmpty())
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    for (const Term &term : m_terms) {
        if (!matches(term, source))
            return false;
    }
    return true;
}

bool CertificateFilterProxyModel::matches(const Term &term, const QModelIndex &source) const {
    const auto *list = qobject_cast<const CertificateListModel *>(sourceModel());
    const auto now = [list] { return (list ? list->clock() : Clock::system())->now(); };
    const auto text = [&source](int role) { return source.data(role).toString(); };
    const auto expires = [&source]() -> std::optional<qint64> {
        const QVariant value = source.data(Roles::ExpiresRole);
        return value.isValid() ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
    };
    const auto state = [&source] {
        return static_cast<ExpiryState>(source.data(Roles::ExpiryStateRole).toInt());
    };

    switch (term.kind) {
    case TermKind::Everything:
        return true;
    case TermKind::Text: {
        if (text(Roles::NameRole).contains(term.value, Qt::CaseInsensitive) ||
            text(Roles::SubjectRole).contains(term.value, Qt::CaseInsensitive))
            return true;
        const QStringList sans = source.data(Roles::SansRole).toStringList();
        return std::any_of(sans.cbegin(), sans.cend(), [&term](const QString &san) {
            return san.contains(term.value, Qt::CaseInsensitive);
        });
    }
    case TermKind::Expired: {
        const auto at = expires();
        return at && hasExpired(*at, now());
    }
    case TermKind::Expiring: {
        const auto at = expires();
        const int days = term.days >= 0 ? term.days : (list ? list->expiringWithinDays() : 30);
        return at && expiresWithin(*at, now(), days);
    }
    case TermKind::Pending:
        return source.data(Roles::PendingRole).toBool();
    case TermKind::Disabled:
        return !source.data(Roles::EnabledRole).toBool();
    case TermKind::Enabled:
        return source.data(Roles::EnabledRole).toBool();
    case TermKind::Valid:
        return state() == ExpiryState::Valid || state() == ExpiryState::Expiring;
    case TermKind::NotYetValid:
        return state() == ExpiryState::NotYetValid;
    case TermKind::Issuer:
        return text(Roles::IssuerRole).contains(term.value, Qt::CaseInsensitive);
    case TermKind::San: {
        const QStringList sans = source.data(Roles::SansRole).toStringList();
        return std::any_of(sans.cbegin(), sans.cend(), [&term](const QString &san) {
            return san.contains(term.value, Qt::CaseInsensitive);
        });
    }
    case TermKind::Thumbprint: {
        const QString hex = hexDigitsOf(term.value);
        if (!hex.isEmpty() &&
            (text(Roles::Sha1ThumbprintRole).startsWith(hex, Qt::CaseInsensitive) ||
             text(Roles::Sha256ThumbprintRole).startsWith(hex, Qt::CaseInsensitive)))
            return true;
        // x5t is base64url: case matters.
        return text(Roles::X5tRole).startsWith(term.value, Qt::CaseSensitive);
    }
    case TermKind::Vault:
        return text(Roles::VaultRole).compare(term.value, Qt::CaseInsensitive) == 0;
    case TermKind::Tag: {
        const QVariantMap tags = source.data(Roles::TagsRole).toMap();
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (it.key().compare(term.value, Qt::CaseInsensitive) != 0)
                continue;
            if (!term.hasTagValue ||
                it.value().toString().compare(term.tagValue, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    }
    return false;
}

} // namespace certdeck::models
