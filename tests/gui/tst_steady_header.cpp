// SteadyHeader gives the table the size hint QHeaderView itself would give, but measures its
// sections only when what their size depends on changed: not again after a section moved or the
// sort column changed.
#include "table_columns.h"

#include <QApplication>
#include <QFont>
#include <QStandardItemModel>
#include <QTest>

using namespace certdeck::gui;

namespace {

// Counts the section measurements behind each size hint.
class CountingHeader : public SteadyHeader {
public:
    using SteadyHeader::SteadyHeader;
    mutable int measured = 0;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override {
        ++measured;
        return SteadyHeader::sectionSizeFromContents(logicalIndex);
    }
};

// QHeaderView's own hint for the same model and font: what SteadyHeader must agree with.
QSize plainHint(QAbstractItemModel *model, const QFont &font, bool sortIndicatorShown) {
    QHeaderView plain(Qt::Horizontal);
    plain.setFont(font);
    plain.setModel(model);
    plain.setSortIndicatorShown(sortIndicatorShown);
    return plain.sizeHint();
}

} // namespace

class TestSteadyHeader : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_model.clear();
        m_model.setColumnCount(4);
        m_model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Expires"),
                                           QStringLiteral("Subject"), QStringLiteral("Issuer")});
    }

    void agreesWithQHeaderView() {
        CountingHeader header(nullptr);
        header.setModel(&m_model);
        QCOMPARE(header.sizeHint(), plainHint(&m_model, header.font(), false));
        header.setSortIndicatorShown(true);
        QCOMPARE(header.sizeHint(), plainHint(&m_model, header.font(), true));
    }

    void measuresOnceAcrossMovesAndSorting() {
        CountingHeader header(nullptr);
        header.setModel(&m_model);
        header.setSortIndicatorShown(true);
        const QSize first = header.sizeHint();
        const int measured = header.measured;
        QVERIFY(measured >= m_model.columnCount());
        header.moveSection(3, 1);
        header.setSortIndicator(2, Qt::DescendingOrder);
        header.resizeSection(0, 300);
        QCOMPARE(header.sizeHint(), first);
        QCOMPARE(header.measured, measured);
    }

    void measuresAgainWhenTheTextsChange() {
        CountingHeader header(nullptr);
        header.setModel(&m_model);
        const QSize before = header.sizeHint();
        m_model.setHeaderData(2, Qt::Horizontal,
                              QStringLiteral("Subject distinguished name, as the CA wrote it"));
        QVERIFY(header.sizeHint().width() > before.width());
        QCOMPARE(header.sizeHint(), plainHint(&m_model, header.font(), false));
    }

    void measuresAgainWhenSectionsAreAdded() {
        CountingHeader header(nullptr);
        header.setModel(&m_model);
        const QSize before = header.sizeHint();
        m_model.insertColumn(4);
        m_model.setHeaderData(4, Qt::Horizontal, QStringLiteral("x5t thumbprint (SHA-1), hex"));
        QVERIFY(header.sizeHint().width() > before.width());
    }

    void leavesHiddenSectionsOut() {
        CountingHeader header(nullptr);
        header.setModel(&m_model);
        m_model.setHeaderData(3, Qt::Horizontal, QStringLiteral("Issuer, as the CA names itself"));
        const QSize withIssuer = header.sizeHint();
        header.hideSection(3);
        QVERIFY(header.sizeHint().width() < withIssuer.width());
        QHeaderView plain(Qt::Horizontal);
        plain.setModel(&m_model);
        plain.hideSection(3);
        QCOMPARE(header.sizeHint(), plain.sizeHint());
        header.showSection(3);
        QCOMPARE(header.sizeHint(), withIssuer);
    }

    void measuresAgainWhenTheFontChanges() {
        CountingHeader header(nullptr);
        header.setModel(&m_model);
        const QSize before = header.sizeHint();
        QFont larger = header.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        header.setFont(larger);
        QVERIFY(header.sizeHint().height() > before.height());
        QCOMPARE(header.sizeHint(), plainHint(&m_model, larger, false));
    }

    void measuresAgainOnANewModel() {
        CountingHeader header(nullptr);
        header.setModel(&m_model);
        const QSize before = header.sizeHint();
        QStandardItemModel wider;
        wider.setHorizontalHeaderLabels(
            {QStringLiteral("Recovery level, as the vault reports it")});
        header.setModel(&wider);
        QVERIFY(header.sizeHint().width() > before.width());
        // The old model's header changes no longer reach this header's hint.
        const QSize now = header.sizeHint();
        const int measured = header.measured;
        m_model.setHeaderData(0, Qt::Horizontal, QStringLiteral("N"));
        QCOMPARE(header.sizeHint(), now);
        QCOMPARE(header.measured, measured);
    }

private:
    QStandardItemModel m_model;
};

QTEST_MAIN(TestSteadyHeader)
#include "tst_steady_header.moc"
