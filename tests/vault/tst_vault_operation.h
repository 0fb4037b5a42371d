#pragma once

#include <QObject>

class TestVaultOperation : public QObject {
    Q_OBJECT

private slots:
    void terminalStatuses_data();
    void terminalStatuses();
    void statusLiterals();
    void failedOperationParses();
    void failedOperationRoundTrips();
    void errorIsWrittenWithoutEnvelope();
    void toleratesWrongTypes();
    void cancelRequestBody();
};
