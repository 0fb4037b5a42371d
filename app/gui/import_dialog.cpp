#include "import_dialog.h"
#include "table_columns.h"

#include "certificate_reader.h"
#include "openssl_support.h"
#include "pkcs12.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdeck::gui {

namespace {
enum Column { FileColumn, CertificateColumn, NameColumn, StatusColumn };
}

ImportDialog::ImportDialog(client::VaultClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_prompt([this](const QString &file, bool retry, QString *password) {
        return askPassword(this, file, retry, password);
    }) {
    setWindowTitle(tr("Import certificates"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Certificate"), tr("Name in the vault"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(CertificateColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // a wrapped name showed only "shop-" of "shop-contoso-com"
    m_table->setAccessibleName(tr("Files to import"));
    layout->addWidget(m_table, 1);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("ImportButton"));
    connect(import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_running && m_current) {
            m_running = false; // the summary says what landed before the cancellation
            m_current->abort();
            return;
        }
        reject();
    });
    layout->addWidget(m_buttons);
    resize(760, 360);
}

ImportDialog::~ImportDialog() {
    for (Entry &entry : m_entries)
        entry.password.fill(QLatin1Char('\0'));
}

bool ImportDialog::askPassword(QWidget *parent, const QString &fileName, bool retry,
                               QString *password) {
    bool ok = false;
    const QString label = retry ? tr("The password for %1 is wrong. Try again:").arg(fileName)
                                : tr("Password for %1 (leave empty if it has none):").arg(fileName);
    *password = QInputDialog::getText(parent, tr("PFX password"), label, QLineEdit::Password,
                                      QString(), &ok);
    return ok;
}

QString ImportDialog::proposedName(const QString &commonName, const QString &fileName) {
    QString base = commonName.isEmpty() ? QFileInfo(fileName).completeBaseName() : commonName;
    base.replace(QLatin1Char('*'), QStringLiteral("wildcard"));
    static const QRegularExpression invalid(QStringLiteral("[^0-9A-Za-z-]+"));
    base.replace(invalid, QStringLiteral("-"));
    while (base.contains(QStringLiteral("--")))
        base.replace(QStringLiteral("--"), QStringLiteral("-"));
    base = base.left(127);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    return base.isEmpty() ? QStringLiteral("imported-certificate") : base;
}

void ImportDialog::addFiles(const QStringList &paths) {
    for (const QString &path : paths) {
        Entry entry;
        entry.path = path;
        readEntry(&entry);
        m_entries.append(entry);
        addRow(m_entries.last());
    }
}

void ImportDialog::readEntry(Entry *entry) {
    const QString fileName = QFileInfo(entry->path).fileName();
    QFile file(entry->path);
    if (!file.open(QIODevice::ReadOnly)) {
        entry->problem = tr("The file cannot be read.");
        return;
    }
    entry->content = file.readAll();
    const crypto::FileKind kind = crypto::detectFileKind(entry->content);
    if (kind == crypto::FileKind::PemWithPrivateKey) {
        auto pem = crypto::readPem(entry->content);
        if (!pem || !pem->key || pem->certificates.isEmpty()) {
            entry->problem = tr("The PEM file could not be read.");
            return;
        }
        entry->pem = true;
        const auto leaf =
            std::find_if(pem->certificates.cbegin(), pem->certificates.cend(),
                         [&pem](const crypto::Certificate &c) { return c.matches(*pem->key); });
        if (leaf == pem->certificates.cend()) {
            entry->problem = tr("No certificate in the file matches its private key.");
            return;
        }
        entry->subject = leaf->subject();
        entry->x5t = leaf->x5t();
        return;
    }
    if (kind == crypto::FileKind::PemCertificates || kind == crypto::FileKind::DerCertificate) {
        entry->problem = tr(
            "The file holds a certificate without its private key. Key Vault imports need the key: "
            "use a .pfx, or a .pem with the private key.");
        return;
    }
    if (kind != crypto::FileKind::Pkcs12) {
        entry->problem = tr("This is not a PFX, PKCS #12 or PEM file.");
        return;
    }
    bool retry = false;
    for (;;) {
        QString password;
        if (!m_prompt(fileName, retry, &password)) {
            entry->problem = tr("Skipped: no password given.");
            return;
        }
        QByteArray secret = password.toUtf8();
        auto bundle = crypto::readPkcs12(entry->content, secret);
        crypto::cleanse(secret);
        if (bundle) {
            entry->password = password;
            entry->subject = bundle->certificate.subject();
            entry->x5t = bundle->certificate.x5t();
            return;
        }
        password.fill(QLatin1Char('\0'));
        if (bundle.error().code != crypto::CryptoErrorCode::WrongPassword) {
            entry->problem =
                tr("The PFX file is damaged or unsupported: %1").arg(bundle.error().message);
            return;
        }
        retry = true;
    }
}

void ImportDialog::addRow(const Entry &entry) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *file = new QTableWidgetItem(QFileInfo(entry.path).fileName());
    file->setFlags(file->flags() & ~Qt::ItemIsEditable);
    file->setToolTip(entry.path);
    m_table->setItem(row, FileColumn, file);
    auto *subject = new QTableWidgetItem(entry.subject);
    subject->setFlags(subject->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, CertificateColumn, subject);
    const QString cn =
        entry.subject.section(QStringLiteral("CN="), 1).section(QLatin1Char(','), 0, 0);
    m_table->setItem(
        row, NameColumn,
        new QTableWidgetItem(entry.problem.isEmpty() ? proposedName(cn, entry.path) : QString()));
    auto *status = new QTableWidgetItem(entry.problem.isEmpty() ? tr("Ready") : entry.problem);
    status->setFlags(status->flags() & ~Qt::ItemIsEditable);
    status->setToolTip(status->text());
    m_table->setItem(row, StatusColumn, status);
    fitColumns();
}

// The proposed name is the one thing the operator edits here: its column, as the file's and the
// status's, fits what it holds (and its header); the subject takes the rest.
void ImportDialog::fitColumns() {
    fitColumnsToContents(m_table, {FileColumn, NameColumn, StatusColumn});
}

int ImportDialog::readyCount() const {
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.problem.isEmpty(); }));
}

void ImportDialog::startImport() {
    if (m_running)
        return;
    m_running = true;
    m_next = 0;
    m_imported = 0;
    m_failed = 0;
    m_progress->setRange(0, qMax(1, readyCount()));
    m_progress->setValue(0);
    m_progress->show();
    if (auto *import = m_buttons->findChild<QPushButton *>(QStringLiteral("ImportButton")))
        import->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    importNext();
}

void ImportDialog::importNext() {
    while (m_next < m_entries.size() && !m_entries[m_next].problem.isEmpty())
        ++m_next;
    if (!m_running || m_next >= m_entries.size()) {
        m_running = false;
        m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
        m_summary->setText(summary());
        emit importFinished(m_imported, m_failed);
        return;
    }
    const int row = m_next++;
    Entry &entry = m_entries[row];
    const QString name = m_table->item(row, NameColumn)->text().trimmed();
    static const QRegularExpression validName(QStringLiteral("^[0-9a-zA-Z-]{1,127}$"));
    if (!validName.match(name).hasMatch()) {
        setOutcome(row, tr("Not imported: the name may hold only letters, digits and dashes."),
                   false);
        return importNext();
    }
    setOutcome(row, tr("Importing…"), true);
    client::ImportParameters parameters;
    parameters.pfxOrPem = entry.content;
    parameters.pem = entry.pem;
    parameters.password = entry.password;
    parameters.expectedX5t = entry.x5t;
    auto *reply = m_client->importCertificate(name, parameters);
    m_current = reply;
    connect(reply, &client::ServiceReply::finished, this, [this, reply, row] {
        reply->deleteLater();
        m_entries[row].password.fill(QLatin1Char('\0'));
        if (reply->hasError()) {
            ++m_failed;
            setOutcome(row, reply->error().explanation(), false);
        } else {
            ++m_imported;
            m_entries[row].imported = true;
            setOutcome(row, tr("Imported"), true);
            emit certificateImported(reply->value());
        }
        m_progress->setValue(m_imported + m_failed);
        importNext();
    });
}

void ImportDialog::setOutcome(int row, const QString &outcome, bool success) {
    m_entries[row].outcome = outcome;
    QTableWidgetItem *status = m_table->item(row, StatusColumn);
    status->setText(outcome);
    status->setToolTip(outcome);
    fitColumns();
    status->setIcon(
        QIcon::fromTheme(success ? QStringLiteral("dialog-ok") : QStringLiteral("dialog-error")));
    if (!success && m_entries[row].problem.isEmpty())
        m_entries[row].problem = outcome;
}

QString ImportDialog::summary() const {
    QStringList lines{tr("%n certificate(s) imported.", nullptr, m_imported)};
    for (const Entry &entry : m_entries) {
        if (!entry.imported && !entry.problem.isEmpty())
            lines.append(tr("%1: %2").arg(QFileInfo(entry.path).fileName(), entry.problem));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace certdeck::gui
