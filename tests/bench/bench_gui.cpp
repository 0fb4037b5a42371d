// bench_gui: the desktop app with 10,000 certificates from a local vault (its own process, as a
// remote vault would be).
//  - loading: the longest stall of the GUI event loop (a 5 ms heartbeat timer) while the main
//    window fills, total time to the last row against merely listing the same pages with
//    lib/client (interleaved runs), and resident memory per row. Targets: stall <= 50 ms,
//    total <= 1.3 x list-only.
//  - cold start: certdeck --print-first-paint against a bare Qt Widgets window (bare_window),
//    median of 15 interleaved runs after one uncounted round. Target: <= 2 x (reported, not
//    enforced; see below).
// Prints the figures, the ratios and PASS/FAIL; fails when a target is missed (uninstrumented
// builds only: sanitizers change every figure).
#include "certificate_list_model.h"
#include "main_window.h"
#include "vault_session.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

using namespace certdeck;

namespace {

constexpr int certificateCount = 10000;
constexpr qint64 stallTargetMs = 50;
constexpr double loadTargetRatio = 1.3;
constexpr double coldStartTargetRatio = 2.0;
constexpr int coldStartRuns = 15;
constexpr int windowLoadRuns = 2;
constexpr int heartbeatMs = 5;

qint64 residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

// Records the longest gap between ticks of a fast timer: how long the event loop was blocked.
class Heartbeat : public QObject {
public:
    Heartbeat() {
        m_timer.setInterval(heartbeatMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longestGapMs = std::max(m_longestGapMs, m_clock.restart()); });
    }
    void start() {
        m_longestGapMs = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 longestStallMs() const { return std::max<qint64>(0, m_longestGapMs - heartbeatMs); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestGapMs = 0;
};

bool judged() {
#if defined(__SANITIZE_ADDRESS__)
    return false;
#else
    return true;
#endif
}

} // namespace

class BenchGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        const QString serverBin = qEnvironmentVariable("CERTDECK_LOCALVAULT_BIN");
        QVERIFY2(QFileInfo(serverBin).isExecutable(), "CERTDECK_LOCALVAULT_BIN is not set");
        QVERIFY(m_dir.isValid());
        m_server.setProgram(serverBin);
        m_server.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--data"), m_dir.filePath(QStringLiteral("vault")),
                               QStringLiteral("--seed-certificates"),
                               QString::number(certificateCount)});
        m_server.start();
        QVERIFY(m_server.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine() || m_server.state() == QProcess::NotRunning,
                                 300000);
        QVERIFY2(m_server.state() == QProcess::Running,
                 m_server.readAllStandardError().constData());
        m_connection = QString::fromUtf8(m_server.readLine()).trimmed();
    }

    void cleanupTestCase() {
        m_server.terminate();
        m_server.waitForFinished(15000);
    }

    void loadTenThousandIntoTheWindow() {
        // Interleaved: list, window, list, window, list. Each window run is set against the mean
        // of the listings just before and after it, which cancels a drift of the machine's speed
        // over the test (seen both ways on the 2-core CI machine); the verdict takes the better
        // of the window runs, so that one burst of other work does not decide it. The stall is
        // judged the same way: a stall of the window's own making shows in every run, a burst of
        // other work on the machine (CI runs tests side by side) in one; both are printed.
        QList<double> listRuns{listOnly()};
        QList<WindowLoad> windowRuns;
        for (int run = 0; run < windowLoadRuns; ++run) {
            WindowLoad load;
            loadIntoWindow(&load);
            if (QTest::currentTestFailed())
                return;
            windowRuns.append(load);
            listRuns.append(listOnly());
        }
        QVERIFY(*std::min_element(listRuns.cbegin(), listRuns.cend()) > 0);
        int best = 0;
        QList<double> ratios;
        for (int run = 0; run < windowRuns.size(); ++run) {
            windowRuns[run].listMs = (listRuns.at(run) + listRuns.at(run + 1)) / 2;
            ratios.append(windowRuns.at(run).ms / windowRuns.at(run).listMs);
            if (ratios.at(run) < ratios.at(best))
                best = run;
        }
        const auto [calmest, worst] = std::minmax_element(
            windowRuns.cbegin(), windowRuns.cend(),
            [](const WindowLoad &a, const WindowLoad &b) { return a.stallMs < b.stallMs; });
        const qint64 stall = calmest->stallMs;
        const double ratio = ratios.at(best);
        const bool pass = stall <= stallTargetMs && ratio <= loadTargetRatio;
        QList<double> windowTimes;
        for (const WindowLoad &load : windowRuns)
            windowTimes.append(load.ms);
        qInfo("list only (lib/client): %d certificates in %s ms (runs in order)", certificateCount,
              qPrintable(joined(listRuns, 0)));
        qInfo("main window to last row: %s ms (between those runs), ratios %s",
              qPrintable(joined(windowTimes, 0)), qPrintable(joined(ratios, 2)));
        qInfo("best run: window %.0f ms against a listing of %.0f ms, ratio %.2f (target <= %.1f)",
              windowRuns.at(best).ms, windowRuns.at(best).listMs, ratio, loadTargetRatio);
        qInfo("longest event-loop stall: %lld ms in the calmer run, %lld ms in the other "
              "(target <= %lld on the calmer run)",
              stall, worst->stallMs, stallTargetMs);
        qInfo("resident memory per row: %.0f bytes (first window)", windowRuns.first().bytesPerRow);
        qInfo("loading: %s", pass ? "PASS" : "FAIL");
        if (judged())
            QVERIFY2(pass, "loading target missed");
    }

    void coldStartAgainstABareWindow() {
        const QString certdeck = qEnvironmentVariable("CERTDECK_GUI_BIN");
        const QString bare = qEnvironmentVariable("CERTDECK_BARE_WINDOW_BIN");
        QVERIFY2(QFileInfo(certdeck).isExecutable(), "CERTDECK_GUI_BIN is not set");
        QVERIFY2(QFileInfo(bare).isExecutable(), "CERTDECK_BARE_WINDOW_BIN is not set");
        const QStringList appArguments{QStringLiteral("--print-first-paint"),
                                       QStringLiteral("--local-vault-data"),
                                       m_dir.filePath(QStringLiteral("app-vault"))};
        // Certdeck saves its window state when it quits: into the bench's directory, not over
        // the settings of whoever runs the suite. Every run after the first finds it there, as
        // an operator's every start but the first does.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        const QList<double> medians =
            interleavedMedians({{bare, {}, environment},
                                {bare, {QStringLiteral("--text")}, environment},
                                {certdeck, appArguments, environment}});
        const double bareMs = medians.at(0);
        const double textMs = medians.at(1);
        const double appMs = medians.at(2);
        QVERIFY(bareMs > 0 && textMs > 0 && appMs > 0);
        const double ratio = appMs / bareMs;
        qInfo("cold start to the end of the first paint (median of %d, interleaved): bare Qt "
              "Widgets window %.1f ms, certdeck %.1f ms, ratio %.2f (target <= %.1f): %s",
              coldStartRuns, bareMs, appMs, ratio, coldStartTargetRatio,
              ratio <= coldStartTargetRatio ? "PASS" : "FAIL");
        qInfo("for scale: the same bare window with one line of text %.1f ms (certdeck %.2f x "
              "that); the text alone costs the bare window %.1f ms",
              textMs, appMs / textMs, textMs - bareMs);
        // Reported, not enforced: the bare window paints without a single glyph while certdeck
        // lays out its toolbar, sidebar and table, and on a loaded 2-core machine the ratio
        // swings by a third. A gate on it would fail at random; the figures are for reading.
    }

private:
    struct WindowLoad {
        double ms = -1;
        qint64 stallMs = 0;
        double bytesPerRow = 0;
        double listMs = 0; // the mean of the listings before and after
    };

    // A fresh main window and session filled with every certificate.
    void loadIntoWindow(WindowLoad *load) {
        gui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        auto *session = gui::VaultSession::fromLocalConnection(m_connection, &error, &window);
        QVERIFY2(session, qPrintable(error));
        QSignalSpy loaded(&window, &gui::MainWindow::certificatesLoaded);
        Heartbeat heartbeat;
        const qint64 memoryBefore = residentBytes();
        QElapsedTimer clock;
        heartbeat.start();
        clock.start();
        window.addSession(session);
        QVERIFY(loaded.wait(300000));
        QCOMPARE(window.certificateModel()->rowCount(), certificateCount);
        QCoreApplication::processEvents(); // the last page painted
        load->ms = double(clock.nsecsElapsed()) / 1e6;
        load->stallMs = heartbeat.longestStallMs();
        load->bytesPerRow = double(residentBytes() - memoryBefore) / certificateCount;
    }

    static QString joined(const QList<double> &values, int decimals) {
        QStringList texts;
        for (const double value : values)
            texts.append(QString::number(value, 'f', decimals));
        return texts.join(QStringLiteral(", "));
    }

    double listOnly() {
        QString error;
        std::unique_ptr<gui::VaultSession> session(
            gui::VaultSession::fromLocalConnection(m_connection, &error));
        if (!session)
            return -1;
        QElapsedTimer clock;
        clock.start();
        client::CertificatePager *pager = session->client()->listCertificates(true);
        QSignalSpy finished(pager, &client::ServiceReply::finished);
        if (!finished.wait(300000) || pager->hasError() || pager->itemCount() != certificateCount)
            return -1;
        return double(clock.nsecsElapsed()) / 1e6;
    }

    struct Program {
        QString path;
        QStringList arguments;
        QProcessEnvironment environment;
    };

    static double firstPaintMs(const Program &program) {
        QProcess process;
        process.setProgram(program.path);
        process.setArguments(program.arguments);
        process.setProcessEnvironment(program.environment);
        QElapsedTimer clock;
        clock.start();
        process.start();
        if (!process.waitForStarted(10000))
            return -1;
        // Blocking reads wake when the line arrives; QTest::qWaitFor sleeps 10 ms between
        // checks, which rounded every figure up to the next 10 ms.
        const QDeadlineTimer deadline(60000);
        while (!process.canReadLine() && process.state() != QProcess::NotRunning &&
               !deadline.hasExpired())
            process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        if (!process.canReadLine() || !process.readLine().startsWith("first-paint"))
            return -1;
        const double elapsed = double(clock.nsecsElapsed()) / 1e6;
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning && !finished.wait(30000))
            process.kill();
        return elapsed;
    }

    // Runs alternate between the programs so that machine load hits them alike; the median of
    // each (-1 when a run did not paint). A first round is not counted: right after the build
    // it reads the programs and their plugins from disk, which is not what a start costs.
    static QList<double> interleavedMedians(const QList<Program> &programs) {
        for (const Program &program : programs)
            firstPaintMs(program);
        QList<QList<double>> runs(programs.size());
        for (int run = 0; run < coldStartRuns; ++run) {
            for (int i = 0; i < programs.size(); ++i)
                runs[i].append(firstPaintMs(programs[i]));
        }
        QList<double> medians;
        for (QList<double> &times : runs) {
            std::sort(times.begin(), times.end());
            medians.append(times.first() < 0 ? -1.0 : times.at(times.size() / 2));
        }
        return medians;
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_connection;
};

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
