#include "modules/search/GlobalSearchModel.h"

#include "core/DateTimeText.h"

#include "engine/watches/WatchService.h"

#include "engine/search/SearchService.h"
#include "modules/registry/RegistryService.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd {

GlobalSearchModel::GlobalSearchModel(RegistryService& registry, SearchService& search, QObject* parent)
    : QAbstractTableModel(parent), m_registry(registry), m_search(search)
{}

void GlobalSearchModel::setSession(const Session& session)
{
    m_session = session;
    setQuery({});
}

void GlobalSearchModel::setQuery(const QString& text)
{
    beginResetModel();
    m_query = text.trimmed();
    m_rows.clear();
    m_error.clear();
    if (!m_query.isEmpty() && m_session) {
        auto units = m_registry.search(*m_session, m_query, UnitRows);
        if (!units)
            m_error = units.error().message;
        else
            for (const UnitMatch& match : units.value())
                m_rows.append({RowKind::Unit, match.unit.id, match.unit.id, match.unit.code,
                               match.residentNames.join(u"、"_s), 0});
        auto hits = m_search.find(*m_session, m_query, HitRows);
        if (!hits)
            m_error = hits.error().message;
        else
            for (const SearchHit& hit : hits.value()) {
                const RowKind kind = hit.kind == u"ticket"_s     ? RowKind::Ticket
                                     : hit.kind == u"resident"_s ? RowKind::Person
                                                                 : RowKind::Record;
                m_rows.append({kind, hit.refId, hit.unitId, hit.title, hit.detail, hit.atMs,
                               kind == RowKind::Record ? hit.kind : QString()});
            }
    }
    endResetModel();
}

int GlobalSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GlobalSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlobalSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind:
        switch (row.kind) {
        case RowKind::Unit:
            return tr("Unit");
        case RowKind::Ticket:
            return tr("Ticket");
        case RowKind::Person:
            return tr("Person");
        case RowKind::Record:
            return WatchService::sourceName(row.source);
        }
        return {};
    case Title:
        return row.title;
    case Detail:
        return row.detail;
    case When: // a ticket's day; a person's registration day would only puzzle
        return (row.kind == RowKind::Ticket || row.kind == RowKind::Record) && row.atMs > 0
                   ? DateTimeText::date(row.atMs)
                   : QString();
    default:
        return {};
    }
}

} // namespace fd
