#include "widgets/TableSelection.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace fd {

bool TableSelection::select(QTableView* table, int row)
{
    if (row < 0 || !table->model() || row >= table->model()->rowCount())
        return false;
    const QModelIndex index = table->model()->index(row, 0);
    table->setCurrentIndex(index);
    table->scrollTo(index);
    return true;
}

void TableSelection::addRows(QTableView* table, const QList<int>& rows)
{
    QAbstractItemModel* model = table->model();
    if (!model || !table->selectionModel())
        return;
    QItemSelection chosen;
    for (int row : rows)
        if (row >= 0 && row < model->rowCount())
            chosen.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
    table->selectionModel()->select(chosen, QItemSelectionModel::Select);
}

} // namespace fd
