#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace certdeck::models {

// One HTTP attempt, as client::ActivityRecord reports it (the GUI converts, so lib/models does
// not depend on lib/client). Carries no secrets: no headers, no bodies, no query strings.
struct ActivityEntry {
    QDateTime time; // when it happened (UTC); ActivityModel stamps it from its clock when invalid
    QByteArray method;
    QString host;
    QString path;   // ActivityModel keeps only the path of a URL: no query, no fragment
    int status = 0; // 0: no HTTP answer
    QString requestId;
    qint64 durationMs = 0;
    int attempt = 1;
    QString error;
};

} // namespace certdeck::models
