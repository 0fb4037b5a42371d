#include "clock.h"

namespace certdeck::models {

Clock::~Clock() = default;

QDateTime Clock::now() const {
    return QDateTime::currentDateTimeUtc();
}

const Clock *Clock::system() {
    static const Clock clock;
    return &clock;
}

FixedClock::FixedClock(const QDateTime &now)
    : m_now(now.toUTC()) {}

QDateTime FixedClock::now() const {
    return m_now;
}

void FixedClock::setNow(const QDateTime &now) {
    m_now = now.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds) {
    m_now = m_now.addSecs(seconds);
}

void FixedClock::advanceDays(int days) {
    m_now = m_now.addDays(days);
}

} // namespace certdeck::models
