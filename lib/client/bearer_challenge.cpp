#include "bearer_challenge.h"

#include <QUrl>

namespace certdeck::client {

namespace {

// Splits `key="value", key2=value2` honouring quotes (values may contain commas inside quotes).
QList<QPair<QString, QString>> parameters(const QString &text) {
    QList<QPair<QString, QString>> result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text[i] == QLatin1Char(',') || text[i].isSpace()))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && text[i] != QLatin1Char('=') && text[i] != QLatin1Char(',') &&
               !text[i].isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart).toLower();
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n || text[i] != QLatin1Char('=')) {
            ++i;
            continue;
        }
        ++i; // '='
        while (i < n && text[i].isSpace())
            ++i;
        QString value;
        if (i < n && text[i] == QLatin1Char('"')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('"')) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value.append(text[i++]);
            }
            ++i; // closing quote
        } else {
            const qsizetype valueStart = i;
            while (i < n && text[i] != QLatin1Char(','))
                ++i;
            value = text.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty())
            result.append({key, value});
    }
    return result;
}

} // namespace

std::optional<BearerChallenge> BearerChallenge::parse(const QByteArray &header) {
    const QString text = QString::fromUtf8(header).trimmed();
    if (!text.startsWith(QLatin1String("Bearer"), Qt::CaseInsensitive) ||
        (text.size() > 6 && !text[6].isSpace()))
        return std::nullopt;
    BearerChallenge challenge;
    for (const auto &[key, value] : parameters(text.mid(6))) {
        if (key == QLatin1String("authorization") || key == QLatin1String("authorization_uri") ||
            key == QLatin1String("authorization_url")) {
            if (challenge.authorization.isEmpty() || key == QLatin1String("authorization"))
                challenge.authorization = value;
        } else if (key == QLatin1String("resource")) {
            challenge.resource = value;
        } else if (key == QLatin1String("scope")) {
            challenge.scope = value;
        } else if (key == QLatin1String("claims")) {
            challenge.claims = value;
        } else if (key == QLatin1String("error")) {
            challenge.error = value;
        }
    }
    if (challenge.authorization.isEmpty() && challenge.resource.isEmpty() &&
        challenge.scope.isEmpty())
        return std::nullopt;
    return challenge;
}

QString BearerChallenge::tenantId() const {
    const QUrl url(authorization);
    return url.path().section(QLatin1Char('/'), 1, 1);
}

QString BearerChallenge::authorityHost() const {
    const QUrl url(authorization);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString BearerChallenge::tokenScope() const {
    if (!resource.isEmpty()) {
        QString trimmed = resource;
        while (trimmed.endsWith(QLatin1Char('/')))
            trimmed.chop(1);
        return trimmed + QStringLiteral("/.default");
    }
    return scope;
}

} // namespace certdeck::client
