// ToolService: the inventory, the lists and counts, and the search source (the lending is in ToolService.cpp).
#include "modules/tools/ToolService.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "modules/tools/ToolSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QJsonObject describe(const Tool& t)
{
    return {{u"code"_s, t.code}, {u"name"_s, t.name}, {u"quantity"_s, t.quantity}, {u"active"_s, t.active}};
}

} // namespace

Result<Tool> ToolService::addTool(const Session& who, const QString& name, const QString& code, int quantity)
{
    if (Status s = who.require(Permission::ManageTools); !s)
        return s.error();
    Tool t;
    t.name = name.trimmed();
    t.code = code.trimmed().toUpper();
    t.quantity = quantity;
    if (t.name.isEmpty())
        return Error{u"tool.name"_s, tr("Name the tool, e.g. 梯子."), u"name"_s};
    if (t.code.isEmpty())
        return Error{u"tool.code"_s, tr("Give the tool a short code, e.g. T-01."), u"code"_s};
    if (t.quantity < 1)
        return Error{u"tool.quantity"_s, tr("The desk has at least one of it."), u"quantity"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto taken = m_db.scalar(u"SELECT name FROM tools WHERE code = ?"_s, {t.code});
    if (!taken)
        return taken.error();
    if (taken.value().isValid())
        return Error{u"tool.code_taken"_s, tr("%1 is already the code of %2.").arg(t.code, taken.value().toString()),
                     u"code"_s};
    auto id = m_db.insert(
        u"INSERT INTO tools (code, name, quantity, active, created_ms) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
        {t.code, t.name, t.quantity, true, m_clock.nowMs()});
    if (!id)
        return id.error();
    t.id = id.value();
    if (auto a = m_audit.append(who, u"tool"_s, t.id, u"added"_s, {}, describe(t)); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return t;
}

Result<Tool> ToolService::setToolActive(const Session& who, qint64 toolId, bool active)
{
    if (Status s = who.require(Permission::ManageTools); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto found = tool(toolId);
    if (!found)
        return found.error();
    const Tool before = found.value();
    if (before.active == active)
        return before;
    Tool after = before;
    after.active = active;
    if (auto q = m_db.exec(u"UPDATE tools SET active = ? WHERE id = ?"_s, {active, toolId}); !q)
        return q.error();
    if (auto a = m_audit.append(who, u"tool"_s, toolId, active ? u"reactivated"_s : u"retired"_s, describe(before),
                                describe(after));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<QList<Tool>> ToolService::tools(bool withRetired, int limit, int offset) const
{
    auto q = m_db.exec(u"SELECT %1 %2 ORDER BY t.active DESC, t.code LIMIT ? OFFSET ?"_s.arg(
                           toolsql::toolColumns(), withRetired ? QString() : u"WHERE t.active = ?"_s),
                       withRetired ? QVariantList{qBound(1, limit, 500), qMax(0, offset)}
                                   : QVariantList{true, qBound(1, limit, 500), qMax(0, offset)});
    if (!q)
        return q.error();
    QList<Tool> out;
    while (q.value().next())
        out << toolsql::toolFrom(q.value());
    return out;
}

Result<Tool> ToolService::tool(qint64 toolId) const
{
    return m_db.one(u"SELECT %1 WHERE t.id = ?"_s.arg(toolsql::toolColumns()), {toolId}, toolsql::toolFrom,
                    Error{u"tool.missing"_s, tr("That tool is not in the inventory.")});
}

Result<QList<ToolLoan>> ToolService::loansOut(int limit, int offset) const
{
    auto q = m_db.exec(
        u"SELECT %1 WHERE l.returned_ms IS NULL ORDER BY l.due_ms, l.id LIMIT ? OFFSET ?"_s.arg(toolsql::loanColumns()),
        {qBound(1, limit, 500), qMax(0, offset)});
    if (!q)
        return q.error();
    QList<ToolLoan> out;
    while (q.value().next())
        out << toolsql::loanFrom(q.value());
    return out;
}

Result<qint64> ToolService::loansOutCount() const
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM tool_loans WHERE returned_ms IS NULL"_s);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<ToolLoan> ToolService::loan(qint64 loanId) const
{
    return m_db.one(u"SELECT %1 WHERE l.id = ?"_s.arg(toolsql::loanColumns()), {loanId}, toolsql::loanFrom,
                    Error{u"tool.loan_missing"_s, tr("That loan is not on record.")});
}

Result<QList<QString>> ToolService::callNotes(qint64 loanId) const
{
    auto q = m_db.exec(u"SELECT c.at_ms, c.note, COALESCE(u.display_name, '') FROM tool_loan_calls c "
                       "LEFT JOIN users u ON u.id = c.called_by WHERE c.loan_id = ? ORDER BY c.id"_s,
                       {loanId});
    if (!q)
        return q.error();
    QList<QString> out;
    while (q.value().next())
        out << tr("%1 %2: %3")
                   .arg(DateTimeText::shortDateTime(q.value().value(0).toLongLong()), q.value().value(2).toString(),
                        q.value().value(1).toString());
    return out;
}

RecordSource ToolService::recordSource()
{
    return {QString::fromLatin1(WatchSource), [] { return QCoreApplication::translate("WatchService", "Tools lent"); },
            40};
}

SearchSource ToolService::searchSource()
{
    // Title and detail never hold the phone; the body has its digits, so a clerk finds a loan by them.
    return SearchSource{
        QString::fromLatin1(WatchSource),
        u"SELECT l.id, l.lent_ms, t.name || ' ×' || CAST(l.quantity AS TEXT), "
        "COALESCE(u.code, '') || ' ' || l.borrower_name, "
        "t.name || ' ' || t.code || ' ' || l.borrower_name || ' ' || COALESCE(u.code, '') || ' ' || l.borrower_phone, "
        "l.unit_id FROM tool_loans l JOIN tools t ON t.id = l.tool_id LEFT JOIN units u ON u.id = l.unit_id "
        "WHERE l.id > ? ORDER BY l.id LIMIT ?"_s};
}

} // namespace fd
