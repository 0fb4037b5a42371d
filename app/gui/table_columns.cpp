#include "table_columns.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace certdeck::gui {

void fitColumnsToContents(QTableView *view, const QList<int> &columns, int maxWidth) {
    for (const int column : columns) {
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, qMin(view->columnWidth(column), maxWidth));
    }
}

void keepContentsColumnsFitted(QTableView *view) {
    auto *pending = new QTimer(view);
    pending->setSingleShot(true);
    QObject::connect(pending, &QTimer::timeout, view, [view] {
        const QHeaderView *header = view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->sectionResizeMode(column) == QHeaderView::ResizeToContents)
                view->resizeColumnToContents(column);
        }
    });
    const auto refit = [pending] { pending->start(0); };
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, pending, refit);
    QObject::connect(model, &QAbstractItemModel::modelReset, pending, refit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, pending, refit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, pending, refit);
}

namespace {

QList<int> toNumbers(const QStringList &texts) {
    QList<int> numbers;
    for (const QString &text : texts) {
        bool isNumber = false;
        const int number = text.toInt(&isNumber);
        if (!isNumber)
            return {};
        numbers.append(number);
    }
    return numbers;
}

QStringList toTexts(const QList<int> &numbers) {
    QStringList texts;
    for (const int number : numbers)
        texts.append(QString::number(number));
    return texts;
}

} // namespace

ColumnChooser::ColumnChooser(QTableView *view, const QString &settingsKey)
    : QObject(view)
    , m_view(view)
    , m_settingsKey(settingsKey)
    , m_menu(new QMenu(view)) {
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::fillMenu);
    QHeaderView *header = view->horizontalHeader();
    m_defaultOrder = visualOrder();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &at) { m_menu->popup(header->mapToGlobal(at)); });
    restore();
    connect(header, &QHeaderView::sectionMoved, this, &ColumnChooser::save);
}

void ColumnChooser::fillMenu() {
    m_menu->clear();
    const QHeaderView *header = m_view->horizontalHeader();
    const int shown = header->count() - header->hiddenSectionCount();
    for (const int column : visualOrder()) {
        QAction *action = m_menu->addAction(
            m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(!action->isChecked() || shown > 1);
        connect(action, &QAction::toggled, this, [this, column](bool checked) {
            m_view->horizontalHeader()->setSectionHidden(column, !checked);
            if (checked && m_view->columnWidth(column) == 0)
                m_view->resizeColumnToContents(column);
            save();
        });
    }
    m_menu->addSeparator();
    QAction *defaults = m_menu->addAction(tr("Restore default columns"));
    defaults->setEnabled(!isDefault());
    connect(defaults, &QAction::triggered, this, &ColumnChooser::restoreDefaults);
}

QList<int> ColumnChooser::visualOrder() const {
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> order;
    for (int visual = 0; visual < header->count(); ++visual)
        order.append(header->logicalIndex(visual));
    return order;
}

void ColumnChooser::applyOrder(const QList<int> &order) {
    QHeaderView *header = m_view->horizontalHeader();
    m_arranging = true; // one save by the caller, not one per section moved
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    m_arranging = false;
}

bool ColumnChooser::isDefault() const {
    return m_view->horizontalHeader()->hiddenSectionCount() == 0 && visualOrder() == m_defaultOrder;
}

void ColumnChooser::restore() {
    const QSettings settings;
    QHeaderView *header = m_view->horizontalHeader();
    QList<int> order =
        toNumbers(settings.value(m_settingsKey + QStringLiteral("/order")).toStringList());
    // Only a whole order of these very columns: a settings file edited by hand, or written by a
    // version with other columns, leaves the table's own.
    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    QList<int> every(header->count());
    std::iota(every.begin(), every.end(), 0);
    if (sorted == every)
        applyOrder(order);
    for (const int column :
         toNumbers(settings.value(m_settingsKey + QStringLiteral("/hidden")).toStringList())) {
        // Never every column: that would leave an empty table.
        if (column >= 0 && column < header->count() &&
            header->count() - header->hiddenSectionCount() > 1)
            header->setSectionHidden(column, true);
    }
}

void ColumnChooser::save() const {
    if (m_arranging)
        return;
    QSettings settings;
    settings.remove(m_settingsKey);
    if (isDefault())
        return;
    QList<int> hidden;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            hidden.append(column);
    }
    if (!hidden.isEmpty())
        settings.setValue(m_settingsKey + QStringLiteral("/hidden"), toTexts(hidden));
    settings.setValue(m_settingsKey + QStringLiteral("/order"), toTexts(visualOrder()));
}

void ColumnChooser::restoreDefaults() {
    QHeaderView *header = m_view->horizontalHeader();
    applyOrder(m_defaultOrder);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column)) {
            header->setSectionHidden(column, false);
            if (m_view->columnWidth(column) == 0)
                m_view->resizeColumnToContents(column);
        }
    }
    save();
}

SteadyHeader::SteadyHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent) {
    connect(this, &QHeaderView::sectionCountChanged, this, &SteadyHeader::forgetHint);
    // Hiding or showing a section resizes it to or from nothing.
    connect(this, &QHeaderView::sectionResized, this, [this](int, int oldSize, int newSize) {
        if (oldSize == 0 || newSize == 0)
            forgetHint();
    });
}

QSize SteadyHeader::sizeHint() const {
    if (!m_hint.isValid() || m_hintWithSortIndicator != isSortIndicatorShown()) {
        m_hint = measuredHint();
        m_hintWithSortIndicator = isSortIndicatorShown();
    }
    return m_hint;
}

// As QHeaderView::sizeHint() measures (its result is cached where this class cannot reset it):
// the largest of the first and the last hundred shown sections.
QSize SteadyHeader::measuredHint() const {
    constexpr int measuredAtEachEnd = 100;
    QSize hint(0, 0);
    int section = 0;
    for (int measured = 0; measured < measuredAtEachEnd && section < count(); ++section) {
        if (isSectionHidden(section))
            continue;
        ++measured;
        hint = hint.expandedTo(sectionSizeFromContents(section));
    }
    const int firstOfTheLast = std::max(section, count() - measuredAtEachEnd);
    for (int last = count() - 1, measured = 0;
         last >= firstOfTheLast && measured < measuredAtEachEnd; --last) {
        if (isSectionHidden(last))
            continue;
        ++measured;
        hint = hint.expandedTo(sectionSizeFromContents(last));
    }
    return hint;
}

void SteadyHeader::setModel(QAbstractItemModel *model) {
    disconnect(m_headerTexts);
    forgetHint();
    QHeaderView::setModel(model);
    if (model)
        m_headerTexts =
            connect(model, &QAbstractItemModel::headerDataChanged, this, &SteadyHeader::forgetHint);
}

bool SteadyHeader::event(QEvent *event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        forgetHint();
        break;
    default:
        break;
    }
    return QHeaderView::event(event);
}

} // namespace certdeck::gui
