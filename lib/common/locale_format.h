#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace certdeck {

// Qt 6.4 prints CLDR's flexible day period 'B' literally (zh_TW's short time is "Bh:mm", shown
// as "B4:54"); 'AP' (上午/下午, 오전/오후, AM/PM) is the nearest pattern it knows. Quoted text
// in the pattern is left alone.
inline QString withSupportedDayPeriod(const QString &pattern) {
    QString result;
    result.reserve(pattern.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted || c != QLatin1Char('B')) {
            result.append(c);
            continue;
        }
        while (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('B'))
            ++i;
        result.append(QLatin1String("AP"));
    }
    return result;
}

// Date and time in the locale's own short or long form, shown in local time.
inline QString localizedDateTime(const QDateTime &dateTime, QLocale::FormatType format,
                                 const QLocale &locale = QLocale()) {
    return locale.toString(dateTime.toLocalTime(),
                           withSupportedDayPeriod(locale.dateTimeFormat(format)));
}

inline QString localizedTime(const QTime &time, QLocale::FormatType format,
                             const QLocale &locale = QLocale()) {
    return locale.toString(time, withSupportedDayPeriod(locale.timeFormat(format)));
}

} // namespace certdeck
