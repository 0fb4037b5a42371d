#include "certificate_list_model.h"
#include "locale_format.h"

#include "certificate.h"
#include "clock.h"
#include "csv_writer.h"
#include "ics_writer.h"

#include <QAbstractProxyModel>
#include <QBrush>
#include <QCryptographicHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace certdeck::models {

namespace {

QString upperHex(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toHex()).toUpper();
}

// x5t is base64url(SHA-1) without padding; anything that does not decode to 20 bytes is ignored.
QString sha1HexOfX5t(const QString &x5t) {
    if (x5t.isEmpty())
        return QString();
    const auto decoded = QByteArray::fromBase64Encoding(
        x5t.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 20)
        return QString();
    return upperHex(decoded.decoded);
}

QString tagsText(const std::optional<vault::Tags> &tags) {
    if (!tags)
        return QString();
    QStringList pairs;
    for (auto it = tags->cbegin(); it != tags->cend(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value());
    return pairs.join(QStringLiteral(", "));
}

QVariantMap tagsMap(const std::optional<vault::Tags> &tags) {
    QVariantMap map;
    if (tags) {
        for (auto it = tags->cbegin(); it != tags->cend(); ++it)
            map.insert(it.key(), it.value());
    }
    return map;
}

QVariant optionalSeconds(const std::optional<qint64> &seconds) {
    return seconds ? QVariant::fromValue(*seconds) : QVariant();
}

QString isoUtc(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

constexpr qint64 NoDateSortKey = std::numeric_limits<qint64>::max();

} // namespace

CertificateListModel::CertificateListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(Clock::system()) {}

CertificateListModel::~CertificateListModel() = default;

void CertificateListModel::setClock(const Clock *clock) {
    m_clock = clock ? clock : Clock::system();
    refreshTime();
}

void CertificateListModel::setExpiringWithinDays(int days) {
    if (days == m_expiringWithinDays)
        return;
    m_expiringWithinDays = days;
    refreshTime();
}

void CertificateListModel::setStatePalette(const QHash<ExpiryState, QColor> &foreground,
                                           const QHash<ExpiryState, QColor> &background,
                                           const QHash<ExpiryState, QIcon> &icons) {
    m_foreground = foreground;
    m_background = background;
    m_icons = icons;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::ForegroundRole, Qt::BackgroundRole, Qt::DecorationRole});
}

void CertificateListModel::refreshTime() {
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CertificateListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CertificateListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificateListModel::keyOf(const QString &vaultName, const QString &name) {
    // Vault and certificate names are case-insensitive in Key Vault.
    return vaultName.toLower() + QLatin1Char('/') + name.toLower();
}

void CertificateListModel::setItem(Row &row, const vault::CertificateItem &item) {
    const bool newVersion =
        !row.item.x5t.isEmpty() && !item.x5t.isEmpty() && row.item.x5t != item.x5t;
    row.item = item;
    if (newVersion) {
        // The details described the previous version.
        row.detailsLoaded = false;
        row.subject.clear();
        row.issuer.clear();
        row.sans.clear();
        row.sha256Hex.clear();
        row.contentType.clear();
    }
    if (!item.x5t.isEmpty()) {
        row.pendingBundle = false;
        row.sha1Hex = sha1HexOfX5t(item.x5t);
    }
    if (!row.detailsLoaded && item.subject)
        row.subject = *item.subject;
    row.tagsText = tagsText(item.tags);
}

bool CertificateListModel::isPending(const Row &row) const {
    if (row.pendingMark || row.pendingBundle)
        return true;
    // Listed with includePending: no certificate (x5t) and so no expiry yet.
    return row.item.x5t.isEmpty() && !row.item.attributes.expires && row.sha1Hex.isEmpty();
}

ExpiryState CertificateListModel::stateOf(const Row &row) const {
    const vault::CertificateAttributes &attributes = row.item.attributes;
    return expiryStateOf(attributes.notBefore, attributes.expires,
                         attributes.enabled.value_or(true), isPending(row), m_clock->now(),
                         m_expiringWithinDays);
}

QString CertificateListModel::stateDescription(const Row &row) const {
    const vault::CertificateAttributes &attributes = row.item.attributes;
    return describeExpiry(stateOf(row), attributes.notBefore, attributes.expires, m_clock->now());
}

QVariant CertificateListModel::displayData(const Row &row, int column) const {
    const vault::CertificateAttributes &attributes = row.item.attributes;
    switch (column) {
    case NameColumn:
        return row.name;
    case SubjectColumn:
        return row.subject;
    case IssuerColumn:
        return row.issuer;
    case ExpiresColumn:
        if (!attributes.expires)
            return QString();
        return localizedDate(QDateTime::fromSecsSinceEpoch(*attributes.expires).date(),
                             QLocale::ShortFormat);
    case DaysLeftColumn:
        if (!attributes.expires)
            return QVariant();
        return daysLeft(*attributes.expires, m_clock->now());
    case ThumbprintColumn:
        return row.sha1Hex;
    case EnabledColumn:
        return attributes.enabled.value_or(true) ? tr("Yes") : tr("No");
    case ContentTypeColumn:
        return row.contentType;
    case TagsColumn:
        return row.tagsText;
    case VaultColumn:
        return row.vault;
    default:
        return QVariant();
    }
}

QVariant CertificateListModel::sortData(const Row &row, int column) const {
    const vault::CertificateAttributes &attributes = row.item.attributes;
    switch (column) {
    case ExpiresColumn:
        return attributes.expires.value_or(NoDateSortKey); // no expiry sorts last
    case DaysLeftColumn:
        return attributes.expires
                   ? static_cast<qint64>(daysLeft(*attributes.expires, m_clock->now()))
                   : NoDateSortKey;
    case EnabledColumn:
        return attributes.enabled.value_or(true) ? 1 : 0;
    default:
        return displayData(row, column).toString().toLower();
    }
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const vault::CertificateAttributes &attributes = row.item.attributes;

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole: {
        QString detail;
        switch (column) {
        case SubjectColumn:
        case IssuerColumn:
        case TagsColumn:
            detail = displayData(row, column).toString();
            break;
        case ExpiresColumn:
            if (attributes.expires)
                detail = localizedDateTime(QDateTime::fromSecsSinceEpoch(*attributes.expires),
                                           QLocale::LongFormat);
            break;
        case ThumbprintColumn:
            if (!row.sha1Hex.isEmpty())
                detail = tr("SHA-1: %1").arg(row.sha1Hex);
            if (!row.sha256Hex.isEmpty())
                detail += QLatin1Char('\n') + tr("SHA-256: %1").arg(row.sha256Hex);
            break;
        default:
            break;
        }
        const QString state = stateDescription(row);
        return detail.isEmpty() ? state : detail + QLatin1Char('\n') + state;
    }
    case Qt::AccessibleDescriptionRole:
        return stateDescription(row);
    case Qt::ForegroundRole: {
        const auto it = m_foreground.constFind(stateOf(row));
        return it != m_foreground.cend() && it->isValid() ? QVariant(QBrush(*it)) : QVariant();
    }
    case Qt::BackgroundRole: {
        const auto it = m_background.constFind(stateOf(row));
        return it != m_background.cend() && it->isValid() ? QVariant(QBrush(*it)) : QVariant();
    }
    case Qt::DecorationRole: {
        if (column != NameColumn)
            return QVariant();
        const auto it = m_icons.constFind(stateOf(row));
        return it != m_icons.cend() ? QVariant(*it) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (column == DaysLeftColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case ItemRole:
        return QVariant::fromValue(row.item);
    case NameRole:
        return row.name;
    case VaultRole:
        return row.vault;
    case ExpiryStateRole:
        return static_cast<int>(stateOf(row));
    case SubjectRole:
        return row.subject;
    case IssuerRole:
        return row.issuer;
    case SansRole:
        return row.sans;
    case Sha1ThumbprintRole:
        return row.sha1Hex;
    case Sha256ThumbprintRole:
        return row.sha256Hex;
    case X5tRole:
        return row.item.x5t;
    case DetailsLoadedRole:
        return row.detailsLoaded;
    case SortRole:
        return sortData(row, column);
    case ExpiresRole:
        return optionalSeconds(attributes.expires);
    case NotBeforeRole:
        return optionalSeconds(attributes.notBefore);
    case EnabledRole:
        return attributes.enabled.value_or(true);
    case PendingRole:
        return isPending(row);
    case TagsRole:
        return tagsMap(row.item.tags);
    case ContentTypeRole:
        return row.contentType;
    case DaysLeftRole:
        return attributes.expires ? QVariant(daysLeft(*attributes.expires, m_clock->now()))
                                  : QVariant();
    default:
        return QVariant();
    }
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SubjectColumn:
        return tr("Subject");
    case IssuerColumn:
        return tr("Issuer");
    case ExpiresColumn:
        return tr("Expires");
    case DaysLeftColumn:
        return tr("Days left");
    case ThumbprintColumn:
        return tr("Thumbprint (SHA-1)");
    case EnabledColumn:
        return tr("Enabled");
    case ContentTypeColumn:
        return tr("Content type");
    case TagsColumn:
        return tr("Tags");
    case VaultColumn:
        return tr("Vault");
    default:
        return QVariant();
    }
}

void CertificateListModel::clear() {
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

void CertificateListModel::appendPage(const QString &vaultName,
                                      const QList<vault::CertificateItem> &items) {
    QList<Row> fresh;
    QHash<QString, qsizetype> freshIndex; // duplicates within the page: the last one wins
    QList<int> changed;
    for (const vault::CertificateItem &item : items) {
        const QString name = item.name();
        if (name.isEmpty())
            continue;
        const QString key = keyOf(vaultName, name);
        if (const auto existing = m_index.constFind(key); existing != m_index.cend()) {
            setItem(m_rows[*existing], item);
            changed.append(*existing);
        } else if (const auto inPage = freshIndex.constFind(key); inPage != freshIndex.cend()) {
            setItem(fresh[*inPage], item);
        } else {
            Row row;
            row.key = key;
            row.vault = vaultName;
            row.name = name;
            setItem(row, item);
            freshIndex.insert(key, fresh.size());
            fresh.append(std::move(row));
        }
    }
    // One dataChanged per run of neighbouring rows: a re-listing in the same order costs one
    // signal per page, not one per row.
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype end = i;
        while (end + 1 < changed.size() && changed.at(end + 1) == changed.at(end) + 1)
            ++end;
        emit dataChanged(index(changed.at(i), 0), index(changed.at(end), ColumnCount - 1));
        i = end + 1;
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(fresh.size()) - 1);
    // No reserve(): an exact reserve per page would copy every row on every page.
    for (Row &row : fresh) {
        m_index.insert(row.key, static_cast<int>(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void CertificateListModel::upsert(const QString &vaultName, const vault::CertificateItem &item) {
    appendPage(vaultName, {item});
}

void CertificateListModel::updateDetails(const QString &vaultName,
                                         const vault::CertificateBundle &bundle) {
    const QString name = bundle.name();
    if (name.isEmpty())
        return;

    vault::CertificateItem item;
    int rowNumber = rowOf(vaultName, name);
    if (rowNumber >= 0)
        item = m_rows.at(rowNumber).item;
    else
        item.id = bundle.id;
    if (!bundle.x5t.isEmpty())
        item.x5t = bundle.x5t;
    item.attributes = bundle.attributes;
    item.tags = bundle.tags;

    crypto::Certificate certificate;
    if (!bundle.cer.isEmpty()) {
        auto parsed = crypto::Certificate::fromDer(bundle.cer);
        if (parsed.ok())
            certificate = std::move(parsed).value();
    }
    if (item.x5t.isEmpty() && !certificate.isNull())
        item.x5t = certificate.x5t();

    if (rowNumber < 0) {
        appendPage(vaultName, {item});
        rowNumber = rowOf(vaultName, name);
        if (rowNumber < 0)
            return;
    } else {
        setItem(m_rows[rowNumber], item);
    }

    Row &row = m_rows[rowNumber];
    row.detailsLoaded = true;
    row.pendingBundle = bundle.cer.isEmpty() && bundle.pendingId.has_value();
    row.contentType.clear();
    if (bundle.policy && bundle.policy->secretProperties &&
        bundle.policy->secretProperties->contentType)
        row.contentType = *bundle.policy->secretProperties->contentType;
    else if (bundle.contentType)
        row.contentType = *bundle.contentType;

    if (!certificate.isNull()) {
        row.subject = certificate.subject();
        row.issuer = certificate.issuer();
        const crypto::SubjectAlternativeNames sans = certificate.subjectAlternativeNames();
        row.sans = sans.dnsNames + sans.emails + sans.upns;
        row.sha1Hex = upperHex(certificate.sha1Thumbprint());
        row.sha256Hex = upperHex(certificate.sha256Thumbprint());
    } else {
        // No (readable) certificate yet: show what the policy asks for.
        row.issuer.clear();
        row.sans.clear();
        row.sha256Hex.clear();
        const auto &x509 = bundle.policy ? bundle.policy->x509Properties : std::nullopt;
        row.subject = x509 && x509->subject ? *x509->subject : item.subject.value_or(QString());
        if (x509 && x509->sans) {
            row.sans = x509->sans->dnsNames.value_or(QStringList()) +
                       x509->sans->emails.value_or(QStringList()) +
                       x509->sans->upns.value_or(QStringList());
        }
    }
    emitRowChanged(rowNumber);
}

void CertificateListModel::remove(const QString &vaultName, const QString &name) {
    const int row = rowOf(vaultName, name);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_index.remove(m_rows.at(row).key);
    m_rows.removeAt(row);
    reindexFrom(row);
    endRemoveRows();
}

void CertificateListModel::removeVault(const QString &vaultName) {
    // Rows of one vault arrive page by page, so they mostly form runs: remove run by run from
    // the end, then index once.
    int end = int(m_rows.size()) - 1;
    while (end >= 0) {
        if (m_rows.at(end).vault != vaultName) {
            --end;
            continue;
        }
        int first = end;
        while (first > 0 && m_rows.at(first - 1).vault == vaultName)
            --first;
        beginRemoveRows(QModelIndex(), first, end);
        for (int row = first; row <= end; ++row)
            m_index.remove(m_rows.at(row).key);
        m_rows.remove(first, end - first + 1);
        endRemoveRows();
        end = first - 1;
    }
    reindexFrom(0);
}

void CertificateListModel::setPending(const QString &vaultName, const QString &name, bool pending) {
    const int row = rowOf(vaultName, name);
    if (row < 0 || m_rows.at(row).pendingMark == pending)
        return;
    m_rows[row].pendingMark = pending;
    emitRowChanged(row);
}

void CertificateListModel::reindexFrom(int row) {
    for (int i = row; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).key] = i;
}

void CertificateListModel::emitRowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CertificateListModel::rowOf(const QString &vaultName, const QString &name) const {
    return m_index.value(keyOf(vaultName, name), -1);
}

QString CertificateListModel::nameAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QString CertificateListModel::vaultAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).vault : QString();
}

vault::CertificateItem CertificateListModel::itemAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item : vault::CertificateItem();
}

ExpiryState CertificateListModel::stateAt(int row) const {
    return row >= 0 && row < m_rows.size() ? stateOf(m_rows.at(row)) : ExpiryState::Valid;
}

bool CertificateListModel::hasDetails(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows.at(row).detailsLoaded;
}

QList<int> CertificateListModel::rowsWithoutDetails(int first, int last) const {
    QList<int> rows;
    first = qMax(first, 0);
    last = qMin(last, static_cast<int>(m_rows.size()) - 1);
    for (int row = first; row <= last; ++row) {
        if (!m_rows.at(row).detailsLoaded)
            rows.append(row);
    }
    return rows;
}

QList<int> CertificateListModel::sourceRowsOf(const QModelIndexList &indexes) const {
    QList<int> rows;
    QSet<int> seen;
    for (QModelIndex index : indexes) {
        while (index.isValid() && index.model() != this) {
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
            if (!proxy)
                break;
            index = proxy->mapToSource(index);
        }
        if (!index.isValid() || index.model() != this || seen.contains(index.row()))
            continue;
        seen.insert(index.row());
        rows.append(index.row());
    }
    return rows;
}

QByteArray CertificateListModel::toCsv(const QModelIndexList &rows) const {
    QList<int> selected;
    if (rows.isEmpty()) {
        selected.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            selected.append(row);
    } else {
        selected = sourceRowsOf(rows);
    }

    CsvWriter csv;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    header << tr("SHA-256 thumbprint") << tr("Subject alternative names") << tr("State");
    csv.addRecord(header);

    for (int rowNumber : std::as_const(selected)) {
        const Row &row = m_rows.at(rowNumber);
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column) {
            if (column == ExpiresColumn) {
                // Machine-readable, whatever the locale.
                fields.append(row.item.attributes.expires ? isoUtc(*row.item.attributes.expires)
                                                          : QString());
            } else if (column == DaysLeftColumn) {
                const QVariant days = displayData(row, column);
                fields.append(days.isValid() ? QString::number(days.toInt()) : QString());
            } else {
                fields.append(displayData(row, column).toString());
            }
        }
        fields << row.sha256Hex << row.sans.join(QStringLiteral("; ")) << stateDescription(row);
        csv.addRecord(fields);
    }
    return csv.data();
}

QByteArray CertificateListModel::toIcs(int remindDaysBefore) const {
    const QDateTime now = m_clock->now();
    IcsWriter ics;
    ics.begin("VCALENDAR");
    ics.raw("VERSION", "2.0");
    ics.raw("PRODID", "-//Certdeck//Certdeck certificate expiry//EN");
    ics.raw("CALSCALE", "GREGORIAN");
    ics.raw("METHOD", "PUBLISH");
    ics.text("X-WR-CALNAME", tr("Certificate expiry"));

    const QByteArray trigger = remindDaysBefore > 0
                                   ? "-P" + QByteArray::number(remindDaysBefore) + 'D'
                                   : QByteArray("PT0S");
    for (const Row &row : m_rows) {
        if (!row.item.attributes.expires)
            continue;
        const qint64 expires = *row.item.attributes.expires;
        const QByteArray uidSource = (row.vault.toLower() + QLatin1Char('/') + row.name.toLower() +
                                      QLatin1Char('/') + row.item.x5t)
                                         .toUtf8();
        const QByteArray uid =
            QCryptographicHash::hash(uidSource, QCryptographicHash::Sha1).toHex() + "@certdeck";
        const QString summary = tr("Certificate %1 in %2 expires").arg(row.name, row.vault);

        QStringList description;
        description << tr("Certificate: %1").arg(row.name) << tr("Vault: %1").arg(row.vault)
                    << tr("Expires: %1").arg(isoUtc(expires));
        if (!row.subject.isEmpty())
            description << tr("Subject: %1").arg(row.subject);
        if (!row.sha1Hex.isEmpty())
            description << tr("Thumbprint (SHA-1): %1").arg(row.sha1Hex);

        ics.begin("VEVENT");
        ics.raw("UID", uid);
        ics.raw("DTSTAMP", IcsWriter::utcDateTime(now));
        ics.raw("DTSTART", IcsWriter::utcDateTime(QDateTime::fromSecsSinceEpoch(expires, Qt::UTC)));
        ics.text("SUMMARY", summary);
        ics.text("DESCRIPTION", description.join(QLatin1Char('\n')));
        ics.raw("TRANSP", "TRANSPARENT");
        ics.begin("VALARM");
        ics.raw("ACTION", "DISPLAY");
        ics.text("DESCRIPTION", summary);
        ics.raw("TRIGGER", trigger);
        ics.end("VALARM");
        ics.end("VEVENT");
    }
    ics.end("VCALENDAR");
    return ics.data();
}

} // namespace certdeck::models
