#pragma once

#include <QList>

class QTableView;

namespace certdeck::gui {

// Fits each column to the rows in view, but none wider than maxWidth: one long DN or permission
// list would push the rest of the table out of view.
void fitColumnsToContents(QTableView *view, const QList<int> &columns, int maxWidth = 320);

} // namespace certdeck::gui
