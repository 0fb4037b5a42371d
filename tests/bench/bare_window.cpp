// The yardstick for certdeck's cold start: the smallest Qt Widgets program that opens a window.
// Prints "first-paint" once the window has painted, then quits (as certdeck --print-first-paint).
// With --text the window also shows one line of text, so the font database is loaded as in any
// window with words in it: that run tells how much of certdeck's start is Qt's text machinery.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

class BareWindow : public QMainWindow {
protected:
    void paintEvent(QPaintEvent *event) override {
        QMainWindow::paintEvent(event);
        if (m_reported)
            return;
        m_reported = true;
        // Queued, so the whole window (and any child) has painted before the line is printed.
        QTimer::singleShot(0, qApp, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    BareWindow window;
    if (argc > 1 && std::strcmp(argv[1], "--text") == 0)
        window.setCentralWidget(new QLabel(QStringLiteral("Certificates"), &window));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
