#include "modules/tools/ToolHandoverProvider.h"

#include "core/DateTimeText.h"

#include "modules/tools/ToolService.h"
#include "modules/tools/ToolSql.h"
#include "storage/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

Result<QList<HandoverLine>> ToolHandoverProvider::openItems(const Post& post, qint64 asOfMs) const
{
    if (post.isControlRoom)
        return QList<HandoverLine>{};
    auto q = m_db.exec(u"SELECT %1 WHERE l.returned_ms IS NULL AND l.lent_ms <= ? ORDER BY l.lent_ms, l.id"_s.arg(
                           toolsql::loanColumns()),
                       {asOfMs});
    if (!q)
        return q.error();
    const QDate today = QDateTime::fromMSecsSinceEpoch(asOfMs).date();
    QList<HandoverLine> out;
    while (q.value().next()) {
        const ToolLoan l = toolsql::loanFrom(q.value());
        const QDateTime lent = QDateTime::fromMSecsSinceEpoch(l.lentMs);
        const QString since =
            lent.date() == today ? DateTimeText::time(lent.time()) : DateTimeText::shortDateTime(lent);
        out << HandoverLine{HandoverItemKind::Log, l.id, tr("%1, since %2").arg(ToolService::loanLine(l), since)};
    }
    return out;
}

} // namespace fd
