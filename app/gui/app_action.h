#pragma once

#include <QAction>

namespace certdeck::gui {

// What the current view offers an action to act on.
struct SelectionState {
    int selectedCount = 0;
    bool hasVault = false;
    bool pendingInProgress = false; // the selected pending request is still in progress
    bool exportable = false;        // the selected certificate's key may be exported
    bool purgeAllowed = false;      // the selected deleted certificate may be purged now
    bool viewIsCertificates = false;
    bool viewIsPending = false;
    bool viewIsDeleted = false;
    bool viewIsAccessPolicies = false;
    bool removableConnection = false; // the current vault is one the operator added
};

// An action that declares what it needs, so menus, toolbar and context menus enable it by one
// rule (Kleopatra's Command restrictions).
class AppAction : public QAction {
    Q_OBJECT
public:
    enum Requirement {
        None = 0,
        NeedsVault = 1 << 0,
        NeedsSelection = 1 << 1,
        NeedsSingleSelection = 1 << 2,
        NeedsPendingInProgress = 1 << 3,
        NeedsExportable = 1 << 4,
        OnCertificates = 1 << 5,
        OnPending = 1 << 6,
        OnDeleted = 1 << 7,
        OnAccessPolicies = 1 << 8,
        NeedsRemovableConnection = 1 << 9,
        NeedsPurgeAllowed = 1 << 10,
    };
    Q_DECLARE_FLAGS(Requirements, Requirement)

    AppAction(const QIcon &icon, const QString &text, Requirements requirements, QObject *parent)
        : QAction(icon, text, parent)
        , m_requirements(requirements) {}

    void update(const SelectionState &state) { setEnabled(isSatisfiedBy(state)); }
    bool isSatisfiedBy(const SelectionState &state) const;

private:
    Requirements m_requirements;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(AppAction::Requirements)

} // namespace certdeck::gui
