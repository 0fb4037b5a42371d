#pragma once

#include "expiry.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace certdeck::gui {

// Colours for certificate states derived from the current palette, so they stay readable in dark
// mode; icons carry the same meaning for people who cannot tell the colours apart.
namespace StatePalette {
QHash<models::ExpiryState, QColor> foregrounds(const QPalette &palette);
QHash<models::ExpiryState, QColor> backgrounds(const QPalette &palette);
QHash<models::ExpiryState, QIcon> icons();
bool isDark(const QPalette &palette);
// The theme's icon, or a matching standard icon where the desktop has no icon theme.
QIcon themedIcon(const char *name);
// The standard pixmap themedIcon() falls back on for that name.
QStyle::StandardPixmap fallbackPixmap(const char *name);
} // namespace StatePalette

} // namespace certdeck::gui
