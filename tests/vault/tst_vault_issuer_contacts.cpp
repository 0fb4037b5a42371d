// IssuerBundle (credentials.pwd is write-only) and Contacts.

#include "tst_vault_issuer_contacts.h"

#include "contacts.h"
#include "issuer_bundle.h"
#include "vault_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace certdeck::vault;
using certdeck::vault::test::objectFrom;

namespace {

const char issuerText[] = R"({
  "id": "https://kv.vault.azure.net/certificates/issuers/digicert-main",
  "provider": "DigiCert",
  "credentials": {"account_id": "acct-42", "pwd": "s3cr3t-Pa55"},
  "org_details": {"id": "org-7", "zip": 0,
                  "admin_details": [{"first_name": "Ada", "last_name": "Lovelace",
                                     "email": "ada@example.com", "phone": "555-0100"},
                                    {"email": "ops@example.com"}]},
  "attributes": {"enabled": true, "created": 1775446674, "updated": 1775446675,
                 "recoveryLevel": "Purgeable"},
  "etag": "w/1"
})";

// What the service answers for issuerText: everything but the password.
const char issuerEcho[] = R"({
  "id": "https://kv.vault.azure.net/certificates/issuers/digicert-main",
  "provider": "DigiCert",
  "credentials": {"account_id": "acct-42"},
  "org_details": {"id": "org-7", "zip": 0,
                  "admin_details": [{"first_name": "Ada", "last_name": "Lovelace",
                                     "email": "ada@example.com", "phone": "555-0100"},
                                    {"email": "ops@example.com"}]},
  "attributes": {"enabled": true, "created": 1775446674, "updated": 1775446675,
                 "recoveryLevel": "Purgeable"},
  "etag": "w/1"
})";

} // namespace

void TestVaultIssuerContacts::issuerParsesModelledMembers() {
    const IssuerBundle issuer = IssuerBundle::fromJson(objectFrom(issuerText));
    QCOMPARE(issuer.name(), QStringLiteral("digicert-main"));
    QCOMPARE(issuer.provider, std::optional<QString>(QStringLiteral("DigiCert")));
    QCOMPARE(issuer.accountId, std::optional<QString>(QStringLiteral("acct-42")));
    QCOMPARE(issuer.password, std::optional<QString>(QStringLiteral("s3cr3t-Pa55")));
    QCOMPARE(issuer.organizationId, std::optional<QString>(QStringLiteral("org-7")));
    QCOMPARE(issuer.administrators->size(), 2);
    QCOMPARE(issuer.administrators->at(0).firstName, std::optional<QString>(QStringLiteral("Ada")));
    QCOMPARE(issuer.administrators->at(0).lastName,
             std::optional<QString>(QStringLiteral("Lovelace")));
    QCOMPARE(issuer.administrators->at(0).phone,
             std::optional<QString>(QStringLiteral("555-0100")));
    QCOMPARE(issuer.administrators->at(1).email,
             std::optional<QString>(QStringLiteral("ops@example.com")));
    QVERIFY(!issuer.administrators->at(1).firstName.has_value());
    QCOMPARE(issuer.enabled, std::optional<bool>(true));
    QCOMPARE(issuer.created, std::optional<qint64>(1775446674));
    QCOMPARE(issuer.updated, std::optional<qint64>(1775446675));
}

void TestVaultIssuerContacts::issuerKeepsUnknownNestedMembers() {
    const IssuerBundle issuer = IssuerBundle::fromJson(objectFrom(issuerText));
    const QJsonObject expected = objectFrom(R"({"etag": "w/1", "org_details": {"zip": 0},
                                          "attributes": {"recoveryLevel": "Purgeable"}})");
    QCOMPARE(issuer.extra, expected);
}

void TestVaultIssuerContacts::issuerPasswordIsNeverWritten() {
    IssuerBundle issuer = IssuerBundle::fromJson(objectFrom(issuerText));
    const QByteArray text = QJsonDocument(issuer.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(!text.contains("pwd"));
    QVERIFY(!text.contains("s3cr3t-Pa55"));
    QVERIFY(!issuer.toJson()
                 .value(QLatin1String("credentials"))
                 .toObject()
                 .contains(QLatin1String("pwd")));
    // Only a password: no credentials object at all.
    IssuerBundle onlyPassword;
    onlyPassword.id = issuer.id;
    onlyPassword.password = QStringLiteral("hunter2");
    VAULT_COMPARE_JSON(
        onlyPassword.toJson(),
        objectFrom(R"({"id": "https://kv.vault.azure.net/certificates/issuers/digicert-main"})"));
    // A PUT body parsed back: the password is read, and still not echoed.
    const IssuerBundle parsedOnly =
        IssuerBundle::fromJson(objectFrom(R"({"credentials": {"pwd": "x1"}})"));
    QCOMPARE(parsedOnly.password, std::optional<QString>(QStringLiteral("x1")));
    VAULT_COMPARE_JSON(parsedOnly.toJson(), QJsonObject());
    // Nor when a caller smuggles it into extra.
    IssuerBundle smuggled;
    smuggled.accountId = QStringLiteral("acct");
    smuggled.extra = objectFrom(R"({"credentials": {"pwd": "x2", "kind": "basic"}})");
    VAULT_COMPARE_JSON(smuggled.toJson(),
                       objectFrom(R"({"credentials": {"account_id": "acct", "kind": "basic"}})"));
}

void TestVaultIssuerContacts::issuerRoundTripsWithoutPassword() {
    const IssuerBundle issuer = IssuerBundle::fromJson(objectFrom(issuerText));
    VAULT_COMPARE_JSON(issuer.toJson(), objectFrom(issuerEcho));
    const IssuerBundle echoed = IssuerBundle::fromJson(objectFrom(issuerEcho));
    VAULT_COMPARE_JSON(echoed.toJson(), objectFrom(issuerEcho));
    QVERIFY(!echoed.password.has_value());
}

void TestVaultIssuerContacts::issuerItemJson() {
    const IssuerBundle issuer = IssuerBundle::fromJson(objectFrom(issuerText));
    const QJsonObject expected = objectFrom(R"({
        "id": "https://kv.vault.azure.net/certificates/issuers/digicert-main", "provider": "DigiCert"})");
    VAULT_COMPARE_JSON(issuer.toItemJson(), expected);
}

void TestVaultIssuerContacts::issuerMerge() {
    const IssuerBundle base = IssuerBundle::fromJson(objectFrom(issuerText));
    const IssuerBundle patch = IssuerBundle::fromJson(objectFrom(R"({
        "credentials": {"account_id": "acct-43"},
        "org_details": {"admin_details": [{"email": "new@example.com"}]},
        "attributes": {"enabled": false}})"));
    const IssuerBundle merged = base.mergedWith(patch);
    QCOMPARE(merged.id, base.id);
    QCOMPARE(merged.provider, base.provider);
    QCOMPARE(merged.accountId, std::optional<QString>(QStringLiteral("acct-43")));
    QCOMPARE(merged.password, base.password);
    QCOMPARE(merged.organizationId, base.organizationId);
    QCOMPARE(merged.administrators->size(), 1); // lists replace whole
    QCOMPARE(merged.administrators->at(0).email,
             std::optional<QString>(QStringLiteral("new@example.com")));
    QCOMPARE(merged.enabled, std::optional<bool>(false));
    QCOMPARE(merged.created, base.created);
    QCOMPARE(merged.extra.value(QLatin1String("org_details")).toObject(),
             objectFrom(R"({"zip": 0})"));
    QCOMPARE(base.mergedWith(IssuerBundle()), base);
    IssuerBundle newPassword;
    newPassword.password = QStringLiteral("rotated");
    QCOMPARE(base.mergedWith(newPassword).password,
             std::optional<QString>(QStringLiteral("rotated")));
}

void TestVaultIssuerContacts::issuerToleratesWrongTypes() {
    const IssuerBundle issuer = IssuerBundle::fromJson(objectFrom(R"({
        "id": 1, "provider": ["DigiCert"], "credentials": "acct", "org_details": {"admin_details": {}},
        "attributes": {"enabled": "yes", "created": "1775446674"}})"));
    QVERIFY(issuer.id.isEmpty());
    QVERIFY(!issuer.provider && !issuer.accountId && !issuer.password);
    QVERIFY(!issuer.administrators.has_value());
    QVERIFY(!issuer.enabled && !issuer.created);
    QVERIFY(issuer.name().isEmpty());
}

void TestVaultIssuerContacts::issuerEmptyNestedObjectsSurvive() {
    const char *text =
        R"({"id": "https://kv.vault.azure.net/certificates/issuers/t", "provider": "Test",
                           "credentials": {}, "org_details": {"admin_details": []}, "attributes": {}})";
    const IssuerBundle issuer = IssuerBundle::fromJson(objectFrom(text));
    QCOMPARE(issuer.administrators,
             std::optional<QList<AdministratorDetails>>(QList<AdministratorDetails>()));
    VAULT_COMPARE_JSON(issuer.toJson(), objectFrom(text));
}

void TestVaultIssuerContacts::contactsRoundTrip() {
    const char *text = R"({"id": "https://kv.vault.azure.net/certificates/contacts",
        "contacts": [{"email": "a@a.com", "name": "a", "phone": "111111111111"},
                     {"email": "b@b.com"}, {"email": "a@a.com"}]})";
    const Contacts contacts = Contacts::fromJson(objectFrom(text));
    QCOMPARE(contacts.id, QStringLiteral("https://kv.vault.azure.net/certificates/contacts"));
    QCOMPARE(contacts.contacts.size(), 3); // duplicate e-mails are accepted
    QCOMPARE(contacts.contacts.at(0).phone, std::optional<QString>(QStringLiteral("111111111111")));
    QCOMPARE(contacts.contacts.at(1).email, std::optional<QString>(QStringLiteral("b@b.com")));
    QVERIFY(!contacts.contacts.at(1).name.has_value());
    VAULT_COMPARE_JSON(contacts.toJson(), objectFrom(text));
}

void TestVaultIssuerContacts::contactsPutBodyAndTolerance() {
    Contacts contacts;
    Contact contact;
    contact.email = QStringLiteral("c@c.com");
    contacts.contacts.append(contact);
    VAULT_COMPARE_JSON(contacts.toJson(), objectFrom(R"({"contacts": [{"email": "c@c.com"}]})"));
    const Contacts odd = Contacts::fromJson(objectFrom(R"({"id": 5,
        "contacts": [{"email": 1, "name": "n"}, "x", null], "contactList": []})"));
    QVERIFY(odd.id.isEmpty());
    QCOMPARE(odd.contacts.size(), 1);
    QVERIFY(!odd.contacts.at(0).email.has_value());
    QCOMPARE(odd.contacts.at(0).name, std::optional<QString>(QStringLiteral("n")));
    QVERIFY(Contacts::fromJson(objectFrom(R"({"contacts": {}})")).contacts.isEmpty());
}

QTEST_GUILESS_MAIN(TestVaultIssuerContacts)
