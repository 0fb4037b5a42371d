#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace certdeck::vault {

// ApiContract (Microsoft.ApiManagement/service/apis), the members Certdeck shows, plus which
// back end the API uses.
//
// The API contract itself has no back-end member: a real API reaches a back-end *entity* (and
// so its client certificate) only through a `<set-backend-service backend-id="…"/>` statement in
// its policy; without one it calls serviceUrl directly. `backendId` is therefore not a wire
// field: it is filled from the API's policy document (GET …/apis/{api}/policies/policy, see
// backendIdFromPolicy) and is never written by toJson().
struct ApimApi {
    QString id;
    QString name; // the apiId
    QString type;
    QString displayName;
    QString path;                     // the URL suffix under the gateway
    QString serviceUrl;               // the back-end URL used when no backend-id is set
    std::optional<QString> backendId; // from the policy; nullopt: not looked up or none set
    QJsonObject extraProperties;
    QJsonObject extra;

    static ApimApi fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const ApimApi &) const = default;
};

// The backend-id of the first <set-backend-service backend-id="…"/> in a policy document (XML,
// as served with format=xml or rawxml); nullopt when there is none or the XML is not readable.
std::optional<QString> backendIdFromPolicy(const QString &policyXml);

// A minimal API policy document routing every call to `backendId`.
QString policyUsingBackend(const QString &backendId);

} // namespace certdeck::vault
