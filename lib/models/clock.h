#pragma once

#include <QDateTime>

namespace certdeck::models {

// Where models get the current time from, so "expires in 12 days" is deterministic in tests
// (the KeePassXC Clock pattern). Times are UTC.
class Clock {
public:
    virtual ~Clock();
    virtual QDateTime now() const;

    // The wall clock; lives for the whole program.
    static const Clock *system();
};

// A clock that says what it is told; for tests and previews.
class FixedClock : public Clock {
public:
    explicit FixedClock(const QDateTime &now = QDateTime::currentDateTimeUtc());

    QDateTime now() const override;
    void setNow(const QDateTime &now);
    void advanceSeconds(qint64 seconds);
    void advanceDays(int days);

private:
    QDateTime m_now;
};

} // namespace certdeck::models
