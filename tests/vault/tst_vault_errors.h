#pragma once

#include <QObject>

class TestVaultErrors : public QObject {
    Q_OBJECT

private slots:
    void parsesEnvelopeWithNestedInnerError();
    void acceptsTheInnerObject();
    void writesEnvelopeWithNestedInnerErrors();
    void toleratesOddInnerErrors();
    void toleratesWrongTypes();
    void armErrorWithDetails();
    void armErrorToleratesNulls();
    void armErrorWritesEnvelope();
    void parseJsonObjectAcceptsObjects();
    void parseJsonObjectRejectsMalformedJson_data();
    void parseJsonObjectRejectsMalformedJson();
    void parseJsonObjectRejectsNonObjects();
};
