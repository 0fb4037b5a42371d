#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace certdeck::gui::testing {

// Answers the next modal question box (delete/purge/remove confirmations) with Yes.
inline void answerNextQuestionWithYes() {
    QTimer::singleShot(50, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible() && box->button(QMessageBox::Yes)) {
                box->button(QMessageBox::Yes)->click();
                return;
            }
        }
        answerNextQuestionWithYes();
    });
}

} // namespace certdeck::gui::testing
