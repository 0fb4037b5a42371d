#pragma once

#include <QObject>

class TestVaultSamples : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void expectedSamplesArePresent();
    void everySampleRoundTrips_data();
    void everySampleRoundTrips();
    void createResponseIsInProgress();
    void completedOperationHasTarget();
    void completedBundle();
    void deletedBundle();
    void listPageWithNextLink();
    void emptyLastPage();
    void errorSamples_data();
    void errorSamples();
};
