#pragma once

#include <QObject>

class TestVaultBundle : public QObject {
    Q_OBJECT

private slots:
    void bundleParsesModelledMembers();
    void bundleKeepsUnknownMembers();
    void bundleRoundTrips();
    void pendingBundleOmitsMissingMembers();
    void bundleToleratesWrongTypes();
    void cerAcceptsBothBase64Alphabets();
    void emptyPendingObjectSurvives();
    void deletedBundleWritesOneObject();
    void deletedBundleWithoutSoftDelete();
    void identifiers_data();
    void identifiers();
    void identifierVaultUrl();
    void tags();
    void itemsAndDeletedItems();
    void listPageTolerance();
    void listPageWritesNullNextLinkOnLastPage();
    void secretBundleRoundTrips();
};
