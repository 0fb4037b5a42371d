#include "crypto_test_support.h"

#include "certificate_request.h"

#include <QTest>

using namespace certdeck::crypto;
using namespace certdeck::crypto::testing;

namespace {

RequestSpec fullSpec() {
    RequestSpec spec;
    spec.subject = QStringLiteral("CN=테스트 인증서, O=Contoso, C=KR");
    spec.sans.dnsNames = {QStringLiteral("www.contoso.com"), QStringLiteral("contoso.com")};
    spec.sans.emails = {QStringLiteral("admin@contoso.com")};
    spec.sans.upns = {QStringLiteral("user@contoso.com"), QStringLiteral("관리자@contoso.com")};
    spec.extendedKeyUsages = {QStringLiteral("1.3.6.1.5.5.7.3.1"),
                              QStringLiteral("1.3.6.1.5.5.7.3.2")};
    spec.keyUsages = {QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")};
    return spec;
}

void compareWithSpec(const CertificateRequest &csr, const RequestSpec &spec) {
    QCOMPARE(csr.subject(), spec.subject);
    QCOMPARE(csr.subjectAlternativeNames(), spec.sans);
    QCOMPARE(csr.subjectAlternativeNames().upns, spec.sans.upns);
    QCOMPARE(csr.extendedKeyUsages(), spec.extendedKeyUsages);
    QCOMPARE(csr.keyUsages(), spec.keyUsages);
    QVERIFY(csr.verifySignature());
}

} // namespace

class TestCertificateRequest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_key = ecKey(); }

    void createAndReadBack_data() {
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<int>("curve");
        QTest::newRow("RSA 2048") << true << 0;
        QTest::newRow("P-256") << false << int(EcCurve::P256);
        QTest::newRow("P-384") << false << int(EcCurve::P384);
    }

    void createAndReadBack() {
        QFETCH(bool, rsa);
        QFETCH(int, curve);
        const PrivateKey key = rsa ? rsaKey(2048) : ecKey(EcCurve(curve));
        const RequestSpec spec = fullSpec();
        const auto created = CertificateRequest::create(key, spec);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message));
        QVERIFY(errorQueueIsEmpty());
        compareWithSpec(*created, spec);
        QCOMPARE(created->publicKeyDer(), key.publicKeyDer());

        const auto fromDer = CertificateRequest::fromDer(created->der());
        QVERIFY(fromDer.ok());
        compareWithSpec(*fromDer, spec);
        QCOMPARE(fromDer->der(), created->der());

        const QByteArray pem = created->pem();
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
        const auto fromPem = CertificateRequest::fromPem(pem);
        QVERIFY(fromPem.ok());
        compareWithSpec(*fromPem, spec);
        QVERIFY(errorQueueIsEmpty());
    }

    void minimalRequestHasNoExtensions() {
        RequestSpec spec;
        spec.subject = QStringLiteral("cn=MyCert");
        const auto csr = CertificateRequest::create(m_key, spec);
        QVERIFY(csr.ok());
        QCOMPARE(csr->subject(), QStringLiteral("CN=MyCert"));
        QVERIFY(csr->subjectAlternativeNames().isEmpty());
        QVERIFY(csr->extendedKeyUsages().isEmpty());
        QVERIFY(csr->keyUsages().isEmpty());
        QVERIFY(csr->verifySignature());
    }

    void keyUsageNames() {
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=usages");
        spec.keyUsages = {QStringLiteral("decipherOnly"),     QStringLiteral("crlSign"),
                          QStringLiteral("keyCertSign"),      QStringLiteral("nonRepudiation"),
                          QStringLiteral("dataEncipherment"), QStringLiteral("keyAgreement"),
                          QStringLiteral("encipherOnly")};
        const auto csr = CertificateRequest::create(m_key, spec);
        QVERIFY(csr.ok());
        // Key Vault spelling, in bit order.
        QCOMPARE(csr->keyUsages(),
                 (QStringList{QStringLiteral("nonRepudiation"), QStringLiteral("dataEncipherment"),
                              QStringLiteral("keyAgreement"), QStringLiteral("keyCertSign"),
                              QStringLiteral("cRLSign"), QStringLiteral("encipherOnly"),
                              QStringLiteral("decipherOnly")}));
    }

    void invalidSpec_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("empty subject") << QStringLiteral("subject");
        QTest::newRow("unknown key usage") << QStringLiteral("keyUsage");
        QTest::newRow("named eku") << QStringLiteral("eku");
        QTest::newRow("non-ascii dns") << QStringLiteral("dns");
        QTest::newRow("empty email") << QStringLiteral("email");
        QTest::newRow("empty upn") << QStringLiteral("upn");
    }

    void invalidSpec() {
        QFETCH(QString, what);
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=x");
        if (what == QLatin1String("subject"))
            spec.subject.clear();
        else if (what == QLatin1String("keyUsage"))
            spec.keyUsages = {QStringLiteral("digitalSignature"), QStringLiteral("signEverything")};
        else if (what == QLatin1String("eku"))
            spec.extendedKeyUsages = {QStringLiteral("serverAuth")};
        else if (what == QLatin1String("dns"))
            spec.sans.dnsNames = {QStringLiteral("테스트.example")};
        else if (what == QLatin1String("email"))
            spec.sans.emails = {QString()};
        else if (what == QLatin1String("upn"))
            spec.sans.upns = {QString()};
        const auto csr = CertificateRequest::create(m_key, spec);
        QVERIFY(!csr.ok());
        QCOMPARE(csr.error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(!csr.error().message.isEmpty());
        QVERIFY(errorQueueIsEmpty());
    }

    void nullKeyIsRejected() {
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=x");
        const auto csr = CertificateRequest::create(PrivateKey(), spec);
        QVERIFY(!csr.ok());
        QCOMPARE(csr.error().code, CryptoErrorCode::InvalidInput);
    }

    void tamperedSignatureDoesNotVerify() {
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=tamper");
        QByteArray der = take(CertificateRequest::create(m_key, spec), "CSR").der();
        der[der.size() - 3] = char(der[der.size() - 3] ^ 0x40); // inside the signature value
        const auto csr = CertificateRequest::fromDer(der);
        QVERIFY(csr.ok());
        QVERIFY(!csr->verifySignature());
        QVERIFY(errorQueueIsEmpty());
    }

    void matchesCertificateOfSameKey() {
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=match");
        const auto csr = take(CertificateRequest::create(m_key, spec), "CSR");
        const Certificate same = take(selfSign(m_key, spec, validity()), "selfSign");
        const Certificate other = take(selfSign(ecKey(), spec, validity()), "selfSign");
        QVERIFY(csr.matches(same));
        QVERIFY(!csr.matches(other));
        QVERIFY(!csr.matches(Certificate()));
        QVERIFY(!CertificateRequest().matches(same));
    }

    void oldPemLabelIsAccepted() {
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=old");
        QByteArray pem = take(CertificateRequest::create(m_key, spec), "CSR").pem();
        pem.replace("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");
        const auto csr = CertificateRequest::fromPem(pem);
        QVERIFY(csr.ok());
        QCOMPARE(csr->subject(), QStringLiteral("CN=old"));
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("data");
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=bad");
        const auto csr = take(CertificateRequest::create(ecKey(), spec), "CSR");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << garbage();
        QTest::newRow("truncated der") << firstHalf(csr.der());
        QTest::newRow("truncated pem") << firstHalf(csr.pem());
    }

    void badInput() {
        QFETCH(QByteArray, data);
        const auto fromDer = CertificateRequest::fromDer(data);
        QVERIFY(!fromDer.ok());
        QCOMPARE(fromDer.error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(errorQueueIsEmpty());
        const auto fromPem = CertificateRequest::fromPem(data);
        QVERIFY(!fromPem.ok());
        QVERIFY(errorQueueIsEmpty());
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=after failure");
        QVERIFY(CertificateRequest::create(m_key, spec).ok());
        QVERIFY(errorQueueIsEmpty());
    }

    void certificatePemIsWrongKind() {
        const Authority root = makeRoot(QStringLiteral("CN=Root"), m_key);
        const auto csr = CertificateRequest::fromPem(root.certificate.pem());
        QVERIFY(!csr.ok());
        QCOMPARE(csr.error().code, CryptoErrorCode::WrongKind);
        QVERIFY(!CertificateRequest::fromDer(root.certificate.der()).ok());
        QVERIFY(errorQueueIsEmpty());
    }

    void nullRequestIsHarmless() {
        const CertificateRequest csr;
        QVERIFY(csr.isNull());
        QVERIFY(csr.der().isEmpty());
        QVERIFY(csr.pem().isEmpty());
        QVERIFY(csr.subject().isEmpty());
        QVERIFY(csr.subjectAlternativeNames().isEmpty());
        QVERIFY(csr.keyUsages().isEmpty());
        QVERIFY(!csr.verifySignature());
    }

private:
    PrivateKey m_key;
};

QTEST_GUILESS_MAIN(TestCertificateRequest)
#include "test_certificate_request.moc"
