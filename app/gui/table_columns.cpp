#include "table_columns.h"

#include <QHeaderView>
#include <QTableView>
#include <QTimer>

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

} // namespace certdeck::gui
