// Hostile requests to the local vault, sent as raw bytes over TLS: each one gets a clear 4xx in
// Key Vault's error shape ({"error":{"code","message"}}), writes nothing, echoes nothing into the
// response headers, and the vault keeps serving.
#include "local_vault_fixture.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

class TestFaultHostileInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void answersWithAClientError_data();
    void answersWithAClientError();
    void headerInjectionIsNotEchoed_data();
    void headerInjectionIsNotEchoed();
    void nothingWasWritten();

private:
    struct RawAnswer {
        int status = 0;
        QByteArray head;
        QByteArray body;
    };
    RawAnswer exchange(const QByteArray &method, const QByteArray &target,
                       const QByteArray &headerLines, const QByteArray &body);

    LocalVaultFixture m_vault;
    QByteArray m_token;
};

namespace {

QByteArray repeated(const char *text, int times) {
    return QByteArray(text).repeated(times);
}

const QByteArray json = "Content-Type: application/json\r\n";

} // namespace

void TestFaultHostileInput::initTestCase() {
    QString error;
    QVERIFY2(m_vault.start(&error), qPrintable(error));
    m_token = m_vault.token().toLatin1();
    QVERIFY(!m_token.isEmpty());
}

// One request on its own connection; the answer is read until Content-Length bytes arrived or the
// server closed the connection.
TestFaultHostileInput::RawAnswer TestFaultHostileInput::exchange(const QByteArray &method,
                                                                 const QByteArray &target,
                                                                 const QByteArray &headerLines,
                                                                 const QByteArray &body) {
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(
        m_vault.connection().value(QStringLiteral("caCertificate")).toString()));
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(QStringLiteral("localhost"),
                                  quint16(QUrl(m_vault.vaultUrl()).port()));
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    if (!socket.isEncrypted() && !encrypted.wait(10000))
        return {};
    socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                 m_token + "\r\n" + headerLines +
                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray received;
    const QDeadlineTimer deadline(30000);
    RawAnswer answer;
    while (!deadline.hasExpired()) {
        received += socket.readAll();
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            answer.head = received.left(headEnd);
            const QByteArray lengthKey = "\r\ncontent-length:";
            const qsizetype at = answer.head.toLower().indexOf(lengthKey);
            const qsizetype lineEnd = answer.head.indexOf('\r', at + lengthKey.size());
            const qsizetype length =
                at < 0 ? 0
                       : answer.head.mid(at + lengthKey.size(), lineEnd - at - lengthKey.size())
                             .trimmed()
                             .toLongLong();
            if (received.size() >= headEnd + 4 + length) {
                answer.body = received.mid(headEnd + 4, length);
                answer.status = answer.head.split(' ').value(1).toInt();
                return answer;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        QSignalSpy readable(&socket, &QSslSocket::readyRead);
        readable.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    answer.head = received.left(200);
    return answer;
}

void TestFaultHostileInput::answersWithAClientError_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    const QByteArray import = "/certificates/hostile/import?api-version=7.5";
    QTest::newRow("oversized body")
        << QByteArray("POST") << import << json
        << "{\"value\":\"" + repeated("A", 3 * 1024 * 1024) + "\"}" << 413;
    QTest::newRow("deeply nested array")
        << QByteArray("POST") << import << json << repeated("[", 100000) << 400;
    QTest::newRow("deeply nested object")
        << QByteArray("POST") << import << json
        << "{\"value\":" + repeated("{\"a\":", 5000) + "1" + repeated("}", 5000) + "}" << 400;
    QTest::newRow("invalid UTF-8 in body") << QByteArray("POST") << import << json
                                           << QByteArray("{\"value\":\"\xff\xfe\xc3\x28\"}") << 400;
    QTest::newRow("bad base64") << QByteArray("POST") << import << json
                                << QByteArray("{\"value\":\"!!not*base64@@\"}") << 400;
    QTest::newRow("base64 of no PFX") << QByteArray("POST") << import << json
                                      << QByteArray("{\"value\":\"aGVsbG8gd29ybGQ=\"}") << 400;
    QTest::newRow("value not a string")
        << QByteArray("POST") << import << json << QByteArray("{\"value\":[1,2]}") << 400;
    QTest::newRow("JSON not an object")
        << QByteArray("POST") << import << json << QByteArray("\"value\"") << 400;

    for (const char *path : {"/certificates", "/deletedcertificates",
                             "/certificates/hostile/versions", "/certificates/issuers"}) {
        for (const char *value : {"0", "-1", "1099511627776", "abc", "26", "1e3", "%20"}) {
            QTest::newRow(qPrintable(QStringLiteral("maxresults=%1 on %2")
                                         .arg(QLatin1String(value), QLatin1String(path))))
                << QByteArray("GET") << QByteArray(path) + "?api-version=7.5&maxresults=" + value
                << QByteArray() << QByteArray() << 400;
        }
    }

    const QByteArray pfxBody = "{\"value\":\"aGVsbG8=\"}";
    const auto name = [&](const char *tag, const QByteArray &encoded, int getStatus) {
        QTest::newRow(qPrintable(QStringLiteral("import name %1").arg(QLatin1String(tag))))
            << QByteArray("POST") << "/certificates/" + encoded + "/import?api-version=7.5" << json
            << pfxBody << 400;
        QTest::newRow(qPrintable(QStringLiteral("create name %1").arg(QLatin1String(tag))))
            << QByteArray("POST") << "/certificates/" + encoded + "/create?api-version=7.5" << json
            << QByteArray("{}") << 400;
        QTest::newRow(qPrintable(QStringLiteral("get name %1").arg(QLatin1String(tag))))
            << QByteArray("GET") << "/certificates/" + encoded + "?api-version=7.5" << QByteArray()
            << QByteArray() << getStatus;
    };
    name("encoded ../", "%2e%2e%2fsecrets%2fx", 404);
    name("with encoded slash", "a%2Fb", 404);
    name("with NUL", "a%00b", 404);
    name("with space", "a%20b", 404);
    name("invalid UTF-8", "%ff%fe", 404);
    name("of 128 characters", repeated("a", 128), 404);
    name("of 20000 characters", repeated("a", 20000), 404);
    name("non-ASCII", "%C3%A9t%C3%A9", 404);
    QTest::newRow("literal ../ to secrets")
        << QByteArray("GET") << QByteArray("/certificates/../secrets/x?api-version=7.5")
        << QByteArray() << QByteArray() << 404;
    QTest::newRow("encoded ../ to secrets")
        << QByteArray("GET") << QByteArray("/certificates/%2e%2e/secrets/x?api-version=7.5")
        << QByteArray() << QByteArray() << 404;

    QTest::newRow("text/plain body")
        << QByteArray("POST") << import << QByteArray("Content-Type: text/plain\r\n") << pfxBody
        << 415;
    QTest::newRow("form body") << QByteArray("POST") << import
                               << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n")
                               << pfxBody << 415;
    QTest::newRow("body without content type")
        << QByteArray("POST") << import << QByteArray() << pfxBody << 415;
    QTest::newRow("json with charset still parsed")
        << QByteArray("POST") << import
        << QByteArray("Content-Type: application/json; charset=utf-8\r\n") << pfxBody << 400;
}

void TestFaultHostileInput::answersWithAClientError() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const RawAnswer answer = exchange(method, target, headers, body);
    QVERIFY2(answer.status != 0, qPrintable(QStringLiteral("no answer; received: ") +
                                            QString::fromLatin1(answer.head)));
    const QJsonObject error =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toObject();
    QVERIFY2(answer.status == status,
             qPrintable(QStringLiteral("HTTP %1 (expected %2): %3")
                            .arg(answer.status)
                            .arg(status)
                            .arg(QString::fromUtf8(answer.body.left(300)))));
    QVERIFY2(!error.value(QStringLiteral("code")).toString().isEmpty(), answer.body.left(300));
    QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), answer.body.left(300));
    QVERIFY(answer.head.toLower().contains("\r\ncontent-type: application/json"));
    // Still serving.
    QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates?maxresults=1")).status, 200);
}

void TestFaultHostileInput::headerInjectionIsNotEchoed_data() {
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headers");

    QTest::newRow("CR LF in the query")
        << QByteArray("/certificates?api-version=7.5%0D%0AInjected:%20yes") << QByteArray();
    QTest::newRow("CR LF in the query of a create")
        << QByteArray("/certificates/inj/create?api-version=7.5&x=%0D%0AInjected:%20yes")
        << QByteArray();
    QTest::newRow("folded client request id")
        << QByteArray("/certificates?api-version=7.5")
        << QByteArray("x-ms-client-request-id: abc\r\n Injected: yes\r\n");
    QTest::newRow("bare CR in client request id")
        << QByteArray("/certificates?api-version=7.5")
        << QByteArray("x-ms-client-request-id: abc\rInjected: yes\r\n");
    QTest::newRow("encoded CR LF in client request id")
        << QByteArray("/certificates?api-version=7.5")
        << QByteArray("x-ms-client-request-id: abc%0d%0aInjected: yes\r\n");
}

// Whatever the server makes of these, no header line of the answer starts with what the client
// smuggled in.
void TestFaultHostileInput::headerInjectionIsNotEchoed() {
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    const RawAnswer answer = exchange("GET", target, headers, {});
    QVERIFY2(!answer.head.toLower().contains("\ninjected:"), answer.head);
    QVERIFY2(!answer.head.contains('\r' + QByteArray("Injected")), answer.head);
    if (answer.status != 0) {
        QVERIFY2(answer.status < 500, answer.head);
        QVERIFY(answer.head.toLower().contains("\r\ncontent-type: application/json"));
    }
    QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates?maxresults=1")).status, 200);
}

void TestFaultHostileInput::nothingWasWritten() {
    QString error;
    const QList<QJsonObject> all = lvtest::listAll(
        m_vault, QStringLiteral("/certificates?includePending=true"), nullptr, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 0);
}

QTEST_GUILESS_MAIN(TestFaultHostileInput)
#include "tst_fault_hostile_input.moc"
