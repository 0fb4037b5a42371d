#pragma once

#include <latch>
#include <thread>

namespace certdeck::gui {

// The first window's fonts, read on another core while QApplication starts and the window is
// built: fontconfig's configuration (dozens of XML files), then Qt's font database from it and
// the fallback fonts of the application font. Otherwise all of it happens on the GUI thread at
// the first text laid out: a third of cold start.
class FontWarmUp {
public:
    FontWarmUp(); // before QApplication
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // QApplication exists: Qt's font database can be read (it asks the platform integration).
    void applicationReady();
    // Waits until fontconfig's configuration is read: before the first text is laid out, or
    // fontconfig would start a second read. Qt's font database may still be filling on the
    // other core; the first text waits for it on Qt's own lock.
    void awaitFontconfig();
    // Waits until the fonts are read and the thread is gone: before anything may exit() the
    // process under the thread (--help).
    void finish();

private:
    std::latch m_fontconfigReady{1};
    std::latch m_applicationReady{1};
    bool m_applicationReadySignalled = false;
    std::thread m_thread;
};

// Waits, where a FontWarmUp is under way, until fontconfig's configuration is read: called by the
// first window right before its first widget that measures text, so that everything it builds
// before then overlaps the read. A no-op without a warm-up (tests, later windows).
void awaitFontsForFirstText();

// Work of the first window that draws no text, done while fontconfig reads its configuration on
// the other core (the window's first text would wait for it anyway).
void prepareFirstWindow();

} // namespace certdeck::gui
