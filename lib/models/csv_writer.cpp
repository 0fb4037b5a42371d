#include "csv_writer.h"

namespace certdeck::models {

QByteArray CsvWriter::field(const QString &value) {
    QByteArray utf8 = value.toUtf8();
    const bool needsQuotes =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (!needsQuotes)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::addRecord(const QStringList &fields) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data.append(',');
        m_data.append(field(fields.at(i)));
    }
    m_data.append("\r\n");
}

} // namespace certdeck::models
