#include "modules/repairs/RepairListModel.h"

#include "core/DateTimeText.h"
#include "core/Translations.h"

#include "core/PersonalData.h"
#include "engine/tickets/Departments.h"
#include "modules/repairs/RepairDisplay.h"
#include "modules/repairs/RepairService.h"

#include <QDateTime>
#include <QFont>

using namespace Qt::StringLiterals;

namespace fd {

RepairListModel::RepairListModel(RepairService& repairs, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_repairs(repairs)
{}

void RepairListModel::refresh()
{
    reload();
}

int RepairListModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).ticketId == ticketId)
            return row;
    return -1;
}

int RepairListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepairListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RepairRow& r = rows().at(index.row());
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
        return DateTimeText::shortDateTime(r.occurredMs);
    case Unit:
        return r.unitCode;
    case Person:
        return r.personName;
    case Phone:
        return r.callerPhone.isEmpty() ? QString() : PersonalData::maskPhone(r.callerPhone);
    case Category:
        return Translations::term("RepairDisplay", r.category); // saved as it read on screen
    case Description:
        return r.description;
    case Department:
        return r.technician.isEmpty() ? Departments::displayName(r.department)
                                      : u"%1 · %2"_s.arg(Departments::displayName(r.department), r.technician);
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

Result<QList<RepairRow>> RepairListModel::fetchPage(int limit, int offset)
{
    return m_repairs.repairs(limit, offset);
}

} // namespace fd
