#include "openssl_support.h"

#include <QTest>

#include <openssl/err.h>
#include <openssl/provider.h>

#include <thread>
#include <vector>

using namespace certdeck::crypto;

class TestOpensslSupport : public QObject {
    Q_OBJECT

private slots:
    void providersLoadOnceFromManyThreads() {
        QCOMPARE(OSSL_PROVIDER_available(nullptr, "legacy"), 0);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([] { ensureProvidersLoaded(); });
        for (std::thread &thread : threads)
            thread.join();
        ensureProvidersLoaded();
        QCOMPARE(OSSL_PROVIDER_available(nullptr, "legacy"), 1);
        // Loading "legacy" explicitly must not have disabled the default algorithms.
        QCOMPARE(OSSL_PROVIDER_available(nullptr, "default"), 1);
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void randomBytes() {
        const QByteArray first = certdeck::crypto::randomBytes(32);
        const QByteArray second = certdeck::crypto::randomBytes(32);
        QCOMPARE(first.size(), 32);
        QCOMPARE(second.size(), 32);
        QVERIFY(first != second);
        QVERIFY(certdeck::crypto::randomBytes(0).isEmpty());
        QVERIFY(certdeck::crypto::randomBytes(-5).isEmpty());
    }

    void cleanseEmptiesTheSecret() {
        QByteArray secret("p@ssw0rd");
        cleanse(secret);
        QVERIFY(secret.isEmpty());
        QByteArray empty;
        cleanse(empty);
        QVERIFY(empty.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpensslSupport)
#include "test_openssl_support.moc"
