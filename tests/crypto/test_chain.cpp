#include "crypto_test_support.h"

#include "chain.h"

#include <QTest>

#include <algorithm>

using namespace certdeck::crypto;
using namespace certdeck::crypto::testing;

class TestChain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_root = makeRoot(QStringLiteral("CN=Chain Root"));
        m_intermediate = makeIntermediate(m_root, QStringLiteral("CN=Chain Issuing CA"));
        m_leaf = makeLeaf(m_intermediate, ecKey(), QStringLiteral("CN=chain.contoso.com"));
        m_unrelated = makeRoot(QStringLiteral("CN=Unrelated Root")).certificate;
        m_expected = {m_leaf, m_intermediate.certificate, m_root.certificate};
    }

    void everyInputOrderGivesLeafToRoot() {
        QList<Certificate> input{m_root.certificate, m_leaf, m_intermediate.certificate};
        std::sort(input.begin(), input.end(),
                  [](const Certificate &a, const Certificate &b) { return a.der() < b.der(); });
        int permutations = 0;
        do {
            QCOMPARE(orderChain(input), m_expected);
            ++permutations;
        } while (std::next_permutation(
            input.begin(), input.end(),
            [](const Certificate &a, const Certificate &b) { return a.der() < b.der(); }));
        QCOMPARE(permutations, 6);
        QVERIFY(isContiguousChain(m_expected));
        QVERIFY(errorQueueIsEmpty());
    }

    void shuffledRootLeafIntermediate() {
        const QList<Certificate> ordered =
            orderChain({m_root.certificate, m_leaf, m_intermediate.certificate});
        QCOMPARE(ordered, m_expected);
    }

    void exactDuplicatesAreDropped() {
        const QList<Certificate> ordered = orderChain(
            {m_root.certificate, m_leaf, m_root.certificate, m_intermediate.certificate, m_leaf});
        QCOMPARE(ordered, m_expected);
    }

    void unrelatedCertificatesAreAppended() {
        QCOMPARE(orderChain({m_unrelated, m_root.certificate, m_leaf, m_intermediate.certificate}),
                 m_expected + QList<Certificate>{m_unrelated});
        QCOMPARE(orderChain({m_intermediate.certificate, m_unrelated, m_leaf, m_root.certificate}),
                 m_expected + QList<Certificate>{m_unrelated});
    }

    void incompleteChainKeepsWhatLinks() {
        // No intermediate: the leaf and the root do not link, the leaf still comes first.
        const QList<Certificate> ordered = orderChain({m_root.certificate, m_leaf});
        QCOMPARE(ordered.size(), 2);
        QVERIFY(!isContiguousChain(ordered));
        QCOMPARE(orderChain({m_root.certificate, m_intermediate.certificate}),
                 (QList<Certificate>{m_intermediate.certificate, m_root.certificate}));
    }

    void trivialInputs() {
        QVERIFY(orderChain({}).isEmpty());
        QCOMPARE(orderChain({m_leaf}), QList<Certificate>{m_leaf});
        QVERIFY(orderChain({Certificate()}).isEmpty());
        QVERIFY(isContiguousChain({}));
        QVERIFY(isContiguousChain({m_leaf}));
    }

    void contiguity() {
        QVERIFY(isContiguousChain({m_leaf, m_intermediate.certificate}));
        QVERIFY(!isContiguousChain({m_leaf, m_root.certificate}));
        QVERIFY(!isContiguousChain({m_root.certificate, m_intermediate.certificate, m_leaf}));
        QVERIFY(!isContiguousChain({m_leaf, m_intermediate.certificate, m_unrelated}));
        QVERIFY(errorQueueIsEmpty());
    }

private:
    Authority m_root;
    Authority m_intermediate;
    Certificate m_leaf;
    Certificate m_unrelated;
    QList<Certificate> m_expected;
};

QTEST_GUILESS_MAIN(TestChain)
#include "test_chain.moc"
