#pragma once

#include "core/Signature.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

// The keys of a unit counted by kind (R-MI-1 "keys handed over (counted)", R-MO-1 "keys returned").
enum class KeyKind { Door, Mailbox, AccessCard, ParkingCard, Other };
// Why what a unit holds changed: handed over at move-in and a new one made add; returned at move-out
// and lost take away.
enum class KeyReason { HandedOver, Returned, Lost, Made };

struct KeyCount
{
    KeyKind kind = KeyKind::Door;
    int count = 0;
};

// One change of a unit's keys, never edited: what changed, and what the unit held of the kind after.
struct KeyEntry
{
    qint64 id = 0;
    qint64 unitId = 0;
    KeyKind kind = KeyKind::Door;
    KeyReason reason = KeyReason::HandedOver;
    int change = 0;
    int heldAfter = 0;
    QString note;
    qint64 signatureId = 0;
    qint64 atMs = 0;
    QString recordedBy;
};

// A change asked for: the counts of several kinds at once (a hand-over, a return), with the note and,
// for a hand-over, the owner's signature for the counts.
struct KeyChange
{
    qint64 unitId = 0;
    KeyReason reason = KeyReason::HandedOver;
    QList<KeyCount> counts;
    QString note;
    std::optional<Signature> signature; // a hand-over is signed for (or says why not)
};

enum class LiftPurpose { MoveIn, MoveOut, Renovation, Other };

// A slot of a building's cargo lift (R-MI-1 "move-in date and cargo-lift booking").
struct LiftBooking
{
    qint64 id = 0;
    qint64 buildingId = 0;
    qint64 unitId = 0;
    QString unitCode;
    LiftPurpose purpose = LiftPurpose::MoveIn;
    QDateTime starts;
    QDateTime ends;
    QString note;
    QString bookedBy;
    std::optional<qint64> cancelledMs;
    QString cancelReason;
};

} // namespace fd
