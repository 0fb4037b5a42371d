#pragma once

#include <QObject>

class TestVaultApim : public QObject {
    Q_OBJECT

private slots:
    void serviceRoundTripsAndKeepsUnknownFields();
    void serviceParsesIdentityAndHostnames();
    void patchBodyHasOnlyWhatWasSet();
    void certificateRoundTrips();
    void backendRoundTripsAndKeepsUnknownTlsAndCredentials();
    void backendMatchesCertificateIdsInAnyForm();
    void apiRoundTripsWithoutBackendId();
    void backendIdComesFromThePolicy();
};
