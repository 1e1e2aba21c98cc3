#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace fd {

// A place someone is on duty at (大堂岗, 中控室…). The control room takes the calls at night (R-SH-3).
struct Post
{
    qint64 id = 0;
    QString code;
    QString name;
    bool isControlRoom = false;
};

// One person at one post for a time (R-SH-1). code is the rules' shift it started in: A, B or C.
// It stays open until the handover sheet that ends it is sealed (R-SH-2); one left past its end
// without a handover is ended when the next person at the post takes it over (endedHow "taken_over")
// or when its person starts again at another post ("lapsed").
struct Shift
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 userId = 0;
    QChar code;
    qint64 startedMs = 0;
    std::optional<qint64> endedMs;
    qint64 fromSheetId = 0; // the sheet whose seal started it, 0 when started by hand
    QString endedHow;       // "handover", "taken_over" or "lapsed"; empty while open
    qint64 endedBy = 0;     // who ended it
};

// An open shift as the shift page and the status bar show it: where, who, and whether it is past the
// end of its rules' shift without a handover (ShiftCalendar::dueEnd).
struct ShiftOnDuty
{
    Shift shift;
    QString postName;
    QString personName;
    bool pastEnd = false; // past its end without a handover (R-SH-1)
    bool present = false; // its person is signed in somewhere now (DeskPresence)
};

} // namespace fd
