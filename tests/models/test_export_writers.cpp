#include "csv_writer.h"
#include "ics_writer.h"

#include <QTest>
#include <QTimeZone>

using namespace certdeck::models;

class TestExportWriters : public QObject {
    Q_OBJECT

private slots:
    void csvFields_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("utf-8") << QStringLiteral("인증서") << QStringLiteral("인증서").toUtf8();
    }

    void csvFields() {
        QFETCH(QString, value);
        QFETCH(QByteArray, field);
        QCOMPARE(CsvWriter::field(value), field);
    }

    void csvRecordsEndWithCrlf() {
        CsvWriter csv;
        csv.addRecord({QStringLiteral("a"), QStringLiteral("b,c")});
        csv.addRecord({QString(), QStringLiteral("d")});
        QCOMPARE(csv.data(), QByteArray("a,\"b,c\"\r\n,d\r\n"));
    }

    void icsTextEscaping() {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
                 QByteArray("a\\,b\\;c\\\\d\\ne\\nf"));
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("bell\x07")), QByteArray("bell"));
    }

    void icsFoldingKeepsUtf8Sequences() {
        const QByteArray shortLine(75, 'x');
        QCOMPARE(IcsWriter::fold(shortLine), shortLine);

        // 3-byte characters that would straddle the 75-octet boundary.
        const QByteArray line = "SUMMARY:" + QStringLiteral("인").repeated(40).toUtf8();
        const QByteArray folded = IcsWriter::fold(line);
        QVERIFY(folded.contains("\r\n "));
        for (const QByteArray &physical : folded.split('\n')) {
            const QByteArray content = physical.endsWith('\r') ? physical.chopped(1) : physical;
            QVERIFY(content.size() <= 75);
            // Each physical line is valid UTF-8 on its own.
            const QByteArray body = content.startsWith(' ') ? content.mid(1) : content;
            QCOMPARE(QString::fromUtf8(body).toUtf8(), body);
            QVERIFY(!QString::fromUtf8(body).contains(QChar::ReplacementCharacter));
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line);
    }

    void icsWriterLines() {
        IcsWriter ics;
        ics.begin("VCALENDAR");
        ics.text("X-NAME", QStringLiteral("a, b"));
        ics.raw("DTSTART",
                IcsWriter::utcDateTime(QDateTime(QDate(2025, 3, 1), QTime(7, 5, 9), Qt::UTC)));
        ics.end("VCALENDAR");
        QCOMPARE(ics.data(), QByteArray("BEGIN:VCALENDAR\r\nX-NAME:a\\, "
                                        "b\r\nDTSTART:20250301T070509Z\r\nEND:VCALENDAR\r\n"));
        const QDateTime offset(QDate(2025, 3, 1), QTime(9, 0), QTimeZone(3600));
        QCOMPARE(IcsWriter::utcDateTime(offset), QByteArray("20250301T080000Z"));
    }
};

QTEST_GUILESS_MAIN(TestExportWriters)
#include "test_export_writers.moc"
