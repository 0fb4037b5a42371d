#pragma once

// Shared by the lib/vault tests: where the recorded samples live, loading them, comparing JSON.

#include "json_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

#include <optional>

namespace certdeck::vault::test {

// ${CERTDECK_SHARED_DIR}/protocol/samples, or empty when it is not there.
inline QString samplesDirectory() {
    const QString shared = qEnvironmentVariable("CERTDECK_SHARED_DIR");
    if (shared.isEmpty())
        return {};
    const QDir samples(shared + QStringLiteral("/protocol/samples"));
    return samples.exists() ? samples.absolutePath() : QString();
}

inline Result<QJsonObject, QString> loadSample(const QString &fileName) {
    QFile file(samplesDirectory() + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return parseJsonObject(file.readAll());
}

inline QJsonObject objectFrom(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// std::optional<QStringList>({one}) would pick QStringList(QString); this takes the list itself.
inline std::optional<QStringList> someStrings(const QStringList &list) {
    return list;
}

inline QByteArray compact(const QJsonObject &json) {
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

inline QByteArray jsonMismatch(const QJsonObject &actual, const QJsonObject &expected) {
    return "\n  actual:   " + compact(actual) + "\n  expected: " + compact(expected);
}

} // namespace certdeck::vault::test

#define VAULT_REQUIRE_SAMPLES()                                                                    \
    do {                                                                                           \
        if (certdeck::vault::test::samplesDirectory().isEmpty())                                   \
            QSKIP("../shared/protocol/samples not found; recorded-response tests skipped");        \
    } while (false)

// Loads a sample into `var` (a QJsonObject), failing the test when it cannot be read or parsed.
#define VAULT_LOAD_SAMPLE(var, fileName)                                                           \
    QJsonObject var;                                                                               \
    do {                                                                                           \
        const auto loaded_ = certdeck::vault::test::loadSample(QStringLiteral(fileName));          \
        QVERIFY2(loaded_.ok(), loaded_.ok() ? "" : qPrintable(loaded_.error()));                   \
        var = loaded_.value();                                                                     \
    } while (false)

#define VAULT_COMPARE_JSON(actual, expected)                                                       \
    do {                                                                                           \
        const QJsonObject actual_ = (actual);                                                      \
        const QJsonObject expected_ = (expected);                                                  \
        QVERIFY2(actual_ == expected_,                                                             \
                 certdeck::vault::test::jsonMismatch(actual_, expected_).constData());             \
    } while (false)
