#include "crypto_test_support.h"
#include "legacy_pfx_fixture.h"

#include "certificate_reader.h"
#include "openssl_support.h"
#include "pkcs12.h"

#include <QFile>
#include <QTest>

#include <openssl/pkcs12.h>
#include <openssl/provider.h>

using namespace certdeck::crypto;
using namespace certdeck::crypto::testing;

namespace {

struct Pkcs12Deleter {
    void operator()(PKCS12 *p12) const { PKCS12_free(p12); }
};
using Pkcs12Ptr = std::unique_ptr<PKCS12, Pkcs12Deleter>;

Pkcs12Ptr parsePkcs12(const QByteArray &der) {
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return Pkcs12Ptr(d2i_PKCS12(nullptr, &cursor, static_cast<long>(der.size())));
}

QByteArray toDer(PKCS12 *p12) {
    unsigned char *buffer = nullptr;
    const int length = i2d_PKCS12(p12, &buffer);
    if (length <= 0)
        throw std::runtime_error("i2d_PKCS12 failed");
    QByteArray der(reinterpret_cast<const char *>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

// A PFX as Windows XP/2003-era tools wrote it: RC2-40 for the certificates, 3DES for the key,
// SHA-1 MAC. `password` may be null ("no password") or "" (empty password), which differ.
QByteArray legacyPfx(const PrivateKey &key, const Certificate &cert,
                     const QList<Certificate> &chain, const char *password) {
    ensureProvidersLoaded(); // RC2 needs the legacy provider to build the file, too
    STACK_OF(X509) *ca = sk_X509_new_null();
    for (const Certificate &c : chain)
        sk_X509_push(ca, c.native());
    // PKCS12_create takes the key's algorithm first, then the certificates'.
    Pkcs12Ptr p12(PKCS12_create(password, "legacy", key.native(), cert.native(), ca,
                                NID_pbe_WithSHA1And3_Key_TripleDES_CBC,
                                NID_pbe_WithSHA1And40BitRC2_CBC, 2048, 1, 0));
    sk_X509_free(ca);
    if (!p12)
        throw std::runtime_error("PKCS12_create with legacy algorithms failed");
    if (PKCS12_set_mac(p12.get(), password, -1, nullptr, 0, 2048, EVP_sha1()) != 1)
        throw std::runtime_error("PKCS12_set_mac failed");
    ERR_clear_error();
    return toDer(p12.get());
}

int macDigestNid(const QByteArray &der) {
    const Pkcs12Ptr p12 = parsePkcs12(der);
    const X509_ALGOR *algorithm = nullptr;
    PKCS12_get0_mac(nullptr, &algorithm, nullptr, nullptr, p12.get());
    const ASN1_OBJECT *object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    return OBJ_obj2nid(object);
}

// The encryption algorithm of the first encrypted safe (the certificates).
int certificateSafeAlgorithmNid(const QByteArray &der) {
    const Pkcs12Ptr p12 = parsePkcs12(der);
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12.get());
    int nid = NID_undef;
    for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes, i);
        if (OBJ_obj2nid(safe->type) == NID_pkcs7_encrypted)
            nid = OBJ_obj2nid(safe->d.encrypted->enc_data->algorithm->algorithm);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    return nid;
}

} // namespace

class TestPkcs12 : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_root = makeRoot(QStringLiteral("CN=PFX Root"));
        m_intermediate = makeIntermediate(m_root, QStringLiteral("CN=PFX Issuing CA"));
        m_key = rsaKey(2048);
        m_leaf = makeLeaf(m_intermediate, m_key, QStringLiteral("CN=pfx.contoso.com"));
        m_bundle = Pkcs12Bundle{m_key,
                                m_leaf,
                                {m_intermediate.certificate, m_root.certificate},
                                QStringLiteral("내 인증서")};
    }

    // Must stay the first test: it proves readPkcs12 loads the legacy provider by itself.
    void windowsLegacyPfxLoadsTheLegacyProvider() {
        QVERIFY2(OSSL_PROVIDER_available(nullptr, "legacy") == 0,
                 "something loaded the legacy provider before this test");
        const auto read = readPkcs12(legacyPfxFromWindows(), legacyPfxPassword);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->certificate.sha1Thumbprint().toHex().toUpper(),
                 QByteArray(legacyPfxSha1Thumbprint));
        QCOMPARE(read->certificate.subject(), QStringLiteral("CN=Legacy Windows Export"));
        QVERIFY(read->certificate.matches(read->key));
        QCOMPARE(read->friendlyName, QStringLiteral("Legacy export"));
        QVERIFY(read->chain.isEmpty());
        QVERIFY(OSSL_PROVIDER_available(nullptr, "legacy") == 1);
        QVERIFY(OSSL_PROVIDER_available(nullptr, "default") == 1);
        QVERIFY(errorQueueIsEmpty());
    }

    void roundTrip_data() {
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("password") << QByteArray("Pa$$w0rd");
        QTest::newRow("utf-8 password") << QByteArray("비밀번호");
        QTest::newRow("empty password") << QByteArray();
    }

    void roundTrip() {
        QFETCH(QByteArray, password);
        const auto written = writePkcs12(m_bundle, password);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        QVERIFY(errorQueueIsEmpty());
        QCOMPARE(detectFileKind(*written), FileKind::Pkcs12);

        const auto read = readPkcs12(*written, password);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QVERIFY(errorQueueIsEmpty());
        QCOMPARE(read->certificate, m_leaf);
        QCOMPARE(read->key.publicKeyDer(), m_key.publicKeyDer());
        QCOMPARE(read->key.toPkcs8Der(), m_key.toPkcs8Der());
        QCOMPARE(read->chain, m_bundle.chain);
        QCOMPARE(read->friendlyName, m_bundle.friendlyName);
    }

    void writesModernAlgorithms() {
        const QByteArray der = take(writePkcs12(m_bundle, "pw"), "writePkcs12");
        QCOMPARE(macDigestNid(der), int(NID_sha256));
        QCOMPARE(certificateSafeAlgorithmNid(der), int(NID_pbes2)); // PBKDF2 + AES-256-CBC
    }

    void withoutFriendlyName() {
        Pkcs12Bundle bundle = m_bundle;
        bundle.friendlyName.clear();
        bundle.chain.clear();
        const auto read = readPkcs12(take(writePkcs12(bundle, "pw"), "writePkcs12"), "pw");
        QVERIFY(read.ok());
        QVERIFY(read->friendlyName.isEmpty());
        QVERIFY(read->chain.isEmpty());
    }

    void wrongPassword() {
        const QByteArray der = take(writePkcs12(m_bundle, "right"), "writePkcs12");
        const auto wrong = readPkcs12(der, "wrong");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, CryptoErrorCode::WrongPassword);
        QVERIFY(errorQueueIsEmpty());
        const auto empty = readPkcs12(der, QByteArray());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, CryptoErrorCode::WrongPassword);
        QVERIFY(errorQueueIsEmpty());
        const auto passwordForEmpty =
            readPkcs12(take(writePkcs12(m_bundle, QByteArray()), "writePkcs12"), "x");
        QCOMPARE(passwordForEmpty.error().code, CryptoErrorCode::WrongPassword);
        // And the right password right after the failures.
        QVERIFY(readPkcs12(der, "right").ok());
        QVERIFY(errorQueueIsEmpty());
    }

    void legacyRc2And3DesPfx() {
        const QByteArray der = legacyPfx(m_key, m_leaf, {m_intermediate.certificate}, "legacy-pw");
        QCOMPARE(certificateSafeAlgorithmNid(der), int(NID_pbe_WithSHA1And40BitRC2_CBC));
        QCOMPARE(macDigestNid(der), int(NID_sha1));
        const auto read = readPkcs12(der, "legacy-pw");
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->certificate, m_leaf);
        QCOMPARE(read->key.publicKeyDer(), m_key.publicKeyDer());
        QCOMPARE(read->chain, QList<Certificate>{m_intermediate.certificate});
        QCOMPARE(read->friendlyName, QStringLiteral("legacy"));
        QCOMPARE(readPkcs12(der, "nope").error().code, CryptoErrorCode::WrongPassword);
        QVERIFY(errorQueueIsEmpty());
    }

    void emptyAndNullPasswordsBothRead_data() {
        QTest::addColumn<bool>("nullPassword");
        QTest::newRow("empty string") << false;
        QTest::newRow("no password") << true;
    }

    void emptyAndNullPasswordsBothRead() {
        QFETCH(bool, nullPassword);
        const QByteArray der = legacyPfx(m_key, m_leaf, {}, nullPassword ? nullptr : "");
        const auto read = readPkcs12(der, QByteArray());
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->certificate, m_leaf);
        QVERIFY(errorQueueIsEmpty());
    }

    void certificateOrderDoesNotDecideTheLeaf() {
        // PKCS12_create puts the key's certificate first; list it last in the chain instead.
        STACK_OF(X509) *ca = sk_X509_new_null();
        sk_X509_push(ca, m_root.certificate.native());
        sk_X509_push(ca, m_leaf.native());
        Pkcs12Ptr p12(PKCS12_create("pw", nullptr, m_key.native(), nullptr, ca, 0, 0, 0, 0, 0));
        sk_X509_free(ca);
        QVERIFY(p12);
        const auto read = readPkcs12(toDer(p12.get()), "pw");
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->certificate, m_leaf);
        QCOMPARE(read->chain, QList<Certificate>{m_root.certificate});
    }

    void certificatesWithoutKeyIsWrongKind() {
        Pkcs12Ptr p12(
            PKCS12_create("pw", nullptr, nullptr, m_leaf.native(), nullptr, 0, 0, 0, 0, 0));
        QVERIFY(p12);
        const auto read = readPkcs12(toDer(p12.get()), "pw");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, CryptoErrorCode::WrongKind);
        QVERIFY(errorQueueIsEmpty());
    }

    void keyWithoutItsCertificateIsKeyMismatch() {
        Pkcs12Ptr p12(
            PKCS12_create("pw", nullptr, ecKey().native(), nullptr, nullptr, 0, 0, 0, 0, 0));
        QVERIFY(p12);
        const auto read = readPkcs12(toDer(p12.get()), "pw");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, CryptoErrorCode::KeyMismatch);
    }

    void writeRejectsMismatchAndMissingParts() {
        Pkcs12Bundle mismatched = m_bundle;
        mismatched.key = ecKey();
        QCOMPARE(writePkcs12(mismatched, "pw").error().code, CryptoErrorCode::KeyMismatch);
        Pkcs12Bundle noKey = m_bundle;
        noKey.key = PrivateKey();
        QCOMPARE(writePkcs12(noKey, "pw").error().code, CryptoErrorCode::InvalidInput);
        Pkcs12Bundle noCert = m_bundle;
        noCert.certificate = Certificate();
        QCOMPARE(writePkcs12(noCert, "pw").error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(errorQueueIsEmpty());
    }

    // Crafted files naming 2^31 PBKDF2 iterations (kept as fuzz regressions) would keep the
    // reader busy for hours: counts above the limit are refused before anything is derived.
    void absurdIterationCountsAreRefused_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("MAC") << QStringLiteral("mac-iterations.pfx");
        QTest::newRow("encrypted safe and key bag, no MAC")
            << QStringLiteral("content-iterations.pfx");
    }

    void absurdIterationCountsAreRefused() {
        QFETCH(QString, file);
        QFile pfx(QStringLiteral(CERTDECK_PKCS12_REGRESSIONS_DIR "/") + file);
        QVERIFY2(pfx.open(QIODevice::ReadOnly), qPrintable(pfx.fileName()));
        const auto read = readPkcs12(pfx.readAll(), "certdeck-fuzz");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, CryptoErrorCode::Unsupported);
        QVERIFY(read.error().message.contains(QLatin1String("iterations")));
        QVERIFY(errorQueueIsEmpty());
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        const QByteArray pfx = take(writePkcs12(m_bundle, "pw"), "writePkcs12");
        QTest::newRow("empty") << QByteArray() << int(CryptoErrorCode::InvalidInput);
        QTest::newRow("garbage") << garbage() << int(CryptoErrorCode::InvalidInput);
        QTest::newRow("truncated") << firstHalf(pfx) << int(CryptoErrorCode::InvalidInput);
        QTest::newRow("truncated legacy")
            << firstHalf(legacyPfx(m_key, m_leaf, {}, "pw")) << int(CryptoErrorCode::InvalidInput);
        QTest::newRow("certificate") << m_leaf.der() << int(CryptoErrorCode::WrongKind);
        QTest::newRow("pem") << m_leaf.pem() << int(CryptoErrorCode::WrongKind);
    }

    void badInput() {
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        const auto read = readPkcs12(data, "pw");
        QVERIFY(!read.ok());
        QCOMPARE(int(read.error().code), code);
        QVERIFY(!read.error().message.isEmpty());
        QVERIFY(errorQueueIsEmpty());
        QVERIFY(readPkcs12(take(writePkcs12(m_bundle, "pw"), "writePkcs12"), "pw").ok());
        QVERIFY(errorQueueIsEmpty());
    }

private:
    Authority m_root;
    Authority m_intermediate;
    PrivateKey m_key;
    Certificate m_leaf;
    Pkcs12Bundle m_bundle;
};

QTEST_GUILESS_MAIN(TestPkcs12)
#include "test_pkcs12.moc"
