#include "modules/storeditems/StoredItemListModel.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "core/PersonalData.h"
#include "modules/storeditems/StoredItemService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

using namespace Qt::StringLiterals;

namespace fd {

StoredItemListModel::StoredItemListModel(StoredItemService& service, const Clock& clock, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_service(service), m_clock(clock)
{}

void StoredItemListModel::setFilter(const StoredItemFilter& filter)
{
    reload([this, filter] { m_filter = filter; });
}

void StoredItemListModel::refresh()
{
    reload();
}

int StoredItemListModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == itemId)
            return row;
    return -1;
}

int StoredItemListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoredItemListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredItem& s = rows().at(index.row());
    const bool overdue = s.overdueAt(m_clock.nowMs());
    if (role == ItemIdRole)
        return s.id;
    if (role == OverdueRole)
        return overdue;
    if (role == Qt::ForegroundRole) {
        if (overdue) // R-PS-2
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (!s.held())
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    }
    if (role == Qt::FontRole && index.column() == Tag) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Tag:
        return s.tag;
    case Unit:
        return s.unitCode;
    case Depositor:
        return s.depositorName;
    case Phone:
        return PersonalData::maskPhone(s.depositorPhone);
    case Items:
        return tr("%n item(s): %1", nullptr, s.itemCount).arg(s.summary);
    case Shelf:
        return s.shelf;
    case Pickup: {
        const QString when = DateTimeText::shortDateTime(s.expectedPickupMs);
        return overdue ? tr("%1 (overdue)").arg(when) : when;
    }
    case Status:
        return StoredItemService::statusName(s.status);
    default:
        return {};
    }
}

QVariant StoredItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tag:
        return tr("Tag");
    case Unit:
        return tr("Unit");
    case Depositor:
        return tr("Depositor");
    case Phone:
        return tr("Phone");
    case Items:
        return tr("Items");
    case Shelf:
        return tr("Shelf");
    case Pickup:
        return tr("Expected pickup");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Result<QList<StoredItem>> StoredItemListModel::fetchPage(int limit, int offset)
{
    return m_service.items(m_filter, limit, offset);
}

} // namespace fd
