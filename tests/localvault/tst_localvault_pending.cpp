// Seed 003: every state of a pending certificate request, over HTTPS.
#include "local_vault_fixture.h"

#include "certificate_request.h"
#include "certificate_signer.h"
#include "private_key.h"

#include <QJsonArray>
#include <QTest>

using namespace certdeck;

namespace {

QJsonObject createBody(const QString &issuer,
                       const QString &subject = QStringLiteral("CN=pending.contoso.com")) {
    return QJsonObject{
        {QStringLiteral("policy"),
         QJsonObject{
             {QStringLiteral("x509_props"), QJsonObject{{QStringLiteral("subject"), subject}}},
             {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), issuer}}}}}};
}

struct OutsideCa {
    crypto::PrivateKey key;
    crypto::Certificate certificate;
};

OutsideCa makeOutsideCa() {
    OutsideCa ca;
    ca.key = *crypto::PrivateKey::generate({});
    crypto::RequestSpec subject;
    subject.subject = QStringLiteral("CN=Outside CA");
    crypto::IssueSpec spec;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addYears(2);
    spec.isCa = true;
    ca.certificate = *crypto::selfSign(ca.key, subject, spec);
    return ca;
}

crypto::Certificate signOutside(const OutsideCa &ca, const QByteArray &csrDer) {
    crypto::IssueSpec spec;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = QDateTime::currentDateTimeUtc().addDays(200);
    auto request = crypto::CertificateRequest::fromDer(csrDer);
    return *crypto::signRequest(*request, ca.certificate, ca.key, spec);
}

QJsonArray x5c(const QList<crypto::Certificate> &chain) {
    QJsonArray array;
    for (const auto &certificate : chain)
        array.append(QString::fromLatin1(certificate.der().toBase64()));
    return array;
}

} // namespace

class LocalVaultPendingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_vault.start(&error), qPrintable(error));
        m_ca = makeOutsideCa();
        QCOMPARE(m_vault
                     .request("PUT", QStringLiteral("/certificates/issuers/testca"),
                              {{QStringLiteral("provider"), QStringLiteral("Test")}})
                     .status,
                 200);
        QCOMPARE(m_vault
                     .request("PUT", QStringLiteral("/certificates/issuers/rejecting"),
                              {{QStringLiteral("provider"), QStringLiteral("TestReject")}})
                     .status,
                 200);
    }

    void manualRequestWaitsForMerge() {
        const HttpResult created =
            m_vault.request("POST", QStringLiteral("/certificates/manual/create"),
                            createBody(QStringLiteral("Unknown")));
        QCOMPARE(created.status, 202);
        QCOMPARE(created.json.value(QStringLiteral("status_details")).toString(),
                 QStringLiteral(
                     "Pending certificate created. Please Perform Merge to complete the request."));
        const QString requestId = created.json.value(QStringLiteral("request_id")).toString();

        const HttpResult filtered = m_vault.request(
            "GET",
            QStringLiteral("/certificates/manual/pending?api-version=7.5&request_id=") + requestId);
        QCOMPARE(filtered.status, 200);
        QCOMPARE(filtered.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("inProgress"));
        const HttpResult mismatch = m_vault.request(
            "GET", QStringLiteral("/certificates/manual/pending?api-version=7.5&request_id=0123"));
        QCOMPARE(mismatch.status, 404);
        QCOMPARE(mismatch.errorCode(), QStringLiteral("PendingCertificateNotFound"));

        // While the first version is pending the certificate exists, disabled and without cer.
        const HttpResult bundle = m_vault.request("GET", QStringLiteral("/certificates/manual"));
        QCOMPARE(bundle.status, 200);
        QVERIFY(!bundle.json.contains(QStringLiteral("cer")));
        QCOMPARE(bundle.json.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("enabled"))
                     .toBool(),
                 false);
        QCOMPARE(bundle.json.value(QStringLiteral("pending"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 m_vault.vaultUrl() + QStringLiteral("/certificates/manual/pending"));
    }

    void createOrImportWhileInProgressConflicts() {
        const HttpResult again =
            m_vault.request("POST", QStringLiteral("/certificates/manual/create"),
                            createBody(QStringLiteral("Unknown")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("Forbidden"));
        QVERIFY(again.errorMessage().contains(QLatin1String("status is inProgress")));
    }

    void mergeRejectsAChainForAnotherKey() {
        auto otherKey = crypto::PrivateKey::generate({});
        crypto::RequestSpec spec;
        spec.subject = QStringLiteral("CN=pending.contoso.com");
        auto otherCsr = crypto::CertificateRequest::create(*otherKey, spec);
        const crypto::Certificate wrongLeaf = signOutside(m_ca, otherCsr->der());
        const HttpResult merged =
            m_vault.request("POST", QStringLiteral("/certificates/manual/pending/merge"),
                            {{QStringLiteral("x5c"), x5c({wrongLeaf, m_ca.certificate})}});
        QCOMPARE(merged.status, 400);
        QCOMPARE(merged.errorCode(), QStringLiteral("BadParameter"));
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/manual/pending"))
                     .json.value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("inProgress"));
        const HttpResult garbage = m_vault.request(
            "POST", QStringLiteral("/certificates/manual/pending/merge"),
            {{QStringLiteral("x5c"), QJsonArray{QStringLiteral("bm90IGEgY2VydA==")}}});
        QCOMPARE(garbage.status, 400);
    }

    void mergeCompletesTheManualRequest() {
        const HttpResult operation =
            m_vault.request("GET", QStringLiteral("/certificates/manual/pending"));
        const QByteArray csr = QByteArray::fromBase64(
            operation.json.value(QStringLiteral("csr")).toString().toLatin1());
        const crypto::Certificate leaf = signOutside(m_ca, csr);
        // Chain given root first: the vault orders it leaf → root itself.
        const HttpResult merged =
            m_vault.request("POST", QStringLiteral("/certificates/manual/pending/merge"),
                            {{QStringLiteral("x5c"), x5c({m_ca.certificate, leaf})}});
        QCOMPARE(merged.status, 201);
        QCOMPARE(merged.json.value(QStringLiteral("x5t")).toString(), leaf.x5t());
        QVERIFY(merged.header("Location").contains("/certificates/manual?api-version=7.5"));
        const HttpResult after =
            m_vault.request("GET", QStringLiteral("/certificates/manual/pending"));
        QCOMPARE(after.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(after.json.value(QStringLiteral("target")).toString(),
                 m_vault.vaultUrl() + QStringLiteral("/certificates/manual"));
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/manual"))
                     .json.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("enabled"))
                     .toBool(),
                 true);
        // A finished request cannot be cancelled (seed 003: 400).
        const HttpResult cancel =
            m_vault.request("PATCH", QStringLiteral("/certificates/manual/pending"),
                            {{QStringLiteral("cancellation_requested"), true}});
        QCOMPARE(cancel.status, 400);
    }

    void mergeWithoutPendingRequestIsNotFound() {
        const HttpResult merged =
            m_vault.request("POST", QStringLiteral("/certificates/nothing/pending/merge"),
                            {{QStringLiteral("x5c"), x5c({m_ca.certificate})}});
        QCOMPARE(merged.status, 404);
        QCOMPARE(merged.errorCode(), QStringLiteral("PendingCertificateNotFound"));
    }

    void issuerRequestCompletesAfterTheDelay() {
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/issued/create"),
                              createBody(QStringLiteral("testca")))
                     .status,
                 202);
        QCOMPARE(statusOf(QStringLiteral("issued")), QStringLiteral("inProgress"));
        const HttpResult merge =
            m_vault.request("POST", QStringLiteral("/certificates/issued/pending/merge"),
                            {{QStringLiteral("x5c"), x5c({m_ca.certificate})}});
        QCOMPARE(merge.status, 403);
        QVERIFY(merge.errorMessage().startsWith(
            QLatin1String("Merge is forbidden on pending object created with issuer : testca")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("issued")), QStringLiteral("completed"),
                                  15000);
        const HttpResult bundle = m_vault.request("GET", QStringLiteral("/certificates/issued"));
        auto certificate = crypto::Certificate::fromDer(
            QByteArray::fromBase64(bundle.json.value(QStringLiteral("cer")).toString().toLatin1()));
        QVERIFY(certificate.ok());
        QCOMPARE(certificate->issuer(), QStringLiteral("CN=Certdeck Local Vault CA, O=Certdeck"));
    }

    void cancellationIsHonouredByTheTestCa() {
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/cancelled/create"),
                              createBody(QStringLiteral("testca")))
                     .status,
                 202);
        const HttpResult cancel =
            m_vault.request("PATCH", QStringLiteral("/certificates/cancelled/pending"),
                            {{QStringLiteral("cancellation_requested"), true}});
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.json.value(QStringLiteral("cancellation_requested")).toBool(), true);
        QCOMPARE(cancel.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("inProgress"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("cancelled")),
                                  QStringLiteral("cancelled"), 15000);
        // Once cancelled, a new create may overwrite the pending object.
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/cancelled/create"),
                              createBody(QStringLiteral("Self")))
                     .status,
                 202);
    }

    void rejectedRequestFails() {
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/rejected/create"),
                              createBody(QStringLiteral("rejecting")))
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("rejected")), QStringLiteral("failed"),
                                  15000);
        const HttpResult operation =
            m_vault.request("GET", QStringLiteral("/certificates/rejected/pending"));
        QCOMPARE(operation.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("Request rejected"));
        // Seed 003: a failed issuer request can still be completed by merging a chain obtained out
        // of band.
        const QByteArray csr = QByteArray::fromBase64(
            operation.json.value(QStringLiteral("csr")).toString().toLatin1());
        const HttpResult merged = m_vault.request(
            "POST", QStringLiteral("/certificates/rejected/pending/merge"),
            {{QStringLiteral("x5c"), x5c({signOutside(m_ca, csr), m_ca.certificate})}});
        QCOMPARE(merged.status, 201);
    }

    void unknownIssuerIsRejected() {
        const HttpResult created =
            m_vault.request("POST", QStringLiteral("/certificates/nowhere/create"),
                            createBody(QStringLiteral("missing-issuer")));
        QCOMPARE(created.status, 400);
    }

    void deletingThePendingObject() {
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/abandoned/create"),
                              createBody(QStringLiteral("Unknown")))
                     .status,
                 202);
        const HttpResult deleted =
            m_vault.request("DELETE", QStringLiteral("/certificates/abandoned/pending"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("inProgress"));
        QCOMPARE(
            m_vault.request("GET", QStringLiteral("/certificates/abandoned/pending")).errorCode(),
            QStringLiteral("PendingCertificateNotFound"));
        QCOMPARE(
            m_vault.request("DELETE", QStringLiteral("/certificates/abandoned/pending")).status,
            404);
        QCOMPARE(m_vault
                     .request("PATCH", QStringLiteral("/certificates/abandoned/pending"),
                              {{QStringLiteral("cancellation_requested"), true}})
                     .status,
                 404);
        // The pending version itself stays, disabled and without a certificate.
        const HttpResult bundle = m_vault.request("GET", QStringLiteral("/certificates/abandoned"));
        QCOMPARE(bundle.status, 200);
        QVERIFY(!bundle.json.contains(QStringLiteral("pending")));
        // A new create is allowed now that nothing is in progress.
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/abandoned/create"),
                              createBody(QStringLiteral("Unknown")))
                     .status,
                 202);
    }

private:
    QString statusOf(const QString &name) {
        return m_vault
            .request("GET", QStringLiteral("/certificates/") + name + QStringLiteral("/pending"))
            .json.value(QStringLiteral("status"))
            .toString();
    }

    LocalVaultFixture m_vault{800};
    OutsideCa m_ca;
};

QTEST_GUILESS_MAIN(LocalVaultPendingTest)
#include "tst_localvault_pending.moc"
