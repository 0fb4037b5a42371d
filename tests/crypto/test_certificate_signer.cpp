#include "crypto_test_support.h"

#include "certificate_signer.h"

#include <QTest>

#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

using namespace certdeck::crypto;
using namespace certdeck::crypto::testing;

namespace {

RequestSpec leafSpec() {
    RequestSpec spec;
    spec.subject = QStringLiteral("CN=서버.contoso.com, O=Contoso");
    spec.sans.dnsNames = {QStringLiteral("www.contoso.com"), QStringLiteral("api.contoso.com")};
    spec.sans.emails = {QStringLiteral("ops@contoso.com")};
    spec.sans.upns = {QStringLiteral("svc@contoso.com")};
    spec.extendedKeyUsages = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
    spec.keyUsages = {QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")};
    return spec;
}

bool extensionIsCritical(const Certificate &cert, int nid) {
    const int index = X509_get_ext_by_NID(cert.native(), nid, -1);
    return index >= 0 && X509_EXTENSION_get_critical(X509_get_ext(cert.native(), index)) == 1;
}

QByteArray octets(const ASN1_OCTET_STRING *string) {
    return string ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)),
                               ASN1_STRING_length(string))
                  : QByteArray();
}

// OpenSSL's own path validation, as a TLS peer would run it.
int verifyWithOpenSsl(const Certificate &leaf, const QList<Certificate> &intermediates,
                      const Certificate &root) {
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, root.native());
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (const Certificate &cert : intermediates)
        sk_X509_push(untrusted, cert.native());
    X509_STORE_CTX *context = X509_STORE_CTX_new();
    X509_STORE_CTX_init(context, store, leaf.native(), untrusted);
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context),
                               utc(2025, 1, 1).toSecsSinceEpoch());
    const int verified = X509_verify_cert(context);
    const int error = X509_STORE_CTX_get_error(context);
    X509_STORE_CTX_free(context);
    sk_X509_free(untrusted);
    X509_STORE_free(store);
    ERR_clear_error();
    return verified == 1 ? X509_V_OK : (error == X509_V_OK ? -1 : error);
}

} // namespace

class TestCertificateSigner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_root = makeRoot(QStringLiteral("CN=Contoso Root CA, O=Contoso"), ecKey(EcCurve::P384));
        m_leafKey = ecKey();
        m_csr = take(CertificateRequest::create(m_leafKey, leafSpec()), "CSR");
    }

    void signedCertificateCopiesTheRequest() {
        IssueSpec spec = validity();
        const auto signedCert = signRequest(m_csr, m_root.certificate, m_root.key, spec);
        QVERIFY2(signedCert.ok(), qPrintable(signedCert ? QString() : signedCert.error().message));
        QVERIFY(errorQueueIsEmpty());
        const Certificate &cert = *signedCert;
        const RequestSpec request = leafSpec();
        QCOMPARE(cert.subject(), request.subject);
        QCOMPARE(cert.issuer(), m_root.certificate.subject());
        QCOMPARE(cert.commonName(), QStringLiteral("서버.contoso.com"));
        QCOMPARE(cert.subjectAlternativeNames(), request.sans);
        QCOMPARE(cert.extendedKeyUsages(), request.extendedKeyUsages);
        QCOMPARE(cert.keyUsages(), request.keyUsages);
        QCOMPARE(cert.notBefore(), spec.notBefore);
        QCOMPARE(cert.notAfter(), spec.notAfter);
        QVERIFY(cert.isSignedBy(m_root.certificate));
        QVERIFY(!cert.isSignedBy(cert));
        QVERIFY(!cert.isCa());
        QVERIFY(!cert.isSelfIssued());
        QVERIFY(cert.matches(m_leafKey));
        QVERIFY(m_csr.matches(cert));
        QCOMPARE(cert.serialNumberHex().size(), 32);
        QCOMPARE(X509_get_version(cert.native()), long(X509_VERSION_3));
    }

    void extensionsAreMarkedAndLinked() {
        const Certificate cert =
            take(signRequest(m_csr, m_root.certificate, m_root.key, validity()), "sign");
        QVERIFY(extensionIsCritical(cert, NID_basic_constraints));
        QVERIFY(extensionIsCritical(cert, NID_key_usage));
        QVERIFY(!extensionIsCritical(cert, NID_subject_alt_name));
        const QByteArray rootKeyId = octets(X509_get0_subject_key_id(m_root.certificate.native()));
        QCOMPARE(rootKeyId.size(), 20);
        QCOMPARE(octets(X509_get0_authority_key_id(cert.native())), rootKeyId);
        QCOMPARE(octets(X509_get0_authority_key_id(m_root.certificate.native())), rootKeyId);
        QCOMPARE(octets(X509_get0_subject_key_id(cert.native())).size(), 20);
        QVERIFY(octets(X509_get0_subject_key_id(cert.native())) != rootKeyId);
        QCOMPARE(X509_get_pathlen(cert.native()), -1L);
    }

    void chainValidatesWithOpenSsl() {
        const Authority intermediate = makeIntermediate(m_root, QStringLiteral("CN=Issuing CA"));
        QVERIFY(intermediate.certificate.isCa());
        QCOMPARE(X509_get_pathlen(intermediate.certificate.native()), 0L);
        const Certificate leaf =
            makeLeaf(intermediate, m_leafKey, QStringLiteral("CN=www.contoso.com"));
        QCOMPARE(verifyWithOpenSsl(leaf, {intermediate.certificate}, m_root.certificate),
                 X509_V_OK);
        QVERIFY(verifyWithOpenSsl(leaf, {}, m_root.certificate) != X509_V_OK);
    }

    void caPathLength() {
        RequestSpec request;
        request.subject = QStringLiteral("CN=Path CA");
        const Certificate ca = take(selfSign(ecKey(), request, validity(true, 2)), "selfSign");
        QVERIFY(ca.isCa());
        QCOMPARE(X509_get_pathlen(ca.native()), 2L);
        const Certificate unlimited = take(selfSign(ecKey(), request, validity(true)), "selfSign");
        QCOMPARE(X509_get_pathlen(unlimited.native()), -1L);
    }

    void issueSpecOverridesTheRequest() {
        IssueSpec spec = validity();
        SubjectAlternativeNames sans;
        sans.dnsNames = {QStringLiteral("override.contoso.com")};
        spec.sans = sans;
        spec.extendedKeyUsages = QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2")};
        spec.keyUsages = QStringList{QStringLiteral("keyAgreement")};
        const Certificate cert =
            take(signRequest(m_csr, m_root.certificate, m_root.key, spec), "sign");
        QCOMPARE(cert.subjectAlternativeNames(), sans);
        QCOMPARE(cert.extendedKeyUsages(), QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2")});
        QCOMPARE(cert.keyUsages(), QStringList{QStringLiteral("keyAgreement")});

        spec.keyUsages = QStringList{QStringLiteral("bogus")};
        const auto invalid = signRequest(m_csr, m_root.certificate, m_root.key, spec);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(errorQueueIsEmpty());
    }

    void signatureDigestFollowsKey_data() {
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<int>("curve");
        QTest::addColumn<int>("signatureNid");
        QTest::newRow("RSA") << true << 0 << int(NID_sha256WithRSAEncryption);
        QTest::newRow("P-256") << false << int(EcCurve::P256) << int(NID_ecdsa_with_SHA256);
        QTest::newRow("P-384") << false << int(EcCurve::P384) << int(NID_ecdsa_with_SHA384);
        QTest::newRow("P-521") << false << int(EcCurve::P521) << int(NID_ecdsa_with_SHA512);
    }

    void signatureDigestFollowsKey() {
        QFETCH(bool, rsa);
        QFETCH(int, curve);
        QFETCH(int, signatureNid);
        const PrivateKey key = rsa ? rsaKey(2048) : ecKey(EcCurve(curve));
        const Authority ca = makeRoot(QStringLiteral("CN=Digest CA"), key);
        QCOMPARE(X509_get_signature_nid(ca.certificate.native()), signatureNid);
        const Certificate issued =
            take(signRequest(m_csr, ca.certificate, ca.key, validity()), "sign");
        QCOMPARE(X509_get_signature_nid(issued.native()), signatureNid);
        const auto csr = take(CertificateRequest::create(key, leafSpec()), "CSR");
        QCOMPARE(X509_REQ_get_signature_nid(csr.native()), signatureNid);
    }

    void requestWithBadSignatureIsRejected() {
        QByteArray der = m_csr.der();
        der[der.size() - 3] = char(der[der.size() - 3] ^ 0x40);
        const auto tampered = take(CertificateRequest::fromDer(der), "CSR");
        const auto result = signRequest(tampered, m_root.certificate, m_root.key, validity());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, CryptoErrorCode::InvalidInput);
        QVERIFY(errorQueueIsEmpty());
    }

    void caKeyMustMatchCaCertificate() {
        const auto result = signRequest(m_csr, m_root.certificate, ecKey(), validity());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, CryptoErrorCode::KeyMismatch);
        QVERIFY(errorQueueIsEmpty());
    }

    void missingInputsAreRejected() {
        QCOMPARE(signRequest(CertificateRequest(), m_root.certificate, m_root.key, validity())
                     .error()
                     .code,
                 CryptoErrorCode::InvalidInput);
        QCOMPARE(signRequest(m_csr, Certificate(), m_root.key, validity()).error().code,
                 CryptoErrorCode::InvalidInput);
        QCOMPARE(signRequest(m_csr, m_root.certificate, PrivateKey(), validity()).error().code,
                 CryptoErrorCode::InvalidInput);
        QCOMPARE(signRequest(m_csr, m_root.certificate, m_root.key, IssueSpec()).error().code,
                 CryptoErrorCode::InvalidInput);
        QVERIFY(errorQueueIsEmpty());
    }

    void explicitSerialIsUsed() {
        IssueSpec spec = validity();
        spec.serial = QByteArray::fromHex("00FF10");
        const Certificate cert =
            take(signRequest(m_csr, m_root.certificate, m_root.key, spec), "sign");
        QCOMPARE(cert.serialNumberHex(), QStringLiteral("FF10"));
    }

private:
    Authority m_root;
    PrivateKey m_leafKey;
    CertificateRequest m_csr;
};

QTEST_GUILESS_MAIN(TestCertificateSigner)
#include "test_certificate_signer.moc"
