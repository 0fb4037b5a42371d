#pragma once

#include <QObject>

class TestVaultAccessPolicy : public QObject {
    Q_OBJECT

private slots:
    void permissionNamesMatchTheSpec();
    void grantsIsCaseInsensitive();
    void allGrantsItsWholeCategory();
    void grantsNothingForAbsentOrUnknownCategories();
    void entryRoundTrips();
    void entryToleratesWrongTypes();
    void vaultParsesModelledMembers();
    void vaultKeepsEverythingElse();
    void vaultRoundTrips();
    void vaultDefaultsMissingBooleans();
    void vaultNeverSendsPurgeProtectionFalse();
};
