#pragma once

#include "modules/parcels/ParcelTypes.h"

#include <QAbstractTableModel>

namespace fd {

// The batch being received (R-PS-4): the lines the clerk has entered and not yet saved, held in
// memory (nothing is written until "Save batch"). A line the service refused shows why in the
// Problem column. Pieces, tracking number and damage note can be corrected in place.
class ParcelBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Unit, Pieces, Kind, Tracking, Damage, Problem, ColumnCount };

    explicit ParcelBatchModel(QObject* parent = nullptr);

    void addLine(const ParcelLine& line, const QString& unitCode);
    void removeLine(int row);
    void clear();
    // Marks the 1-based `line` with the service's message; 0 clears every mark.
    void setProblem(int line, const QString& message);
    [[nodiscard]] QList<ParcelLine> lines() const;
    [[nodiscard]] int pieces() const;
    [[nodiscard]] QString problemAt(int row) const { return m_rows.at(row).problem; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        ParcelLine line;
        QString unitCode;
        QString problem;
    };
    QList<Row> m_rows;
};

} // namespace fd
