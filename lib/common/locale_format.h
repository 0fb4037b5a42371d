#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace certdeck {

// Rewrites each unquoted run of one pattern letter ("yy", "BBBB") through `replace`, which
// returns the run unchanged when it has nothing to say. Quoted text is left alone.
template <typename Replace> QString mapPatternRuns(const QString &pattern, Replace replace) {
    QString result;
    result.reserve(pattern.size() + 4);
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted || !c.isLetter()) {
            result.append(c);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < pattern.size() && pattern.at(end) == c)
            ++end;
        result.append(replace(pattern.mid(i, end - i)));
        i = end;
    }
    return result;
}

// Qt 6.4 prints CLDR's flexible day period 'B' literally (zh_TW's short time is "Bh:mm", shown
// as "B4:54"); 'AP' (上午/下午, 오전/오후, AM/PM) is the nearest pattern it knows.
inline QString withSupportedDayPeriod(const QString &pattern) {
    return mapPatternRuns(pattern, [](const QString &run) {
        return run.front() == QLatin1Char('B') ? QStringLiteral("AP") : run;
    });
}

// Short forms with a two-digit year (Korean "yy. M. d.") read "26. 12. 12." for an expiry in
// 2026: ambiguous across the decades certificates and their audits span.
inline QString withFullYear(const QString &pattern) {
    return mapPatternRuns(pattern, [](const QString &run) {
        return run == QLatin1String("yy") ? QStringLiteral("yyyy") : run;
    });
}

inline QString supportedPattern(const QString &pattern) {
    return withFullYear(withSupportedDayPeriod(pattern));
}

// Date and time in the locale's own short or long form, shown in local time.
inline QString localizedDateTime(const QDateTime &dateTime, QLocale::FormatType format,
                                 const QLocale &locale = QLocale()) {
    return locale.toString(dateTime.toLocalTime(), supportedPattern(locale.dateTimeFormat(format)));
}

inline QString localizedTime(const QTime &time, QLocale::FormatType format,
                             const QLocale &locale = QLocale()) {
    return locale.toString(time, supportedPattern(locale.timeFormat(format)));
}

inline QString localizedDate(const QDate &date, QLocale::FormatType format,
                             const QLocale &locale = QLocale()) {
    return locale.toString(date, supportedPattern(locale.dateFormat(format)));
}

} // namespace certdeck
