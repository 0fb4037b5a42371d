#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QApplication;

namespace certdeck::gui {

// The user interface languages Certdeck ships. Codes are the suffixes of the embedded
// translations (:/i18n/certdeck_<code>.qm) and the values stored under "ui/language":
//   ""       follow the system (the default)
//   "en"     English (the source language; no translator)
//   "ko_KR"  Korean
//   "zh_TW"  Traditional Chinese
inline constexpr char LanguageSettingsKey[] = "ui/language";

struct LanguageChoice {
    QString code;  // "", "en", "ko_KR" or "zh_TW"
    QString label; // shown in the settings dialog: native names, "Follow the system" translated
};

// The choices for a settings combo box, in display order, labels in the current language
// (call again after a LanguageChange to refresh the first entry's label).
QList<LanguageChoice> languageChoices();

// Which shipped language a locale maps to: Korean → "ko_KR"; Chinese in Traditional script or
// for Taiwan, Hong Kong or Macau (zh_TW, zh_HK, zh_MO, zh_Hant_*) → "zh_TW"; anything else "en".
QString languageForLocale(const QLocale &locale);

// languageForLocale() of the system locale (QLocale::system(), i.e. LANG/LC_* on Linux).
QString systemLanguage();

// The stored choice (QSettings key "ui/language"); "" when unset or not a known code.
QString savedLanguage();
void saveLanguage(const QString &code);

// "" → systemLanguage(); a known code → itself; anything else → "en".
QString effectiveLanguage(const QString &code);

// Removes the translators a previous call installed, then installs Certdeck's own
// (:/i18n/certdeck_<code>.qm) and Qt's (qtbase_<lang>.qm from
// QLibraryInfo::path(QLibraryInfo::TranslationsPath)) for effectiveLanguage(code), and makes
// QLocale's default match, so dates and numbers agree with the language. Every widget then
// receives QEvent::LanguageChange. English installs no translator. Returns false when
// Certdeck's own translation could not be loaded (the UI then stays English); a missing Qt
// translation only logs a warning.
bool installLanguage(QApplication &app, const QString &code);

// The language installLanguage() last put in place ("en" before any call).
QString installedLanguage();

} // namespace certdeck::gui
