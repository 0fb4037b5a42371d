#pragma once

#include "certificate_attributes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdeck::vault {

struct KeyProperties { // "key_props"
    std::optional<bool> exportable;
    std::optional<QString> keyType; // "kty": RSA, RSA-HSM, EC, EC-HSM
    std::optional<int> keySize;     // "key_size"
    std::optional<QString> curve;   // "crv": P-256, P-384, P-521, P-256K
    std::optional<bool> reuseKey;   // "reuse_key"
    QJsonObject extra;

    static KeyProperties fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const KeyProperties &) const = default;
};

struct SecretProperties {               // "secret_props"
    std::optional<QString> contentType; // "contentType" (camelCase on the wire)
    QJsonObject extra;

    static SecretProperties fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const SecretProperties &) const = default;
};

struct SubjectAlternativeNames { // "sans"
    std::optional<QStringList> emails;
    std::optional<QStringList> dnsNames; // "dns_names"
    std::optional<QStringList> upns;
    QJsonObject extra; // e.g. ip_addresses / uris of newer API versions

    static SubjectAlternativeNames fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const SubjectAlternativeNames &) const = default;
};

struct X509Properties { // "x509_props"
    std::optional<QString> subject;
    std::optional<QStringList> extendedKeyUsages; // "ekus"
    std::optional<SubjectAlternativeNames> sans;
    std::optional<QStringList> keyUsage; // "key_usage"
    std::optional<int> validityMonths;   // "validity_months"
    QJsonObject extra;                   // e.g. basic_constraints

    static X509Properties fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const X509Properties &) const = default;
};

struct LifetimeAction {                    // an element of "lifetime_actions"
    std::optional<int> lifetimePercentage; // trigger.lifetime_percentage
    std::optional<int> daysBeforeExpiry;   // trigger.days_before_expiry
    QString actionType;                    // action.action_type: EmailContacts | AutoRenew

    static LifetimeAction fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const LifetimeAction &) const = default;
};

struct IssuerParameters { // "issuer"
    std::optional<QString> name;
    std::optional<QString> certificateType;      // "cty"
    std::optional<bool> certificateTransparency; // "cert_transparency"
    QJsonObject extra;

    static IssuerParameters fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const IssuerParameters &) const = default;
};

struct CertificatePolicy {
    std::optional<QString> id;
    std::optional<KeyProperties> keyProperties;           // "key_props"
    std::optional<SecretProperties> secretProperties;     // "secret_props"
    std::optional<X509Properties> x509Properties;         // "x509_props"
    std::optional<QList<LifetimeAction>> lifetimeActions; // "lifetime_actions"
    std::optional<IssuerParameters> issuer;
    std::optional<CertificateAttributes> attributes;
    QJsonObject extra;

    static CertificatePolicy fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // PATCH semantics: every member present in `patch` replaces ours (nested objects member by
    // member), members absent from `patch` stay as they are.
    CertificatePolicy mergedWith(const CertificatePolicy &patch) const;
    bool operator==(const CertificatePolicy &) const = default;
};

} // namespace certdeck::vault
