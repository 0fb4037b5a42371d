#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace certdeck::gui {

// Where connection secrets (client secrets, certificate passwords) are kept between runs. The
// app uses the OS keychain; tests plug in a store of their own. Every call is asynchronous: the
// keychain may ask the user to unlock it.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // ok=false with a reason when there is no such secret or no keychain to ask.
    using ReadCallback = std::function<void(bool ok, const QString &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key) = 0;
};

// The desktop's keychain (Secret Service / KWallet) through QtKeychain. Never falls back to
// plain-text storage: when no keychain answers, the secret is simply not remembered.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key) override;
};

// Keeps secrets for the life of the process only.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key) override;
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace certdeck::gui
