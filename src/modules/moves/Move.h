#pragma once

#include "core/Signature.h"
#include "modules/moves/MoveTypes.h"
#include "modules/registry/RegistryTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

// A move-in (入伙, R-MI-1) or a move-out (迁出, R-MO-1): a numbered record of its own whose steps, copied
// from the site's list when it opens, are done in order.
enum class MoveKind { In, Out };
enum class MoveStatus { Open, Done, Cancelled };
enum class StepStatus { Pending, Done, Skipped };

struct MoveStep
{
    qint64 id = 0;
    int position = 0;
    QString key; // MoveSteps: "notice", "inspection", "keys_handed", "fees_settled" …
    StepStatus status = StepStatus::Pending;
    std::optional<QDate> dueDay; // when it is planned for (the engine reminds on the day)
    qint64 doneMs = 0;
    QString doneBy;
    QString note;
    qint64 signatureId = 0;
};

// A defect found at a move-in's inspection, or a damage found at a move-out's: repaired through a
// repair ticket of its own, or (a move-out's damage) charged as a compensation line of the fees.
struct MoveDefect
{
    qint64 id = 0;
    qint64 moveId = 0;
    QString room;        // "主卧"
    QString item;        // "窗户"
    QString description; // "玻璃裂纹"
    qint64 photoFileId = 0;
    qint64 ticketId = 0;
    QString ticketNumber;
    bool ticketOpen = false; // the repair is not closed yet
    qint64 billLineId = 0;
    qint64 amountFen = 0; // the compensation charged
    qint64 createdMs = 0;
};

struct Move
{
    qint64 id = 0;
    QString number; // RH-20261204-001, QC-20261204-001
    MoveKind kind = MoveKind::In;
    qint64 unitId = 0;
    QString unitCode;
    qint64 buildingId = 0;
    qint64 residentId = 0;
    QString residentName;
    bool tenant = false;
    QDate plannedDay; // the day agreed for the move
    QString note;
    MoveStatus status = MoveStatus::Open;
    qint64 openedMs = 0;
    QString openedBy;
    qint64 endedMs = 0;
    QString cancelReason;
    qint64 liftBookingId = 0;
    QList<MoveStep> steps; // in order
    QList<MoveDefect> defects;

    // The first step neither done nor marked not applicable; nullptr when every step is.
    [[nodiscard]] const MoveStep* current() const
    {
        for (const MoveStep& s : steps)
            if (s.status == StepStatus::Pending)
                return &s;
        return nullptr;
    }
    [[nodiscard]] int openDefects() const
    {
        int n = 0;
        for (const MoveDefect& d : defects)
            n += d.ticketId != 0 && d.ticketOpen ? 1 : 0;
        return n;
    }
};

// A move to open: the unit and who moves, the day agreed.
struct NewMove
{
    MoveKind kind = MoveKind::In;
    qint64 unitId = 0;
    qint64 residentId = 0;
    // A move-in of someone not in the registry yet: added to the unit when the move opens (residentId 0).
    std::optional<ResidentChange> newResident;
    QDate plannedDay;
    QString note;
};

// What doing a step records; which parts a step needs is said by MoveService::complete.
struct StepDone
{
    QString note;
    std::optional<Signature> signature; // the inspection signed, the keys signed for
    QList<KeyCount> keys;               // keys handed over / returned
    std::optional<QDate> day;           // the move's day, the renovation's
    std::optional<QDateTime> liftFrom;  // the cargo lift's slot on the move's day (optional)
    std::optional<QDateTime> liftTo;
};

// A defect or damage to record: a repair ticket is opened for it, or (amountFen > 0, a move-out's
// damage) it is charged to the unit as a line of the one-off item `itemId`.
struct DefectFound
{
    QString room;
    QString item;
    QString description;
    QString photoPath; // optional: filed in the owner's archive
    qint64 amountFen = 0;
    qint64 chargeItemId = 0;
};

} // namespace fd
