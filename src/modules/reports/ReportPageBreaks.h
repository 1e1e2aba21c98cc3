#pragma once

#include <QList>

namespace fd {

// One thing the printed report stacks down a page: a section's heading, a chart, a table's header
// row or one of its rows. Heights are in the page's units.
struct ReportBlock
{
    enum class Kind { Heading, Chart, TableHead, Row };
    Kind kind = Kind::Row;
    double height = 0;
    // A row that opens a page repeats its table's header row above it: that row's height, else 0.
    double repeatedHead = 0;

    // A heading and a table's header row stay with what follows them.
    [[nodiscard]] bool keepWithNext() const { return kind == Kind::Heading || kind == Kind::TableHead; }
};

// Where the printed report's pages break (R-IN-6): blocks are laid down in order and a page ends
// where the next block does not fit; a heading (and a table's header row) moves to the next page
// together with the first thing under it, so no page ends with a heading or a bare header row.
class ReportPageBreaks
{
public:
    // The blocks of each page, in order. A block taller than a whole page gets a page of its own.
    [[nodiscard]] static QList<QList<int>> paginate(const QList<ReportBlock>& blocks, double pageHeight);
};

} // namespace fd
