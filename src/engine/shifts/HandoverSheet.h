#pragma once

#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

enum class HandoverItemKind { Ticket, Log, Equipment };

// What a HandoverProvider says is still open at a post: one line of the sheet to be.
struct HandoverLine
{
    HandoverItemKind kind = HandoverItemKind::Log;
    qint64 refId = 0;
    QString text;
};

// One line of a sheet as saved: the text is a snapshot of that moment (R-SH-2).
struct HandoverItem
{
    qint64 id = 0;
    qint64 sheetId = 0;
    int position = 0;
    HandoverItemKind kind = HandoverItemKind::Log;
    QString source; // the provider: "tickets", "equipment", later "visitors", "storage"…
    qint64 refId = 0;
    QString text;
    std::optional<qint64> acknowledgedMs;
    QString dispute;
};

// The arriving person's answer to one line: listed means acknowledged; a dispute text says what
// does not match (a key missing, a ticket that is not as written).
struct HandoverAnswer
{
    qint64 itemId = 0;
    QString dispute;
};

enum class HandoverStatus { Draft, Sealed };

// 工作移交表 (R-SH-2): drafted when the leaving person ends a shift, signed by them, then by the
// arriving person with their own password, then sealed and never changed again.
struct HandoverSheet
{
    qint64 id = 0;
    qint64 shiftId = 0;
    qint64 postId = 0;
    qint64 leavingUserId = 0;
    qint64 arrivingUserId = 0;
    qint64 createdMs = 0;
    QString notes;
    std::optional<qint64> leavingSignedMs;
    std::optional<qint64> arrivingSignedMs;
    std::optional<qint64> sealedMs;
    HandoverStatus status = HandoverStatus::Draft;
    int version = 1;
    QList<HandoverItem> items;
};

// One row of a post's list of sheets: the sheet without its lines (open it by id for those), the
// shift it hands over, and how many lines it has and how many of them the arriving person disputed.
struct HandoverSummary
{
    HandoverSheet sheet;
    QChar shiftCode;
    int itemCount = 0;
    int disputeCount = 0;
};

} // namespace fd
