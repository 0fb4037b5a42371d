#include "app_action.h"

namespace certdeck::gui {

bool AppAction::isSatisfiedBy(const SelectionState &state) const {
    const auto needs = [this](Requirement r) { return m_requirements.testFlag(r); };
    if (needs(NeedsVault) && !state.hasVault)
        return false;
    if (needs(NeedsSelection) && state.selectedCount < 1)
        return false;
    if (needs(NeedsSingleSelection) && state.selectedCount != 1)
        return false;
    if (needs(NeedsPendingInProgress) && !state.pendingInProgress)
        return false;
    if (needs(NeedsExportable) && !state.exportable)
        return false;
    if (needs(NeedsPurgeAllowed) && !state.purgeAllowed)
        return false;
    if (needs(NeedsRemovableConnection) && !state.removableConnection)
        return false;
    const bool viewRestricted =
        needs(OnCertificates) || needs(OnPending) || needs(OnDeleted) || needs(OnAccessPolicies);
    if (!viewRestricted)
        return true;
    return (needs(OnCertificates) && state.viewIsCertificates) ||
           (needs(OnPending) && state.viewIsPending) || (needs(OnDeleted) && state.viewIsDeleted) ||
           (needs(OnAccessPolicies) && state.viewIsAccessPolicies);
}

} // namespace certdeck::gui
