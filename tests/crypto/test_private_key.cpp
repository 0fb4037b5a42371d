#include "crypto_test_support.h"

#include "certificate_request.h"
#include "private_key.h"

#include <QFile>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace certdeck::crypto;
using namespace certdeck::crypto::testing;

Q_DECLARE_METATYPE(KeySpec)
Q_DECLARE_METATYPE(SignatureScheme)

namespace {

KeySpec rsaSpec(int bits) {
    KeySpec spec;
    spec.type = KeyType::Rsa;
    spec.rsaBits = bits;
    return spec;
}

KeySpec ecSpec(EcCurve curve) {
    KeySpec spec;
    spec.type = KeyType::Ec;
    spec.curve = curve;
    return spec;
}

// PEM text of `key` written by OpenSSL itself, in the formats other tools produce.
QByteArray encryptedPkcs8Pem(const PrivateKey &key, const QByteArray &passphrase) {
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PKCS8PrivateKey(bio, key.native(), EVP_aes_256_cbc(), passphrase.constData(),
                                  static_cast<int>(passphrase.size()), nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

QByteArray traditionalPem(const PrivateKey &key) {
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey_traditional(bio, key.native(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

// Verifies a PS256 signature with the salt length pinned to 32 bytes, independently of the
// library, so a different salt length in sign() is caught.
bool verifyPssWithSalt32(const PrivateKey &key, const QByteArray &data,
                         const QByteArray &signature) {
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyContext = nullptr;
    const bool ok =
        EVP_DigestVerifyInit(context, &keyContext, EVP_sha256(), nullptr, key.native()) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
        EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                         static_cast<size_t>(signature.size()),
                         reinterpret_cast<const unsigned char *>(data.constData()),
                         static_cast<size_t>(data.size())) == 1;
    EVP_MD_CTX_free(context);
    ERR_clear_error();
    return ok;
}

} // namespace

class TestPrivateKey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_rsa = rsaKey(2048);
        m_ec = ecKey(EcCurve::P256);
    }

    void generateAndRoundTrip_data() {
        QTest::addColumn<KeySpec>("spec");
        QTest::newRow("RSA 2048") << rsaSpec(2048);
        QTest::newRow("RSA 3072") << rsaSpec(3072);
        QTest::newRow("RSA 4096") << rsaSpec(4096); // the only 4096-bit generation in the suite
        QTest::newRow("EC P-256") << ecSpec(EcCurve::P256);
        QTest::newRow("EC P-384") << ecSpec(EcCurve::P384);
        QTest::newRow("EC P-521") << ecSpec(EcCurve::P521);
    }

    void generateAndRoundTrip() {
        QFETCH(KeySpec, spec);
        const auto generated = PrivateKey::generate(spec);
        QVERIFY2(generated.ok(), qPrintable(generated ? QString() : generated.error().message));
        const PrivateKey key = *generated;
        QVERIFY(!key.isNull());
        QCOMPARE(key.spec().type, spec.type);
        if (spec.type == KeyType::Rsa)
            QCOMPARE(key.spec().rsaBits, spec.rsaBits);
        else
            QCOMPARE(key.spec().curve, spec.curve);

        const QByteArray der = key.toPkcs8Der();
        QVERIFY(!der.isEmpty());
        const auto fromDer = PrivateKey::fromPkcs8Der(der);
        QVERIFY(fromDer.ok());
        QCOMPARE(fromDer->publicKeyDer(), key.publicKeyDer());
        QCOMPARE(fromDer->toPkcs8Der(), der);

        const QByteArray pem = key.toPkcs8Pem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        const auto fromPem = PrivateKey::fromPem(pem);
        QVERIFY(fromPem.ok());
        QCOMPARE(fromPem->toPkcs8Der(), der);
        QCOMPARE(fromPem->spec().type, spec.type);
        QVERIFY(errorQueueIsEmpty());
    }

    void unsupportedRsaSizeIsRejected() {
        const auto result = PrivateKey::generate(rsaSpec(1024));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, CryptoErrorCode::Unsupported);
        QVERIFY(errorQueueIsEmpty());
    }

    void curveNames() {
        QCOMPARE(curveName(EcCurve::P256), QStringLiteral("P-256"));
        QCOMPARE(curveName(EcCurve::P384), QStringLiteral("P-384"));
        QCOMPARE(curveName(EcCurve::P521), QStringLiteral("P-521"));
        EcCurve curve = EcCurve::P256;
        QVERIFY(curveFromName(QStringLiteral("P-521"), &curve));
        QCOMPARE(curve, EcCurve::P521);
        QVERIFY(curveFromName(QStringLiteral("P-384"), &curve));
        QCOMPARE(curve, EcCurve::P384);
        QVERIFY(!curveFromName(QStringLiteral("P-256K"), &curve));
        QCOMPARE(curve, EcCurve::P384); // untouched on failure
    }

    void readsTraditionalPem() {
        const QByteArray ecPem = traditionalPem(m_ec);
        QVERIFY(ecPem.startsWith("-----BEGIN EC PRIVATE KEY-----"));
        const auto ec = PrivateKey::fromPem(ecPem);
        QVERIFY(ec.ok());
        QCOMPARE(ec->publicKeyDer(), m_ec.publicKeyDer());

        const QByteArray rsaPem = traditionalPem(m_rsa);
        QVERIFY(rsaPem.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        const auto rsa = PrivateKey::fromPem(rsaPem);
        QVERIFY(rsa.ok());
        QCOMPARE(rsa->publicKeyDer(), m_rsa.publicKeyDer());
        QVERIFY(errorQueueIsEmpty());
    }

    void readsEncryptedPkcs8Pem() {
        const QByteArray passphrase("correct horse");
        const QByteArray pem = encryptedPkcs8Pem(m_ec, passphrase);
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

        const auto decrypted = PrivateKey::fromPem(pem, passphrase);
        QVERIFY(decrypted.ok());
        QCOMPARE(decrypted->publicKeyDer(), m_ec.publicKeyDer());

        const auto wrong = PrivateKey::fromPem(pem, QByteArray("wrong"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, CryptoErrorCode::WrongPassword);
        QVERIFY(errorQueueIsEmpty());

        const auto missing = PrivateKey::fromPem(pem);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, CryptoErrorCode::WrongPassword);
        QVERIFY(errorQueueIsEmpty());
    }

    // A crafted key naming 2^31 PBKDF2 iterations (a fuzz regression) would keep the reader busy
    // for hours, with or without a passphrase: it is refused before anything is derived.
    void absurdIterationCountIsRefused() {
        QFile pem(QStringLiteral(CERTDECK_PEM_REGRESSIONS_DIR "/key-iterations.pem"));
        QVERIFY2(pem.open(QIODevice::ReadOnly), qPrintable(pem.fileName()));
        const QByteArray text = pem.readAll();
        for (const QByteArray &passphrase : {QByteArray(), QByteArray("certdeck-fuzz")}) {
            const auto read = PrivateKey::fromPem(text, passphrase);
            QVERIFY(!read.ok());
            QCOMPARE(read.error().code, CryptoErrorCode::Unsupported);
            QVERIFY(errorQueueIsEmpty());
        }
    }

    void signAndVerify_data() {
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<SignatureScheme>("scheme");
        QTest::newRow("RS256") << true << SignatureScheme::RsaPkcs1Sha256;
        QTest::newRow("PS256") << true << SignatureScheme::RsaPssSha256;
        QTest::newRow("ECDSA P-256") << false << SignatureScheme::EcdsaSha256;
    }

    void signAndVerify() {
        QFETCH(bool, rsa);
        QFETCH(SignatureScheme, scheme);
        const PrivateKey &key = rsa ? m_rsa : m_ec;
        const QByteArray data("header.payload");

        const auto signature = key.sign(data, scheme);
        QVERIFY2(signature.ok(), qPrintable(signature ? QString() : signature.error().message));
        QVERIFY(!signature->isEmpty());
        QVERIFY(errorQueueIsEmpty());
        QVERIFY(verifySignature(key.publicKeyDer(), data, *signature, scheme));

        QByteArray tamperedData = data;
        tamperedData[0] = 'H';
        QVERIFY(!verifySignature(key.publicKeyDer(), tamperedData, *signature, scheme));
        QByteArray tamperedSignature = *signature;
        tamperedSignature[tamperedSignature.size() / 2] ^= 0x01;
        QVERIFY(!verifySignature(key.publicKeyDer(), data, tamperedSignature, scheme));
        const PrivateKey other = rsa ? rsaKey(2048) : ecKey();
        QVERIFY(!verifySignature(other.publicKeyDer(), data, *signature, scheme));
        QVERIFY(errorQueueIsEmpty());
    }

    void rs256IsDeterministicPs256IsNot() {
        const QByteArray data("same input");
        QCOMPARE(*m_rsa.sign(data, SignatureScheme::RsaPkcs1Sha256),
                 *m_rsa.sign(data, SignatureScheme::RsaPkcs1Sha256));
        QVERIFY(*m_rsa.sign(data, SignatureScheme::RsaPssSha256) !=
                *m_rsa.sign(data, SignatureScheme::RsaPssSha256));
        // PKCS#1 v1.5 and PSS must not verify as each other.
        const QByteArray rs256 = *m_rsa.sign(data, SignatureScheme::RsaPkcs1Sha256);
        QVERIFY(!verifySignature(m_rsa.publicKeyDer(), data, rs256, SignatureScheme::RsaPssSha256));
    }

    void ps256UsesDigestLengthSalt() {
        const QByteArray data("jws signing input");
        const auto signature = m_rsa.sign(data, SignatureScheme::RsaPssSha256);
        QVERIFY(signature.ok());
        QVERIFY(verifyPssWithSalt32(m_rsa, data, *signature));
    }

    void schemeMustFitKey() {
        const auto ecWithRsaScheme = m_ec.sign("x", SignatureScheme::RsaPkcs1Sha256);
        QVERIFY(!ecWithRsaScheme.ok());
        QCOMPARE(ecWithRsaScheme.error().code, CryptoErrorCode::WrongKind);
        const auto rsaWithEcdsa = m_rsa.sign("x", SignatureScheme::EcdsaSha256);
        QVERIFY(!rsaWithEcdsa.ok());
        QCOMPARE(rsaWithEcdsa.error().code, CryptoErrorCode::WrongKind);
        const auto nullKey = PrivateKey().sign("x", SignatureScheme::EcdsaSha256);
        QVERIFY(!nullKey.ok());
        QCOMPARE(nullKey.error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(!verifySignature(m_ec.publicKeyDer(), "x",
                                 *m_ec.sign("x", SignatureScheme::EcdsaSha256),
                                 SignatureScheme::RsaPkcs1Sha256));
        QVERIFY(errorQueueIsEmpty());
    }

    void badInputFailsCleanly_data() {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<QByteArray>("pem");
        const QByteArray der = ecKey().toPkcs8Der();
        const QByteArray pem = ecKey().toPkcs8Pem();
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("garbage") << garbage() << garbage();
        QTest::newRow("truncated") << firstHalf(der) << firstHalf(pem);
        QTest::newRow("trailing bytes")
            << der + QByteArray("\x00\x01", 2) << QByteArray("-----BEGIN");
    }

    void badInputFailsCleanly() {
        QFETCH(QByteArray, der);
        QFETCH(QByteArray, pem);
        const auto fromDer = PrivateKey::fromPkcs8Der(der);
        QVERIFY(!fromDer.ok());
        QCOMPARE(fromDer.error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(!fromDer.error().message.isEmpty());
        QVERIFY(errorQueueIsEmpty());

        const auto fromPem = PrivateKey::fromPem(pem);
        QVERIFY(!fromPem.ok());
        QVERIFY(errorQueueIsEmpty());

        // A successful call right after the failure starts from a clean queue.
        QVERIFY(PrivateKey::fromPkcs8Der(m_ec.toPkcs8Der()).ok());
        QVERIFY(errorQueueIsEmpty());
        QVERIFY(!verifySignature(der, "data", "signature", SignatureScheme::EcdsaSha256));
        QVERIFY(errorQueueIsEmpty());
    }

    void certificatePemIsWrongKind() {
        const Authority root = makeRoot(QStringLiteral("CN=Root"), m_ec);
        const auto result = PrivateKey::fromPem(root.certificate.pem());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, CryptoErrorCode::WrongKind);
        QVERIFY(errorQueueIsEmpty());
    }

    void nullKeyIsHarmless() {
        const PrivateKey key;
        QVERIFY(key.isNull());
        QVERIFY(key.toPkcs8Der().isEmpty());
        QVERIFY(key.toPkcs8Pem().isEmpty());
        QVERIFY(key.publicKeyDer().isEmpty());
        QVERIFY(!PrivateKey::adopt(nullptr).native());
    }

private:
    PrivateKey m_rsa;
    PrivateKey m_ec;
};

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "test_private_key.moc"
