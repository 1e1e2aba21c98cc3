#pragma once

class QTableView;

namespace fd {

// Makes a row the current one and scrolls to it: what every list does when a record is opened
// from elsewhere (the search, a reminder). False when `row` is -1 (the record is not listed).
class TableSelection
{
public:
    static bool select(QTableView* table, int row);
};

} // namespace fd
