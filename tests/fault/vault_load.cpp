#include "vault_load.h"

#include "certificate_request.h"
#include "certificate_signer.h"
#include "local_vault_fixture.h"
#include "local_vault_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace loadtest {

namespace {

using certdeck::crypto::KeySpec;
using certdeck::crypto::KeyType;

QJsonObject createBody(const QString &name, const QString &issuer) {
    // EC keys: generating them is cheap, so the load is on the vault's request path.
    return QJsonObject{
        {QStringLiteral("policy"),
         QJsonObject{
             {QStringLiteral("key_props"),
              QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                          {QStringLiteral("crv"), QStringLiteral("P-256")},
                          {QStringLiteral("exportable"), true}}},
             {QStringLiteral("x509_props"),
              QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=%1.load.test").arg(name)},
                          {QStringLiteral("validity_months"), 12}}},
             {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), issuer}}}}}};
}

QString errorCodeOf(const QJsonObject &json) {
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString nameOfId(const QString &id) {
    return QUrl(id).path().section(QLatin1Char('/'), 2, 2);
}

} // namespace

LoadMaterial LoadMaterial::make(int pfxCount) {
    LoadMaterial material;
    material.pfxPassword = "load-test-pfx-pw";
    const KeySpec ec{KeyType::Ec, 2048, certdeck::crypto::EcCurve::P256};
    const lvtest::KeyAndCertificate ca =
        lvtest::makeSelfSigned(QStringLiteral("CN=ca.load.test"), ec);
    material.caKey = ca.key;
    material.caCertificate = ca.certificate;
    for (int i = 0; i < pfxCount; ++i) {
        const lvtest::KeyAndCertificate leaf =
            lvtest::makeSelfSigned(QStringLiteral("CN=import-%1.load.test").arg(i), ec);
        material.pfxValues.append(lvtest::pfxBase64(leaf, material.pfxPassword));
        material.pfxX5t.append(leaf.certificate.x5t());
    }
    return material;
}

qint64 LoadLedger::percentileMs(double fraction) const {
    if (latenciesMs.isEmpty())
        return 0;
    QList<qint64> sorted = latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size()))) - 1;
    return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
}

QString LoadLedger::summary() const {
    QStringList byCode;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        byCode.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    return QStringLiteral("requests %1, latency p50 %2 ms, p99 %3 ms, max %4 ms; certificates "
                          "live %5, deleted %6, unanswered writes %7; answers by code: %8")
        .arg(requests)
        .arg(percentileMs(0.50))
        .arg(percentileMs(0.99))
        .arg(percentileMs(1.0))
        .arg(live.size())
        .arg(deleted.size())
        .arg(uncertain.size())
        .arg(byCode.join(QStringLiteral(", ")));
}

LoadClient::LoadClient(const QString &namePrefix, quint32 seed, const VaultTarget &target,
                       const LoadMaterial &material, const OperationMix &mix, LoadLedger *ledger,
                       QObject *parent)
    : QObject(parent)
    , m_prefix(namePrefix)
    , m_random(seed)
    , m_target(target)
    , m_material(material)
    , m_mix(mix)
    , m_ledger(ledger) {}

void LoadClient::start() {
    m_stopping = false;
    m_stopped = false;
    next();
}

void LoadClient::stop() {
    m_stopping = true;
}

QString LoadClient::newName() {
    return m_prefix + QString::number(++m_counter);
}

void LoadClient::next() {
    if (m_stopping) {
        m_stopped = true;
        emit stopped();
        return;
    }
    const int total = m_mix.createSelf + m_mix.createUnknownAndMerge + m_mix.importPfx +
                      m_mix.list + m_mix.remove;
    int pick = int(m_random.bounded(quint32(total)));
    if ((pick -= m_mix.createSelf) < 0)
        return createSelf();
    if ((pick -= m_mix.createUnknownAndMerge) < 0)
        return createUnknownAndMerge();
    if ((pick -= m_mix.importPfx) < 0)
        return importPfx();
    if ((pick -= m_mix.list) < 0) {
        const int pages = 1 + int(m_random.bounded(3u));
        const int size = 1 + int(m_random.bounded(25u));
        return list(
            pages, QStringLiteral("/certificates?includePending=true&maxresults=%1").arg(size), {});
    }
    remove();
}

void LoadClient::send(const QByteArray &method, const QString &pathOrUrl, const QJsonObject &body,
                      const QString &writtenName, AnswerHandler onAnswer) {
    QUrl url(pathOrUrl.startsWith(QLatin1Char('/')) ? m_target.vaultUrl + pathOrUrl : pathOrUrl);
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("api-version"))) {
        query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("7.5"));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_target.ssl);
    request.setTransferTimeout(m_target.answerBoundMs);
    request.setRawHeader("Authorization", "Bearer " + m_target.token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    ++m_ledger->requests;
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, clock, writtenName, onAnswer = std::move(onAnswer)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                ++m_ledger->outcomes[QStringLiteral("no answer")];
                if (!writtenName.isEmpty())
                    m_ledger->uncertain.insert(writtenName);
                if (m_ledger->noAnswerIsProblem)
                    m_ledger->problems.append(QStringLiteral("%1 unanswered after %2 ms: %3")
                                                  .arg(reply->url().path())
                                                  .arg(clock.elapsed())
                                                  .arg(reply->errorString()));
                // The vault is gone or hung: this client is done.
                m_stopping = true;
                next();
                return;
            }
            m_ledger->latenciesMs.append(clock.elapsed());
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            const QString code = errorCodeOf(json);
            ++m_ledger->outcomes[code.isEmpty() ? QString::number(status)
                                                : QStringLiteral("%1 %2").arg(status).arg(code)];
            onAnswer(status, json);
        });
}

void LoadClient::expect(int status, int expected, const QString &what, const QJsonObject &json) {
    if (status != expected)
        m_ledger->problems.append(
            QStringLiteral("%1: HTTP %2 (expected %3) %4")
                .arg(what)
                .arg(status)
                .arg(expected)
                .arg(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))
                         .left(300)));
}

void LoadClient::createSelf() {
    const QString name = newName();
    send("POST", QStringLiteral("/certificates/%1/create").arg(name),
         createBody(name, QStringLiteral("Self")), name,
         [this, name](int status, const QJsonObject &json) {
             expect(status, 202, QStringLiteral("create (Self) ") + name, json);
             if (status == 202) {
                 m_ledger->live.insert(name);
                 m_mine.append(name);
             }
             next();
         });
}

void LoadClient::createUnknownAndMerge() {
    const QString name = newName();
    send("POST", QStringLiteral("/certificates/%1/create").arg(name),
         createBody(name, QStringLiteral("Unknown")), name,
         [this, name](int status, const QJsonObject &json) {
             expect(status, 202, QStringLiteral("create (Unknown) ") + name, json);
             if (status != 202)
                 return next();
             m_ledger->live.insert(name);
             merge(name, json.value(QStringLiteral("csr")).toString());
         });
}

// Signs the CSR the vault made, as an external CA would, and merges the result.
void LoadClient::merge(const QString &name, const QString &csrBase64) {
    namespace crypto = certdeck::crypto;
    auto csr = crypto::CertificateRequest::fromDer(QByteArray::fromBase64(csrBase64.toLatin1()));
    crypto::IssueSpec spec;
    spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    spec.notAfter = spec.notBefore.addYears(1);
    auto signedLeaf =
        csr ? crypto::signRequest(*csr, m_material.caCertificate, m_material.caKey, spec)
            : crypto::CryptoResult<crypto::Certificate>(certdeck::fail(csr.error()));
    if (!signedLeaf) {
        m_ledger->problems.append(
            QStringLiteral("cannot sign the CSR of %1: %2").arg(name, signedLeaf.error().message));
        return next();
    }
    const QJsonObject body{
        {QStringLiteral("x5c"),
         QJsonArray{QString::fromLatin1(signedLeaf->der().toBase64()),
                    QString::fromLatin1(m_material.caCertificate.der().toBase64())}}};
    send("POST", QStringLiteral("/certificates/%1/pending/merge").arg(name), body, name,
         [this, name, x5t = signedLeaf->x5t()](int status, const QJsonObject &json) {
             expect(status, 201, QStringLiteral("merge ") + name, json);
             if (status == 201) {
                 m_mine.append(name);
                 if (json.value(QStringLiteral("x5t")).toString() != x5t)
                     m_ledger->problems.append(QStringLiteral("merge %1: wrong x5t").arg(name));
             }
             next();
         });
}

void LoadClient::importPfx() {
    const QString name = newName();
    const auto which = qsizetype(m_random.bounded(quint32(m_material.pfxValues.size())));
    const QJsonObject body{{QStringLiteral("value"), m_material.pfxValues.at(which)},
                           {QStringLiteral("pwd"), QString::fromLatin1(m_material.pfxPassword)}};
    send("POST", QStringLiteral("/certificates/%1/import").arg(name), body, name,
         [this, name, x5t = m_material.pfxX5t.at(which)](int status, const QJsonObject &json) {
             expect(status, 200, QStringLiteral("import ") + name, json);
             if (status == 200) {
                 m_ledger->live.insert(name);
                 m_ledger->importedX5t.insert(name, x5t);
                 m_mine.append(name);
                 if (json.value(QStringLiteral("x5t")).toString() != x5t)
                     m_ledger->problems.append(QStringLiteral("import %1: wrong x5t").arg(name));
             }
             next();
         });
}

// A few pages of the listing while others write: keyset paging never repeats a name.
void LoadClient::list(int pagesLeft, const QString &url, QSet<QString> seen) {
    send("GET", url, {}, {}, [this, pagesLeft, seen](int status, const QJsonObject &json) mutable {
        expect(status, 200, QStringLiteral("list"), json);
        if (status != 200)
            return next();
        for (const QJsonValue &item : json.value(QStringLiteral("value")).toArray()) {
            const QString name = nameOfId(item.toObject().value(QStringLiteral("id")).toString());
            if (seen.contains(name))
                m_ledger->problems.append(QStringLiteral("listing repeated %1").arg(name));
            seen.insert(name);
        }
        const QString nextLink = json.value(QStringLiteral("nextLink")).toString();
        if (pagesLeft <= 1 || nextLink.isEmpty())
            return next();
        list(pagesLeft - 1, nextLink, seen);
    });
}

void LoadClient::remove() {
    if (m_mine.isEmpty())
        return importPfx();
    const QString name = m_mine.takeAt(qsizetype(m_random.bounded(quint32(m_mine.size()))));
    send("DELETE", QStringLiteral("/certificates/") + name, {}, name,
         [this, name](int status, const QJsonObject &json) {
             expect(status, 200, QStringLiteral("delete ") + name, json);
             if (status == 200) {
                 m_ledger->live.remove(name);
                 m_ledger->deleted.insert(name);
             }
             next();
         });
}

QList<LoadClient *> startClients(int count, const QString &prefix, const VaultTarget &target,
                                 const LoadMaterial &material, const OperationMix &mix,
                                 LoadLedger *ledger, QObject *parent) {
    QList<LoadClient *> clients;
    for (int i = 0; i < count; ++i) {
        auto *client =
            new LoadClient(QStringLiteral("%1%2-").arg(prefix).arg(i, 2, 10, QLatin1Char('0')),
                           quint32(1000 + i), target, material, mix, ledger, parent);
        clients.append(client);
        client->start();
    }
    return clients;
}

bool stopClients(const QList<LoadClient *> &clients, int boundMs) {
    for (LoadClient *client : clients)
        client->stop();
    QElapsedTimer clock;
    clock.start();
    for (LoadClient *client : clients) {
        if (client->isStopped())
            continue;
        QSignalSpy stopped(client, &LoadClient::stopped);
        if (!stopped.wait(int(qMax<qint64>(1, boundMs - clock.elapsed()))))
            return false;
    }
    return true;
}

bool startAndAttach(LocalVaultProcess &vault, const QString &binary, const QString &dataDir,
                    LocalVaultFixture &checker, QString *error) {
    return vault.start(binary, dataDir, {}, error) && checker.attach(vault.connectionPath(), error);
}

QString firstOf(const QStringList &problems) {
    return QStringLiteral("%1 problems, first ones:\n%2")
        .arg(problems.size())
        .arg(problems.mid(0, 10).join(QLatin1Char('\n')));
}

VaultTarget targetOf(LocalVaultFixture &fixture, int answerBoundMs) {
    VaultTarget target;
    target.vaultUrl = fixture.vaultUrl();
    target.token = fixture.token();
    target.ssl = QSslConfiguration::defaultConfiguration();
    target.ssl.setCaCertificates(QSslCertificate::fromPath(
        fixture.connection().value(QStringLiteral("caCertificate")).toString()));
    target.answerBoundMs = answerBoundMs;
    return target;
}

namespace {

// Names under `prefix` in a full listing, with their x5t; a name listed twice is reported.
QHash<QString, QString> listedNames(LocalVaultFixture &fixture, const QString &path,
                                    const QString &prefix, QStringList *problems) {
    QString error;
    const QList<QJsonObject> items = lvtest::listAll(fixture, path, nullptr, &error);
    if (!error.isEmpty())
        problems->append(path + QStringLiteral(": ") + error);
    QHash<QString, QString> names;
    for (const QJsonObject &item : items) {
        const QString name = nameOfId(item.value(QStringLiteral("id")).toString());
        if (!name.startsWith(prefix))
            continue;
        if (names.contains(name))
            problems->append(QStringLiteral("%1 listed twice in %2").arg(name, path));
        names.insert(name, item.value(QStringLiteral("x5t")).toString());
    }
    return names;
}

void compareSets(const QSet<QString> &expected, const QHash<QString, QString> &listed,
                 const QSet<QString> &uncertain, const QString &what, QStringList *problems) {
    for (const QString &name : expected) {
        if (!listed.contains(name))
            problems->append(QStringLiteral("%1 lost (%2)").arg(name, what));
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QString &name = it.key();
        if (!expected.contains(name) && !uncertain.contains(name))
            problems->append(
                QStringLiteral("%1 appeared without an acknowledged write (%2)").arg(name, what));
    }
}

} // namespace

QStringList compareWithVault(const LoadLedger &ledger, LocalVaultFixture &fixture,
                             const QString &prefix) {
    QStringList problems;
    const QHash<QString, QString> live = listedNames(
        fixture, QStringLiteral("/certificates?includePending=true"), prefix, &problems);
    const QHash<QString, QString> deleted = listedNames(
        fixture, QStringLiteral("/deletedcertificates?includePending=true"), prefix, &problems);
    compareSets(ledger.live, live, ledger.uncertain, QStringLiteral("live"), &problems);
    compareSets(ledger.deleted, deleted, ledger.uncertain, QStringLiteral("deleted"), &problems);
    for (auto it = ledger.importedX5t.cbegin(); it != ledger.importedX5t.cend(); ++it) {
        if (live.contains(it.key()) && live.value(it.key()) != it.value())
            problems.append(QStringLiteral("%1: listed x5t %2, imported %3")
                                .arg(it.key(), live.value(it.key()), it.value()));
    }
    return problems;
}

} // namespace loadtest
