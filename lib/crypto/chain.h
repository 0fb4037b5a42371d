#pragma once

#include "certificate.h"

#include <QList>

namespace certdeck::crypto {

// Orders certificates leaf → root by issuer/signature links; certificates that belong to no
// path from the leaf are appended at the end in their original order. The leaf is the
// certificate that issued no other one in the list.
QList<Certificate> orderChain(const QList<Certificate> &certificates);

// True when each certificate is signed by the next one (leaf first).
bool isContiguousChain(const QList<Certificate> &orderedLeafFirst);

} // namespace certdeck::crypto
