#include "ics_writer.h"

namespace certdeck::models {

namespace {

constexpr qsizetype MaxLineOctets = 75;

bool isContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

void IcsWriter::line(const QByteArray &content) {
    m_data.append(fold(content));
    m_data.append("\r\n");
}

QByteArray IcsWriter::escapeText(const QString &value) {
    QByteArray escaped;
    const QByteArray utf8 = value.toUtf8();
    escaped.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        switch (c) {
        case '\\':
            escaped.append("\\\\");
            break;
        case ';':
            escaped.append("\\;");
            break;
        case ',':
            escaped.append("\\,");
            break;
        case '\r':
            if (i + 1 < utf8.size() && utf8.at(i + 1) == '\n')
                ++i;
            escaped.append("\\n");
            break;
        case '\n':
            escaped.append("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
                break;
            escaped.append(c);
        }
    }
    return escaped;
}

QByteArray IcsWriter::fold(const QByteArray &content) {
    if (content.size() <= MaxLineOctets)
        return content;
    QByteArray folded;
    qsizetype start = 0;
    qsizetype limit = MaxLineOctets; // octets allowed on this physical line, after the space
    while (start < content.size()) {
        qsizetype end = qMin(start + limit, content.size());
        while (end < content.size() && end > start + 1 && isContinuationByte(content.at(end)))
            --end;
        if (start > 0)
            folded.append("\r\n ");
        folded.append(content.mid(start, end - start));
        start = end;
        limit = MaxLineOctets - 1;
    }
    return folded;
}

QByteArray IcsWriter::utcDateTime(const QDateTime &time) {
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    return QByteArray::number(date.year()).rightJustified(4, '0') +
           QByteArray::number(date.month()).rightJustified(2, '0') +
           QByteArray::number(date.day()).rightJustified(2, '0') + 'T' +
           QByteArray::number(clock.hour()).rightJustified(2, '0') +
           QByteArray::number(clock.minute()).rightJustified(2, '0') +
           QByteArray::number(clock.second()).rightJustified(2, '0') + 'Z';
}

} // namespace certdeck::models
