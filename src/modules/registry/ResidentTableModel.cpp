#include "modules/registry/ResidentTableModel.h"

#include "core/DateTimeText.h"
#include "modules/registry/RegistryDisplay.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace fd {

ResidentTableModel::ResidentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResidentTableModel::setResidents(const QList<Resident>& residents)
{
    beginResetModel();
    m_residents = residents;
    endResetModel();
}

int ResidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_residents.size());
}

int ResidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resident& r = m_residents.at(index.row());
    if (role == Qt::ForegroundRole && !r.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Relation:
        if (r.active)
            return RegistryDisplay::relationName(r.relation);
        if (r.movedOutMs > 0) // the day they left, as recorded at the desk
            return tr("%1 (moved out %2)")
                .arg(RegistryDisplay::relationName(r.relation), DateTimeText::date(r.movedOutMs));
        return tr("%1 (moved out)").arg(RegistryDisplay::relationName(r.relation));
    case Name:
        return r.name;
    case Phones: // the list masks; the tooltip shows what the service gave this person (full or masked)
        return role == Qt::ToolTipRole ? r.phones.join(u", "_s) : RegistryDisplay::maskedPhones(r.phones);
    case Notes:
        return r.notes;
    default:
        return {};
    }
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Relation:
        return tr("Relation");
    case Name:
        return tr("Name");
    case Phones:
        return tr("Phones");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace fd
