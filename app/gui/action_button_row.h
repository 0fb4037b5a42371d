#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QToolButton;

namespace certdeck::gui {

// A button for each action, text beside icon, wrapping onto further lines when the row is
// narrower than the buttons. A tool bar would instead fold the last ones behind its extension
// arrow, and in a side pane those are the ones an operator looks for (New version, Delete).
class ActionButtonRow : public QWidget {
    Q_OBJECT
public:
    explicit ActionButtonRow(QWidget *parent = nullptr);

    // Replaces the buttons; each follows its action's text, icon, enabled state and visibility.
    void setActions(const QList<QAction *> &actions);
    QList<QToolButton *> buttons() const { return m_buttons; }

private:
    QList<QToolButton *> m_buttons;
};

} // namespace certdeck::gui
