#pragma once

#include "modules/tools/ToolTypes.h"

#include <QSqlQuery>
#include <QString>

namespace fd::toolsql {

// The columns ToolService reads a loan with (loanFrom maps them), and a tool with its count out.
inline QString loanColumns()
{
    return QStringLiteral(
        "l.id, l.tool_id, t.name, t.code, l.unit_id, COALESCE(u.code, ''), l.borrower_name, l.borrower_phone, "
        "l.quantity, l.deposit_note, l.lent_signature_id, l.lent_ms, COALESCE(lb.display_name, ''), l.due_ms, "
        "l.returned_ms, COALESCE(rb.display_name, ''), l.return_condition, "
        "(SELECT COUNT(*) FROM tool_loan_calls c WHERE c.loan_id = l.id) "
        "FROM tool_loans l JOIN tools t ON t.id = l.tool_id LEFT JOIN units u ON u.id = l.unit_id "
        "LEFT JOIN users lb ON lb.id = l.lent_by LEFT JOIN users rb ON rb.id = l.returned_by");
}

inline ToolLoan loanFrom(const QSqlQuery& q)
{
    ToolLoan l;
    l.id = q.value(0).toLongLong();
    l.toolId = q.value(1).toLongLong();
    l.toolName = q.value(2).toString();
    l.toolCode = q.value(3).toString();
    l.unitId = q.value(4).toLongLong();
    l.unitCode = q.value(5).toString();
    l.borrowerName = q.value(6).toString();
    l.borrowerPhone = q.value(7).toString();
    l.quantity = q.value(8).toInt();
    l.depositNote = q.value(9).toString();
    l.signatureId = q.value(10).toLongLong();
    l.lentMs = q.value(11).toLongLong();
    l.lentBy = q.value(12).toString();
    l.dueMs = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        l.returnedMs = q.value(14).toLongLong();
    l.returnedBy = q.value(15).toString();
    l.returnCondition = q.value(16).toString();
    l.calls = q.value(17).toInt();
    return l;
}

inline QString toolColumns()
{
    return QStringLiteral("t.id, t.code, t.name, t.quantity, t.active, "
                          "COALESCE((SELECT SUM(l.quantity) FROM tool_loans l "
                          "WHERE l.tool_id = t.id AND l.returned_ms IS NULL), 0) FROM tools t");
}

inline Tool toolFrom(const QSqlQuery& q)
{
    Tool t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.name = q.value(2).toString();
    t.quantity = q.value(3).toInt();
    t.active = q.value(4).toBool();
    t.out = q.value(5).toInt();
    return t;
}

} // namespace fd::toolsql
