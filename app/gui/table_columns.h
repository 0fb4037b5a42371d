#pragma once

#include <QHeaderView>
#include <QList>

class QMenu;
class QTableView;

namespace certdeck::gui {

// Fits each column to the rows in view, but none wider than maxWidth: one long DN or permission
// list would push the rest of the table out of view.
void fitColumnsToContents(QTableView *view, const QList<int> &columns, int maxWidth = 320);

// QHeaderView sizes ResizeToContents sections when the view is laid out, not when rows arrive
// later: re-fits them whenever the model's rows or values change (coalesced per event loop turn).
void keepContentsColumnsFitted(QTableView *view);

// Which of a table's columns are shown, and in which order, as the operator chooses: columns are
// dragged by their headers, and shown or hidden from the header's context menu or from menu()
// (placed under View for the certificates): an entry per column, titled as its header and in the
// header's order, and one to restore the table's own columns. The last column shown cannot be
// hidden. The choice is kept in QSettings under settingsKey and restored here, so the table opens
// as it was left; the table's own order is the one it has when the chooser is made.
class ColumnChooser : public QObject {
    Q_OBJECT
public:
    ColumnChooser(QTableView *view, const QString &settingsKey);
    QMenu *menu() const { return m_menu; }

private:
    void fillMenu();
    void restore();
    void save() const;
    void restoreDefaults();
    QList<int> visualOrder() const;
    void applyOrder(const QList<int> &order);
    bool isDefault() const;

    QTableView *m_view;
    QString m_settingsKey;
    QMenu *m_menu;
    QList<int> m_defaultOrder;
    bool m_arranging = false;
};

// A horizontal header that measures its sections once per change of what their size depends on
// (model, header texts, section count, sort indicator, font, style, language). QHeaderView
// measures every section again, in a bold font of its own, each time the view lays itself out
// after a section moved or the sort order changed: six times over while the first window is
// built. The size hint is the largest section's; the table uses its height.
class SteadyHeader : public QHeaderView {
public:
    explicit SteadyHeader(QWidget *parent);
    QSize sizeHint() const override;
    void setModel(QAbstractItemModel *model) override;

protected:
    bool event(QEvent *event) override;

private:
    QSize measuredHint() const;
    void forgetHint() { m_hint = QSize(); }

    mutable QSize m_hint;
    mutable bool m_hintWithSortIndicator = false;
    QMetaObject::Connection m_headerTexts;
};

} // namespace certdeck::gui
