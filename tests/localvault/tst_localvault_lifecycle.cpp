// Self-signed create → poll → get → update → versions → delete → recover → purge, over HTTPS.
#include "local_vault_fixture.h"

#include "certificate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

namespace {

QJsonObject selfPolicy(const QString &subject) {
    return QJsonObject{
        {QStringLiteral("x509_props"),
         QJsonObject{
             {QStringLiteral("subject"), subject},
             {QStringLiteral("sans"), QJsonObject{{QStringLiteral("dns_names"),
                                                   QJsonArray{QStringLiteral("a.contoso.com")}}}}}},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Self")}}},
    };
}

QString statusOf(LocalVaultFixture &vault, const QString &name) {
    return vault
        .request("GET", QStringLiteral("/certificates/") + name + QStringLiteral("/pending"))
        .json.value(QStringLiteral("status"))
        .toString();
}

// properties of the vault's ARM resource (GET …/vaults/local).
QJsonObject vaultProperties(LocalVaultFixture &vault) {
    QString base = vault.connection().value(QStringLiteral("armBaseUrl")).toString();
    base.chop(1); // the trailing slash
    const QUrl url(base + vault.connection().value(QStringLiteral("vaultResourceId")).toString() +
                   QStringLiteral("?api-version=2023-07-01"));
    const QString token = vault.token(QStringLiteral("admin"),
                                      QStringLiteral("https://management.azure.com/.default"));
    return vault.raw("GET", url, {}, {{"Authorization", "Bearer " + token.toLatin1()}})
        .json.value(QStringLiteral("properties"))
        .toObject();
}

} // namespace

class LocalVaultLifecycleTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_vault.start(&error), qPrintable(error));
    }

    void selfSignedCreateCompletes() {
        const HttpResult created = m_vault.request(
            "POST", QStringLiteral("/certificates/web/create"),
            {{QStringLiteral("policy"), selfPolicy(QStringLiteral("CN=web.contoso.com"))},
             {QStringLiteral("tags"),
              QJsonObject{{QStringLiteral("env"), QStringLiteral("test")}}}});
        QCOMPARE(created.status, 202);
        QCOMPARE(created.json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("inProgress"));
        QVERIFY(!created.json.value(QStringLiteral("csr")).toString().isEmpty());
        const QString requestId = created.json.value(QStringLiteral("request_id")).toString();
        QCOMPARE(requestId.size(), 32);
        QVERIFY(created.header("Location")
                    .endsWith("/certificates/web/pending?api-version=7.5&request_id=" +
                              requestId.toLatin1()));
        QCOMPARE(created.header("Retry-After"), QByteArray("10"));

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_vault, QStringLiteral("web")),
                                  QStringLiteral("completed"), 10000);
        const HttpResult operation =
            m_vault.request("GET", QStringLiteral("/certificates/web/pending"));
        QCOMPARE(operation.json.value(QStringLiteral("target")).toString(),
                 m_vault.vaultUrl() + QStringLiteral("/certificates/web"));
        QVERIFY(!operation.json.contains(QStringLiteral("status_details")));
    }

    void completedBundleMatchesItsCertificate() {
        const HttpResult bundle = m_vault.request("GET", QStringLiteral("/certificates/web"));
        QCOMPARE(bundle.status, 200);
        const QByteArray der =
            QByteArray::fromBase64(bundle.json.value(QStringLiteral("cer")).toString().toLatin1());
        auto certificate = certdeck::crypto::Certificate::fromDer(der);
        QVERIFY(certificate.ok());
        QCOMPARE(certificate->subject(), QStringLiteral("CN=web.contoso.com"));
        QCOMPARE(certificate->subjectAlternativeNames().dnsNames,
                 QStringList{QStringLiteral("a.contoso.com")});
        QCOMPARE(bundle.json.value(QStringLiteral("x5t")).toString(), certificate->x5t());
        const QJsonObject attributes = bundle.json.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(attributes.value(QStringLiteral("exp")).toInteger(),
                 certificate->notAfter().toSecsSinceEpoch());
        // 12 months are exactly 365 days, nbf back-dated ten minutes (recorded behaviour).
        QCOMPARE(attributes.value(QStringLiteral("exp")).toInteger() -
                     attributes.value(QStringLiteral("nbf")).toInteger(),
                 qint64(365) * 86400 + 600);
        QCOMPARE(attributes.value(QStringLiteral("recoveryLevel")).toString(),
                 QStringLiteral("Recoverable+Purgeable"));
        const QJsonObject policy = bundle.json.value(QStringLiteral("policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("key_props"))
                     .toObject()
                     .value(QStringLiteral("key_size"))
                     .toInt(),
                 2048);
        QCOMPARE(policy.value(QStringLiteral("lifetime_actions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toObject()
                     .value(QStringLiteral("action_type"))
                     .toString(),
                 QStringLiteral("AutoRenew"));
        QCOMPARE(bundle.json.value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("env"))
                     .toString(),
                 QStringLiteral("test"));
        const QString version =
            bundle.json.value(QStringLiteral("id")).toString().section(QLatin1Char('/'), -1);
        QCOMPARE(bundle.json.value(QStringLiteral("kid")).toString(),
                 m_vault.vaultUrl() + QStringLiteral("/keys/web/") + version);
        // "/certificates/web/" (empty version, the JS SDK's form) is the latest too.
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/web/"))
                     .json.value(QStringLiteral("id")),
                 bundle.json.value(QStringLiteral("id")));
    }

    void newVersionKeepsTheOld() {
        const HttpResult first = m_vault.request("GET", QStringLiteral("/certificates/web"));
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/web/create"),
                              {{QStringLiteral("policy"),
                                selfPolicy(QStringLiteral("CN=web2.contoso.com"))}})
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_vault, QStringLiteral("web")),
                                  QStringLiteral("completed"), 10000);
        const HttpResult versions =
            m_vault.request("GET", QStringLiteral("/certificates/web/versions"));
        QCOMPARE(versions.status, 200);
        QCOMPARE(versions.json.value(QStringLiteral("value")).toArray().size(), 2);
        const QString oldId = first.json.value(QStringLiteral("id")).toString();
        const QString oldVersion = oldId.section(QLatin1Char('/'), -1);
        const HttpResult old =
            m_vault.request("GET", QStringLiteral("/certificates/web/") + oldVersion);
        QCOMPARE(old.status, 200);
        QCOMPARE(old.json.value(QStringLiteral("x5t")), first.json.value(QStringLiteral("x5t")));
        const HttpResult latest = m_vault.request("GET", QStringLiteral("/certificates/web"));
        QVERIFY(latest.json.value(QStringLiteral("id")).toString() != oldId);
        QCOMPARE(m_vault
                     .request("GET",
                              QStringLiteral("/certificates/web/00000000000000000000000000000000"))
                     .status,
                 404);
    }

    void updateChangesAttributesTagsAndPolicy() {
        const HttpResult updated = m_vault.request(
            "PATCH", QStringLiteral("/certificates/web"),
            {{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}},
             {QStringLiteral("tags"),
              QJsonObject{{QStringLiteral("owner"), QStringLiteral("ops")}}}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("enabled"))
                     .toBool(),
                 false);
        QCOMPARE(updated.json.value(QStringLiteral("tags")).toObject(),
                 QJsonObject({{QStringLiteral("owner"), QStringLiteral("ops")}}));

        const HttpResult policy = m_vault.request(
            "PATCH", QStringLiteral("/certificates/web/policy"),
            {{QStringLiteral("x509_props"), QJsonObject{{QStringLiteral("validity_months"), 6}}}});
        QCOMPARE(policy.status, 200);
        const QJsonObject x509 = policy.json.value(QStringLiteral("x509_props")).toObject();
        QCOMPARE(x509.value(QStringLiteral("validity_months")).toInt(), 6);
        QCOMPARE(x509.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("CN=web2.contoso.com")); // untouched
        QCOMPARE(policy.json.value(QStringLiteral("id")).toString(),
                 m_vault.vaultUrl() + QStringLiteral("/certificates/web/policy"));
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/web/policy"))
                     .json.value(QStringLiteral("x509_props"))
                     .toObject(),
                 x509);

        const HttpResult invalid = m_vault.request(
            "PATCH", QStringLiteral("/certificates/web/policy"),
            {{QStringLiteral("key_props"), QJsonObject{{QStringLiteral("key_size"), 1000}}}});
        QCOMPARE(invalid.status, 400);
    }

    void invalidPoliciesAreRejected() {
        QJsonObject noSubject = selfPolicy(QString());
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/bad1/create"),
                              {{QStringLiteral("policy"), noSubject}})
                     .status,
                 400);
        QJsonObject badKey = selfPolicy(QStringLiteral("CN=b"));
        badKey.insert(QStringLiteral("key_props"),
                      QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")}});
        const HttpResult result =
            m_vault.request("POST", QStringLiteral("/certificates/bad2/create"),
                            {{QStringLiteral("policy"), badKey}});
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), QStringLiteral("BadParameter"));
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/bad_name/create"),
                              {{QStringLiteral("policy"), selfPolicy(QStringLiteral("CN=b"))}})
                     .status,
                 400);
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/bad1")).status, 404);
    }

    void ellipticCurveCertificate() {
        QJsonObject policy = selfPolicy(QStringLiteral("CN=ec.contoso.com"));
        policy.insert(QStringLiteral("key_props"),
                      QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                  {QStringLiteral("crv"), QStringLiteral("P-384")}});
        QCOMPARE(m_vault
                     .request("POST", QStringLiteral("/certificates/ec/create"),
                              {{QStringLiteral("policy"), policy}})
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_vault, QStringLiteral("ec")),
                                  QStringLiteral("completed"), 10000);
        const HttpResult bundle = m_vault.request("GET", QStringLiteral("/certificates/ec"));
        QCOMPARE(bundle.json.value(QStringLiteral("policy"))
                     .toObject()
                     .value(QStringLiteral("key_props"))
                     .toObject()
                     .value(QStringLiteral("crv"))
                     .toString(),
                 QStringLiteral("P-384"));
        QVERIFY(!bundle.json.value(QStringLiteral("cer")).toString().isEmpty());
    }

    void deleteRecoverPurge() {
        const HttpResult deleted = m_vault.request("DELETE", QStringLiteral("/certificates/web"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.value(QStringLiteral("recoveryId")).toString(),
                 m_vault.vaultUrl() + QStringLiteral("/deletedcertificates/web"));
        QCOMPARE(deleted.json.value(QStringLiteral("scheduledPurgeDate")).toInteger() -
                     deleted.json.value(QStringLiteral("deletedDate")).toInteger(),
                 qint64(90) * 86400);
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/web")).errorCode(),
                 QStringLiteral("CertificateNotFound"));

        const HttpResult reuse =
            m_vault.request("POST", QStringLiteral("/certificates/web/create"),
                            {{QStringLiteral("policy"), selfPolicy(QStringLiteral("CN=x"))}});
        QCOMPARE(reuse.status, 409);
        QCOMPARE(reuse.innerErrorCode(), QStringLiteral("ObjectIsDeletedButRecoverable"));

        const HttpResult listed = m_vault.request("GET", QStringLiteral("/deletedcertificates"));
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json.value(QStringLiteral("value")).toArray();
        QVERIFY(std::any_of(items.begin(), items.end(), [](const QJsonValue &v) {
            return v.toObject()
                .value(QStringLiteral("recoveryId"))
                .toString()
                .endsWith(QLatin1String("/deletedcertificates/web"));
        }));
        // Each deleted item says how it may be recovered, as the deleted bundle does.
        for (const QJsonValue &item : items) {
            const QJsonObject attributes =
                item.toObject().value(QStringLiteral("attributes")).toObject();
            QCOMPARE(attributes.value(QStringLiteral("recoveryLevel")).toString(),
                     QStringLiteral("Recoverable+Purgeable"));
            QCOMPARE(attributes.value(QStringLiteral("recoverableDays")).toInt(), 90);
        }
        QCOMPARE(m_vault.request("GET", QStringLiteral("/deletedcertificates/web")).status, 200);

        const HttpResult recovered =
            m_vault.request("POST", QStringLiteral("/deletedcertificates/web/recover"));
        QCOMPARE(recovered.status, 200);
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/web")).status, 200);
        QCOMPARE(m_vault.request("GET", QStringLiteral("/deletedcertificates/web")).status, 404);

        QCOMPARE(m_vault.request("DELETE", QStringLiteral("/certificates/web")).status, 200);
        const HttpResult purged =
            m_vault.request("DELETE", QStringLiteral("/deletedcertificates/web"));
        QCOMPARE(purged.status, 204);
        QVERIFY(purged.body.isEmpty());
        QCOMPARE(m_vault.request("GET", QStringLiteral("/deletedcertificates/web")).status, 404);
        QCOMPARE(m_vault.request("POST", QStringLiteral("/deletedcertificates/web/recover")).status,
                 404);
        QCOMPARE(m_vault.request("GET", QStringLiteral("/certificates/web/versions"))
                     .json.value(QStringLiteral("value"))
                     .toArray()
                     .size(),
                 0);
    }

    // Purge protection (seeds: "제거 보호" / "清除保護"): deleted certificates stay recoverable,
    // purge is refused in the service's words, and turning it off again is not possible.
    void purgeProtectionRefusesPurge() {
        LocalVaultFixture protectedVault;
        protectedVault.setOptionsHook([](certdeck::localvault::LocalVaultOptions &options) {
            options.purgeProtection = true;
        });
        QString error;
        QVERIFY2(protectedVault.start(&error), qPrintable(error));
        const auto material = lvtest::makeSelfSigned(QStringLiteral("CN=kept.contoso.com"));
        QCOMPARE(protectedVault
                     .request("POST", QStringLiteral("/certificates/kept/import"),
                              {{QStringLiteral("value"), lvtest::pfxBase64(material, {})}})
                     .status,
                 200);
        const HttpResult deleted =
            protectedVault.request("DELETE", QStringLiteral("/certificates/kept"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("recoveryLevel"))
                     .toString(),
                 QStringLiteral("Recoverable"));

        const HttpResult purge =
            protectedVault.request("DELETE", QStringLiteral("/deletedcertificates/kept"));
        QCOMPARE(purge.status, 403);
        QCOMPARE(purge.errorCode(), QStringLiteral("Forbidden"));
        QVERIFY2(purge.errorMessage().startsWith(
                     QLatin1String("Operation \"purge\" is not allowed because purge protection "
                                   "is enabled for this vault.")),
                 qPrintable(purge.errorMessage()));
        QCOMPARE(protectedVault.request("GET", QStringLiteral("/deletedcertificates/kept")).status,
                 200);
        QVERIFY(vaultProperties(protectedVault)
                    .value(QStringLiteral("enablePurgeProtection"))
                    .toBool());

        protectedVault.setOptionsHook({}); // started again without the option: still protected
        QVERIFY2(protectedVault.restart(&error), qPrintable(error));
        QCOMPARE(
            protectedVault.request("DELETE", QStringLiteral("/deletedcertificates/kept")).status,
            403);
        QCOMPARE(protectedVault.request("POST", QStringLiteral("/deletedcertificates/kept/recover"))
                     .status,
                 200);
    }

private:
    LocalVaultFixture m_vault;
};

QTEST_GUILESS_MAIN(LocalVaultLifecycleTest)
#include "tst_localvault_lifecycle.moc"
