#include "modules/parcels/ParcelBatchModel.h"

#include "modules/parcels/ParcelService.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace fd {

ParcelBatchModel::ParcelBatchModel(QObject* parent) : QAbstractTableModel(parent) {}

void ParcelBatchModel::addLine(const ParcelLine& line, const QString& unitCode)
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({line, unitCode, {}});
    endInsertRows();
}

void ParcelBatchModel::removeLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ParcelBatchModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ParcelBatchModel::setProblem(int line, const QString& message)
{
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].problem = row + 1 == line ? message : QString();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

QList<ParcelLine> ParcelBatchModel::lines() const
{
    QList<ParcelLine> out;
    for (const Row& r : m_rows)
        out << r.line;
    return out;
}

int ParcelBatchModel::pieces() const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += r.line.pieces;
    return n;
}

int ParcelBatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParcelBatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParcelBatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && (index.column() == Problem || !r.problem.isEmpty()))
        return QBrush(Qt::darkRed);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Pieces:
            return r.line.pieces;
        case Tracking:
            return r.line.tracking;
        case Damage:
            return r.line.damageNote;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Unit:
        return r.unitCode;
    case Pieces:
        return r.line.pieces;
    case Kind:
        return ParcelService::kindName(r.line.kind);
    case Tracking:
        return r.line.tracking;
    case Damage:
        if (!r.line.damaged)
            return QString();
        return r.line.damageNote.isEmpty() ? tr("Damaged") : tr("Damaged: %1").arg(r.line.damageNote);
    case Problem:
        return r.problem;
    default:
        return {};
    }
}

QVariant ParcelBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Unit:
        return tr("Unit");
    case Pieces:
        return tr("Pieces");
    case Kind:
        return tr("Kind");
    case Tracking:
        return tr("Tracking number");
    case Damage:
        return tr("Condition");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

Qt::ItemFlags ParcelBatchModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int c = index.column();
    if (index.isValid() && (c == Pieces || c == Tracking || c == Damage))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParcelBatchModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ParcelLine& l = m_rows[index.row()].line;
    switch (index.column()) {
    case Pieces:
        l.pieces = value.toInt();
        break;
    case Tracking:
        l.tracking = value.toString().trimmed();
        break;
    case Damage: // writing a note marks the piece damaged; clearing it marks it sound
        l.damageNote = value.toString().trimmed();
        l.damaged = !l.damageNote.isEmpty();
        break;
    default:
        return false;
    }
    m_rows[index.row()].problem.clear();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace fd
