#pragma once

#include "core/Error.h"
#include "modules/callbacks/CallbackTypes.h"

#include "core/PagedTableModel.h"

#include <optional>

namespace fd {

class CallbackService;

// The callback queue (R-CB-1) as a lazy table, the one due first on top: each fetchMore() asks
// CallbackService::queue for one more page. Phones are masked here.
class CallbackQueueModel : public PagedTableModel<CallbackDue>
{
    Q_OBJECT

public:
    enum Column { Due, Number, Kind, Unit, Person, Phone, Description, Department, Attempts, ColumnCount };
    static constexpr int TicketIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;

    explicit CallbackQueueModel(CallbackService& callbacks, QObject* parent = nullptr);
    // `nowMs` marks overdue rows; reloads from the first page.
    void refresh(qint64 nowMs);
    // The minute changed: the rows are drawn as of `nowMs` (ages, overdue marks), nothing is read again.
    void setNow(qint64 nowMs);
    [[nodiscard]] int rowOf(qint64 ticketId) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<CallbackDue>> fetchPage(int limit, int offset) override;

private:
    CallbackService& m_callbacks;
    qint64 m_nowMs = 0;
};

} // namespace fd
