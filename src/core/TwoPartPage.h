#pragma once

#include "core/Result.h"

#include <QList>

#include <algorithm>

namespace fd {

// One page of a list in two parts, the first part's rows before all of the rest's: open work first,
// as the repairs and complaints pages list it. Each part is read by its own query in its own order
// along an index, so a page never sorts every ticket of a kind (issue 12: 1.3 s on the first view).
// `read(first, limit, offset)` reads one part; `countFirst()` is asked only for a page that starts
// past the end of the first part. The rows and offsets are those of one query ordered "first part,
// then the part's own order".
template <class Row, class Read, class CountFirst>
Result<QList<Row>> twoPartPage(int limit, int offset, Read read, CountFirst countFirst)
{
    Result<QList<Row>> first = read(true, limit, offset);
    if (!first || first.value().size() >= limit)
        return first;
    // A short page of the first part is its end, so it says how many there are; an empty one past
    // the start does not.
    qint64 firstCount = qint64(offset) + first.value().size();
    if (first.value().isEmpty() && offset > 0) {
        Result<qint64> counted = countFirst();
        if (!counted)
            return counted.error();
        firstCount = counted.value();
    }
    const int rest = limit - int(first.value().size());
    Result<QList<Row>> others = read(false, rest, int(std::max<qint64>(0, offset - firstCount)));
    if (!others)
        return others.error();
    QList<Row> out = std::move(first).value();
    out << others.value();
    return out;
}

} // namespace fd
