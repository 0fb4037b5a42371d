#pragma once

// Internal helpers shared by the lib/vault JSON readers and writers. Not part of the public API.
//
// Conventions used by every value type:
// - A reader takes each modelled member out of a copy of the object; what is left over is the
//   type's `extra`. A member with the wrong JSON type counts as absent (and is dropped).
// - Writers start from `extra` and then insert the modelled members, so a modelled member always
//   wins over a stray `extra` entry of the same name.
// - Where a type flattens a nested wire object (issuer "credentials", bundle "pending", ...), the
//   unknown members of that object are kept under the same key inside `extra` and merged back.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace certdeck::vault::json {

std::optional<QString> toString(const QJsonValue &value);
std::optional<bool> toBool(const QJsonValue &value);
std::optional<qint64> toInt64(const QJsonValue &value); // integral JSON numbers; doubles truncated
std::optional<int> toInt(const QJsonValue &value);
std::optional<QStringList> toStringList(const QJsonValue &value); // non-string elements skipped
// Base64 in either alphabet, padding optional; anything else counts as absent.
std::optional<QByteArray> toBytes(const QJsonValue &value);

QJsonArray fromStringList(const QStringList &list);

// Takes modelled members out of an object; rest() is what nobody asked for.
class ObjectReader {
public:
    explicit ObjectReader(QJsonObject json)
        : m_rest(std::move(json)) {}

    QJsonValue take(QLatin1String key);
    std::optional<QString> string(QLatin1String key) { return toString(take(key)); }
    QString stringOrEmpty(QLatin1String key) { return string(key).value_or(QString()); }
    std::optional<bool> boolean(QLatin1String key) { return toBool(take(key)); }
    std::optional<qint64> int64(QLatin1String key) { return toInt64(take(key)); }
    std::optional<int> int32(QLatin1String key) { return toInt(take(key)); }
    std::optional<QStringList> stringList(QLatin1String key) { return toStringList(take(key)); }
    std::optional<QByteArray> bytes(QLatin1String key) { return toBytes(take(key)); }
    std::optional<QJsonObject> object(QLatin1String key);
    std::optional<QJsonArray> array(QLatin1String key);

    const QJsonObject &rest() const { return m_rest; }

private:
    QJsonObject m_rest;
};

// Parses every object element of an array member with T::fromJson (other elements are skipped).
template <typename T> std::optional<QList<T>> listOf(const std::optional<QJsonArray> &array) {
    if (!array)
        return std::nullopt;
    QList<T> items;
    for (const QJsonValue &element : *array) {
        if (element.isObject())
            items.append(T::fromJson(element.toObject()));
    }
    return items;
}

template <typename T> QJsonArray arrayOf(const QList<T> &items) {
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

// Writers: optional members are written only when present.
void put(QJsonObject &json, QLatin1String key, const std::optional<QString> &value);
void put(QJsonObject &json, QLatin1String key, const std::optional<bool> &value);
void put(QJsonObject &json, QLatin1String key, const std::optional<qint64> &value);
void put(QJsonObject &json, QLatin1String key, const std::optional<int> &value);
void put(QJsonObject &json, QLatin1String key, const std::optional<QStringList> &value);
void putNonEmpty(QJsonObject &json, QLatin1String key, const QString &value);
void putNonEmpty(QJsonObject &json, QLatin1String key, const QByteArray &bytes); // as base64

// Flattened nested objects: remember the unknown members of `nested` under `key` in `extra`
// (an empty nested object is remembered too, so its presence survives a round trip).
void keepResidual(QJsonObject &extra, QLatin1String key, const std::optional<QJsonObject> &nested,
                  const QJsonObject &residual);
// Writes `modelled` merged over the residual kept under `key`; omitted when both are absent.
void putNested(QJsonObject &json, QLatin1String key, const QJsonObject &modelled);

// Member-wise merge: objects recursively, anything else replaced by `patch`.
QJsonObject mergeObjects(QJsonObject base, const QJsonObject &patch);

// PATCH of one optional member: present in `patch` replaces ours.
template <typename T> void patchMember(std::optional<T> &ours, const std::optional<T> &patch) {
    if (patch)
        ours = patch;
}

} // namespace certdeck::vault::json
