#pragma once

#include <QList>

class QTableView;

namespace fd {

// Makes a row the current one and scrolls to it: what every list does when a record is opened
// from elsewhere (the search, a reminder). False when `row` is -1 (the record is not listed).
class TableSelection
{
public:
    static bool select(QTableView* table, int row);
    // Adds these whole rows (-1s skipped) to what is chosen: several rows chosen before a list was read
    // again, chosen again without moving the current row.
    static void addRows(QTableView* table, const QList<int>& rows);
};

} // namespace fd
