#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fd {

// One record the supervisor reads in the morning review: a handover sheet or a control-room call.
struct ReviewMark
{
    enum class Kind { Sheet, Call };
    qint64 id = 0;
    Kind kind = Kind::Sheet;
    qint64 refId = 0;
    QString title;
    std::optional<qint64> readMs;
    QString comment;
};

// Something unfinished the review found, to be chased (R-SH-4).
struct ChaseItem
{
    enum class Kind { Ticket, Dispute, Call };
    qint64 id = 0;
    Kind kind = Kind::Ticket;
    qint64 refId = 0; // ticket id, handover item id, or call id
    QString text;
};

// The supervisor's morning review (R-SH-4); see MorningReviewService for what it covers.
struct ShiftReview
{
    qint64 id = 0;
    qint64 supervisorId = 0;
    qint64 coverFromMs = 0;
    qint64 coverToMs = 0;
    qint64 startedMs = 0;
    std::optional<qint64> doneMs;
    int version = 1;
    QList<ReviewMark> marks;
    QList<ChaseItem> chase;
};

} // namespace fd
