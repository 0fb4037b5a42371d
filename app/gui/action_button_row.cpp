#include "action_button_row.h"

#include <QAction>
#include <QLayout>
#include <QStyle>
#include <QToolButton>

namespace certdeck::gui {

namespace {

// Lays its items out left to right (right to left in such languages), starting a new line where
// the next one would not fit; its height for a width is what that takes.
class WrappingLayout : public QLayout {
public:
    explicit WrappingLayout(QWidget *parent)
        : QLayout(parent) {}
    ~WrappingLayout() override {
        while (QLayoutItem *item = WrappingLayout::takeAt(0))
            delete item;
    }
    WrappingLayout(const WrappingLayout &) = delete;
    WrappingLayout &operator=(const WrappingLayout &) = delete;

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    // One line holding every item.
    QSize sizeHint() const override {
        QSize line;
        for (const QLayoutItem *item : shownItems()) {
            const QSize size = item->sizeHint();
            line.rwidth() += size.width() + (line.width() > 0 ? spacing() : 0);
            line.rheight() = qMax(line.height(), size.height());
        }
        return line.grownBy(contentsMargins());
    }
    // One item a line, so the widest one.
    QSize minimumSize() const override {
        QSize widest;
        for (const QLayoutItem *item : shownItems())
            widest = widest.expandedTo(item->minimumSize());
        return widest.grownBy(contentsMargins());
    }

private:
    QList<QLayoutItem *> shownItems() const {
        QList<QLayoutItem *> shown;
        for (QLayoutItem *item : m_items) {
            if (!item->isEmpty()) // a hidden widget's item is empty
                shown.append(item);
        }
        return shown;
    }

    // Places the items (when apply) within rect and returns the height they take.
    int arrange(const QRect &rect, bool apply) const {
        const QRect area = rect.marginsRemoved(contentsMargins());
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : shownItems()) {
            QSize size = item->sizeHint();
            size.setWidth(qMin(size.width(), qMax(area.width(), 0)));
            if (x > area.x() && x + size.width() > area.x() + area.width()) {
                x = area.x();
                y += lineHeight + spacing();
                lineHeight = 0;
            }
            if (apply) {
                const QRect placed(QPoint(x, y), size);
                item->setGeometry(
                    QStyle::visualRect(parentWidget()->layoutDirection(), area, placed));
            }
            x += size.width() + spacing();
            lineHeight = qMax(lineHeight, size.height());
        }
        return y + lineHeight - rect.y() + contentsMargins().bottom();
    }

    QList<QLayoutItem *> m_items;
};

} // namespace

ActionButtonRow::ActionButtonRow(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new WrappingLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_ToolBarItemSpacing, nullptr, this) + 2);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ActionButtonRow::setActions(const QList<QAction *> &actions) {
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setIconSize(QSize(18, 18));
        // A tool button copies its action's text and state, but not whether it is shown.
        button->setVisible(action->isVisible());
        connect(action, &QAction::visibleChanged, button,
                [button, action] { button->setVisible(action->isVisible()); });
        layout()->addWidget(button);
        m_buttons.append(button);
    }
}

} // namespace certdeck::gui
