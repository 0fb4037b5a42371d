#include "state_palette.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace certdeck::gui::StatePalette {

namespace {

QColor blend(const QColor &a, const QColor &b, qreal amountOfB) {
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

// The style's standard icon, decoded only when first drawn: building every action's fallback
// eagerly decoded dozens of PNGs before the first paint (a third of cold start). Small requests
// (menus, item views, the details pane's buttons) take the style's one small pixmap; only larger
// ones (the toolbar) decode its whole icon, whose 32 and 128 px images cost ten times more.
class DeferredStandardIconEngine : public QIconEngine {
public:
    explicit DeferredStandardIconEngine(QStyle::StandardPixmap pixmap)
        : m_pixmap(pixmap) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        QRect target(QPoint(), drawn.deviceIndependentSize().toSize());
        target.moveCenter(rect.center());
        painter->drawPixmap(target, drawn);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        if (!isSmall(size) || smallPixmap().isNull())
            return icon().pixmap(size, mode, state);
        QPixmap small = smallPixmap();
        if (small.width() > size.width() || small.height() > size.height())
            small = small.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode == QIcon::Normal || mode == QIcon::Active)
            return small;
        QStyleOption option;
        option.palette = QApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, small, &option);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        if (!isSmall(size) || smallPixmap().isNull())
            return icon().actualSize(size, mode, state);
        QSize actual = smallPixmap().size();
        if (actual.width() > size.width() || actual.height() > size.height())
            actual.scale(size, Qt::KeepAspectRatio);
        return actual;
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    QIconEngine *clone() const override { return new DeferredStandardIconEngine(m_pixmap); }

private:
    static constexpr int smallIconSize = 16;

    static bool isSmall(const QSize &size) {
        return size.width() <= smallIconSize && size.height() <= smallIconSize;
    }
    const QIcon &icon() {
        if (m_icon.isNull())
            m_icon = QApplication::style()->standardIcon(m_pixmap);
        return m_icon;
    }
    const QPixmap &smallPixmap() {
        if (m_small.isNull())
            m_small = QApplication::style()->standardPixmap(m_pixmap);
        return m_small;
    }

    QStyle::StandardPixmap m_pixmap;
    QIcon m_icon;
    QPixmap m_small;
};

QIcon themed(const char *name, QStyle::StandardPixmap fallback) {
    if (QIcon::hasThemeIcon(QLatin1String(name)))
        return QIcon::fromTheme(QLatin1String(name));
    return QIcon(new DeferredStandardIconEngine(fallback));
}

} // namespace

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QHash<models::ExpiryState, QColor> foregrounds(const QPalette &palette) {
    const bool dark = isDark(palette);
    const QColor text = palette.color(QPalette::Text);
    return {
        {models::ExpiryState::Expired,
         blend(text, dark ? QColor(255, 110, 110) : QColor(190, 0, 0), 0.85)},
        {models::ExpiryState::Expiring,
         blend(text, dark ? QColor(255, 190, 80) : QColor(160, 90, 0), 0.85)},
        {models::ExpiryState::NotYetValid, palette.color(QPalette::Disabled, QPalette::Text)},
        {models::ExpiryState::Pending, palette.color(QPalette::Disabled, QPalette::Text)},
        {models::ExpiryState::Disabled, palette.color(QPalette::Disabled, QPalette::Text)},
    };
}

QHash<models::ExpiryState, QColor> backgrounds(const QPalette &palette) {
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    return {
        {models::ExpiryState::Expired, blend(base, QColor(220, 40, 40), dark ? 0.25 : 0.12)},
        {models::ExpiryState::Expiring, blend(base, QColor(230, 160, 20), dark ? 0.22 : 0.14)},
    };
}

QIcon themedIcon(const char *name) {
    static const QHash<QByteArray, QStyle::StandardPixmap> fallbacks{
        {"view-refresh", QStyle::SP_BrowserReload},
        {"document-new", QStyle::SP_FileIcon},
        {"document-import", QStyle::SP_DialogOpenButton},
        {"edit-delete", QStyle::SP_TrashIcon},
        {"edit-copy", QStyle::SP_FileDialogContentsView},
        {"process-stop", QStyle::SP_BrowserStop},
        {"mail-attachment", QStyle::SP_ArrowDown},
        {"document-save", QStyle::SP_DialogSaveButton},
        {"edit-undo", QStyle::SP_ArrowBack},
        {"edit-delete-shred", QStyle::SP_DialogDiscardButton},
        {"document-export", QStyle::SP_DialogSaveButton},
        {"application-exit", QStyle::SP_DialogCloseButton},
        {"edit-find", QStyle::SP_FileDialogDetailedView},
        {"security-high", QStyle::SP_DriveHDIcon},
        {"list-add", QStyle::SP_FileDialogNewFolder},
        {"list-remove", QStyle::SP_DialogCancelButton},
        {"x-office-calendar", QStyle::SP_FileDialogInfoView},
        {"document-save-as", QStyle::SP_DialogSaveButton},
        {"system-lock-screen", QStyle::SP_DialogNoButton},
        {"view-list-details", QStyle::SP_FileDialogListView},
    };
    const QByteArray key(name);
    return themed(name, fallbacks.value(key, QStyle::SP_FileIcon));
}

QHash<models::ExpiryState, QIcon> icons() {
    return {
        {models::ExpiryState::Expired, themed("dialog-error", QStyle::SP_MessageBoxCritical)},
        {models::ExpiryState::Expiring, themed("dialog-warning", QStyle::SP_MessageBoxWarning)},
        {models::ExpiryState::Pending, themed("appointment-soon", QStyle::SP_BrowserReload)},
        {models::ExpiryState::NotYetValid,
         themed("dialog-information", QStyle::SP_MessageBoxInformation)},
        {models::ExpiryState::Disabled,
         themed("action-unavailable", QStyle::SP_DialogCancelButton)},
        {models::ExpiryState::Valid, themed("security-high", QStyle::SP_DialogApplyButton)},
    };
}

} // namespace certdeck::gui::StatePalette
