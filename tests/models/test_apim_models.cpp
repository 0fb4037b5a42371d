// The API Management table models: structure (QAbstractItemModelTester) and who uses what.
#include "apim_backend_model.h"
#include "apim_certificate_model.h"
#include "apim_hostname_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace certdeck;
using namespace certdeck::models;

namespace {

vault::ApimCertificate certificate(const QString &name) {
    vault::ApimCertificate c;
    c.name = name;
    c.id = QStringLiteral("/subscriptions/s/resourceGroups/r/providers/"
                          "Microsoft.ApiManagement/service/apim/certificates/") +
           name;
    c.subject = QStringLiteral("CN=") + name;
    c.thumbprint = QStringLiteral("ABCDEF0123456789ABCDEF0123456789ABCDEF01");
    c.expirationDate = QStringLiteral("2027-01-02T03:04:05Z");
    return c;
}

vault::ApimBackend backend(const QString &name, const QStringList &certificateIds,
                           bool validateChain = true) {
    vault::ApimBackend b;
    b.name = name;
    b.url = QStringLiteral("https://") + name + QStringLiteral(".contoso.com");
    b.protocol = QStringLiteral("http");
    b.certificateIds = certificateIds;
    b.validateCertificateChain = validateChain;
    return b;
}

vault::ApimApi api(const QString &name, const std::optional<QString> &backendId) {
    vault::ApimApi a;
    a.name = name;
    a.displayName = name.toUpper();
    a.backendId = backendId;
    return a;
}

} // namespace

class ApimModelsTest : public QObject {
    Q_OBJECT

private slots:
    void certificateModelNamesItsUsers() {
        ApimCertificateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent({certificate(QStringLiteral("used")), certificate(QStringLiteral("free"))},
                         {backend(QStringLiteral("orders"), {QStringLiteral("/certificates/used")}),
                          backend(QStringLiteral("plain"), {})},
                         {api(QStringLiteral("orders-api"), QStringLiteral("orders")),
                          api(QStringLiteral("catalog"), std::nullopt)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ApimCertificateModel::ColumnCount));
        const ApimCertificateUsers users = model.usersAt(model.rowOf(QStringLiteral("used")));
        QCOMPARE(users.backends, QStringList{QStringLiteral("orders")});
        QCOMPARE(users.apis, QStringList{QStringLiteral("ORDERS-API")});
        QVERIFY(model.index(0, 0).data(ApimCertificateModel::InUseRole).toBool());
        QVERIFY(!model.index(1, 0).data(ApimCertificateModel::InUseRole).toBool());
        QVERIFY(model.index(0, ApimCertificateModel::UsedByColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("ORDERS-API")));
        QCOMPARE(model.index(1, ApimCertificateModel::ThumbprintColumn).data().toString(),
                 QStringLiteral("ABCDEF0123456789ABCDEF0123456789ABCDEF01"));
        QVERIFY(model.index(0, 0).data(ApimCertificateModel::ExpiresRole).toDateTime().isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void certificateUsersMatchFullResourceIds() {
        const QString full = certificate(QStringLiteral("c1")).id;
        const auto users =
            apimCertificateUsers(QStringLiteral("c1"), {backend(QStringLiteral("b"), {full})}, {});
        QCOMPARE(users.backends, QStringList{QStringLiteral("b")});
        QVERIFY(
            apimCertificateUsers(QStringLiteral("c2"), {backend(QStringLiteral("b"), {full})}, {})
                .isEmpty());
    }

    void backendModelShowsCredentialAndChainSwitch() {
        ApimBackendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(
            {backend(QStringLiteral("orders"), {QStringLiteral("/certificates/c")}, false),
             backend(QStringLiteral("catalog"), {})},
            {api(QStringLiteral("orders-api"), QStringLiteral("orders"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ApimBackendModel::CertificateColumn).data().toString(),
                 QStringLiteral("c"));
        QVERIFY(!model.index(0, 0).data(ApimBackendModel::ValidatesChainRole).toBool());
        QVERIFY(model.index(1, 0).data(ApimBackendModel::ValidatesChainRole).toBool());
        QCOMPARE(model.index(0, ApimBackendModel::ApisColumn).data().toString(),
                 QStringLiteral("ORDERS-API"));
        QCOMPARE(model.rowOf(QStringLiteral("catalog")), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void hostnameModelShowsKeyVaultHosts() {
        ApimHostnameModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        vault::HostnameConfiguration builtIn;
        builtIn.type = QStringLiteral("Proxy");
        builtIn.hostName = QStringLiteral("apim.azure-api.net");
        builtIn.certificateSource = QStringLiteral("BuiltIn");
        vault::HostnameConfiguration custom = builtIn;
        custom.hostName = QStringLiteral("api.contoso.com");
        custom.certificateSource = QStringLiteral("KeyVault");
        custom.keyVaultId = QStringLiteral("https://v.vault.azure.net/secrets/api");
        custom.certificateStatus = QStringLiteral("Failed");
        vault::HostnameCertificateInformation info;
        info.thumbprint = QStringLiteral("00FF");
        info.expiry = QStringLiteral("2027-01-02T03:04:05+00:00");
        custom.certificate = info;
        model.setHostnames({builtIn, custom});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(0, 0).data(ApimHostnameModel::FromKeyVaultRole).toBool());
        QVERIFY(model.index(1, 0).data(ApimHostnameModel::FromKeyVaultRole).toBool());
        QCOMPARE(model.rowOf(QStringLiteral("API.contoso.com")), 1);
        QCOMPARE(model.index(1, ApimHostnameModel::ThumbprintColumn).data().toString(),
                 QStringLiteral("00FF"));
        QVERIFY(!model.index(1, ApimHostnameModel::ExpiresColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, ApimHostnameModel::StatusColumn).data().toString().isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ApimModelsTest)
#include "test_apim_models.moc"
