#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace certdeck::models {

// Builds an RFC 5545 iCalendar stream: CRLF line endings, lines folded at 75 octets (never
// inside a UTF-8 sequence), TEXT values escaped.
class IcsWriter {
public:
    void begin(const QByteArray &component) { line("BEGIN:" + component); }
    void end(const QByteArray &component) { line("END:" + component); }
    // A property whose value is TEXT: backslash, semicolon, comma and newlines escaped.
    void text(const QByteArray &name, const QString &value) {
        line(name + ':' + escapeText(value));
    }
    // A property written as given (dates, durations, enumerated values).
    void raw(const QByteArray &nameAndParameters, const QByteArray &value) {
        line(nameAndParameters + ':' + value);
    }
    void line(const QByteArray &content);

    const QByteArray &data() const { return m_data; }

    static QByteArray escapeText(const QString &value);
    static QByteArray fold(const QByteArray &content);    // without the final CRLF
    static QByteArray utcDateTime(const QDateTime &time); // 20250301T120000Z

private:
    QByteArray m_data;
};

} // namespace certdeck::models
