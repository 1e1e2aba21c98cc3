// The units' standing instructions to the desk (代为通知): added, shown at check-in while in force,
// ended by an audited update — never deleted.
#include "modules/visitors/VisitorService.h"

#include "core/Clock.h"
#include "core/EnumTable.h"
#include "engine/AuditLog.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The stored keys of unit_instructions.kind: never change one. An unknown key reads as a note.
constexpr auto kKinds = enumTable<InstructionKind>(
    "VisitorService", {{InstructionKind::Admit, "admit", QT_TRANSLATE_NOOP("VisitorService", "Admit")},
                       {InstructionKind::Refuse, "refuse", QT_TRANSLATE_NOOP("VisitorService", "Do not admit")},
                       {InstructionKind::Note, "note", QT_TRANSLATE_NOOP("VisitorService", "Note")}});

const QString kInstructionColumns =
    u"i.id, i.unit_id, u.code, i.text, i.kind, i.starts_ms, i.ends_ms, COALESCE(p.display_name, '') "
    "FROM unit_instructions i JOIN units u ON u.id = i.unit_id LEFT JOIN users p ON p.id = i.created_by"_s;

InstructionKind kindFrom(const QString& key)
{
    return kKinds.from(key).value_or(InstructionKind::Note);
}

UnitInstruction instructionFrom(const QSqlQuery& q)
{
    UnitInstruction i;
    i.id = q.value(0).toLongLong();
    i.unitId = q.value(1).toLongLong();
    i.unitCode = q.value(2).toString();
    i.text = q.value(3).toString();
    i.kind = kindFrom(q.value(4).toString());
    i.startsMs = q.value(5).toLongLong();
    i.endsMs = sql::instantFrom(q.value(6));
    i.createdBy = q.value(7).toString();
    return i;
}

QJsonObject describe(const UnitInstruction& i)
{
    QJsonObject o{{u"unit_id"_s, i.unitId},
                  {u"text"_s, i.text},
                  {u"kind"_s, VisitorService::instructionKindKey(i.kind)},
                  {u"starts_ms"_s, i.startsMs}};
    if (i.endsMs)
        o.insert(u"ends_ms"_s, *i.endsMs);
    return o;
}

} // namespace

QString VisitorService::instructionKindKey(InstructionKind kind)
{
    return kKinds.key(kKinds.known(kind, InstructionKind::Note));
}

QString VisitorService::instructionKindName(InstructionKind kind)
{
    return kKinds.name(kKinds.known(kind, InstructionKind::Note));
}

Result<UnitInstruction> VisitorService::addInstruction(const Session& who, const NewInstruction& n)
{
    if (Status s = mayWork(who); !s)
        return s.error();
    const qint64 now = m_clock.nowMs();
    UnitInstruction i;
    i.unitId = n.unitId;
    i.text = n.text.trimmed();
    i.kind = n.kind;
    i.startsMs = n.startsMs > 0 ? n.startsMs : now;
    i.endsMs = n.endsMs;
    if (i.unitId == 0)
        return Error{u"instruction.unit"_s, tr("Choose the unit the instruction is for."), u"unit"_s};
    if (i.text.isEmpty())
        return Error{u"instruction.text"_s, tr("Write down what the unit asked."), u"text"_s};
    if (i.endsMs && *i.endsMs <= qMax(i.startsMs, now))
        return Error{u"instruction.ends"_s, tr("The end must be later than the start and than now."), u"ends"_s};
    auto unit = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {i.unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"instruction.unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    i.unitCode = unit.value().toString();
    i.createdBy = who.user.displayName;

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = m_db.insert(
        u"INSERT INTO unit_instructions (unit_id, text, kind, starts_ms, ends_ms, created_ms, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {i.unitId, i.text, instructionKindKey(i.kind), i.startsMs, sql::instant(i.endsMs), now, who.user.id});
    if (!id)
        return id.error();
    i.id = id.value();
    auto audited = m_audit.append(who, u"unit_instruction"_s, i.id, u"added"_s, {}, describe(i));
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return i;
}

Result<UnitInstruction> VisitorService::endInstruction(const Session& who, qint64 instructionId)
{
    if (Status s = mayWork(who); !s)
        return s.error();
    auto before = instruction(instructionId);
    if (!before)
        return before.error();
    const qint64 now = m_clock.nowMs();
    if (before->endsMs && *before->endsMs <= now)
        return Error{u"instruction.ended"_s, tr("This instruction has already ended."), u"instruction"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    // Still in force as this desk read it: another desk ending it first is said, not written over.
    auto up = m_db.update(u"UPDATE unit_instructions SET ends_ms = ?, ended_by = ? WHERE id = ? AND ended_by IS NULL "
                          "AND (ends_ms IS NULL OR ends_ms > ?)"_s,
                          {now, who.user.id, instructionId, now});
    if (!up)
        return up.error();
    if (up.value() == 0)
        return LastChange::doneMeanwhile(m_db, u"unit_instruction"_s, instructionId, u"instruction.ended"_s,
                                         tr("%1 ended this instruction at %2."), u"instruction"_s);
    UnitInstruction after = before.value();
    after.endsMs = now;
    auto audited = m_audit.append(who, u"unit_instruction"_s, instructionId, u"ended"_s, describe(before.value()),
                                  describe(after));
    if (!audited)
        return audited.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<QList<UnitInstruction>> VisitorService::instructionsInForce(qint64 unitId, qint64 atMs) const
{
    auto q = m_db.exec(
        u"SELECT %1 WHERE i.unit_id = ? AND i.starts_ms <= ? AND (i.ends_ms IS NULL OR i.ends_ms > ?) "
        "ORDER BY CASE i.kind WHEN 'refuse' THEN 0 ELSE 1 END, i.starts_ms DESC, i.id DESC"_s.arg(kInstructionColumns),
        {unitId, atMs, atMs});
    if (!q)
        return q.error();
    QList<UnitInstruction> out;
    while (q.value().next())
        out << instructionFrom(q.value());
    return out;
}

Result<UnitInstruction> VisitorService::instruction(qint64 id) const
{
    return m_db.one(u"SELECT %1 WHERE i.id = ?"_s.arg(kInstructionColumns), {id}, instructionFrom,
                    Error{u"instruction.missing"_s, tr("That instruction is not on record."), u"instruction"_s});
}

} // namespace fd
