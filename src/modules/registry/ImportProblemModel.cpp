#include "modules/registry/ImportProblemModel.h"

using namespace Qt::StringLiterals;

namespace fd {

ImportProblemModel::ImportProblemModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportProblemModel::setProblems(const QList<ImportProblem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem& p = m_problems.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Row:
        return p.row > 0 ? QString::number(p.sheetRow()) : tr("file");
    case ColumnName:
        return p.column.isEmpty() ? u"—"_s : p.column;
    case Message:
        return p.message;
    default:
        return {};
    }
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case ColumnName:
        return tr("Column");
    case Message:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace fd
