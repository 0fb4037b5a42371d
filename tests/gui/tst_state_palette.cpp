// The standard-icon fallbacks of actions (no icon theme here, as on a bare desktop) must draw
// exactly what the style's own standard icon draws, at every size the app asks for, although
// they load only the one image that size needs.
#include "state_palette.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QStyle>
#include <QTest>

using namespace certdeck::gui;

class TestStatePalette : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!QIcon::themeName().isEmpty() && QIcon::hasThemeIcon(QStringLiteral("view-refresh")))
            QSKIP("an icon theme is installed: actions use it, not the style's fallbacks");
    }

    void fallbackDrawsTheStandardIcon_data() {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("mode");
        const QByteArrayList names{
            "view-refresh",      "document-new",       "document-import",   "edit-delete",
            "edit-copy",         "process-stop",       "mail-attachment",   "document-save",
            "edit-undo",         "edit-delete-shred",  "document-export",   "application-exit",
            "edit-find",         "security-high",      "list-add",          "list-remove",
            "x-office-calendar", "system-lock-screen", "view-list-details", "no-such-icon-name"};
        for (const QByteArray &name : names) {
            for (const int side : {16, 20, 22, 24, 32, 48, 64, 96, 128, 256}) {
                for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
                    QTest::addRow("%s-%d-%s", name.constData(), side,
                                  mode == QIcon::Normal ? "normal" : "disabled")
                        << name << side << int(mode);
                }
            }
        }
    }

    void fallbackDrawsTheStandardIcon() {
        QFETCH(QByteArray, name);
        QFETCH(int, side);
        QFETCH(int, mode);
        const QSize size(side, side);
        const QIcon fallback = StatePalette::themedIcon(name.constData());
        const QIcon standard =
            QApplication::style()->standardIcon(StatePalette::fallbackPixmap(name.constData()));
        const QImage drawn = fallback.pixmap(size, QIcon::Mode(mode)).toImage();
        const QImage expected = standard.pixmap(size, QIcon::Mode(mode)).toImage();
        QVERIFY(!drawn.isNull());
        QCOMPARE(drawn.size(), expected.size());
        QCOMPARE(drawn.convertToFormat(QImage::Format_ARGB32),
                 expected.convertToFormat(QImage::Format_ARGB32));
    }

    // Greyed pixmaps are kept per palette: a switch to dark mode greys them anew.
    void disabledFallbackFollowsThePalette() {
        const QIcon fallback = StatePalette::themedIcon("view-refresh");
        const QIcon standard = QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        const QSize size(24, 24);
        const QImage light = fallback.pixmap(size, QIcon::Disabled).toImage();
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        QApplication::setPalette(dark);
        const QImage drawn = fallback.pixmap(size, QIcon::Disabled).toImage();
        const QImage expected = standard.pixmap(size, QIcon::Disabled).toImage();
        QApplication::setPalette(original);
        QVERIFY(drawn != light);
        QCOMPARE(drawn.convertToFormat(QImage::Format_ARGB32),
                 expected.convertToFormat(QImage::Format_ARGB32));
    }
};

QTEST_MAIN(TestStatePalette)
#include "tst_state_palette.moc"
