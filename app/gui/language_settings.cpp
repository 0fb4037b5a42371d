#include "language_settings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace certdeck::gui {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "certdeck.language")

const QString English = QStringLiteral("en");
const QString Korean = QStringLiteral("ko_KR");
const QString TraditionalChinese = QStringLiteral("zh_TW");

bool isKnownCode(const QString &code) {
    return code == English || code == Korean || code == TraditionalChinese;
}

// Qt's own catalogue for a language (Debian: qt6-translations-l10n).
QString qtCatalogueFor(const QString &code) {
    if (code == Korean)
        return QStringLiteral("qtbase_ko");
    if (code == TraditionalChinese)
        return QStringLiteral("qtbase_zh_TW");
    return {};
}

// The locale dates and numbers follow: the system's when it speaks the language anyway
// (keeps, say, zh_HK formats), otherwise the language's main one.
QLocale localeFor(const QString &code) {
    const QLocale system = QLocale::system();
    if (languageForLocale(system) == code)
        return system;
    if (code == Korean)
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    if (code == TraditionalChinese)
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    if (system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QList<QPointer<QTranslator>> &installedTranslators() {
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &currentLanguage() {
    static QString language = English;
    return language;
}

} // namespace

QList<LanguageChoice> languageChoices() {
    const QString systemName = systemLanguage() == Korean ? QStringLiteral("한국어")
                               : systemLanguage() == TraditionalChinese ? QStringLiteral("繁體中文")
                                                                        : QStringLiteral("English");
    return {
        {QString(),
         QCoreApplication::translate("certdeck::gui::LanguageSettings", "Follow the system (%1)")
             .arg(systemName)},
        {English, QStringLiteral("English")},
        {Korean, QStringLiteral("한국어")},
        {TraditionalChinese, QStringLiteral("繁體中文")},
    };
}

QString languageForLocale(const QLocale &locale) {
    switch (locale.language()) {
    case QLocale::Korean:
        return Korean;
    case QLocale::Chinese:
        if (locale.script() == QLocale::TraditionalChineseScript)
            return TraditionalChinese;
        if (locale.script() == QLocale::SimplifiedChineseScript)
            return English;
        switch (locale.territory()) {
        case QLocale::Taiwan:
        case QLocale::HongKong:
        case QLocale::Macao:
            return TraditionalChinese;
        default:
            return English;
        }
    default:
        return English;
    }
}

QString systemLanguage() {
    return languageForLocale(QLocale::system());
}

QString savedLanguage() {
    const QString code = QSettings().value(QLatin1String(LanguageSettingsKey)).toString();
    return isKnownCode(code) ? code : QString();
}

void saveLanguage(const QString &code) {
    QSettings settings;
    if (isKnownCode(code))
        settings.setValue(QLatin1String(LanguageSettingsKey), code);
    else
        settings.setValue(QLatin1String(LanguageSettingsKey), QString());
}

QString effectiveLanguage(const QString &code) {
    if (code.isEmpty())
        return systemLanguage();
    return isKnownCode(code) ? code : English;
}

bool installLanguage(QApplication &app, const QString &code) {
    const QString language = effectiveLanguage(code);

    auto &translators = installedTranslators();
    for (const QPointer<QTranslator> &translator : std::as_const(translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    translators.clear();

    QLocale::setDefault(localeFor(language));
    currentLanguage() = language;

    bool ours = false;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("certdeck_") + language, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        translators.append(own);
        ours = true;
    } else {
        qCWarning(lcLanguage) << "no embedded translation :/i18n/certdeck_" << language << ".qm";
        delete own;
    }

    if (language == English)
        return ours; // the sources are English: its catalogue holds only the plural forms

    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(&app);
    if (qt->load(qtCatalogueFor(language), qtDirectory)) {
        QCoreApplication::installTranslator(qt);
        translators.append(qt);
    } else {
        qCWarning(lcLanguage) << "Qt's translation" << qtCatalogueFor(language) << "not found in"
                              << qtDirectory << "(package qt6-translations-l10n)";
        delete qt;
    }
    return ours;
}

QString installedLanguage() {
    return currentLanguage();
}

} // namespace certdeck::gui
