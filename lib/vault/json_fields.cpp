#include "json_fields.h"

#include <cmath>
#include <limits>

namespace certdeck::vault::json {

std::optional<QString> toString(const QJsonValue &value) {
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<bool> toBool(const QJsonValue &value) {
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

std::optional<qint64> toInt64(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Integers parsed from the wire keep full qint64 precision through toInteger().
    constexpr double limit = 9.2e18;
    if (!std::isfinite(number) || std::fabs(number) >= limit)
        return std::nullopt;
    const qint64 exact = value.toInteger(std::numeric_limits<qint64>::min());
    if (exact != std::numeric_limits<qint64>::min())
        return exact;
    return static_cast<qint64>(std::trunc(number));
}

std::optional<int> toInt(const QJsonValue &value) {
    const std::optional<qint64> wide = toInt64(value);
    if (!wide || *wide < std::numeric_limits<int>::min() || *wide > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*wide);
}

std::optional<QStringList> toStringList(const QJsonValue &value) {
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &element : value.toArray()) {
        if (element.isString())
            list.append(element.toString());
    }
    return list;
}

std::optional<QByteArray> toBytes(const QJsonValue &value) {
    if (!value.isString())
        return std::nullopt;
    QByteArray text = value.toString().toLatin1();
    text.replace('-', '+').replace('_', '/');
    text.replace('\r', QByteArray()).replace('\n', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return decoded.decoded;
}

QJsonArray fromStringList(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QJsonValue ObjectReader::take(QLatin1String key) {
    return m_rest.take(key);
}

std::optional<QJsonObject> ObjectReader::object(QLatin1String key) {
    const QJsonValue value = take(key);
    if (!value.isObject())
        return std::nullopt;
    return value.toObject();
}

std::optional<QJsonArray> ObjectReader::array(QLatin1String key) {
    const QJsonValue value = take(key);
    if (!value.isArray())
        return std::nullopt;
    return value.toArray();
}

void put(QJsonObject &json, QLatin1String key, const std::optional<QString> &value) {
    if (value)
        json.insert(key, *value);
}

void put(QJsonObject &json, QLatin1String key, const std::optional<bool> &value) {
    if (value)
        json.insert(key, *value);
}

void put(QJsonObject &json, QLatin1String key, const std::optional<qint64> &value) {
    if (value)
        json.insert(key, *value);
}

void put(QJsonObject &json, QLatin1String key, const std::optional<int> &value) {
    if (value)
        json.insert(key, *value);
}

void put(QJsonObject &json, QLatin1String key, const std::optional<QStringList> &value) {
    if (value)
        json.insert(key, fromStringList(*value));
}

void putNonEmpty(QJsonObject &json, QLatin1String key, const QString &value) {
    if (!value.isEmpty())
        json.insert(key, value);
}

void putNonEmpty(QJsonObject &json, QLatin1String key, const QByteArray &bytes) {
    if (!bytes.isEmpty())
        json.insert(key, QString::fromLatin1(bytes.toBase64()));
}

void keepResidual(QJsonObject &extra, QLatin1String key, const std::optional<QJsonObject> &nested,
                  const QJsonObject &residual) {
    if (nested && (!residual.isEmpty() || nested->isEmpty()))
        extra.insert(key, residual);
}

void putNested(QJsonObject &json, QLatin1String key, const QJsonObject &modelled) {
    const QJsonValue kept = json.value(key);
    if (modelled.isEmpty() && !kept.isObject())
        return;
    json.insert(key, mergeObjects(kept.toObject(), modelled));
}

QJsonObject mergeObjects(QJsonObject base, const QJsonObject &patch) {
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue ours = base.value(it.key());
        if (ours.isObject() && it.value().isObject())
            base.insert(it.key(), mergeObjects(ours.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace certdeck::vault::json
