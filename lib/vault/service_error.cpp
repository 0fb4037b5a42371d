#include "service_error.h"

#include "json_fields.h"

namespace certdeck::vault {

namespace {

constexpr int maxInnerDepth = 64; // innererror is recursive; stop at a sane depth

} // namespace

ServiceError ServiceError::fromJson(const QJsonObject &envelope) {
    const QJsonValue wrapped = envelope.value(QLatin1String("error"));
    QJsonObject object = wrapped.isObject() ? wrapped.toObject() : envelope;
    ServiceError error;
    error.code = json::toString(object.value(QLatin1String("code"))).value_or(QString());
    error.message = json::toString(object.value(QLatin1String("message"))).value_or(QString());
    for (int depth = 0; depth < maxInnerDepth; ++depth) {
        const QJsonValue inner = object.value(QLatin1String("innererror"));
        if (!inner.isObject())
            break;
        object = inner.toObject();
        if (const auto code = json::toString(object.value(QLatin1String("code"))))
            error.innerCodes.append(*code);
    }
    return error;
}

QJsonObject ServiceError::toErrorObject() const {
    QJsonObject inner;
    for (auto it = innerCodes.crbegin(); it != innerCodes.crend(); ++it) {
        QJsonObject outer{{QLatin1String("code"), *it}};
        if (!inner.isEmpty())
            outer.insert(QLatin1String("innererror"), inner);
        inner = outer;
    }
    QJsonObject json{{QLatin1String("code"), code}, {QLatin1String("message"), message}};
    if (!inner.isEmpty())
        json.insert(QLatin1String("innererror"), inner);
    return json;
}

QJsonObject ServiceError::toJson() const {
    return QJsonObject{{QLatin1String("error"), toErrorObject()}};
}

} // namespace certdeck::vault
