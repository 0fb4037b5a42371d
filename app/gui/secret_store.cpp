#include "secret_store.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace certdeck::gui {

namespace {

const QString keychainService = QStringLiteral("io.github.certdeck.Certdeck");

} // namespace

void KeychainSecretStore::read(const QString &key, ReadCallback done) {
    auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            return done(false, QString(), job->errorString());
        done(true, job->textData(), QString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done) {
    auto *job = new QKeychain::WritePasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key) {
    auto *job = new QKeychain::DeletePasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

// Answers are queued so callers see the same ordering as with a real keychain.
void MemorySecretStore::read(const QString &key, ReadCallback done) {
    const bool found = m_secrets.contains(key);
    const QString secret = m_secrets.value(key);
    QTimer::singleShot(0, this, [found, secret, done = std::move(done)] {
        done(found, secret, found ? QString() : tr("No secret is stored for this connection."));
    });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteCallback done) {
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(true, QString()); });
}

void MemorySecretStore::remove(const QString &key) {
    m_secrets.remove(key);
}

} // namespace certdeck::gui
