#include "empty_view_notice.h"

#include <QAbstractItemView>
#include <QEvent>

namespace certdeck::gui {

EmptyViewNotice::EmptyViewNotice(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view) {
    setObjectName(QStringLiteral("EmptyViewNotice"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setAttribute(Qt::WA_TransparentForMouseEvents); // drops and context menus reach the view
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyViewNotice::follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyViewNotice::follow);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyViewNotice::follow);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyViewNotice::follow);
    hide();
}

void EmptyViewNotice::setMessage(const QString &message) {
    setText(message);
    setAccessibleName(message);
    follow();
}

bool EmptyViewNotice::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyViewNotice::follow() {
    const bool empty = m_view->model() && m_view->model()->rowCount() == 0;
    setVisible(empty && !text().isEmpty());
    place();
}

void EmptyViewNotice::place() {
    const QRect area = m_view->viewport()->rect();
    const int margin = fontMetrics().averageCharWidth() * 4;
    const int width =
        qMax(0, qMin(area.width() - 2 * margin, fontMetrics().averageCharWidth() * 70));
    const int height = heightForWidth(width);
    setGeometry(QRect(QPoint(0, 0), QSize(width, height))
                    .translated(area.center() - QPoint(width / 2, height / 2)));
}

} // namespace certdeck::gui
