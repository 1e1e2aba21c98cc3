#include "modules/callbacks/CallbackQueueModel.h"

#include "core/DateTimeText.h"

#include "core/PersonalData.h"
#include "engine/tickets/Departments.h"
#include "modules/callbacks/CallbackService.h"

#include <QBrush>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

CallbackQueueModel::CallbackQueueModel(CallbackService& callbacks, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_callbacks(callbacks)
{}

void CallbackQueueModel::refresh(qint64 nowMs)
{
    reload([this, nowMs] { m_nowMs = nowMs; });
}

void CallbackQueueModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    redrawRows();
}

int CallbackQueueModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).ticketId == ticketId)
            return row;
    return -1;
}

int CallbackQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallbackQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallbackDue& r = rows().at(index.row());
    if (role == TicketIdRole)
        return r.ticketId;
    if (role == Qt::ForegroundRole && index.column() == Due && r.dueMs < m_nowMs)
        return QBrush(Qt::darkRed); // overdue (R-CB-1)
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Due: {
        const QString due = DateTimeText::shortDateTime(r.dueMs);
        return r.dueMs < m_nowMs ? tr("%1 overdue").arg(due) : due;
    }
    case Number:
        return r.number;
    case Kind:
        return TicketTerms::displayName(r.kind);
    case Unit:
        return r.unitCode;
    case Person:
        return r.personName;
    case Phone:
        return r.callerPhone.isEmpty() ? QString() : PersonalData::maskPhone(r.callerPhone);
    case Description:
        return r.description;
    case Department:
        return Departments::displayName(r.department);
    case Attempts:
        if (r.attempts == 0)
            return QString();
        return tr("%n not reached", nullptr, r.attempts);
    default:
        return {};
    }
}

QVariant CallbackQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Call back by");
    case Number:
        return tr("Number");
    case Kind:
        return tr("Kind");
    case Unit:
        return tr("Unit");
    case Person:
        return tr("Person");
    case Phone:
        return tr("Phone");
    case Description:
        return tr("Matter");
    case Department:
        return tr("Handled by");
    case Attempts:
        return tr("Tries");
    default:
        return {};
    }
}

Result<QList<CallbackDue>> CallbackQueueModel::fetchPage(int limit, int offset)
{
    return m_callbacks.queue(limit, offset);
}

} // namespace fd
