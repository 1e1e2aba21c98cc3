#pragma once

#include "core/PagedTableModel.h"
#include "modules/callbacks/VisitTypes.h"

namespace fd {

class VisitService;

// The recorded customer visits (R-CB-5) as a lazy table, the latest made first: each fetchMore()
// asks VisitService::recent for one more page.
class VisitListModel : public PagedTableModel<CustomerVisit>
{
    Q_OBJECT

public:
    enum Column { Visited, Unit, Person, Way, Topic, Opinion, By, ColumnCount };
    static constexpr int VisitIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;

    explicit VisitListModel(VisitService& visits, QObject* parent = nullptr);
    // Reloads from the first page.
    void refresh();
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<CustomerVisit>> fetchPage(int limit, int offset) override;

private:
    VisitService& m_visits;
};

} // namespace fd
