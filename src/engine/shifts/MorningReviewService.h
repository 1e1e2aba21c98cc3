#pragma once

#include "core/Result.h"
#include "engine/shifts/ShiftReview.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class ControlRoomService;
class Database;
class ShiftService;
struct Session;

// The supervisor's morning review (R-SH-4), a record like any other. Permission::ReviewShifts.
//
// What a review started at `now` covers, exactly: the half-open interval [from, to) where
//   to   = the latest start of shift A at or before now (R-SH-1's A, from SiteRules), and
//   from = the cover end of the last completed review, or, when there is none, the start of
//          shift A one calendar day before `to`.
// In it: every handover sheet of a shift that STARTED in [from, to) (so the night shift C that
// started at 20:30 and was handed over at 07:30 belongs to the night it covers, whenever its sheet
// was sealed), and every control-room call taken in [from, to). A review begun at 08:00 therefore
// lists exactly the previous day's A and B and the night's C, plus the night's calls; yesterday's
// review already covered everything before.
//
// Each of those becomes a mark to read (with an optional comment). The chase list is saved when the
// review starts: the tickets on those sheets still open now, every disputed sheet line, and the calls
// not yet entered as tickets. complete() needs every mark read. Until then pendingReview() gives it
// back, for the supervisor's start page. Only one review is open at a time; starting again returns it.
class MorningReviewService
{
    Q_DECLARE_TR_FUNCTIONS(MorningReviewService)

public:
    MorningReviewService(Database& db, const Clock& clock, AuditLog& audit, const ShiftService& shifts,
                         const ControlRoomService& calls);

    Result<ShiftReview> startReview(const Session& who);
    // seen: the comment the supervisor's page showed on the record; another supervisor's comment saved
    // since is refused with who and when (issue 16), not written over. Without it: the comment now.
    Result<ShiftReview> markRead(const Session& who, qint64 reviewId, qint64 markId, const QString& comment = {},
                                 const std::optional<QString>& seen = std::nullopt);
    Result<ShiftReview> complete(const Session& who, qint64 reviewId);

    [[nodiscard]] Result<ShiftReview> review(qint64 id) const;
    // The open review to show on the start page, if any (R-SH-4).
    [[nodiscard]] Result<std::optional<ShiftReview>> pendingReview(const Session& who) const;
    // Whether the start page asks this person for a review (R-SH-4): one is open, or the completed
    // reviews do not yet reach the latest start of shift A (so startReview would find something to
    // cover). False for a person without Permission::ReviewShifts. Writes nothing.
    [[nodiscard]] Result<bool> reviewDue(const Session& who) const;

private:
    Status mayReview(const Session& who) const;
    Status addMarksAndChase(const ShiftReview& review);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const ShiftService& m_shifts;
    const ControlRoomService& m_calls;
};

} // namespace fd
