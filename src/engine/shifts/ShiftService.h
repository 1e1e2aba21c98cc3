#pragma once

#include "core/Result.h"
#include "engine/shifts/DeskPresence.h"
#include "engine/shifts/HandoverSheet.h"
#include "engine/shifts/Shift.h"
#include "engine/shifts/ShiftCalendar.h"
#include "engine/shifts/ShiftStore.h"
#include "engine/shifts/TicketHandoverProvider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace fd {

class AccountService;
class AuditLog;
class Clock;
class Database;
class SiteRules;
struct Session;

// Shifts and handover (R-SH-1, R-SH-2).
//  startShift   a person starts at the post they chose (the workstation remembers it; it is never
//               inferred); one open shift per person; its code (A/B/C) comes from the rules' times
//               (ShiftCalendar), so a start at 20:45 or 03:00 is C. Starting again at the post one is
//               on continues that shift. A shift of someone else at that post past its end without a
//               handover is taken over (ended "taken_over"); one's own shift at another post past its
//               end lapses; one's own live shift at another post is refused ("shift.open").
//  endShift     drafts the handover sheet: every open item of that post at that moment from every
//               HandoverProvider (tickets built in; modules add theirs), the equipment checklist, notes.
//               The shift stays open until the sheet is sealed: the leaving person is on duty until then.
//  signLeaving  the leaving person signs with their password.
//  acceptByArriving  another person (never the leaving one) signs with their OWN password, which
//               counts towards their lockout like a sign-in, and answers every line (acknowledged, or a
//               dispute). Then the sheet is sealed, the leaving shift ends and the arriving person's
//               shift at that post starts, all in one transaction. A sealed sheet never changes.
//               Night (R-SH-3): when the evening desk hands over to someone already on a control-room
//               shift, that shift covers the desk; no second shift is started. Anyone else already on
//               a shift is refused ("shift.open").
// Every change is audited in the same Transaction; nothing is deleted.
class ShiftService
{
    Q_DECLARE_TR_FUNCTIONS(ShiftService)

public:
    ShiftService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules, AccountService& accounts);

    // Modules register what they keep open at a post (visitors inside, stored items…); not owned.
    void addProvider(const HandoverProvider* provider);

    [[nodiscard]] Result<QList<Post>> posts() const;
    [[nodiscard]] Result<Post> controlRoomPost() const;
    [[nodiscard]] Result<std::optional<Shift>> currentShift(qint64 userId) const;
    // Every open shift now, by post, with whether it is past its end without a handover: shown to
    // the person, to the next one at the post and to the supervisor.
    [[nodiscard]] Result<QList<ShiftOnDuty>> onDutyNow() const;
    // Whether a shift is past the end of its rules' shift (ShiftCalendar::dueEnd) at atMs.
    [[nodiscard]] bool pastEnd(const Shift& shift, qint64 atMs) const;
    [[nodiscard]] Result<Shift> shift(qint64 id) const;
    [[nodiscard]] Result<HandoverSheet> sheet(qint64 id) const;
    // The sheet drafted for a shift, if endShift has run for it.
    [[nodiscard]] Result<std::optional<HandoverSheet>> sheetOfShift(qint64 shiftId) const;
    // What endShift would draft for the person's own open shift now, unsaved (the lines have no ids):
    // shown to the leaving person before they sign.
    [[nodiscard]] Result<QList<HandoverItem>> previewLines(const Session& who, qint64 shiftId) const;
    // A post's sheets, newest first, one page at a time (`limit` from `offset`), without their lines.
    [[nodiscard]] Result<QList<HandoverSummary>> sheetsOfPost(qint64 postId, int limit, int offset) const;
    // A post's drafts signed by the leaving person that wait for the arriving one, oldest first: the
    // next person may sign a minute or an hour later, at this or another workstation.
    [[nodiscard]] Result<QList<HandoverSheet>> awaitingArrival(qint64 postId) const;
    // Sheets of the shifts that started in [fromMs, toMs), oldest first.
    [[nodiscard]] Result<QList<HandoverSheet>> sheetsOfShiftsStarted(qint64 fromMs, qint64 toMs) const;
    [[nodiscard]] const ShiftCalendar& calendar() const { return m_calendar; }
    // Who is signed in at which workstation (the window records and renews its sign-in).
    [[nodiscard]] DeskPresence& presence() { return m_presence; }

    Result<Shift> startShift(const Session& who, qint64 postId);
    Result<HandoverSheet> endShift(const Session& who, qint64 shiftId, const QString& notes);
    Result<HandoverSheet> signLeaving(const Session& who, qint64 sheetId, const QString& password);
    Result<HandoverSheet> acceptByArriving(qint64 sheetId, const QString& arrivingLogin, const QString& password,
                                           const QList<HandoverAnswer>& answers, qint64 arrivingPostId);

private:
    // Inside the caller's transaction.
    Result<Shift> insertShift(const Session& who, qint64 postId, qint64 fromSheetId);
    // Ends the shifts in the way of `who` starting at postId (others' past their end at that post, and
    // their own past its end elsewhere); refuses their own live shift elsewhere. Gives their open shift
    // at postId when they already have one.
    Result<std::optional<Shift>> clearWay(const Session& who, qint64 postId);
    Status endShiftAs(const Session& who, const Shift& shift, const QString& how, qint64 atMs, qint64 sheetId);
    Result<QList<HandoverItem>> draftItems(const Post& post, qint64 asOfMs) const;
    Status checkAnswers(const HandoverSheet& sheet, const QList<HandoverAnswer>& answers) const;
    static QJsonObject describe(const HandoverSheet& sheet);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    AccountService& m_accounts;
    ShiftCalendar m_calendar;
    ShiftStore m_store;
    DeskPresence m_presence;
    TicketHandoverProvider m_ticketItems;
    QList<const HandoverProvider*> m_providers;
};

} // namespace fd
