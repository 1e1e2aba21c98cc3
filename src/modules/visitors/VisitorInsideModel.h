#pragma once

#include "core/PagedTableModel.h"
#include "modules/visitors/VisitorTypes.h"

namespace fd {

class VisitorService;

// The visitors inside now as a lazy table, the longest inside on top (R-VS-2, R-VS-3): each
// fetchMore() asks VisitorService::inside for one more page. Phones are masked here.
class VisitorInsideModel : public PagedTableModel<Visit>
{
    Q_OBJECT

public:
    enum Column { TimeIn, HowLong, Visitor, Visiting, Purpose, Phone, Plate, ColumnCount };
    static constexpr int VisitIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;

    explicit VisitorInsideModel(VisitorService& visitors, QObject* parent = nullptr);
    // `nowMs` gives how long each has been inside and marks those due a check; reloads from the top.
    void refresh(qint64 nowMs);
    // The minute changed: the stays and the confirm marks are drawn as of `nowMs`, nothing is read again.
    void setNow(qint64 nowMs);
    [[nodiscard]] int rowOf(qint64 visitId) const;
    [[nodiscard]] bool isDue(const Visit& visit) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<Visit>> fetchPage(int limit, int offset) override;

private:
    VisitorService& m_visitors;
    qint64 m_nowMs = 0;
    qint64 m_confirmMs = 0;
};

} // namespace fd
