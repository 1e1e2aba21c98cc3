#include "modules/complaints/ComplaintListModel.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "modules/complaints/ComplaintService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

using namespace Qt::StringLiterals;

namespace fd {

ComplaintListModel::ComplaintListModel(ComplaintService& complaints, const Clock& clock, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_complaints(complaints), m_clock(clock)
{}

void ComplaintListModel::refresh()
{
    reload();
}

int ComplaintListModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).ticketId == ticketId)
            return row;
    return -1;
}

bool ComplaintListModel::isOverdue(int row) const
{
    const ComplaintRow& r = rows().at(row);
    if (!TicketTerms::isOpen(r.status))
        return false;
    const qint64 now = m_clock.nowMs();
    return (r.resolveByMs && *r.resolveByMs < now) || (r.replyByMs && *r.replyByMs < now);
}

int ComplaintListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComplaintRow& r = rows().at(index.row());
    if (role == TicketIdRole)
        return r.ticketId;
    if (role == OverdueRole)
        return isOverdue(index.row());
    if (role == Qt::ForegroundRole && isOverdue(index.row()))
        return QBrush(QColor(0xc6, 0x28, 0x28)); // overdue in red, as the reminders show it
    if (role == Qt::FontRole && index.column() == Grade && r.severity == Severity::Major) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return r.number;
    case Status:
        return TicketTerms::displayName(r.status);
    case Grade:
        return r.severity == Severity::None ? tr("Not judged") : TicketTerms::displayName(r.severity);
    case Limit: {
        if (!r.resolveByMs || !TicketTerms::isOpen(r.status))
            return QString();
        QString s = DateTimeText::shortDateTime(*r.resolveByMs);
        if (isOverdue(index.row()) && role == Qt::ToolTipRole)
            s = tr("%1 overdue").arg(s); // the list shows it in red
        return s;
    }
    case Unit:
        return r.unitCode;
    case Person:
        return r.personName;
    case Description:
        return r.sameEventRoot != 0 ? tr("[same event] %1").arg(r.description) : r.description;
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Status:
        return tr("Status");
    case Grade:
        return tr("Grade");
    case Limit:
        return tr("Limit");
    case Unit:
        return tr("Unit");
    case Person:
        return tr("Customer");
    case Description:
        return tr("Complaint");
    default:
        return {};
    }
}

Result<QList<ComplaintRow>> ComplaintListModel::fetchPage(int limit, int offset)
{
    return m_complaints.complaints(limit, offset);
}

} // namespace fd
