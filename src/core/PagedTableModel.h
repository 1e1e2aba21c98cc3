#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <functional>
#include <optional>

namespace fd {

// A list that reads its rows page by page as the view scrolls (nothing loads a whole table): the
// paging every lazy list of FrontDesk shares. A subclass says how to read one page (fetchPage) and
// how to show a row; reload() starts again from the first page.
template <typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    explicit PagedTableModel(int pageSize, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_pageSize(pageSize)
    {}

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    [[nodiscard]] const Row& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_error; }
    // Time passed (MinuteTick): the rows read so far are drawn again (ages, stays, due marks) without
    // being read again; the view keeps its selection and scroll.
    void redrawRows()
    {
        if (!m_rows.isEmpty())
            emit this->dataChanged(this->index(0, 0), this->index(rowCount() - 1, this->columnCount() - 1));
    }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    // Not while a page is being inserted: a listener asking for more from inside
    // rowsAboutToBeInserted would read the same offset twice.
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_hasMore && !m_fetching;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QScopedValueRollback<bool> fetching(m_fetching, true);
        auto page = fetchPage(m_pageSize, static_cast<int>(m_rows.size()));
        if (!page) {
            m_hasMore = false;
            m_error = page.error();
            pageFailed(page.error());
            return;
        }
        const QList<Row>& found = page.value();
        m_hasMore = found.size() == m_pageSize; // a short page is the last one
        if (found.isEmpty())
            return;
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(found.size()) - 1);
        m_rows.append(found);
        endInsertRows();
    }

    // Reads pages until `rows` rows are loaded or the list ends: a list read again loads as far as it
    // had been read before (its chosen rows can be chosen again) without reading a long list to its end.
    void fetchAtLeast(int rows)
    {
        while (rowCount({}) < rows && canFetchMore({}))
            fetchMore({});
    }

    // The row `rowOf` gives, reading further pages until it is found or the list ends (a record
    // opened from the search may be far down a long list); -1 when it is not listed at all.
    int fetchUntilFound(const std::function<int()>& rowOf)
    {
        int row = rowOf();
        while (row < 0 && canFetchMore({})) {
            fetchMore({});
            row = rowOf();
        }
        return row;
    }

protected:
    [[nodiscard]] virtual Result<QList<Row>> fetchPage(int limit, int offset) = 0;
    virtual void pageFailed(const Error&) {}

    // Empties the list (running `change` inside the reset, e.g. a new filter) and, when `fetch`,
    // reads the first page. Nothing is fetched while the reset is announced: a listener fetching in
    // modelReset would insert rows inside the reset.
    void reload(const std::function<void()>& change = {}, bool fetch = true)
    {
        beginResetModel();
        if (change)
            change();
        m_rows.clear();
        m_error.reset();
        m_hasMore = false;
        endResetModel();
        m_hasMore = fetch;
        fetchMore({});
    }

    [[nodiscard]] const QList<Row>& rows() const { return m_rows; }

private:
    QList<Row> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false;
    int m_pageSize;
    std::optional<Error> m_error;
};

} // namespace fd
