#include "modules/repairs/RepairListModel.h"

#include "core/PersonalData.h"
#include "modules/repairs/RepairDisplay.h"
#include "modules/repairs/RepairService.h"

#include <QDateTime>
#include <QFont>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace fd {

RepairListModel::RepairListModel(RepairService& repairs, QObject* parent)
    : QAbstractTableModel(parent), m_repairs(repairs)
{}

void RepairListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.reset();
    m_hasMore = false; // nothing to fetch while the reset is announced
    endResetModel();
    m_hasMore = true;
    fetchMore({});
}

int RepairListModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).ticketId == ticketId)
            return row;
    return -1;
}

int RepairListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RepairListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepairListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RepairRow& r = m_rows.at(index.row());
    if (role == TicketIdRole)
        return r.ticketId;
    if (role == Qt::FontRole && index.column() == Status && TicketTerms::isOpen(r.status)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return r.number;
    case Status: {
        QString s = TicketTerms::displayName(r.status);
        if (r.retroactive)
            s += tr(" · entered later"); // R-RP-5
        if (r.secondDispatchOf != 0)
            s += tr(" · 2nd dispatch"); // R-RP-4
        return s;
    }
    case Occurred:
        return QDateTime::fromMSecsSinceEpoch(r.occurredMs).toString(u"MM-dd HH:mm"_s);
    case Unit:
        return r.unitCode;
    case Person:
        return r.personName;
    case Phone:
        return r.callerPhone.isEmpty() ? QString() : PersonalData::maskPhone(r.callerPhone);
    case Category:
        return r.category;
    case Description:
        return r.description;
    case Department:
        return r.technician.isEmpty() ? r.department : u"%1 · %2"_s.arg(r.department, r.technician);
    case Order:
        if (role == Qt::ToolTipRole && r.paid)
            return u"%1 (%2)"_s.arg(r.orderNumber, RepairDisplay::money(r.totalFen));
        return r.orderNumber;
    default:
        return {};
    }
}

QVariant RepairListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Status:
        return tr("Status");
    case Occurred:
        return tr("Reported");
    case Unit:
        return tr("Unit");
    case Person:
        return tr("Person");
    case Phone:
        return tr("Phone");
    case Category:
        return tr("Category");
    case Description:
        return tr("Problem");
    case Department:
        return tr("Sent to");
    case Order:
        return tr("Dispatch order");
    default:
        return {};
    }
}

bool RepairListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void RepairListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = m_repairs.repairs(m_pageSize, static_cast<int>(m_rows.size()));
    if (!page) {
        m_hasMore = false;
        m_error = page.error();
        return;
    }
    const QList<RepairRow>& found = page.value();
    m_hasMore = found.size() == m_pageSize; // a short page is the last one
    if (found.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(found.size()) - 1);
    m_rows.append(found);
    endInsertRows();
}

} // namespace fd
