#pragma once

#include "core/Error.h"
#include "modules/repairs/RepairTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace fd {

class RepairService;

// The repair tickets as a lazy table, open ones first: each fetchMore() asks RepairService::repairs
// for one more page, so years of repairs are never loaded at once. Phones are masked here.
class RepairListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Status,
        Occurred,
        Unit,
        Person,
        Phone,
        Category,
        Description,
        Department,
        Order,
        ColumnCount
    };
    static constexpr int TicketIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;

    explicit RepairListModel(RepairService& repairs, QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Reloads from the first page (after a dispatch, a return…).
    void refresh();

    [[nodiscard]] const RepairRow& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(qint64 ticketId) const;
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    RepairService& m_repairs;
    QList<RepairRow> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false;
    int m_pageSize = DefaultPageSize;
    std::optional<Error> m_error;
};

} // namespace fd
