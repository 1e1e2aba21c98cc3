#include "modules/callbacks/VisitListModel.h"

#include "core/DateTimeText.h"

#include "modules/callbacks/VisitService.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

VisitListModel::VisitListModel(VisitService& visits, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_visits(visits)
{}

void VisitListModel::refresh()
{
    reload();
}

int VisitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerVisit& v = rows().at(index.row());
    if (role == VisitIdRole)
        return v.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Visited:
        return DateTimeText::dateTime(v.visitedMs);
    case Unit:
        return v.unitCode;
    case Person:
        return v.personName;
    case Way:
        return VisitService::wayName(v.way);
    case Topic:
        return v.topic;
    case Opinion:
        return v.opinion;
    case By:
        return v.forDepartment ? tr("%1 (department)").arg(v.recordedBy) : v.recordedBy;
    default:
        return {};
    }
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Visited:
        return tr("Visited");
    case Unit:
        return tr("Unit");
    case Person:
        return tr("Person");
    case Way:
        return tr("Way");
    case Topic:
        return tr("Topic");
    case Opinion:
        return tr("Opinion");
    case By:
        return tr("By");
    default:
        return {};
    }
}

Result<QList<CustomerVisit>> VisitListModel::fetchPage(int limit, int offset)
{
    return m_visits.recent(limit, offset);
}

} // namespace fd
