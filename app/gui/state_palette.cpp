#include "state_palette.h"

#include <algorithm>
#include <iterator>

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
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
// eagerly decoded dozens of PNGs before the first paint (a third of cold start). Each size asked
// for loads the one image of Qt's common style that fits it. Only where that image is not known
// does it fall back on the style: its one small pixmap for small sizes, else its whole icon, for
// which QIcon decodes every size, 128 px included, and loads each image plugin on the way (half
// of cold start for a six-button toolbar).
class DeferredStandardIconEngine : public QIconEngine {
public:
    DeferredStandardIconEngine(QStyle::StandardPixmap pixmap, const char *styleImage)
        : m_pixmap(pixmap)
        , m_styleImage(styleImage) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        QRect target(QPoint(), drawn.deviceIndependentSize().toSize());
        target.moveCenter(rect.center());
        painter->drawPixmap(target, drawn);
    }
    // Asked again at every repaint of a tool bar or menu: scaled and greyed once for each size,
    // mode and palette.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        const QString key = QStringLiteral("%1x%2:%3:%4:%5")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(int(state))
                                .arg(QApplication::palette().cacheKey());
        if (const auto found = m_drawn.constFind(key); found != m_drawn.cend())
            return *found;
        const QPixmap drawn = draw(size, mode, state);
        m_drawn.insert(key, drawn);
        return drawn;
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        const QPixmap source = sourceFor(size);
        if (source.isNull())
            return icon().actualSize(size, mode, state);
        QSize actual = source.size();
        if (actual.width() > size.width() || actual.height() > size.height())
            actual.scale(size, Qt::KeepAspectRatio);
        return actual;
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    QIconEngine *clone() const override {
        return new DeferredStandardIconEngine(m_pixmap, m_styleImage);
    }

private:
    QPixmap draw(const QSize &size, QIcon::Mode mode, QIcon::State state) {
        const QPixmap source = sourceFor(size);
        if (source.isNull())
            return icon().pixmap(size, mode, state);
        QPixmap fitted = source;
        if (fitted.width() > size.width() || fitted.height() > size.height())
            fitted = fitted.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode == QIcon::Normal || mode == QIcon::Active)
            return fitted;
        QStyleOption option;
        option.palette = QApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, fitted, &option);
    }
    static constexpr int smallIconSize = 16;

    QPixmap sourceFor(const QSize &size) {
        const QPixmap image = styleImage(size);
        return image.isNull() && isSmall(size) ? smallPixmap() : image;
    }
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

    // The smallest of the style's images of this icon that covers the size, else its largest;
    // null when the style has no image by that name.
    QPixmap styleImage(const QSize &size) {
        static constexpr int sides[] = {16, 24, 32, 48, 64, 128};
        if (!m_styleImage)
            return QPixmap();
        const int wanted = std::max(size.width(), size.height());
        for (const int side : sides) {
            if (side >= wanted && !cachedStyleImage(side).isNull())
                return cachedStyleImage(side);
        }
        for (auto side = std::rbegin(sides); side != std::rend(sides); ++side) {
            if (*side < wanted && !cachedStyleImage(*side).isNull())
                return cachedStyleImage(*side);
        }
        return QPixmap();
    }
    QPixmap cachedStyleImage(int side) {
        if (!m_sized.contains(side))
            m_sized.insert(side, loadStyleImage(side));
        return m_sized.value(side);
    }
    QPixmap loadStyleImage(int side) const {
        const QString path = QStringLiteral(":/qt-project.org/styles/commonstyle/images/%1-%2.png")
                                 .arg(QLatin1String(m_styleImage))
                                 .arg(side);
        if (!QFile::exists(path))
            return QPixmap();
        // Read as PNG without format detection, which would load and ask every image plugin.
        QImageReader reader(path, "png");
        reader.setAutoDetectImageFormat(false);
        return QPixmap::fromImageReader(&reader);
    }

    QStyle::StandardPixmap m_pixmap;
    const char *m_styleImage;
    QIcon m_icon;
    QPixmap m_small;
    QHash<int, QPixmap> m_sized;
    QHash<QString, QPixmap> m_drawn;
};

// A themed icon, else the style's standard pixmap; styleImage names that pixmap's images in Qt's
// common style (e.g. "refresh" for refresh-24.png, refresh-32.png), or is null.
QIcon themed(const char *name, QStyle::StandardPixmap fallback, const char *styleImage = nullptr) {
    if (QIcon::hasThemeIcon(QLatin1String(name)))
        return QIcon::fromTheme(QLatin1String(name));
    return QIcon(new DeferredStandardIconEngine(fallback, styleImage));
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

namespace {

struct Fallback {
    QStyle::StandardPixmap pixmap;
    const char *styleImage; // the pixmap's images in Qt's common style, where known
};

Fallback fallbackFor(const char *name) {
    static const QHash<QByteArray, Fallback> fallbacks{
        {"view-refresh", {QStyle::SP_BrowserReload, "refresh"}},
        {"document-new", {QStyle::SP_FileIcon, "file"}},
        {"document-import", {QStyle::SP_DialogOpenButton, "standardbutton-open"}},
        {"edit-delete", {QStyle::SP_TrashIcon, "trash"}},
        {"edit-copy", {QStyle::SP_FileDialogContentsView, "filecontents"}},
        {"process-stop", {QStyle::SP_BrowserStop, "stop"}},
        {"mail-attachment", {QStyle::SP_ArrowDown, "down"}},
        {"document-save", {QStyle::SP_DialogSaveButton, "standardbutton-save"}},
        {"edit-undo", {QStyle::SP_ArrowBack, nullptr}}, // left or right with the layout direction
        {"edit-delete-shred", {QStyle::SP_DialogDiscardButton, nullptr}},
        {"document-export", {QStyle::SP_DialogSaveButton, "standardbutton-save"}},
        {"application-exit", {QStyle::SP_DialogCloseButton, "standardbutton-close"}},
        {"edit-find", {QStyle::SP_FileDialogDetailedView, "viewdetailed"}},
        {"security-high", {QStyle::SP_DriveHDIcon, nullptr}}, // the style draws no large one
        {"list-add", {QStyle::SP_FileDialogNewFolder, "newdirectory"}},
        {"list-remove", {QStyle::SP_DialogCancelButton, "standardbutton-cancel"}},
        {"x-office-calendar", {QStyle::SP_FileDialogInfoView, "fileinfo"}},
        {"document-save-as", {QStyle::SP_DialogSaveButton, "standardbutton-save"}},
        {"system-lock-screen", {QStyle::SP_DialogNoButton, "standardbutton-no"}},
        {"view-list-details", {QStyle::SP_FileDialogListView, "viewlist"}},
    };
    return fallbacks.value(QByteArray(name), {QStyle::SP_FileIcon, "file"});
}

} // namespace

QStyle::StandardPixmap fallbackPixmap(const char *name) {
    return fallbackFor(name).pixmap;
}

QIcon themedIcon(const char *name) {
    const Fallback fallback = fallbackFor(name);
    return themed(name, fallback.pixmap, fallback.styleImage);
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
