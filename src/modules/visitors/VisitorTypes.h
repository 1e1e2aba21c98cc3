#pragma once

#include <QString>

#include <optional>

namespace fd {

// How the resident agreed to the visit (R-VS-1): confirmed on the phone just now, arranged before,
// or refused (the visitor is turned away and never inside).
enum class VisitConfirmation { Phone, PreArranged, Refused };

enum class VisitStatus { Inside, Out, Refused };

// The check-in form as the clerk filled it.
struct VisitorCheckIn
{
    QString visitorName;
    QString phone; // optional
    int partySize = 1;
    qint64 unitId = 0;
    QString hostName; // the resident visited
    QString purpose;
    QString plate; // optional
    VisitConfirmation confirmation = VisitConfirmation::Phone;
    QString refusalReason; // required when refused
};

// One row of the visitors log.
struct Visit
{
    qint64 id = 0;
    QString visitorName;
    QString phone;
    int partySize = 1;
    qint64 unitId = 0;
    QString unitCode;
    QString hostName;
    QString purpose;
    QString plate;
    VisitConfirmation confirmation = VisitConfirmation::Phone;
    QString refusalReason;
    VisitStatus status = VisitStatus::Inside;
    qint64 arrivedMs = 0;
    std::optional<qint64> leftMs;
    std::optional<qint64> confirmedMs; // the last confirmation with the resident (R-VS-3)
    QString createdBy;
};

// A past visitor the form suggests while the clerk types a name or phone: the same person to the
// same unit, most frequent first.
struct FrequentVisitor
{
    QString visitorName;
    QString phone;
    qint64 unitId = 0;
    QString unitCode;
    QString hostName;
    QString purpose;
    QString plate;
    int visits = 0;
};

enum class InstructionKind { Admit, Refuse, Note };

// What a unit asked the desk (代为通知): "let the cleaner in on Tuesdays", "do not admit 刘某".
struct UnitInstruction
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitCode;
    QString text;
    InstructionKind kind = InstructionKind::Note;
    qint64 startsMs = 0;
    std::optional<qint64> endsMs; // none: until ended
    QString createdBy;
};

struct NewInstruction
{
    qint64 unitId = 0;
    QString text;
    InstructionKind kind = InstructionKind::Note;
    qint64 startsMs = 0; // 0: now
    std::optional<qint64> endsMs;
};

} // namespace fd
