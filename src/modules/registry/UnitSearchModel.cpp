#include "modules/registry/UnitSearchModel.h"

#include "modules/registry/RegistryDisplay.h"
#include "modules/registry/RegistryService.h"

using namespace Qt::StringLiterals;

namespace fd {

UnitSearchModel::UnitSearchModel(RegistryService& registry, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_registry(registry)
{}

void UnitSearchModel::setSession(const Session& session)
{
    m_session = session;
}

void UnitSearchModel::setQuery(const QString& text)
{
    // The first page at once: callers (and the desk) expect results without scrolling first.
    const QString query = text.trimmed();
    reload([&] { m_query = query; }, !query.isEmpty() && m_session.has_value());
}

void UnitSearchModel::refresh()
{
    setQuery(m_query);
}

qint64 UnitSearchModel::unitIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).unit.id : 0;
}

int UnitSearchModel::rowOf(qint64 unitId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).unit.id == unitId)
            return row;
    return -1;
}

int UnitSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitMatch& match = rowAt(index.row());
    if (role == UnitIdRole)
        return match.unit.id;
    if (role == Qt::TextAlignmentRole && index.column() == Area)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return match.unit.code;
    case Type:
        return RegistryDisplay::typeName(match.unit.type);
    case Area:
        return RegistryDisplay::area(match.unit.areaCenti);
    case Residents:
        return match.residentNames.join(u", "_s);
    case PhoneTails:
        return match.phoneTails;
    default:
        return {};
    }
}

QVariant UnitSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Unit");
    case Type:
        return tr("Type");
    case Area:
        return tr("Area m²");
    case Residents:
        return tr("Residents");
    case PhoneTails:
        return tr("Phone (last digits)");
    default:
        return {};
    }
}

Result<QList<UnitMatch>> UnitSearchModel::fetchPage(int limit, int offset)
{
    return m_registry.search(*m_session, m_query, limit, offset);
}

} // namespace fd
