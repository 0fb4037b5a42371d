#include "chain.h"

#include <openssl/err.h>
#include <openssl/x509.h>

#include <vector>

namespace certdeck::crypto {

namespace {

QList<Certificate> withoutDuplicates(const QList<Certificate> &certificates) {
    QList<Certificate> unique;
    for (const Certificate &certificate : certificates) {
        if (!certificate.isNull() && !unique.contains(certificate))
            unique.append(certificate);
    }
    return unique;
}

// issued[i][j]: certificate i issued certificate j (names link and the signature verifies).
using IssuerMatrix = std::vector<std::vector<bool>>;

bool issues(const Certificate &issuer, const Certificate &subject) {
    return X509_NAME_cmp(X509_get_subject_name(issuer.native()),
                         X509_get_issuer_name(subject.native())) == 0 &&
           subject.isSignedBy(issuer);
}

IssuerMatrix issuerMatrix(const QList<Certificate> &certificates) {
    const auto count = static_cast<size_t>(certificates.size());
    IssuerMatrix issued(count, std::vector<bool>(count, false));
    for (size_t i = 0; i < count; ++i) {
        for (size_t j = 0; j < count; ++j) {
            if (i != j)
                issued[i][j] = issues(certificates[qsizetype(i)], certificates[qsizetype(j)]);
        }
    }
    return issued;
}

bool issuedAnother(const IssuerMatrix &issued, size_t index) {
    for (const bool edge : issued[index]) {
        if (edge)
            return true;
    }
    return false;
}

// Follows issuer links upwards from `leaf`, never revisiting a certificate (cross-signing can
// form cycles); the first issuer in input order wins when there are several.
std::vector<size_t> pathFrom(const IssuerMatrix &issued, size_t leaf) {
    std::vector<size_t> path{leaf};
    std::vector<bool> used(issued.size(), false);
    used[leaf] = true;
    for (size_t current = leaf;;) {
        bool extended = false;
        for (size_t candidate = 0; candidate < issued.size(); ++candidate) {
            if (!used[candidate] && issued[candidate][current]) {
                path.push_back(candidate);
                used[candidate] = true;
                current = candidate;
                extended = true;
                break;
            }
        }
        if (!extended)
            return path;
    }
}

// Among the certificates that issued nothing, the one with the longest path is the leaf, so an
// unrelated certificate listed first does not hide the real chain.
std::vector<size_t> longestLeafPath(const IssuerMatrix &issued) {
    std::vector<size_t> best;
    for (size_t index = 0; index < issued.size(); ++index) {
        if (issuedAnother(issued, index))
            continue;
        std::vector<size_t> path = pathFrom(issued, index);
        if (path.size() > best.size())
            best = std::move(path);
    }
    return best;
}

} // namespace

QList<Certificate> orderChain(const QList<Certificate> &certificates) {
    const QList<Certificate> unique = withoutDuplicates(certificates);
    const IssuerMatrix issued = issuerMatrix(unique);
    std::vector<size_t> path = longestLeafPath(issued);
    if (path.empty() && !unique.isEmpty())
        path = pathFrom(issued, 0); // every certificate issued another: a cycle, keep input order
    std::vector<bool> placed(static_cast<size_t>(unique.size()), false);
    QList<Certificate> ordered;
    for (const size_t index : path) {
        ordered.append(unique[qsizetype(index)]);
        placed[index] = true;
    }
    for (qsizetype index = 0; index < unique.size(); ++index) {
        if (!placed[size_t(index)])
            ordered.append(unique[index]);
    }
    ERR_clear_error();
    return ordered;
}

bool isContiguousChain(const QList<Certificate> &orderedLeafFirst) {
    for (qsizetype index = 0; index + 1 < orderedLeafFirst.size(); ++index) {
        if (!orderedLeafFirst[index].isSignedBy(orderedLeafFirst[index + 1]))
            return false;
    }
    return true;
}

} // namespace certdeck::crypto
