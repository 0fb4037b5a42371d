#pragma once

#include <QObject>

class TestVaultIssuerContacts : public QObject {
    Q_OBJECT

private slots:
    void issuerParsesModelledMembers();
    void issuerKeepsUnknownNestedMembers();
    void issuerPasswordIsNeverWritten();
    void issuerRoundTripsWithoutPassword();
    void issuerItemJson();
    void issuerMerge();
    void issuerToleratesWrongTypes();
    void issuerEmptyNestedObjectsSurvive();
    void contactsRoundTrip();
    void contactsPutBodyAndTolerance();
};
