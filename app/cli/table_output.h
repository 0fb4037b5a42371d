#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace certdeck::cli {

// The human strings of certdeck-cli, translatable later through the "CertdeckCli" context.
class Text {
    Q_DECLARE_TR_FUNCTIONS(CertdeckCli)
};

// Buffered stdout and stderr (UTF-8); flush() before the process exits.
QTextStream &out();
QTextStream &err();

// Aligned columns, two spaces apart. Widths come from the header and the rows added before
// the first print(); later rows (streamed pages) keep those widths and may overflow them.
class Table {
public:
    explicit Table(QStringList headers);

    void addRow(QStringList cells);
    // Prints the rows added since the last call (and the header the first time).
    void print(QTextStream &stream);
    bool isEmpty() const { return !m_printedAny && m_rows.isEmpty(); }

private:
    QString line(const QStringList &cells) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qsizetype> m_widths;
    bool m_printedHeader = false;
    bool m_printedAny = false;
};

// "Label:  value" lines, labels aligned.
class Details {
public:
    void add(const QString &label, const QString &value);
    void print(QTextStream &stream) const;

private:
    QList<std::pair<QString, QString>> m_lines;
};

// Dates through the user's locale (short format, local time); "" when absent.
QString formatDate(std::optional<qint64> epochSeconds);
QString formatDate(const QDateTime &dateTime);
QString yesNo(bool value);
// base64url x5t → upper-case hex SHA-1 as Windows and the portal show it.
QString thumbprintHex(const QString &x5t);

// One JSON document on stdout (indented).
void printJson(const QJsonObject &object);
// JSON text already in UTF-8, written as it is.
void printRawJson(const QByteArray &json);

} // namespace certdeck::cli
