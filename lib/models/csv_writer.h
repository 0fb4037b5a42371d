#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace certdeck::models {

// Builds RFC 4180 CSV: UTF-8, CRLF after every record, a field quoted when it holds a comma,
// a double quote, CR or LF (quotes inside doubled).
class CsvWriter {
public:
    void addRecord(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

    static QByteArray field(const QString &value);

private:
    QByteArray m_data;
};

} // namespace certdeck::models
