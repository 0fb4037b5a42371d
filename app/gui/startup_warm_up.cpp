#include "startup_warm_up.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QStyle>

#include <atomic>
#include <system_error>
#include <utility>

#ifdef CERTDECK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif
#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#endif

namespace certdeck::gui {

namespace {

// Qt keeps a family's fallback fonts process-wide once fontconfig has sorted every installed font
// for it, at the first text laid out in that family: asked for here, the GUI thread finds them
// ready. (The font engine made on the way is this thread's own and goes with it.)
void warmFallbackFonts() {
    QFontMetrics(QGuiApplication::font()).horizontalAdvance(QStringLiteral("Certdeck"));
}

// Linux queues a new thread on its creator's core and moves it at the next load balance, here
// 2-4 ms later: most of the warm-up would run only once the GUI thread waits for it. Kept off
// the creator's core, it starts at once beside it.
void keepOffCurrentCore(std::thread &thread) {
#ifdef __linux__
    cpu_set_t cores;
    CPU_ZERO(&cores);
    const int current = sched_getcpu();
    if (current < 0 || sched_getaffinity(0, sizeof cores, &cores) != 0 || CPU_COUNT(&cores) < 2)
        return;
    CPU_CLR(current, &cores);
    pthread_setaffinity_np(thread.native_handle(), sizeof cores, &cores);
#else
    Q_UNUSED(thread);
#endif
}

// The warm-up under way, if any; the first window finds it without being told (there is one).
std::atomic<FontWarmUp *> runningWarmUp{nullptr};

} // namespace

void awaitFontsForFirstText() {
    if (FontWarmUp *warmUp = runningWarmUp.load())
        warmUp->awaitFontconfig();
}

FontWarmUp::FontWarmUp() {
    runningWarmUp.store(this);
    try {
        m_thread = std::thread([this] {
#ifdef CERTDECK_HAVE_FONTCONFIG
            FcInit();
#endif
            m_fontconfigReady.count_down();
            m_applicationReady.wait();
            QFontDatabase::families();
            warmFallbackFonts();
        });
    } catch (const std::system_error &) {
        m_fontconfigReady.count_down(); // no thread to spare: Qt reads the fonts at the first text
        return;
    }
    keepOffCurrentCore(m_thread);
}

FontWarmUp::~FontWarmUp() {
    finish();
}

void FontWarmUp::applicationReady() {
    if (std::exchange(m_applicationReadySignalled, true))
        return;
    m_applicationReady.count_down();
}

void FontWarmUp::awaitFontconfig() {
    m_fontconfigReady.wait();
}

void FontWarmUp::finish() {
    FontWarmUp *self = this;
    runningWarmUp.compare_exchange_strong(self, nullptr);
    applicationReady(); // so the thread ends even where QApplication never came
    if (m_thread.joinable())
        m_thread.join();
}

void prepareFirstWindow() {
    // Tool bars' extension icon makes QImageReader load and ask every image plugin.
    QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    // The settings file is parsed once here; the window's reads find it in QSettings' cache.
    QSettings().contains(QStringLiteral("window/geometry"));
    // The raster engine spreads the pixels of a long line over Qt's GUI thread pool, whose
    // threads start on first use.
    QImage scratch(512, 4, QImage::Format_ARGB32_Premultiplied);
    QPainter(&scratch).drawLine(0, 1, 511, 1);
}

} // namespace certdeck::gui
