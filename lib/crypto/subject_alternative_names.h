#pragma once

#include <QStringList>

namespace certdeck::crypto {

struct SubjectAlternativeNames {
    QStringList dnsNames;
    QStringList emails;
    QStringList upns; // otherName 1.3.6.1.4.1.311.20.2.3 (UTF8String)

    bool isEmpty() const { return dnsNames.isEmpty() && emails.isEmpty() && upns.isEmpty(); }
    bool operator==(const SubjectAlternativeNames &) const = default;
};

} // namespace certdeck::crypto
