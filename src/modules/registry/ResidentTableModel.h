#pragma once

#include "modules/registry/RegistryTypes.h"

#include <QAbstractTableModel>

namespace fd {

// The residents of one unit for the unit detail. Phones are masked here, in the model, so no view
// can show a full number by accident.
class ResidentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Relation, Name, Phones, Notes, ColumnCount };

    explicit ResidentTableModel(QObject* parent = nullptr);

    void setResidents(const QList<Resident>& residents);
    [[nodiscard]] const Resident& residentAt(int row) const { return m_residents.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Resident> m_residents;
};

} // namespace fd
