#include "table_output.h"
#include "locale_format.h"

#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace certdeck::cli {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

Table::Table(QStringList headers)
    : m_headers(std::move(headers)) {}

void Table::addRow(QStringList cells) {
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString Table::line(const QStringList &cells) const {
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool last = i + 1 == cells.size();
        text += last ? cells[i] : cells[i].leftJustified(m_widths.value(i), QLatin1Char(' '));
        if (!last)
            text += QLatin1String("  ");
    }
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

void Table::print(QTextStream &stream) {
    if (m_rows.isEmpty())
        return; // an empty page prints nothing, not even the header
    if (!m_printedHeader) {
        m_widths.clear();
        for (const QString &header : m_headers)
            m_widths.append(header.size());
        for (const QStringList &row : m_rows) {
            for (qsizetype i = 0; i < row.size() && i < m_widths.size(); ++i)
                m_widths[i] = std::max(m_widths[i], row[i].size());
        }
        stream << line(m_headers) << '\n';
        m_printedHeader = true;
    }
    for (const QStringList &row : m_rows)
        stream << line(row) << '\n';
    m_printedAny = m_printedAny || !m_rows.isEmpty();
    m_rows.clear();
}

void Details::add(const QString &label, const QString &value) {
    m_lines.append({label, value});
}

void Details::print(QTextStream &stream) const {
    qsizetype width = 0;
    for (const auto &[label, value] : m_lines)
        width = std::max(width, label.size());
    for (const auto &[label, value] : m_lines)
        stream << (label + QLatin1Char(':')).leftJustified(width + 2, QLatin1Char(' ')) << value
               << '\n';
}

QString formatDate(std::optional<qint64> epochSeconds) {
    if (!epochSeconds)
        return {};
    return formatDate(QDateTime::fromSecsSinceEpoch(*epochSeconds, Qt::UTC));
}

QString formatDate(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    return localizedDateTime(dateTime, QLocale::ShortFormat);
}

QString yesNo(bool value) {
    return value ? Text::tr("yes") : Text::tr("no");
}

QString thumbprintHex(const QString &x5t) {
    if (x5t.isEmpty())
        return {};
    return QString::fromLatin1(
        QByteArray::fromBase64(x5t.toLatin1(), QByteArray::Base64UrlEncoding).toHex().toUpper());
}

void printJson(const QJsonObject &object) {
    printRawJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void printRawJson(const QByteArray &json) {
    // Already UTF-8: straight to stdout, after whatever the text stream still holds.
    out().flush();
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

} // namespace certdeck::cli
