#include "modules/registry/UnitSearchModel.h"

#include "modules/registry/RegistryDisplay.h"
#include "modules/registry/RegistryService.h"

#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace fd {

UnitSearchModel::UnitSearchModel(RegistryService& registry, QObject* parent)
    : QAbstractTableModel(parent), m_registry(registry)
{}

void UnitSearchModel::setSession(const Session& session)
{
    m_session = session;
}

void UnitSearchModel::setQuery(const QString& text)
{
    beginResetModel();
    m_query = text.trimmed();
    m_rows.clear();
    m_error.reset();
    // Nothing to fetch while the reset is being announced: a listener that fetches in its
    // modelReset handler would otherwise insert rows inside the reset.
    m_hasMore = false;
    endResetModel();
    m_hasMore = !m_query.isEmpty() && m_session.has_value();
    // The first page at once: callers (and the desk) expect results without scrolling first.
    if (canFetchMore({}))
        fetchMore({});
}

void UnitSearchModel::refresh()
{
    setQuery(m_query);
}

qint64 UnitSearchModel::unitIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).unit.id : 0;
}

int UnitSearchModel::rowOf(qint64 unitId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).unit.id == unitId)
            return row;
    return -1;
}

int UnitSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UnitSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitMatch& match = m_rows.at(index.row());
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

bool UnitSearchModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while a page is being inserted: a listener (a view, the model tester) that asks for more
    // from inside rowsAboutToBeInserted would fetch the same offset twice.
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void UnitSearchModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = m_registry.search(*m_session, m_query, m_pageSize, static_cast<int>(m_rows.size()));
    if (!page) {
        m_hasMore = false;
        m_error = page.error();
        emit searchFailed(page.error().message);
        return;
    }
    const QList<UnitMatch>& found = page.value();
    // A short page is the last one.
    m_hasMore = found.size() == m_pageSize;
    if (found.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(found.size()) - 1);
    m_rows.append(found);
    endInsertRows();
}

} // namespace fd
