#include "crypto_test_support.h"

#include "certificate.h"
#include "certificate_signer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace certdeck::crypto;
using namespace certdeck::crypto::testing;

namespace {

QString base64UrlOf(const QByteArray &bytes) {
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

CryptoResult<Certificate> selfSigned(const PrivateKey &key, const QString &subject,
                                     const IssueSpec &spec = validity()) {
    RequestSpec request;
    request.subject = subject;
    return selfSign(key, request, spec);
}

} // namespace

class TestCertificate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_key = ecKey();
        m_root = makeRoot(QStringLiteral("CN=Test Root, O=Contoso, C=US"), m_key);
    }

    void selfSignedCaFields() {
        const Certificate &cert = m_root.certificate;
        QVERIFY(!cert.isNull());
        QCOMPARE(cert.subject(), QStringLiteral("CN=Test Root, O=Contoso, C=US"));
        QCOMPARE(cert.issuer(), cert.subject());
        QCOMPARE(cert.commonName(), QStringLiteral("Test Root"));
        QVERIFY(cert.isCa());
        QVERIFY(cert.isSelfIssued());
        QVERIFY(cert.isSignedBy(cert));
        QCOMPARE(cert.notBefore(), utc(2024, 1, 1));
        QCOMPARE(cert.notAfter(), utc(2034, 1, 1));
        QCOMPARE(cert.notBefore().timeSpec(), Qt::UTC);
        QCOMPARE(cert.keyUsages(),
                 (QStringList{QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")}));
        QVERIFY(cert.extendedKeyUsages().isEmpty());
        QVERIFY(cert.subjectAlternativeNames().isEmpty());
        QVERIFY(cert.matches(m_key));
        QVERIFY(!cert.matches(ecKey()));
        QVERIFY(!cert.matches(PrivateKey()));
        QCOMPARE(cert.publicKeyDer(), m_key.publicKeyDer());
        QVERIFY(errorQueueIsEmpty());
    }

    void randomSerialIsPositiveSixteenBytes() {
        const QString serial = m_root.certificate.serialNumberHex();
        QCOMPARE(serial.size(), 32);
        QCOMPARE(serial, serial.toUpper());
        QVERIFY(serial.at(0) >= QLatin1Char('4') && serial.at(0) <= QLatin1Char('7'));
        const auto second = selfSigned(m_key, QStringLiteral("CN=Test Root, O=Contoso, C=US"));
        QVERIFY(second.ok());
        QVERIFY(second->serialNumberHex() != serial);
    }

    void explicitSerial() {
        IssueSpec spec = validity();
        spec.serial = QByteArray::fromHex("0102AB");
        const auto cert = selfSigned(m_key, QStringLiteral("CN=Serial"), spec);
        QVERIFY(cert.ok());
        QCOMPARE(cert->serialNumberHex(), QStringLiteral("0102AB"));
    }

    void derAndPemRoundTrip() {
        const Certificate &cert = m_root.certificate;
        const auto fromDer = Certificate::fromDer(cert.der());
        QVERIFY(fromDer.ok());
        QCOMPARE(*fromDer, cert);
        const QByteArray pem = cert.pem();
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
        const auto fromPem = Certificate::fromPem(pem);
        QVERIFY(fromPem.ok());
        QCOMPARE(fromPem->der(), cert.der());
        // The first certificate wins, other blocks before it are skipped.
        const auto skipping = Certificate::fromPem(m_key.toPkcs8Pem() + pem + m_other().pem());
        QVERIFY(skipping.ok());
        QCOMPARE(*skipping, cert);
        QVERIFY(errorQueueIsEmpty());
    }

    void thumbprints() {
        const Certificate &cert = m_root.certificate;
        const QByteArray sha1 = QCryptographicHash::hash(cert.der(), QCryptographicHash::Sha1);
        const QByteArray sha256 = QCryptographicHash::hash(cert.der(), QCryptographicHash::Sha256);
        QCOMPARE(cert.sha1Thumbprint(), sha1);
        QCOMPARE(cert.sha256Thumbprint(), sha256);
        QCOMPARE(cert.x5t(), base64UrlOf(sha1));
        QCOMPARE(cert.x5tS256(), base64UrlOf(sha256));
        QCOMPARE(cert.x5t().size(), 27); // 20 bytes, no padding
        QVERIFY(!cert.x5t().contains(QLatin1Char('=')));
    }

    void keyVaultSampleX5t() {
        const QString shared = qEnvironmentVariable("CERTDECK_SHARED_DIR");
        const QString path =
            shared + QStringLiteral("/protocol/samples/03-get-certificate-bundle-completed.json");
        if (shared.isEmpty() || !QDir(shared).exists())
            QSKIP(
                "CERTDECK_SHARED_DIR is not set or does not exist; the Key Vault sample is needed");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("The Key Vault sample 03-get-certificate-bundle-completed.json is missing");
        const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        const QByteArray cer =
            QByteArray::fromBase64(bundle.value(QStringLiteral("cer")).toString().toLatin1());
        const auto cert = Certificate::fromDer(cer);
        QVERIFY2(cert.ok(), qPrintable(cert ? QString() : cert.error().message));
        QCOMPARE(cert->x5t(), QStringLiteral("vmdW8JiD95U2SLFA0TT2ar1ze94"));
        QCOMPARE(cert->x5t(), bundle.value(QStringLiteral("x5t")).toString());
        QCOMPARE(cert->der(), cer); // the encoding is kept byte for byte
        QCOMPARE(cert->subject(), QStringLiteral("CN=xyz"));
        QCOMPARE(cert->issuer(), QStringLiteral("CN=xyz"));
        QCOMPARE(cert->serialNumberHex(), QStringLiteral("2424BBA7A61F40BC90DF60724D5288C0"));
        QCOMPARE(cert->keyUsages(), (QStringList{QStringLiteral("digitalSignature"),
                                                 QStringLiteral("keyEncipherment")}));
        QVERIFY(!cert->isCa());
        QVERIFY(cert->isSignedBy(*cert));
    }

    void utf8Subject() {
        const QString subject = QStringLiteral("CN=홍길동, O=中文公司, C=KR");
        const auto cert = selfSigned(m_key, subject);
        QVERIFY(cert.ok());
        QCOMPARE(cert->subject(), subject);
        QCOMPARE(cert->commonName(), QStringLiteral("홍길동"));
    }

    void subjectSyntax_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaced") << QStringLiteral("CN=x, O=y") << QStringLiteral("CN=x, O=y");
        QTest::newRow("compact") << QStringLiteral("CN=x,O=y") << QStringLiteral("CN=x, O=y");
        QTest::newRow("lower case") << QStringLiteral("cn=MyCert") << QStringLiteral("CN=MyCert");
        QTest::newRow("semicolon") << QStringLiteral("CN=x; O=y") << QStringLiteral("CN=x, O=y");
        QTest::newRow("extra spaces") << QStringLiteral("  CN = spaced out ,  O = y ")
                                      << QStringLiteral("CN=spaced out, O=y");
        QTest::newRow("escaped comma") << QStringLiteral("CN=Smith\\, John, O=Acme")
                                       << QStringLiteral("CN=Smith\\, John, O=Acme");
        QTest::newRow("quoted") << QStringLiteral("CN=\"Contoso, Inc.\"")
                                << QStringLiteral("CN=Contoso\\, Inc.");
        QTest::newRow("escaped trailing space")
            << QStringLiteral("CN=x\\ ") << QStringLiteral("CN=x\\ ");
        QTest::newRow("hex escape") << QStringLiteral("CN=\\48i") << QStringLiteral("CN=Hi");
        QTest::newRow("utf-8 hex escape")
            << QStringLiteral("CN=\\EC\\95\\88") << QStringLiteral("CN=안");
        QTest::newRow("multi-valued")
            << QStringLiteral("CN=a+OU=b, O=c") << QStringLiteral("CN=a + OU=b, O=c");
        QTest::newRow("email alias")
            << QStringLiteral("E=a@b.com, CN=x") << QStringLiteral("emailAddress=a@b.com, CN=x");
        QTest::newRow("long names")
            << QStringLiteral("commonName=x, organizationName=y") << QStringLiteral("CN=x, O=y");
        QTest::newRow("dotted oid") << QStringLiteral("2.5.4.3=oid") << QStringLiteral("CN=oid");
        QTest::newRow("windows oid")
            << QStringLiteral("OID.2.5.4.3=oid") << QStringLiteral("CN=oid");
        QTest::newRow("equals in value") << QStringLiteral("CN=a=b") << QStringLiteral("CN=a=b");
        QTest::newRow("state and dc") << QStringLiteral("S=Seoul, DC=example, DC=com")
                                      << QStringLiteral("ST=Seoul, DC=example, DC=com");
    }

    void subjectSyntax() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto cert = selfSigned(m_key, input);
        QVERIFY2(cert.ok(), qPrintable(cert ? QString() : cert.error().message));
        QCOMPARE(cert->subject(), expected);
        QVERIFY(errorQueueIsEmpty());
        // What we print parses back to the same name.
        const auto again = selfSigned(m_key, cert->subject());
        QVERIFY(again.ok());
        QCOMPARE(again->subject(), expected);
    }

    void invalidSubject_data() {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("no equals") << QStringLiteral("CN");
        QTest::newRow("no type") << QStringLiteral("=x");
        QTest::newRow("no value") << QStringLiteral("CN=");
        QTest::newRow("trailing comma") << QStringLiteral("CN=x,");
        QTest::newRow("unknown attribute") << QStringLiteral("XYZ=1");
        QTest::newRow("country too long") << QStringLiteral("C=USA");
        QTest::newRow("bad escape") << QStringLiteral("CN=bad\\q");
        QTest::newRow("unterminated quote") << QStringLiteral("CN=\"open");
        QTest::newRow("hex value") << QStringLiteral("CN=#0403616263");
        QTest::newRow("cn too long") << QStringLiteral("CN=") + QString(65, QLatin1Char('a'));
    }

    void invalidSubject() {
        QFETCH(QString, input);
        const auto cert = selfSigned(m_key, input);
        QVERIFY(!cert.ok());
        QCOMPARE(cert.error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(!cert.error().message.isEmpty());
        QVERIFY(errorQueueIsEmpty());
    }

    void generalizedTimeAfter2049() {
        IssueSpec spec = validity();
        spec.notAfter = QDateTime(QDate(2060, 6, 30), QTime(23, 59, 59), Qt::UTC);
        const auto cert = selfSigned(m_key, QStringLiteral("CN=Long"), spec);
        QVERIFY(cert.ok());
        QCOMPARE(cert->notAfter(), spec.notAfter);
    }

    void invalidIssueSpec() {
        IssueSpec reversed = validity();
        std::swap(reversed.notBefore, reversed.notAfter);
        QCOMPARE(selfSigned(m_key, QStringLiteral("CN=x"), reversed).error().code,
                 CryptoErrorCode::InvalidInput);
        IssueSpec missing = validity();
        missing.notAfter = QDateTime();
        QCOMPARE(selfSigned(m_key, QStringLiteral("CN=x"), missing).error().code,
                 CryptoErrorCode::InvalidInput);
        IssueSpec pathWithoutCa = validity();
        pathWithoutCa.pathLength = 1;
        QCOMPARE(selfSigned(m_key, QStringLiteral("CN=x"), pathWithoutCa).error().code,
                 CryptoErrorCode::InvalidInput);
        IssueSpec zeroSerial = validity();
        zeroSerial.serial = QByteArray(4, '\0');
        QCOMPARE(selfSigned(m_key, QStringLiteral("CN=x"), zeroSerial).error().code,
                 CryptoErrorCode::InvalidInput);
        IssueSpec longSerial = validity();
        longSerial.serial = QByteArray(21, '\x11');
        QCOMPARE(selfSigned(m_key, QStringLiteral("CN=x"), longSerial).error().code,
                 CryptoErrorCode::InvalidInput);
        QCOMPARE(selfSigned(PrivateKey(), QStringLiteral("CN=x")).error().code,
                 CryptoErrorCode::InvalidInput);
        QVERIFY(errorQueueIsEmpty());
    }

    void badDerAndPem_data() {
        QTest::addColumn<QByteArray>("data");
        const QByteArray der = m_root.certificate.der();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << garbage();
        QTest::newRow("truncated") << firstHalf(der);
        QTest::newRow("trailing bytes") << der + QByteArray("junk");
        QTest::newRow("truncated pem") << firstHalf(m_root.certificate.pem());
    }

    void badDerAndPem() {
        QFETCH(QByteArray, data);
        const auto fromDer = Certificate::fromDer(data);
        QVERIFY(!fromDer.ok());
        QCOMPARE(fromDer.error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(errorQueueIsEmpty());
        const auto fromPem = Certificate::fromPem(data);
        QVERIFY(!fromPem.ok());
        QVERIFY(errorQueueIsEmpty());
        QVERIFY(Certificate::fromDer(m_root.certificate.der()).ok());
        QVERIFY(errorQueueIsEmpty());
    }

    void keyPemIsWrongKind() {
        const auto result = Certificate::fromPem(m_key.toPkcs8Pem());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, CryptoErrorCode::WrongKind);
    }

    void nullCertificateIsHarmless() {
        const Certificate cert;
        QVERIFY(cert.isNull());
        QVERIFY(cert.der().isEmpty());
        QVERIFY(cert.pem().isEmpty());
        QVERIFY(cert.subject().isEmpty());
        QVERIFY(cert.x5t().isEmpty());
        QVERIFY(!cert.notAfter().isValid());
        QVERIFY(!cert.isCa());
        QVERIFY(!cert.isSignedBy(m_root.certificate));
        QVERIFY(!m_root.certificate.isSignedBy(cert));
        QVERIFY(!cert.matches(m_key));
        QVERIFY(Certificate::adopt(nullptr).isNull());
    }

private:
    Certificate m_other() {
        return take(selfSigned(ecKey(), QStringLiteral("CN=Other")), "selfSign");
    }

    PrivateKey m_key;
    Authority m_root;
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "test_certificate.moc"
