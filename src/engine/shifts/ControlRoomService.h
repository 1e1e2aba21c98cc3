#pragma once

#include "core/Result.h"
#include "engine/shifts/ControlRoomCall.h"
#include "engine/shifts/HandoverProvider.h"
#include "engine/tickets/Ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
class ShiftService;
class TicketService;
struct Session;

// The control room at night (R-SH-3, R-RP-5). It takes the calls once the evening desk has handed
// over, and may send a technician directly (Permission::DirectDispatch: control room, supervisor,
// manager; never a clerk). Each call, dispatch and return is written at its real time (the Clock's
// now). In the morning the desk sees the calls not yet entered (pendingCalls) and enters each one as
// a retroactive ticket carrying those real times (enterAsTicket); the call is linked to the ticket in
// the same transaction, so it can never be entered twice, not even from two desks at once.
// It is also the HandoverProvider of those calls: until entered, each is an open log line on the
// handover sheet of the post that took it (register it with ShiftService::addProvider).
class ControlRoomService final : public HandoverProvider
{
    Q_DECLARE_TR_FUNCTIONS(ControlRoomService)

public:
    ControlRoomService(Database& db, const Clock& clock, AuditLog& audit, const ShiftService& shifts,
                       TicketService& tickets);

    Result<ControlRoomCall> recordCall(const Session& who, const NewCall& call);
    Result<ControlRoomCall> recordDirectDispatch(const Session& who, qint64 callId, const QString& department,
                                                 const QString& technician);
    Result<ControlRoomCall> recordReturn(const Session& who, qint64 callId, const QString& result);

    [[nodiscard]] Result<ControlRoomCall> call(qint64 id) const;
    // Calls not yet entered as tickets, oldest first: the desk's 补单 list in the morning.
    [[nodiscard]] Result<QList<ControlRoomCall>> pendingCalls() const;
    // Calls taken in [fromMs, toMs), oldest first (the morning review).
    [[nodiscard]] Result<QList<ControlRoomCall>> callsBetween(qint64 fromMs, qint64 toMs) const;

    // R-RP-5: opens the retroactive ticket (kind as the desk classifies it, R-IN-1; a repair with its
    // category, like any intake) with the call's real times and links the call to it. The ticket is
    // the operator's who took the call (its taker and the actor of its steps); the night's dispatch
    // and return are its work steps (technician, result); `who` is recorded as who entered it.
    Result<Ticket> enterAsTicket(const Session& who, qint64 callId, TicketKind kind = TicketKind::Repair,
                                 const QString& category = {});

    // HandoverProvider (R-SH-2): the post's calls taken by asOf and not yet entered.
    [[nodiscard]] QString source() const override;
    [[nodiscard]] Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const override;

private:
    Status mayDispatch(const Session& who) const;
    Result<QList<ControlRoomCall>> select(const QString& where, const QVariantList& binds) const;
    Result<ControlRoomCall> change(const Session& who, qint64 callId, const QString& action, const QString& sql,
                                   const QVariantList& binds);
    static QJsonObject describe(const ControlRoomCall& call);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const ShiftService& m_shifts;
    TicketService& m_tickets;
};

} // namespace fd
