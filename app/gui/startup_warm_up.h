#pragma once

#include <latch>
#include <thread>

namespace certdeck::gui {

// The first window's fonts, read on another core while QApplication starts: fontconfig's
// configuration (dozens of XML files), then Qt's font database from it. Otherwise both happen
// on the GUI thread at the first text drawn: a third of cold start.
class FontWarmUp {
public:
    FontWarmUp(); // before QApplication
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // QApplication exists: Qt's font database can be read (it asks the platform integration).
    void applicationReady();
    // Waits until the fonts are read. Before the first text is drawn (fontconfig would start a
    // second read) and before anything may exit() the process under the thread (--help).
    void finish();

private:
    std::latch m_applicationReady{1};
    bool m_applicationReadySignalled = false;
    std::thread m_thread;
};

// Work of the first window that draws no text, done while the fonts are read on the other core
// (the window would wait for them anyway).
void prepareFirstWindow();

} // namespace certdeck::gui
