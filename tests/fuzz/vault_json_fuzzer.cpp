// Service answers as the client parses them: every Key Vault, ARM and API Management value type
// reads the body (and each object of a list page's "value"), and must round-trip what it read:
// toJson() of a value re-read from its own toJson() is unchanged.
#include "fuzz_support.h"

#include "access_policy.h"
#include "apim_api.h"
#include "apim_backend.h"
#include "apim_certificate.h"
#include "apim_service.h"
#include "arm_client.h"
#include "certificate_bundle.h"
#include "certificate_item.h"
#include "certificate_operation.h"
#include "contacts.h"
#include "issuer_bundle.h"
#include "json_support.h"
#include "secret_bundle.h"
#include "service_error.h"
#include "vault_error.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace certdeck;

volatile qsizetype sink = 0;

[[noreturn]] void roundTripLost(const char *type, const QJsonObject &first,
                                const QJsonObject &second) {
    std::fprintf(stderr, "%s does not round-trip:\n%s\n%s\n", type,
                 QJsonDocument(first).toJson(QJsonDocument::Compact).constData(),
                 QJsonDocument(second).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

template <typename T> T roundTrip(const char *type, const QJsonObject &json) {
    const T value = T::fromJson(json);
    const QJsonObject written = value.toJson();
    const QJsonObject rewritten = T::fromJson(written).toJson();
    if (rewritten != written)
        roundTripLost(type, written, rewritten);
    return value;
}

void readEveryType(const QJsonObject &json) {
    const auto bundle = roundTrip<vault::CertificateBundle>("CertificateBundle", json);
    sink = sink + bundle.name().size() + bundle.version().size();
    roundTrip<vault::DeletedCertificateBundle>("DeletedCertificateBundle", json);
    sink = sink + roundTrip<vault::CertificateItem>("CertificateItem", json).version().size();
    sink =
        sink + roundTrip<vault::CertificateOperation>("CertificateOperation", json).name().size();
    roundTrip<vault::CertificatePolicy>("CertificatePolicy", json);
    roundTrip<vault::CertificateAttributes>("CertificateAttributes", json);
    roundTrip<vault::Contacts>("Contacts", json);
    sink = sink + roundTrip<vault::IssuerBundle>("IssuerBundle", json).name().size();
    roundTrip<vault::SecretBundle>("SecretBundle", json);
    roundTrip<vault::ServiceError>("ServiceError", json);
    roundTrip<vault::AccessPolicyEntry>("AccessPolicyEntry", json);
    roundTrip<vault::VaultResource>("VaultResource", json);
    roundTrip<vault::ArmError>("ArmError", json);
    roundTrip<vault::ApimApi>("ApimApi", json);
    roundTrip<vault::ApimBackend>("ApimBackend", json);
    roundTrip<vault::ApimCertificate>("ApimCertificate", json);
    roundTrip<vault::ApimService>("ApimService", json);
    sink = sink + client::Subscription::fromJson(json).id.size();
    if (const auto tags = vault::tagsFromJson(json.value(QStringLiteral("tags"))))
        sink = sink + tags->size();
    const auto id = vault::ObjectIdentifier::parse(json.value(QStringLiteral("id")).toString());
    sink = sink + id.name.size() + id.version.size();
}

// Item lists: the certificate pager's reader, and each element as every type.
void readListPage(const QJsonObject &json) {
    const auto page = vault::certificateListFromJson(json);
    sink = sink + page.value.size() + page.nextLink.size();
    const QJsonObject written = vault::certificateListToJson(page);
    if (vault::certificateListToJson(vault::certificateListFromJson(written)) != written)
        roundTripLost("ListPage<CertificateItem>", written,
                      vault::certificateListToJson(vault::certificateListFromJson(written)));
    for (const QJsonValue &element : json.value(QStringLiteral("value")).toArray()) {
        if (element.isObject())
            readEveryType(element.toObject());
    }
}

// What a failed call shows the operator, for the statuses the GUI explains differently.
void explainAsError(const QByteArray &body) {
    for (const int status : {400, 401, 403, 404, 409, 429, 500, 503}) {
        const auto error = client::VaultError::fromHttp(status, body, QByteArrayLiteral("id"));
        sink = sink + error.explanation().size() + error.missingPermission.size();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body = fuzz::bytes(data, size);
    explainAsError(body);
    const auto json = vault::parseJsonObject(body);
    if (!json)
        return 0;
    readEveryType(*json);
    readListPage(*json);
    return 0;
}
