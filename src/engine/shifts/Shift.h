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
// It stays open until the handover sheet that ends it is sealed (R-SH-2).
struct Shift
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 userId = 0;
    QChar code;
    qint64 startedMs = 0;
    std::optional<qint64> endedMs;
    qint64 fromSheetId = 0; // the sheet whose seal started it, 0 when started by hand
};

} // namespace fd
