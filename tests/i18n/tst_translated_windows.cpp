// The main window and the create, merge and access-policy dialogs in Korean and Traditional
// Chinese: their visible texts are in the operator's script, none is cut off (run at 100% and,
// through QT_SCALE_FACTOR, at 150%), and switching the language at run time retranslates windows
// that are already open.
#include "access_policy_dialog.h"
#include "add_vault_dialog.h"
#include "certificate_details_pane.h"
#include "create_certificate_dialog.h"
#include "language_settings.h"
#include "main_window.h"
#include "merge_dialog.h"
#include "permission_labels.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace certdeck;
using namespace certdeck::gui;

namespace {

bool isInScript(QChar c, const QString &language) {
    const char16_t u = c.unicode();
    if (language == QLatin1String("ko_KR"))
        return u >= 0xAC00 && u <= 0xD7A3; // Hangul syllables
    return u >= 0x4E00 && u <= 0x9FFF;     // CJK unified ideographs
}

bool hasScript(const QString &text, const QString &language) {
    return std::any_of(text.cbegin(), text.cend(),
                       [&language](QChar c) { return isInScript(c, language); });
}

// Visible words of a window: labels, buttons, group titles (identifier-like texts such as
// "RSA" or "CN=…" are not words to translate).
QStringList visibleTexts(QWidget *root) {
    QStringList texts{root->windowTitle()};
    for (auto *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && label->text().count(QLatin1Char(' ')) >= 1)
            texts.append(label->text());
    }
    for (auto *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root) && button->text().size() > 3)
            texts.append(button->text());
    }
    for (auto *group : root->findChildren<QGroupBox *>()) {
        if (group->isVisibleTo(root) && !group->title().isEmpty())
            texts.append(group->title());
    }
    texts.removeAll(QString());
    return texts;
}

// Labels and buttons narrower than their text needs (what the layout cut off).
QStringList truncated(QWidget *root) {
    QStringList cut;
    const auto check = [&cut, root](QWidget *widget, const QString &text) {
        if (widget->isVisibleTo(root) && !text.isEmpty() &&
            widget->width() + 1 < widget->minimumSizeHint().width())
            cut.append(QStringLiteral("%1 (%2 < %3)")
                           .arg(text)
                           .arg(widget->width())
                           .arg(widget->minimumSizeHint().width()));
    };
    for (auto *label : root->findChildren<QLabel *>()) {
        if (!label->wordWrap())
            check(label, label->text());
    }
    for (auto *button : root->findChildren<QAbstractButton *>())
        check(button, button->text());
    return cut;
}

void verifyTranslated(QWidget *window, const QString &language) {
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QStringList texts = visibleTexts(window);
    QVERIFY(texts.size() >= 3);
    QStringList english;
    for (const QString &text : texts) {
        if (!hasScript(text, language))
            english.append(text);
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("%1 in %2: untranslated: %3")
                            .arg(QString::fromLatin1(window->metaObject()->className()), language,
                                 english.join(QStringLiteral(" | ")))));
    const QStringList cut = truncated(window);
    QVERIFY2(cut.isEmpty(),
             qPrintable(QStringLiteral("%1 in %2 at scale %3: cut off: %4")
                            .arg(QString::fromLatin1(window->metaObject()->className()), language,
                                 qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")),
                                 cut.join(QStringLiteral(" | ")))));
}

} // namespace

class TranslatedWindowsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { installLanguage(*qApp, QStringLiteral("en")); }

    void windows_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("Korean") << QStringLiteral("ko_KR");
        QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW");
    }

    void windows() {
        QFETCH(QString, language);
        QVERIFY(installLanguage(*qApp, language));
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 3);
        for (QAction *menu : menus)
            QVERIFY2(hasScript(menu->text(), language), qPrintable(menu->text()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(truncated(&window).isEmpty(),
                 qPrintable(truncated(&window).join(QStringLiteral(" | "))));

        // Built with the first selection, so checked on its own: its row names are single
        // words, which visibleTexts() passes over, so every label counts here.
        CertificateDetailsPane details;
        details.resize(window.width() / 3, window.height());
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        const QList<QLabel *> labels = details.findChildren<QLabel *>();
        QVERIFY(labels.size() >= 10);
        for (const QLabel *label : labels) {
            if (!label->text().isEmpty())
                QVERIFY2(hasScript(label->text(), language), qPrintable(label->text()));
        }
        QVERIFY2(truncated(&details).isEmpty(),
                 qPrintable(truncated(&details).join(QStringLiteral(" | "))));
        CreateCertificateDialog create({QStringLiteral("DigiCert")});
        verifyTranslated(&create, language);
        MergeDialog merge(QStringLiteral("web-contoso"), QByteArray());
        verifyTranslated(&merge, language);
        AccessPolicyDialog policy(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        verifyTranslated(&policy, language);
        AddVaultDialog addVault;
        verifyTranslated(&addVault, language);
    }

    // The language menu lives in the main window, so the switch happens while it and its
    // modeless windows (the add-vault dialog) are open; modal dialogs are built afresh in the
    // current language.
    void switchingLanguageRetranslatesOpenWindows() {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        MainWindow window;
        AddVaultDialog addVault(&window);
        window.show();
        addVault.show();
        const QString englishMenu = window.menuBar()->actions().first()->text();
        const QString englishTitle = addVault.windowTitle();
        QCOMPARE(englishMenu, QStringLiteral("&File"));
        for (const QString &language : {QStringLiteral("ko_KR"), QStringLiteral("zh_TW")}) {
            QVERIFY(installLanguage(*qApp, language));
            QTRY_VERIFY(hasScript(window.menuBar()->actions().first()->text(), language));
            QVERIFY2(hasScript(addVault.windowTitle(), language),
                     qPrintable(addVault.windowTitle()));
        }
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), englishMenu);
        QCOMPARE(addVault.windowTitle(), englishTitle);
    }

    // Korean and Chinese header texts come from the CJK fonts, taller than the Latin ones: after
    // a live switch the certificate table's header is as tall as a header measuring them afresh,
    // so no text is clipped.
    void switchingLanguageRemeasuresTheTableHeader() {
        QVERIFY(installLanguage(*qApp, QStringLiteral("en")));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("CertificateTable"));
        QVERIFY(table);
        QHeaderView *header = table->horizontalHeader();
        for (const QString &language : {QStringLiteral("ko_KR"), QStringLiteral("en")}) {
            QVERIFY(installLanguage(*qApp, language));
            QHeaderView fresh(Qt::Horizontal);
            fresh.setFont(header->font());
            fresh.setModel(table->model());
            fresh.setSortIndicatorShown(header->isSortIndicatorShown());
            QTRY_COMPARE(header->height(), fresh.sizeHint().height());
        }
    }

    // Access policy cells list permissions the way each language writes a list.
    void permissionListsFollowTheLanguage() {
        const QStringList permissions{QStringLiteral("get"), QStringLiteral("list")};
        QVERIFY(installLanguage(*qApp, QStringLiteral("zh_TW")));
        QCOMPARE(models::permissionList(permissions), models::permissionLabel(permissions[0]) +
                                                          QStringLiteral("、") +
                                                          models::permissionLabel(permissions[1]));
        QVERIFY(hasScript(models::permissionLabel(permissions[0]), QStringLiteral("zh_TW")));
        QVERIFY(installLanguage(*qApp, QStringLiteral("ko_KR")));
        QCOMPARE(models::permissionList(permissions), models::permissionLabel(permissions[0]) +
                                                          QStringLiteral(", ") +
                                                          models::permissionLabel(permissions[1]));
    }

    void toolbarButtonsShowNoAcceleratorSuffix() {
        QVERIFY(installLanguage(*qApp, QStringLiteral("ko_KR")));
        MainWindow window;
        const auto toolbars = window.findChildren<QToolBar *>(QStringLiteral("MainToolbar"));
        QCOMPARE(toolbars.size(), 1);
        for (QAction *action : toolbars.first()->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->iconText().contains(QLatin1Char('(')),
                     qPrintable(action->iconText()));
            QVERIFY2(!action->iconText().contains(QLatin1Char('&')),
                     qPrintable(action->iconText()));
        }
    }
};

QTEST_MAIN(TranslatedWindowsTest)
#include "tst_translated_windows.moc"
