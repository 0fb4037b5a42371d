#pragma once

#include <QLabel>

class QAbstractItemView;

namespace certdeck::gui {

// A line of text across the middle of an item view while its model has no rows: why the table
// is empty (nothing there, still reading, nothing matches the search) and what to do about it,
// instead of a blank grid that could mean any of them.
class EmptyViewNotice : public QLabel {
    Q_OBJECT

public:
    explicit EmptyViewNotice(QAbstractItemView *view);

    // Empty: nothing is shown, even over an empty model.
    void setMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(); // shown exactly while there is a message and the model has no rows
    void place();

    QAbstractItemView *m_view;
};

} // namespace certdeck::gui
