#include "locale_format.h"
#include "models_test_support.h"

#include "certificate_filter_proxy_model.h"
#include "certificate_list_model.h"
#include "clock.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QElapsedTimer>
#include <QLocale>
#include <QPixmap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace certdeck;
using namespace certdeck::models;
using namespace certdeck::models::testing;

namespace {

using Model = CertificateListModel;

QVariant cell(const Model &model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role);
}

QVariant at(const Model &model, const QString &name, int column, int role = Qt::DisplayRole,
            const QString &vault = QStringLiteral("prod")) {
    const int row = model.rowOf(vault, name);
    if (row < 0)
        throw std::runtime_error("no row for " + name.toStdString());
    return cell(model, row, column, role);
}

ExpiryState stateOf(const Model &model, const QString &name) {
    return static_cast<ExpiryState>(
        at(model, name, Model::NameColumn, Model::ExpiryStateRole).toInt());
}

// Splits a CSV document into records and fields (RFC 4180, as the writer produces it).
QList<QStringList> parseCsv(const QByteArray &csv) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return records;
}

// Unfolds RFC 5545 content lines.
QStringList icsLines(const QByteArray &ics) {
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCertificateListModel : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_clock.setNow(testNow());
        m_model = std::make_unique<Model>();
        m_model->setClock(&m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup() {
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        m_tester.reset();
        m_model.reset();
    }

    void emptyModelAndHeaders() {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(m_model->headerData(Model::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(m_model->headerData(Model::DaysLeftColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Days left"));
        QCOMPARE(m_model->headerData(Model::VaultColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Vault"));
        for (int column = 0; column < Model::ColumnCount; ++column)
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("x")), -1);
        QCOMPARE(m_model->nameAt(0), QString());
        QVERIFY(m_model->rowsWithoutDetails(0, 10).isEmpty());
    }

    void removeVaultDropsOnlyThatVaultsRows() {
        const QString prod = QStringLiteral("prod");
        const QString test = QStringLiteral("test");
        m_model->appendPage(prod, {item(QStringLiteral("a")), item(QStringLiteral("b"))});
        m_model->appendPage(test, {item(QStringLiteral("a")), item(QStringLiteral("x"))});
        m_model->appendPage(prod, {item(QStringLiteral("c"))});
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->removeVault(prod);
        QCOMPARE(removed.count(), 2); // two runs of "prod" rows
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(prod, QStringLiteral("a")), -1);
        QCOMPARE(m_model->rowOf(test, QStringLiteral("a")), 0);
        QCOMPARE(m_model->rowOf(test, QStringLiteral("x")), 1);
        m_model->removeVault(QStringLiteral("absent"));
        QCOMPARE(m_model->rowCount(), 2);
    }

    void appendPageInsertsOncePerPage() {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->appendPage(
            QStringLiteral("prod"),
            {item(QStringLiteral("a")), item(QStringLiteral("b")), item(QStringLiteral("c"))});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        m_model->appendPage(QStringLiteral("prod"),
                            {item(QStringLiteral("d")), item(QStringLiteral("e"))});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 4);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->nameAt(3), QStringLiteral("d"));
        QCOMPARE(m_model->vaultAt(3), QStringLiteral("prod"));
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("e")), 4);

        m_model->appendPage(QStringLiteral("prod"), {});
        QCOMPARE(inserted.count(), 2);
    }

    void appendPageDeduplicates() {
        m_model->appendPage(QStringLiteral("prod"),
                            {item(QStringLiteral("a")), item(QStringLiteral("b"))});
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        vault::CertificateItem updated = item(QStringLiteral("B")); // names are case-insensitive
        updated.tags = vault::Tags{{QStringLiteral("env"), QStringLiteral("prod")}};
        // One existing (updated), one new twice in the same page (the last wins), one in
        // another vault with an existing name.
        vault::CertificateItem c1 = item(QStringLiteral("c"));
        vault::CertificateItem c2 = item(QStringLiteral("c"), 10);
        m_model->appendPage(QStringLiteral("PROD"), {updated, c1, c2});
        m_model->appendPage(QStringLiteral("test"),
                            {item(QStringLiteral("a"), 365, QStringLiteral("test"))});

        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1);
        const int rowB = m_model->rowOf(QStringLiteral("prod"), QStringLiteral("b"));
        QCOMPARE(rowB, 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), rowB);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), rowB);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), Model::ColumnCount - 1);
        QCOMPARE(cell(*m_model, rowB, Model::TagsColumn).toString(), QStringLiteral("env=prod"));
        QCOMPARE(at(*m_model, QStringLiteral("c"), Model::DaysLeftColumn).toInt(), 10);
        QCOMPARE(m_model->rowOf(QStringLiteral("Test"), QStringLiteral("A")), 3);
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("a")), 0);

        // upsert: the same rules, one row at a time
        m_model->upsert(QStringLiteral("prod"), item(QStringLiteral("a"), 3));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(stateOf(*m_model, QStringLiteral("a")), ExpiryState::Expiring);
        m_model->upsert(QStringLiteral("prod"), item(QStringLiteral("z")));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->nameAt(4), QStringLiteral("z"));
    }

    void removeKeepsIndexConsistent() {
        m_model->appendPage(QStringLiteral("prod"),
                            {item(QStringLiteral("a")), item(QStringLiteral("b")),
                             item(QStringLiteral("c")), item(QStringLiteral("d"))});
        m_model->remove(QStringLiteral("prod"), QStringLiteral("B"));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("b")), -1);
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("c")), 1);
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("d")), 2);
        m_model->remove(QStringLiteral("prod"), QStringLiteral("missing"));
        QCOMPARE(m_model->rowCount(), 3);
        m_model->upsert(QStringLiteral("prod"), item(QStringLiteral("b")));
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("b")), 3);
    }

    void displayedColumns() {
        vault::CertificateItem a = item(QStringLiteral("web-cert"), 45);
        a.tags = vault::Tags{{QStringLiteral("owner"), QStringLiteral("ops")},
                             {QStringLiteral("env"), QStringLiteral("prod")}};
        a.subject = QStringLiteral("CN=www.contoso.com");
        vault::CertificateItem b = item(QStringLiteral("off"), 45);
        b.attributes.enabled = false;
        m_model->appendPage(QStringLiteral("prod"), {a, b});

        QCOMPARE(cell(*m_model, 0, Model::NameColumn).toString(), QStringLiteral("web-cert"));
        QCOMPARE(cell(*m_model, 0, Model::SubjectColumn).toString(),
                 QStringLiteral("CN=www.contoso.com"));
        const QDate expiryDate = QDateTime::fromSecsSinceEpoch(*a.attributes.expires).date();
        QCOMPARE(cell(*m_model, 0, Model::ExpiresColumn).toString(),
                 localizedDate(expiryDate, QLocale::ShortFormat));
        QCOMPARE(cell(*m_model, 0, Model::DaysLeftColumn).toInt(), 45);
        QCOMPARE(cell(*m_model, 0, Model::DaysLeftColumn, Model::SortRole).toLongLong(), 45);
        QCOMPARE(cell(*m_model, 0, Model::ExpiresColumn, Model::SortRole).toLongLong(),
                 *a.attributes.expires);
        QCOMPARE(cell(*m_model, 0, Model::ThumbprintColumn).toString(),
                 sha1HexOf(QStringLiteral("prod/web-cert")));
        QCOMPARE(cell(*m_model, 0, Model::NameColumn, Model::Sha1ThumbprintRole).toString(),
                 sha1HexOf(QStringLiteral("prod/web-cert")));
        QCOMPARE(cell(*m_model, 0, Model::NameColumn, Model::X5tRole).toString(), a.x5t);
        QCOMPARE(cell(*m_model, 0, Model::EnabledColumn).toString(), QStringLiteral("Yes"));
        QCOMPARE(cell(*m_model, 1, Model::EnabledColumn).toString(), QStringLiteral("No"));
        QCOMPARE(cell(*m_model, 0, Model::TagsColumn).toString(),
                 QStringLiteral("env=prod, owner=ops"));
        QCOMPARE(cell(*m_model, 0, Model::VaultColumn).toString(), QStringLiteral("prod"));
        QCOMPARE(cell(*m_model, 0, Model::NameColumn, Model::NameRole).toString(),
                 QStringLiteral("web-cert"));
        QCOMPARE(cell(*m_model, 0, Model::NameColumn, Model::VaultRole).toString(),
                 QStringLiteral("prod"));
        QCOMPARE(cell(*m_model, 0, Model::NameColumn, Model::DetailsLoadedRole).toBool(), false);
        QCOMPARE(
            cell(*m_model, 0, Model::NameColumn, Model::ItemRole).value<vault::CertificateItem>(),
            a);
        QCOMPARE(m_model->itemAt(1), b);
        QCOMPARE(cell(*m_model, 0, Model::NameColumn, Model::TagsRole)
                     .toMap()
                     .value(QStringLiteral("env"))
                     .toString(),
                 QStringLiteral("prod"));

        // No expiry: empty cells, sorted last.
        m_model->upsert(QStringLiteral("prod"), item(QStringLiteral("forever"), std::nullopt));
        QCOMPARE(at(*m_model, QStringLiteral("forever"), Model::ExpiresColumn).toString(),
                 QString());
        QVERIFY(!at(*m_model, QStringLiteral("forever"), Model::DaysLeftColumn).isValid());
        QVERIFY(at(*m_model, QStringLiteral("forever"), Model::DaysLeftColumn, Model::SortRole)
                    .toLongLong() > 1000000);
    }

    void expiryStatesAtBoundaries() {
        vault::CertificateItem notYet = item(QStringLiteral("not-yet"), 400);
        notYet.attributes.notBefore = nowSeconds() + Day;
        vault::CertificateItem disabled = item(QStringLiteral("disabled"), 400);
        disabled.attributes.enabled = false;
        m_model->appendPage(QStringLiteral("prod"),
                            {item(QStringLiteral("expired-yesterday"), -1),
                             item(QStringLiteral("in-29"), 29), item(QStringLiteral("in-30"), 30),
                             item(QStringLiteral("in-31"), 31), notYet,
                             pendingItem(QStringLiteral("pending")), disabled});
        QCOMPARE(stateOf(*m_model, QStringLiteral("expired-yesterday")), ExpiryState::Expired);
        QCOMPARE(at(*m_model, QStringLiteral("expired-yesterday"), Model::DaysLeftColumn).toInt(),
                 -1);
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-29")), ExpiryState::Expiring);
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-30")), ExpiryState::Expiring);
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-31")), ExpiryState::Valid);
        QCOMPARE(stateOf(*m_model, QStringLiteral("not-yet")), ExpiryState::NotYetValid);
        QCOMPARE(stateOf(*m_model, QStringLiteral("pending")), ExpiryState::Pending);
        QCOMPARE(at(*m_model, QStringLiteral("pending"), 0, Model::PendingRole).toBool(), true);
        QCOMPARE(stateOf(*m_model, QStringLiteral("disabled")), ExpiryState::Disabled);

        // The window and the clock are live.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setExpiringWithinDays(29);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-30")), ExpiryState::Valid);
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-29")), ExpiryState::Expiring);
        m_model->setExpiringWithinDays(30);
        m_clock.advanceDays(30);
        m_model->refreshTime();
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-29")), ExpiryState::Expired);
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-30")), ExpiryState::Expiring);
        QCOMPARE(at(*m_model, QStringLiteral("in-30"), Model::DaysLeftColumn).toInt(), 0);
        QCOMPARE(stateOf(*m_model, QStringLiteral("not-yet")), ExpiryState::Valid);

        // An explicit pending mark, e.g. while a renewal runs.
        m_model->setPending(QStringLiteral("prod"), QStringLiteral("in-31"), true);
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-31")), ExpiryState::Pending);
        m_model->setPending(QStringLiteral("prod"), QStringLiteral("in-31"), false);
        QCOMPARE(stateOf(*m_model, QStringLiteral("in-31")), ExpiryState::Expiring);
        QCOMPARE(m_model->stateAt(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("in-31"))),
                 ExpiryState::Expiring);
    }

    void tooltipsStateInWords() {
        vault::CertificateItem disabled = item(QStringLiteral("disabled"), 400);
        disabled.attributes.enabled = false;
        m_model->appendPage(QStringLiteral("prod"),
                            {item(QStringLiteral("old"), -12), item(QStringLiteral("soon"), 5),
                             item(QStringLiteral("fine"), 200),
                             pendingItem(QStringLiteral("pending")), disabled});
        const auto tip = [this](const QString &name, int column = Model::NameColumn) {
            return at(*m_model, name, column, Qt::ToolTipRole).toString();
        };
        // Untranslated %n plurals read "day(s)"; the English .qm supplies "days".
        QVERIFY2(tip(QStringLiteral("old")).startsWith(QStringLiteral("Expired 12 day")),
                 qPrintable(tip(QStringLiteral("old"))));
        QVERIFY2(tip(QStringLiteral("soon")).startsWith(QStringLiteral("Expires in 5 day")),
                 qPrintable(tip(QStringLiteral("soon"))));
        QVERIFY(tip(QStringLiteral("fine")).startsWith(QStringLiteral("Valid")));
        QVERIFY(tip(QStringLiteral("pending")).startsWith(QStringLiteral("Pending")));
        QVERIFY(tip(QStringLiteral("disabled")).startsWith(QStringLiteral("Disabled")));
        // Every column explains the state, not just the coloured one.
        for (int column = 0; column < Model::ColumnCount; ++column)
            QVERIFY2(tip(QStringLiteral("old"), column).contains(QStringLiteral("Expired 12 day")),
                     qPrintable(QString::number(column)));
        QVERIFY(tip(QStringLiteral("old"), Model::ThumbprintColumn)
                    .contains(QStringLiteral("SHA-1: ")));
        QCOMPARE(at(*m_model, QStringLiteral("soon"), 0, Qt::AccessibleDescriptionRole).toString(),
                 tip(QStringLiteral("soon")));
    }

    void statePaletteServesColoursAndIcons() {
        m_model->appendPage(QStringLiteral("prod"),
                            {item(QStringLiteral("old"), -3), item(QStringLiteral("fine"), 200)});
        // Without a palette: the view's defaults.
        QVERIFY(!at(*m_model, QStringLiteral("old"), 0, Qt::ForegroundRole).isValid());
        QVERIFY(!at(*m_model, QStringLiteral("old"), 0, Qt::DecorationRole).isValid());

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QPixmap pixmap(8, 8);
        pixmap.fill(Qt::red);
        const QIcon expiredIcon(pixmap);
        m_model->setStatePalette({{ExpiryState::Expired, QColor(Qt::darkRed)}},
                                 {{ExpiryState::Expired, QColor(255, 230, 230)}},
                                 {{ExpiryState::Expired, expiredIcon}});
        QCOMPARE(changed.count(), 1);
        for (int column = 0; column < Model::ColumnCount; ++column) {
            QCOMPARE(at(*m_model, QStringLiteral("old"), column, Qt::ForegroundRole)
                         .value<QBrush>()
                         .color(),
                     QColor(Qt::darkRed));
            QCOMPARE(at(*m_model, QStringLiteral("old"), column, Qt::BackgroundRole)
                         .value<QBrush>()
                         .color(),
                     QColor(255, 230, 230));
        }
        QVERIFY(
            !at(*m_model, QStringLiteral("old"), 0, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!at(*m_model, QStringLiteral("old"), Model::SubjectColumn, Qt::DecorationRole)
                     .isValid());
        QVERIFY(!at(*m_model, QStringLiteral("fine"), 0, Qt::ForegroundRole).isValid());
        QVERIFY(!at(*m_model, QStringLiteral("fine"), 0, Qt::DecorationRole).isValid());
    }

    void updateDetailsParsesRealCertificate() {
        crypto::SubjectAlternativeNames sans;
        sans.dnsNames = {QStringLiteral("www.contoso.com"), QStringLiteral("api.contoso.com")};
        sans.emails = {QStringLiteral("ops@contoso.com")};
        const Issued root = makeRoot(QStringLiteral("CN=Contoso Issuing CA, O=Contoso"));
        const crypto::Certificate certificate =
            makeCertificate(QStringLiteral("CN=www.contoso.com, O=Contoso"), sans, 90, &root);

        m_model->appendPage(QStringLiteral("prod"), {item(QStringLiteral("other")),
                                                     itemOf(QStringLiteral("web"), certificate)});
        const int row = m_model->rowOf(QStringLiteral("prod"), QStringLiteral("web"));
        QCOMPARE(m_model->rowsWithoutDetails(0, 99), (QList<int>{0, 1}));
        QVERIFY(!m_model->hasDetails(row));
        QVERIFY(cell(*m_model, row, Model::SubjectColumn).toString().isEmpty());

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->updateDetails(QStringLiteral("prod"),
                               bundleOf(QStringLiteral("web"), certificate, QStringLiteral("prod"),
                                        QStringLiteral("application/x-pem-file")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(row, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
                 m_model->index(row, Model::ColumnCount - 1));

        QVERIFY(m_model->hasDetails(row));
        QCOMPARE(m_model->rowsWithoutDetails(0, 99), (QList<int>{0}));
        QCOMPARE(m_model->rowsWithoutDetails(1, 1), QList<int>());
        QCOMPARE(cell(*m_model, row, 0, Model::DetailsLoadedRole).toBool(), true);
        QCOMPARE(cell(*m_model, row, Model::SubjectColumn).toString(),
                 QStringLiteral("CN=www.contoso.com, O=Contoso"));
        QCOMPARE(cell(*m_model, row, Model::IssuerColumn).toString(),
                 QStringLiteral("CN=Contoso Issuing CA, O=Contoso"));
        QCOMPARE(cell(*m_model, row, 0, Model::IssuerRole).toString(),
                 QStringLiteral("CN=Contoso Issuing CA, O=Contoso"));
        QCOMPARE(cell(*m_model, row, 0, Model::SansRole).toStringList(),
                 (QStringList{QStringLiteral("www.contoso.com"), QStringLiteral("api.contoso.com"),
                              QStringLiteral("ops@contoso.com")}));
        const QString sha1 = QString::fromLatin1(certificate.sha1Thumbprint().toHex()).toUpper();
        const QString sha256 =
            QString::fromLatin1(certificate.sha256Thumbprint().toHex()).toUpper();
        QCOMPARE(cell(*m_model, row, Model::ThumbprintColumn).toString(), sha1);
        QCOMPARE(cell(*m_model, row, 0, Model::Sha1ThumbprintRole).toString(), sha1);
        QCOMPARE(cell(*m_model, row, 0, Model::Sha256ThumbprintRole).toString(), sha256);
        QCOMPARE(sha256.size(), 64);
        QCOMPARE(cell(*m_model, row, Model::ContentTypeColumn).toString(),
                 QStringLiteral("application/x-pem-file"));
        QCOMPARE(cell(*m_model, row, Model::DaysLeftColumn).toInt(), 90);
        QCOMPARE(m_model->stateAt(row), ExpiryState::Valid);

        // A new version in a later listing: the old details no longer apply.
        const crypto::Certificate renewed =
            makeCertificate(QStringLiteral("CN=www.contoso.com, O=Contoso"), sans, 400, &root);
        m_model->appendPage(QStringLiteral("prod"), {itemOf(QStringLiteral("web"), renewed)});
        QVERIFY(!m_model->hasDetails(row));
        QCOMPARE(cell(*m_model, row, 0, Model::Sha256ThumbprintRole).toString(), QString());
        QCOMPARE(cell(*m_model, row, Model::ThumbprintColumn).toString(),
                 QString::fromLatin1(renewed.sha1Thumbprint().toHex()).toUpper());
        // The same version again keeps them.
        m_model->updateDetails(QStringLiteral("prod"), bundleOf(QStringLiteral("web"), renewed));
        m_model->appendPage(QStringLiteral("prod"), {itemOf(QStringLiteral("web"), renewed)});
        QVERIFY(m_model->hasDetails(row));
        QCOMPARE(cell(*m_model, row, 0, Model::Sha256ThumbprintRole).toString(),
                 QString::fromLatin1(renewed.sha256Thumbprint().toHex()).toUpper());
    }

    void updateDetailsOfUnknownAndPendingCertificates() {
        crypto::SubjectAlternativeNames sans;
        sans.dnsNames = {QStringLiteral("new.contoso.com")};
        const crypto::Certificate certificate =
            makeCertificate(QStringLiteral("CN=new.contoso.com"), sans, 20);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->updateDetails(QStringLiteral("prod"),
                               bundleOf(QStringLiteral("new"), certificate));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->hasDetails(0));
        QCOMPARE(m_model->nameAt(0), QStringLiteral("new"));
        QCOMPARE(cell(*m_model, 0, Model::IssuerColumn).toString(),
                 QStringLiteral("CN=new.contoso.com"));
        QCOMPARE(m_model->stateAt(0), ExpiryState::Expiring);
        QCOMPARE(cell(*m_model, 0, Model::NameColumn, Model::X5tRole).toString(),
                 certificate.x5t());

        // A certificate whose first version is still pending: no cer, "pending" set.
        vault::CertificateBundle pending;
        pending.id =
            vaultUrl(QStringLiteral("prod")) + QStringLiteral("/certificates/requested/abc");
        pending.pendingId =
            vaultUrl(QStringLiteral("prod")) + QStringLiteral("/certificates/requested/pending");
        pending.attributes.enabled = false;
        vault::CertificatePolicy policy;
        vault::X509Properties x509;
        x509.subject = QStringLiteral("CN=requested.contoso.com");
        vault::SubjectAlternativeNames policySans;
        policySans.dnsNames = QStringList{QStringLiteral("requested.contoso.com")};
        x509.sans = policySans;
        policy.x509Properties = x509;
        pending.policy = policy;
        m_model->updateDetails(QStringLiteral("prod"), pending);
        const int row = m_model->rowOf(QStringLiteral("prod"), QStringLiteral("requested"));
        QCOMPARE(row, 1);
        QCOMPARE(m_model->stateAt(row), ExpiryState::Pending);
        QCOMPARE(cell(*m_model, row, Model::SubjectColumn).toString(),
                 QStringLiteral("CN=requested.contoso.com"));
        QCOMPARE(cell(*m_model, row, 0, Model::SansRole).toStringList(),
                 QStringList{QStringLiteral("requested.contoso.com")});

        // Garbage DER does not break anything.
        vault::CertificateBundle broken = bundleOf(QStringLiteral("new"), certificate);
        broken.cer = QByteArray("not a certificate");
        m_model->updateDetails(QStringLiteral("prod"), broken);
        QVERIFY(m_model->hasDetails(0));
        QCOMPARE(cell(*m_model, 0, Model::ThumbprintColumn).toString(),
                 QString::fromLatin1(certificate.sha1Thumbprint().toHex()).toUpper());

        // A bundle without a usable id is ignored.
        m_model->updateDetails(QStringLiteral("prod"), vault::CertificateBundle());
        QCOMPARE(m_model->rowCount(), 2);
    }

    void csvQuotesCommasQuotesAndNewlines() {
        vault::CertificateItem tricky = item(QStringLiteral("tricky"), 10);
        tricky.subject = QStringLiteral("CN=\"Quoted\" Name, O=Contoso");
        tricky.tags = vault::Tags{{QStringLiteral("note"), QStringLiteral("line one\nline two")},
                                  {QStringLiteral("plain"), QStringLiteral("x")}};
        m_model->appendPage(QStringLiteral("prod"),
                            {tricky, item(QStringLiteral("simple"), std::nullopt)});

        const QByteArray csv = m_model->toCsv();
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(csv.contains("\"CN=\"\"Quoted\"\" Name, O=Contoso\""));
        QVERIFY(csv.contains("\"note=line one\nline two, plain=x\""));

        const QList<QStringList> records = parseCsv(csv);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).value(Model::NameColumn), QStringLiteral("Name"));
        QCOMPARE(records.at(0).size(), records.at(1).size());
        QCOMPARE(records.at(1).value(Model::NameColumn), QStringLiteral("tricky"));
        QCOMPARE(records.at(1).value(Model::SubjectColumn),
                 QStringLiteral("CN=\"Quoted\" Name, O=Contoso"));
        QCOMPARE(records.at(1).value(Model::TagsColumn),
                 QStringLiteral("note=line one\nline two, plain=x"));
        QCOMPARE(records.at(1).value(Model::DaysLeftColumn), QStringLiteral("10"));
        QCOMPARE(records.at(1).value(Model::ExpiresColumn),
                 QDateTime::fromSecsSinceEpoch(*tricky.attributes.expires, Qt::UTC)
                     .toString(Qt::ISODate));
        QCOMPARE(records.at(2).value(Model::ExpiresColumn), QString());
        QCOMPARE(records.at(2).value(Model::NameColumn), QStringLiteral("simple"));

        // Only the given rows, also when the indexes come from a proxy.
        CertificateFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(Model::NameColumn, Qt::AscendingOrder); // simple, tricky
        const QModelIndexList selection{proxy.index(0, 0), proxy.index(0, 3)};
        const QList<QStringList> selected = parseCsv(m_model->toCsv(selection));
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.at(1).value(Model::NameColumn), QStringLiteral("simple"));
    }

    void icsHasOneEventPerExpiringCertificate() {
        crypto::SubjectAlternativeNames sans;
        const crypto::Certificate certificate =
            makeCertificate(QStringLiteral("CN=web, O=Contoso"), sans, 60);
        m_model->appendPage(QStringLiteral("prod"),
                            {item(QStringLiteral("a"), 10),
                             item(QStringLiteral("no-expiry"), std::nullopt),
                             itemOf(QStringLiteral("web"), certificate)});
        m_model->updateDetails(QStringLiteral("prod"),
                               bundleOf(QStringLiteral("web"), certificate));
        m_model->appendPage(QStringLiteral("test"),
                            {item(QStringLiteral("a"), -5, QStringLiteral("test"))});

        const QByteArray ics = m_model->toIcs(14);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n")); // CRLF only
        for (const QByteArray &physical : ics.split('\n'))
            QVERIFY2(physical.size() <= 76, physical.constData()); // 75 octets + CR

        const QStringList lines = icsLines(ics);
        QVERIFY(
            lines.contains(QStringLiteral("PRODID:-//Certdeck//Certdeck certificate expiry//EN")));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 3);
        QCOMPARE(lines.count(QStringLiteral("END:VEVENT")), 3);
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VALARM")), 3);
        QCOMPARE(lines.count(QStringLiteral("TRIGGER:-P14D")), 3);
        QCOMPARE(lines.count(QStringLiteral("DTSTAMP:20250615T120000Z")), 3);

        // DTSTART is the expiry, in UTC.
        const QDateTime expiryOfA = QDateTime::fromSecsSinceEpoch(nowSeconds() + 10 * Day, Qt::UTC);
        QCOMPARE(expiryOfA.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
                 QStringLiteral("20250625T120000Z"));
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20250625T120000Z")));
        QVERIFY(lines.contains(
            QStringLiteral("DTSTART:") +
            certificate.notAfter().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20250610T120000Z"))); // test/a, expired

        // Structure: every VEVENT holds UID, DTSTAMP, DTSTART, SUMMARY and one VALARM.
        QStringList uids;
        bool inEvent = false;
        QSet<QString> seen;
        for (const QString &line : lines) {
            if (line == QLatin1String("BEGIN:VEVENT")) {
                inEvent = true;
                seen.clear();
            } else if (line == QLatin1String("END:VEVENT")) {
                QVERIFY(seen.contains(QStringLiteral("UID")));
                QVERIFY(seen.contains(QStringLiteral("DTSTAMP")));
                QVERIFY(seen.contains(QStringLiteral("DTSTART")));
                QVERIFY(seen.contains(QStringLiteral("SUMMARY")));
                inEvent = false;
            } else if (inEvent) {
                seen.insert(line.section(QLatin1Char(':'), 0, 0));
                if (line.startsWith(QLatin1String("UID:")))
                    uids.append(line);
            }
        }
        QCOMPARE(uids.size(), 3);
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), 3); // prod/a and test/a differ

        // Escaping of TEXT values: the subject's comma.
        const QString unfolded = lines.join(QLatin1Char('\n'));
        QVERIFY2(unfolded.contains(QStringLiteral("Subject: CN=web\\, O=Contoso")),
                 qPrintable(unfolded));
        QVERIFY(unfolded.contains(QStringLiteral("\\nVault: prod\\n"))); // escaped newlines

        // UIDs are stable across exports and clock changes.
        m_clock.advanceDays(3);
        const QStringList again = icsLines(m_model->toIcs(7));
        QStringList uidsAgain;
        for (const QString &line : again) {
            if (line.startsWith(QLatin1String("UID:")))
                uidsAgain.append(line);
        }
        QCOMPARE(uidsAgain, uids);
        QVERIFY(again.contains(QStringLiteral("TRIGGER:-P7D")));
        QVERIFY(icsLines(m_model->toIcs(0)).contains(QStringLiteral("TRIGGER:PT0S")));
    }

    void appendingTenThousandRows() {
        // Without the tester: it walks the whole model on every change.
        m_tester.reset();
        QList<QList<vault::CertificateItem>> pages;
        for (int page = 0; page < 400; ++page) {
            QList<vault::CertificateItem> items;
            for (int i = 0; i < 25; ++i)
                items.append(
                    item(QStringLiteral("cert-%1").arg(page * 25 + i), (page * 25 + i) % 500 - 50));
            pages.append(items);
        }
        QElapsedTimer timer;
        timer.start();
        for (const auto &page : std::as_const(pages))
            m_model->appendPage(QStringLiteral("prod"), page);
        const qint64 appendMs = timer.elapsed();
        QCOMPARE(m_model->rowCount(), 10000);
        QCOMPARE(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("cert-9999")), 9999);

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        timer.restart();
        m_model->appendPage(QStringLiteral("prod"), pages.at(200)); // all duplicates
        const qint64 refreshMs = timer.elapsed();
        QCOMPARE(m_model->rowCount(), 10000);
        QCOMPARE(changed.count(), 1); // one run of neighbouring rows
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 5000);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 5024);

        CertificateFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        timer.restart();
        proxy.setQuery(QStringLiteral("is:expiring cert-1"));
        QVERIFY(proxy.rowCount() > 0); // the proxy maps lazily
        const qint64 filterMs = timer.elapsed();
        qInfo("10,000 rows in 400 pages: %lld ms; a page of duplicates: %lld ms; filter: %lld ms",
              appendMs, refreshMs, filterMs);
    }

private:
    FixedClock m_clock;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestCertificateListModel)
#include "test_certificate_list_model.moc"
