#pragma once

#include "modules/registry/ImportReport.h"

#include <QAbstractTableModel>

namespace fd {

// Every problem of an import preview, one row each: the file row, the column and what is wrong.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, ColumnName, Message, ColumnCount };

    explicit ImportProblemModel(QObject* parent = nullptr);

    void setProblems(const QList<ImportProblem>& problems);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace fd
