#pragma once

#include "modules/fees/FeeTypes.h"

#include <QAbstractTableModel>

namespace fd {

// A billing run's lines as the cashier checks them (R-FE-1): unit, item, period, quantity, price,
// amount, due day. A month of a large site is tens of thousands of lines, so the rows are the
// preview's own list, not items of a standard model.
class BillPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Unit, Item, Period, Quantity, Price, Amount, Due, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<BillLine> lines);
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<BillLine> m_lines;
};

} // namespace fd
