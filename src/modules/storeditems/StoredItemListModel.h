#pragma once

#include "core/PagedTableModel.h"
#include "modules/storeditems/StoredItemTypes.h"

namespace fd {

class Clock;
class StoredItemService;

// The items in storage as a lazy table, soonest pickup first (ended ones after them when the filter
// asks). Phones are masked; an item past its expected pickup time shows in red (R-PS-2).
class StoredItemListModel : public PagedTableModel<StoredItem>
{
    Q_OBJECT

public:
    enum Column { Tag, Unit, Depositor, Phone, Shelf, Pickup, Status, Items, ColumnCount };
    static constexpr int ItemIdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;
    static constexpr int DefaultPageSize = 50;

    StoredItemListModel(StoredItemService& service, const Clock& clock, QObject* parent = nullptr);

    void setFilter(const StoredItemFilter& filter);
    [[nodiscard]] const StoredItemFilter& filter() const { return m_filter; }
    void refresh();
    [[nodiscard]] int rowOf(qint64 itemId) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<StoredItem>> fetchPage(int limit, int offset) override;

private:
    StoredItemService& m_service;
    const Clock& m_clock;
    StoredItemFilter m_filter;
};

} // namespace fd
