#include "widgets/TableSelection.h"

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

} // namespace fd
