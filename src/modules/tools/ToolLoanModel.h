#pragma once

#include "core/PagedTableModel.h"
#include "modules/tools/ToolTypes.h"

namespace fd {

class ToolService;

// The loans not yet returned, the one due first on top, as a lazy table; a loan past its return
// time is red (seed 001: not back the same day → call). Phones are masked here.
class ToolLoanModel : public PagedTableModel<ToolLoan>
{
    Q_OBJECT

public:
    enum Column { ToolName, Quantity, Unit, Borrower, Phone, Lent, Due, Calls, ColumnCount };
    static constexpr int LoanIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;

    explicit ToolLoanModel(ToolService& tools, QObject* parent = nullptr);
    // `nowMs` marks the overdue rows; reloads from the first page.
    void refresh(qint64 nowMs);
    // The minute changed: the rows are drawn as of `nowMs` (ages, overdue marks), nothing is read again.
    void setNow(qint64 nowMs);
    [[nodiscard]] int rowOf(qint64 loanId) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<ToolLoan>> fetchPage(int limit, int offset) override;

private:
    ToolService& m_tools;
    qint64 m_nowMs = 0;
};

} // namespace fd
