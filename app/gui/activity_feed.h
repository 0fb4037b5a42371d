#pragma once

#include "activity_entry.h"
#include "http_pipeline.h"

namespace certdeck::gui {

// What the activity panel shows of one request the pipeline reported. The time stays unset: the
// ActivityModel stamps it from its clock.
inline models::ActivityEntry activityEntryFrom(const client::ActivityRecord &record) {
    models::ActivityEntry entry;
    entry.method = record.method;
    entry.host = record.host;
    entry.path = record.path;
    entry.status = record.status;
    entry.requestId = record.requestId;
    entry.durationMs = record.durationMs;
    entry.attempt = record.attempt;
    entry.error = record.error;
    return entry;
}

} // namespace certdeck::gui
