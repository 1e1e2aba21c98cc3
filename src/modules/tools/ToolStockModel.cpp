#include "modules/tools/ToolStockModel.h"

#include "modules/tools/ToolService.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace fd {

ToolStockModel::ToolStockModel(ToolService& tools, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_tools(tools)
{}

void ToolStockModel::refresh(bool withRetired)
{
    reload([this, withRetired] { m_withRetired = withRetired; });
}

int ToolStockModel::rowOf(qint64 toolId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == toolId)
            return row;
    return -1;
}

int ToolStockModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ToolStockModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tool& t = rows().at(index.row());
    if (role == ToolIdRole)
        return t.id;
    if (role == Qt::ForegroundRole) {
        if (!t.active)
            return QBrush(Qt::gray);
        if (index.column() == In && t.in() == 0)
            return QBrush(Qt::darkRed); // none at the desk
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == In || index.column() == Out || index.column() == Total))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return t.code;
    case Name:
        return t.name;
    case In:
        return t.in();
    case Out:
        return t.out;
    case Total:
        return t.quantity;
    case State:
        return t.active ? tr("In use") : tr("Retired");
    default:
        return {};
    }
}

QVariant ToolStockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Tool");
    case In:
        return tr("In");
    case Out:
        return tr("Out");
    case Total:
        return tr("Total");
    case State:
        return tr("State");
    default:
        return {};
    }
}

Result<QList<Tool>> ToolStockModel::fetchPage(int limit, int offset)
{
    return m_tools.tools(m_withRetired, limit, offset);
}

} // namespace fd
