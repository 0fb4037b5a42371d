#include "certificate_policy.h"

#include "json_fields.h"

namespace certdeck::vault {

using json::patchMember;

// --- key_props -----------------------------------------------------------------------------

KeyProperties KeyProperties::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    KeyProperties key;
    key.exportable = reader.boolean(QLatin1String("exportable"));
    key.keyType = reader.string(QLatin1String("kty"));
    key.keySize = reader.int32(QLatin1String("key_size"));
    key.curve = reader.string(QLatin1String("crv"));
    key.reuseKey = reader.boolean(QLatin1String("reuse_key"));
    key.extra = reader.rest();
    return key;
}

QJsonObject KeyProperties::toJson() const {
    QJsonObject json = extra;
    json::put(json, QLatin1String("exportable"), exportable);
    json::put(json, QLatin1String("kty"), keyType);
    json::put(json, QLatin1String("key_size"), keySize);
    json::put(json, QLatin1String("crv"), curve);
    json::put(json, QLatin1String("reuse_key"), reuseKey);
    return json;
}

// --- secret_props --------------------------------------------------------------------------

SecretProperties SecretProperties::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    SecretProperties secret;
    secret.contentType = reader.string(QLatin1String("contentType"));
    secret.extra = reader.rest();
    return secret;
}

QJsonObject SecretProperties::toJson() const {
    QJsonObject json = extra;
    json::put(json, QLatin1String("contentType"), contentType);
    return json;
}

// --- x509_props.sans -----------------------------------------------------------------------

SubjectAlternativeNames SubjectAlternativeNames::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    SubjectAlternativeNames sans;
    sans.emails = reader.stringList(QLatin1String("emails"));
    sans.dnsNames = reader.stringList(QLatin1String("dns_names"));
    sans.upns = reader.stringList(QLatin1String("upns"));
    sans.extra = reader.rest();
    return sans;
}

QJsonObject SubjectAlternativeNames::toJson() const {
    QJsonObject json = extra;
    json::put(json, QLatin1String("emails"), emails);
    json::put(json, QLatin1String("dns_names"), dnsNames);
    json::put(json, QLatin1String("upns"), upns);
    return json;
}

// --- x509_props ----------------------------------------------------------------------------

X509Properties X509Properties::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    X509Properties x509;
    x509.subject = reader.string(QLatin1String("subject"));
    x509.extendedKeyUsages = reader.stringList(QLatin1String("ekus"));
    if (const auto sans = reader.object(QLatin1String("sans")))
        x509.sans = SubjectAlternativeNames::fromJson(*sans);
    x509.keyUsage = reader.stringList(QLatin1String("key_usage"));
    x509.validityMonths = reader.int32(QLatin1String("validity_months"));
    x509.extra = reader.rest();
    return x509;
}

QJsonObject X509Properties::toJson() const {
    QJsonObject json = extra;
    json::put(json, QLatin1String("subject"), subject);
    json::put(json, QLatin1String("ekus"), extendedKeyUsages);
    if (sans)
        json.insert(QLatin1String("sans"), sans->toJson());
    json::put(json, QLatin1String("key_usage"), keyUsage);
    json::put(json, QLatin1String("validity_months"), validityMonths);
    return json;
}

// --- lifetime_actions[] --------------------------------------------------------------------
// LifetimeAction has no `extra`: unknown members of an action are not kept.

LifetimeAction LifetimeAction::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    LifetimeAction action;
    json::ObjectReader trigger(reader.object(QLatin1String("trigger")).value_or(QJsonObject()));
    action.lifetimePercentage = trigger.int32(QLatin1String("lifetime_percentage"));
    action.daysBeforeExpiry = trigger.int32(QLatin1String("days_before_expiry"));
    json::ObjectReader what(reader.object(QLatin1String("action")).value_or(QJsonObject()));
    action.actionType = what.stringOrEmpty(QLatin1String("action_type"));
    return action;
}

QJsonObject LifetimeAction::toJson() const {
    QJsonObject trigger;
    json::put(trigger, QLatin1String("lifetime_percentage"), lifetimePercentage);
    json::put(trigger, QLatin1String("days_before_expiry"), daysBeforeExpiry);
    QJsonObject action;
    action.insert(QLatin1String("action_type"), actionType);
    return QJsonObject{{QLatin1String("trigger"), trigger}, {QLatin1String("action"), action}};
}

// --- issuer --------------------------------------------------------------------------------

IssuerParameters IssuerParameters::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    IssuerParameters issuer;
    issuer.name = reader.string(QLatin1String("name"));
    issuer.certificateType = reader.string(QLatin1String("cty"));
    issuer.certificateTransparency = reader.boolean(QLatin1String("cert_transparency"));
    issuer.extra = reader.rest();
    return issuer;
}

QJsonObject IssuerParameters::toJson() const {
    QJsonObject json = extra;
    json::put(json, QLatin1String("name"), name);
    json::put(json, QLatin1String("cty"), certificateType);
    json::put(json, QLatin1String("cert_transparency"), certificateTransparency);
    return json;
}

// --- policy --------------------------------------------------------------------------------

namespace {

template <typename T> std::optional<T> nested(json::ObjectReader &reader, QLatin1String key) {
    if (const auto object = reader.object(key))
        return T::fromJson(*object);
    return std::nullopt;
}

template <typename T>
void putNested(QJsonObject &json, QLatin1String key, const std::optional<T> &value) {
    if (value)
        json.insert(key, value->toJson());
}

} // namespace

CertificatePolicy CertificatePolicy::fromJson(const QJsonObject &json) {
    json::ObjectReader reader(json);
    CertificatePolicy policy;
    policy.id = reader.string(QLatin1String("id"));
    policy.keyProperties = nested<KeyProperties>(reader, QLatin1String("key_props"));
    policy.secretProperties = nested<SecretProperties>(reader, QLatin1String("secret_props"));
    policy.x509Properties = nested<X509Properties>(reader, QLatin1String("x509_props"));
    policy.lifetimeActions =
        json::listOf<LifetimeAction>(reader.array(QLatin1String("lifetime_actions")));
    policy.issuer = nested<IssuerParameters>(reader, QLatin1String("issuer"));
    policy.attributes = nested<CertificateAttributes>(reader, QLatin1String("attributes"));
    policy.extra = reader.rest();
    return policy;
}

QJsonObject CertificatePolicy::toJson() const {
    QJsonObject json = extra;
    json::put(json, QLatin1String("id"), id);
    putNested(json, QLatin1String("key_props"), keyProperties);
    putNested(json, QLatin1String("secret_props"), secretProperties);
    putNested(json, QLatin1String("x509_props"), x509Properties);
    if (lifetimeActions)
        json.insert(QLatin1String("lifetime_actions"), json::arrayOf(*lifetimeActions));
    putNested(json, QLatin1String("issuer"), issuer);
    putNested(json, QLatin1String("attributes"), attributes);
    return json;
}

// --- PATCH merge ---------------------------------------------------------------------------

namespace {

void merge(KeyProperties &ours, const KeyProperties &patch);
void merge(SecretProperties &ours, const SecretProperties &patch);
void merge(SubjectAlternativeNames &ours, const SubjectAlternativeNames &patch);
void merge(X509Properties &ours, const X509Properties &patch);
void merge(IssuerParameters &ours, const IssuerParameters &patch);
void merge(CertificateAttributes &ours, const CertificateAttributes &patch);

// A nested object present in `patch` is merged member by member (or taken whole if we lack it).
template <typename T> void mergeNested(std::optional<T> &ours, const std::optional<T> &patch) {
    if (!patch)
        return;
    if (!ours) {
        ours = patch;
        return;
    }
    merge(*ours, *patch);
}

void merge(KeyProperties &ours, const KeyProperties &patch) {
    patchMember(ours.exportable, patch.exportable);
    patchMember(ours.keyType, patch.keyType);
    patchMember(ours.keySize, patch.keySize);
    patchMember(ours.curve, patch.curve);
    patchMember(ours.reuseKey, patch.reuseKey);
    ours.extra = json::mergeObjects(ours.extra, patch.extra);
}

void merge(SecretProperties &ours, const SecretProperties &patch) {
    patchMember(ours.contentType, patch.contentType);
    ours.extra = json::mergeObjects(ours.extra, patch.extra);
}

void merge(SubjectAlternativeNames &ours, const SubjectAlternativeNames &patch) {
    patchMember(ours.emails, patch.emails);
    patchMember(ours.dnsNames, patch.dnsNames);
    patchMember(ours.upns, patch.upns);
    ours.extra = json::mergeObjects(ours.extra, patch.extra);
}

void merge(X509Properties &ours, const X509Properties &patch) {
    patchMember(ours.subject, patch.subject);
    patchMember(ours.extendedKeyUsages, patch.extendedKeyUsages);
    mergeNested(ours.sans, patch.sans);
    patchMember(ours.keyUsage, patch.keyUsage);
    patchMember(ours.validityMonths, patch.validityMonths);
    ours.extra = json::mergeObjects(ours.extra, patch.extra);
}

void merge(IssuerParameters &ours, const IssuerParameters &patch) {
    patchMember(ours.name, patch.name);
    patchMember(ours.certificateType, patch.certificateType);
    patchMember(ours.certificateTransparency, patch.certificateTransparency);
    ours.extra = json::mergeObjects(ours.extra, patch.extra);
}

void merge(CertificateAttributes &ours, const CertificateAttributes &patch) {
    patchMember(ours.enabled, patch.enabled);
    patchMember(ours.notBefore, patch.notBefore);
    patchMember(ours.expires, patch.expires);
    patchMember(ours.created, patch.created);
    patchMember(ours.updated, patch.updated);
    patchMember(ours.recoveryLevel, patch.recoveryLevel);
    patchMember(ours.recoverableDays, patch.recoverableDays);
    ours.extra = json::mergeObjects(ours.extra, patch.extra);
}

} // namespace

CertificatePolicy CertificatePolicy::mergedWith(const CertificatePolicy &patch) const {
    CertificatePolicy merged = *this;
    patchMember(merged.id, patch.id);
    mergeNested(merged.keyProperties, patch.keyProperties);
    mergeNested(merged.secretProperties, patch.secretProperties);
    mergeNested(merged.x509Properties, patch.x509Properties);
    patchMember(merged.lifetimeActions, patch.lifetimeActions); // lists replace whole
    mergeNested(merged.issuer, patch.issuer);
    mergeNested(merged.attributes, patch.attributes);
    merged.extra = json::mergeObjects(merged.extra, patch.extra);
    return merged;
}

} // namespace certdeck::vault
