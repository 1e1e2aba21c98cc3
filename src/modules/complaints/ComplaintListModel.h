#pragma once

#include "core/Error.h"
#include "modules/complaints/ComplaintTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace fd {

class Clock;
class ComplaintService;

// The complaints as a lazy table, open ones first and then by limit: each fetchMore() asks
// ComplaintService::complaints for one more page. An open complaint past its limit reads in red.
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Status, Grade, Limit, Unit, Person, Description, ColumnCount };
    static constexpr int TicketIdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;
    static constexpr int DefaultPageSize = 50;

    ComplaintListModel(ComplaintService& complaints, const Clock& clock, QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void refresh();

    [[nodiscard]] const ComplaintRow& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(qint64 ticketId) const;
    [[nodiscard]] bool isOverdue(int row) const;
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    ComplaintService& m_complaints;
    const Clock& m_clock;
    QList<ComplaintRow> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false;
    int m_pageSize = DefaultPageSize;
    std::optional<Error> m_error;
};

} // namespace fd
