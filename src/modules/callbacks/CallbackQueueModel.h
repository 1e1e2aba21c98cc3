#pragma once

#include "core/Error.h"
#include "modules/callbacks/CallbackTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace fd {

class CallbackService;

// The callback queue (R-CB-1) as a lazy table, the one due first on top: each fetchMore() asks
// CallbackService::queue for one more page. Phones are masked here.
class CallbackQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, Number, Kind, Unit, Person, Phone, Description, Department, Attempts, ColumnCount };
    static constexpr int TicketIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;

    explicit CallbackQueueModel(CallbackService& callbacks, QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // `nowMs` marks overdue rows; reloads from the first page.
    void refresh(qint64 nowMs);

    [[nodiscard]] const CallbackDue& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(qint64 ticketId) const;
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    CallbackService& m_callbacks;
    QList<CallbackDue> m_rows;
    qint64 m_nowMs = 0;
    bool m_hasMore = false;
    bool m_fetching = false;
    int m_pageSize = DefaultPageSize;
    std::optional<Error> m_error;
};

} // namespace fd
