#pragma once

#include "core/PagedTableModel.h"
#include "modules/tools/ToolTypes.h"

namespace fd {

class ToolService;

// The desk's tools with how many are in and out, as a lazy table (retired ones at the end, greyed).
class ToolStockModel : public PagedTableModel<Tool>
{
    Q_OBJECT

public:
    enum Column { Code, Name, In, Out, Total, State, ColumnCount };
    static constexpr int ToolIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 100;

    explicit ToolStockModel(ToolService& tools, QObject* parent = nullptr);
    void refresh(bool withRetired);
    [[nodiscard]] int rowOf(qint64 toolId) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<Tool>> fetchPage(int limit, int offset) override;

private:
    ToolService& m_tools;
    bool m_withRetired = false;
};

} // namespace fd
