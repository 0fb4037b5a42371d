#pragma once

#include <QObject>

class TestVaultPolicy : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryModelledMember();
    void keepsUnknownMembersAtEveryLevel();
    void roundTripsFullPolicy();
    void keepsPresentButEmptyMembers();
    void omitsAbsentMembers();
    void toleratesWrongTypes();
    void acceptsDoublesForIntegers();
    void lifetimeActionWireShape();
    void mergeReplacesMembersPresentInPatch();
    void mergeKeepsMembersAbsentFromPatch();
    void mergeReplacesListsWhole();
    void mergeMergesExtrasMemberByMember();
    void mergeIntoMissingNestedTakesPatch();
};
