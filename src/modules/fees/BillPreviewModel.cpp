#include "modules/fees/BillPreviewModel.h"

#include "modules/fees/FeeTerms.h"

#include "core/DateTimeText.h"
#include "core/Money.h"

using namespace Qt::StringLiterals;

namespace fd {

void BillPreviewModel::setLines(QList<BillLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int BillPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BillPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const BillLine& l = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Quantity || index.column() == Price || index.column() == Amount
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Unit:
        return l.unitCode;
    case Item:
        return FeeTerms::label(l);
    case Period:
        return l.months > 1 ? tr("%1, %n month(s)", nullptr, l.months).arg(l.period) : l.period;
    case Quantity:
        // Floor area in ㎡ (kept in hundredths) for an area item, the use (in hundredths too) for a
        // metered one; 1 for a fixed one.
        if (l.basis == ChargeBasis::Meter)
            return Money::plain(l.quantity);
        return l.quantity == 1 ? u"1"_s : Money::plain(l.quantity) + u" ㎡"_s;
    case Price:
        return Money::text(l.priceFen);
    case Amount:
        return Money::text(l.amountFen);
    case Due:
        return DateTimeText::date(l.dueDay);
    default:
        return {};
    }
}

QVariant BillPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit:
        return tr("Unit");
    case Item:
        return tr("Item");
    case Period:
        return tr("Period");
    case Quantity:
        return tr("Quantity");
    case Price:
        return tr("Price");
    case Amount:
        return tr("Amount");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace fd
