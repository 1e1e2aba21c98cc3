#pragma once

#include "core/Error.h"
#include "modules/complaints/ComplaintTypes.h"

#include "core/PagedTableModel.h"

#include <optional>

namespace fd {

class Clock;
class ComplaintService;

// The complaints as a lazy table, open ones first and then by limit: each fetchMore() asks
// ComplaintService::complaints for one more page. An open complaint past its limit reads in red.
class ComplaintListModel : public PagedTableModel<ComplaintRow>
{
    Q_OBJECT

public:
    enum Column { Number, Status, Grade, Limit, Unit, Person, Description, ColumnCount };
    static constexpr int TicketIdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;
    static constexpr int DefaultPageSize = 50;

    ComplaintListModel(ComplaintService& complaints, const Clock& clock, QObject* parent = nullptr);
    void refresh();
    [[nodiscard]] int rowOf(qint64 ticketId) const;
    [[nodiscard]] bool isOverdue(int row) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<ComplaintRow>> fetchPage(int limit, int offset) override;

private:
    ComplaintService& m_complaints;
    const Clock& m_clock;
};

} // namespace fd
