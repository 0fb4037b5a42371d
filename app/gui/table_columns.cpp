#include "table_columns.h"

#include <QTableView>

namespace certdeck::gui {

void fitColumnsToContents(QTableView *view, const QList<int> &columns, int maxWidth) {
    for (const int column : columns) {
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, qMin(view->columnWidth(column), maxWidth));
    }
}

} // namespace certdeck::gui
