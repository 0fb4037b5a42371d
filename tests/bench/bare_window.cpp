// The yardstick for certdeck's cold start: the smallest Qt Widgets program that opens a window.
// Prints "first-paint" when the window has painted, then quits (as certdeck --print-first-paint).
#include <QApplication>
#include <QMainWindow>
#include <QPainter>

#include <cstdio>

namespace {

class BareWindow : public QMainWindow {
protected:
    void paintEvent(QPaintEvent *event) override {
        QMainWindow::paintEvent(event);
        if (m_reported)
            return;
        m_reported = true;
        std::fputs("first-paint\n", stdout);
        std::fflush(stdout);
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
