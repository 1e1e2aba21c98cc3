#pragma once

#include "core/Error.h"
#include "modules/repairs/RepairTypes.h"

#include "core/PagedTableModel.h"

#include <optional>

namespace fd {

class RepairService;

// The repair tickets as a lazy table, open ones first: each fetchMore() asks RepairService::repairs
// for one more page, so years of repairs are never loaded at once. Phones are masked here.
class RepairListModel : public PagedTableModel<RepairRow>
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
    // Reloads from the first page (after a dispatch, a return…).
    void refresh();
    [[nodiscard]] int rowOf(qint64 ticketId) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<RepairRow>> fetchPage(int limit, int offset) override;

private:
    RepairService& m_repairs;
};

} // namespace fd
