#pragma once

#include "core/PagedTableModel.h"
#include "modules/parcels/ParcelTypes.h"

namespace fd {

class ParcelService;

// Parcels as a lazy table, grouped by unit (the unit and its resident shown on the unit's first
// row), each with its age in days (the arrival in its tooltip): amber from AmberDays, red from RedDays while it waits
// (R-PS-4). Phones are masked here.
class ParcelListModel : public PagedTableModel<Parcel>
{
    Q_OBJECT

public:
    enum Column { Unit, Resident, Age, What, Carrier, Tracking, Notified, Condition, ColumnCount };
    static constexpr int ParcelIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;
    static constexpr int AmberDays = 2;
    static constexpr int RedDays = 5;

    explicit ParcelListModel(ParcelService& parcels, QObject* parent = nullptr);
    void refresh(ParcelFilter filter, qint64 nowMs);
    // The minute changed: the rows are drawn as of `nowMs` (ages, overdue marks), nothing is read again.
    void setNow(qint64 nowMs);
    [[nodiscard]] ParcelFilter filter() const { return m_filter; }
    [[nodiscard]] int rowOf(qint64 parcelId) const;
    [[nodiscard]] int ageDays(const Parcel& p) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] Result<QList<Parcel>> fetchPage(int limit, int offset) override;

private:
    [[nodiscard]] QVariant display(const Parcel& p, int row, int column) const;

    ParcelService& m_parcels;
    ParcelFilter m_filter = ParcelFilter::Waiting;
    qint64 m_nowMs = 0;
};

} // namespace fd
