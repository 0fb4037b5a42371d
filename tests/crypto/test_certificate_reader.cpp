#include "crypto_test_support.h"

#include "certificate_reader.h"
#include "pkcs12.h"

#include <QTest>

using namespace certdeck::crypto;
using namespace certdeck::crypto::testing;

Q_DECLARE_METATYPE(FileKind)
Q_DECLARE_METATYPE(CryptoErrorCode)

namespace {

QByteArray encryptedKeyPem(const PrivateKey &key, const QByteArray &passphrase) {
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PKCS8PrivateKey(bio, key.native(), EVP_aes_256_cbc(), passphrase.constData(),
                                  static_cast<int>(passphrase.size()), nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

} // namespace

class TestCertificateReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_root = makeRoot(QStringLiteral("CN=Reader Root"));
        m_intermediate = makeIntermediate(m_root, QStringLiteral("CN=Reader Issuing CA"));
        m_leafKey = ecKey();
        m_leaf = makeLeaf(m_intermediate, m_leafKey, QStringLiteral("CN=reader.contoso.com"));
        RequestSpec spec;
        spec.subject = QStringLiteral("CN=request");
        m_csr = take(CertificateRequest::create(m_leafKey, spec), "CSR");
    }

    void derCertificate() {
        const auto certs = readCertificates(m_leaf.der());
        QVERIFY2(certs.ok(), qPrintable(certs ? QString() : certs.error().message));
        QCOMPARE(*certs, QList<Certificate>{m_leaf});
        QVERIFY(errorQueueIsEmpty());
    }

    void pemOneAndMany() {
        const auto one = readCertificates(m_leaf.pem());
        QVERIFY(one.ok());
        QCOMPARE(*one, QList<Certificate>{m_leaf});

        // Comments, a key and a request between certificates are skipped.
        const QByteArray many = QByteArray("subject=CN=reader.contoso.com\n") + m_leaf.pem() +
                                m_leafKey.toPkcs8Pem() + m_intermediate.certificate.pem() +
                                m_csr.pem() + QByteArray("\r\n") + m_root.certificate.pem();
        const auto all = readCertificates(many);
        QVERIFY2(all.ok(), qPrintable(all ? QString() : all.error().message));
        QCOMPARE(*all,
                 (QList<Certificate>{m_leaf, m_intermediate.certificate, m_root.certificate}));
        QVERIFY(errorQueueIsEmpty());
    }

    void crlfPem() {
        QByteArray pem = m_leaf.pem() + m_root.certificate.pem();
        pem.replace("\n", "\r\n");
        const auto certs = readCertificates(pem);
        QVERIFY(certs.ok());
        QCOMPARE(certs->size(), 2);
    }

    void pkcs7DerAndPem() {
        const QList<Certificate> chain{m_leaf, m_intermediate.certificate, m_root.certificate};
        const auto fromDer = readCertificates(pkcs7Der(chain));
        QVERIFY2(fromDer.ok(), qPrintable(fromDer ? QString() : fromDer.error().message));
        QCOMPARE(fromDer->size(), 3);
        for (const Certificate &cert : chain)
            QVERIFY(fromDer->contains(cert));

        const QByteArray pem = pkcs7Pem(chain);
        QVERIFY(pem.startsWith("-----BEGIN PKCS7-----"));
        const auto fromPem = readCertificates(pem);
        QVERIFY(fromPem.ok());
        QCOMPARE(*fromPem, *fromDer);
        QVERIFY(errorQueueIsEmpty());
    }

    void emptyPkcs7HasNoCertificates() {
        const auto result = readCertificates(pkcs7Der({}));
        QVERIFY(!result.ok());
        QVERIFY(errorQueueIsEmpty());
    }

    void detectFileKind_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<FileKind>("kind");
        const Pkcs12Bundle bundle{m_leafKey, m_leaf, {}, QString()};
        QTest::newRow("pfx") << take(writePkcs12(bundle, "pw"), "PFX") << FileKind::Pkcs12;
        QTest::newRow("pem certs")
            << m_leaf.pem() + m_root.certificate.pem() << FileKind::PemCertificates;
        QTest::newRow("pem with key")
            << m_leaf.pem() + m_leafKey.toPkcs8Pem() << FileKind::PemWithPrivateKey;
        QTest::newRow("der cert") << m_leaf.der() << FileKind::DerCertificate;
        QTest::newRow("p7b der") << pkcs7Der({m_leaf}) << FileKind::Pkcs7;
        QTest::newRow("p7b pem") << pkcs7Pem({m_leaf}) << FileKind::Pkcs7;
        QTest::newRow("csr der") << m_csr.der() << FileKind::CertificateRequest;
        QTest::newRow("csr pem") << m_csr.pem() << FileKind::CertificateRequest;
        QTest::newRow("empty") << QByteArray() << FileKind::Unknown;
        QTest::newRow("garbage") << garbage() << FileKind::Unknown;
        QTest::newRow("truncated der") << firstHalf(m_leaf.der()) << FileKind::Unknown;
    }

    void detectFileKind() {
        QFETCH(QByteArray, data);
        QFETCH(FileKind, kind);
        QCOMPARE(certdeck::crypto::detectFileKind(data), kind);
        QVERIFY(errorQueueIsEmpty());
    }

    void readPemBundle() {
        const QByteArray pem = writePem({m_leaf, m_intermediate.certificate}, m_leafKey);
        const auto bundle = readPem(pem);
        QVERIFY2(bundle.ok(), qPrintable(bundle ? QString() : bundle.error().message));
        QCOMPARE(bundle->certificates, (QList<Certificate>{m_leaf, m_intermediate.certificate}));
        QVERIFY(bundle->key.has_value());
        QCOMPARE(bundle->key->publicKeyDer(), m_leafKey.publicKeyDer());
        QVERIFY(m_leaf.matches(*bundle->key));
        QVERIFY(errorQueueIsEmpty());

        const auto certsOnly = readPem(writePem({m_root.certificate}));
        QVERIFY(certsOnly.ok());
        QVERIFY(!certsOnly->key.has_value());
        QCOMPARE(certsOnly->certificates.size(), 1);
    }

    void readPemWithEncryptedKey() {
        // Key first, as some tools write it.
        const QByteArray pem = encryptedKeyPem(m_leafKey, "secret") + m_leaf.pem();
        const auto bundle = readPem(pem, "secret");
        QVERIFY2(bundle.ok(), qPrintable(bundle ? QString() : bundle.error().message));
        QVERIFY(bundle->key.has_value());
        QVERIFY(m_leaf.matches(*bundle->key));
        const auto wrong = readPem(pem, "nope");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, CryptoErrorCode::WrongPassword);
        QVERIFY(errorQueueIsEmpty());
    }

    void readPemRejectsTwoKeys() {
        const auto result = readPem(m_leafKey.toPkcs8Pem() + ecKey().toPkcs8Pem());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, CryptoErrorCode::InvalidInput);
    }

    void readPemWithoutCertificatesOrKey() {
        const auto result = readPem(m_csr.pem());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, CryptoErrorCode::WrongKind);
        QVERIFY(errorQueueIsEmpty());
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<CryptoErrorCode>("code");
        const QList<Certificate> chain{m_leaf, m_root.certificate};
        QTest::newRow("empty") << QByteArray() << CryptoErrorCode::InvalidInput;
        QTest::newRow("whitespace") << QByteArray(" \n\t") << CryptoErrorCode::InvalidInput;
        QTest::newRow("garbage") << garbage() << CryptoErrorCode::InvalidInput;
        QTest::newRow("truncated der") << firstHalf(m_leaf.der()) << CryptoErrorCode::InvalidInput;
        QTest::newRow("truncated pem") << firstHalf(m_leaf.pem()) << CryptoErrorCode::InvalidInput;
        QTest::newRow("truncated second pem")
            << m_leaf.pem() + firstHalf(m_root.certificate.pem()) << CryptoErrorCode::InvalidInput;
        QTest::newRow("truncated p7b der")
            << firstHalf(pkcs7Der(chain)) << CryptoErrorCode::InvalidInput;
        QTest::newRow("truncated p7b pem")
            << firstHalf(pkcs7Pem(chain)) << CryptoErrorCode::InvalidInput;
        QTest::newRow("pem csr") << m_csr.pem() << CryptoErrorCode::WrongKind;
        QTest::newRow("der csr") << m_csr.der() << CryptoErrorCode::WrongKind;
        QTest::newRow("pem key") << m_leafKey.toPkcs8Pem() << CryptoErrorCode::WrongKind;
        QTest::newRow("pfx") << take(writePkcs12(Pkcs12Bundle{m_leafKey, m_leaf, {}, QString()},
                                                 "pw"),
                                     "PFX")
                             << CryptoErrorCode::WrongKind;
        QTest::newRow("broken base64") << QByteArray("-----BEGIN CERTIFICATE-----\n!!!!\n"
                                                     "-----END CERTIFICATE-----\n")
                                       << CryptoErrorCode::InvalidInput;
    }

    void badInput() {
        QFETCH(QByteArray, data);
        QFETCH(CryptoErrorCode, code);
        const auto result = readCertificates(data);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(errorQueueIsEmpty());
        // A successful call right after the failure.
        QVERIFY(readCertificates(m_leaf.der()).ok());
        QVERIFY(errorQueueIsEmpty());
        QVERIFY(!readPem(data).ok() || data.contains("PRIVATE KEY"));
        QVERIFY(errorQueueIsEmpty());
    }

private:
    Authority m_root;
    Authority m_intermediate;
    PrivateKey m_leafKey;
    Certificate m_leaf;
    CertificateRequest m_csr;
};

QTEST_GUILESS_MAIN(TestCertificateReader)
#include "test_certificate_reader.moc"
