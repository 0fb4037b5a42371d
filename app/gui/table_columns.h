#pragma once

#include <QList>

class QTableView;

namespace certdeck::gui {

// Fits each column to the rows in view, but none wider than maxWidth: one long DN or permission
// list would push the rest of the table out of view.
void fitColumnsToContents(QTableView *view, const QList<int> &columns, int maxWidth = 320);

// QHeaderView sizes ResizeToContents sections when the view is laid out, not when rows arrive
// later: re-fits them whenever the model's rows or values change (coalesced per event loop turn).
void keepContentsColumnsFitted(QTableView *view);

} // namespace certdeck::gui
