#pragma once

#include "engine/Session.h"

#include <QAbstractTableModel>

#include <optional>

namespace fd {

class RegistryService;
class SearchService;

// What the toolbar search finds, in one list: the units whose address, owner or phone tail match
// (RegistryService, at most UnitRows, first, since a clerk typing 3-1-502 wants the unit), then
// tickets and people, newest first (SearchService, at most HitRows). Bounded: it is a lookup, not a list
// to scroll through; the registry page pages through every unit.
class GlobalSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Title, Detail, When, ColumnCount };
    enum class RowKind { Unit, Ticket, Person, Record };
    static constexpr int UnitRows = 5;
    static constexpr int HitRows = 30;

    struct Row
    {
        RowKind kind = RowKind::Unit;
        qint64 id = 0;     // unit, ticket or resident id
        qint64 unitId = 0; // where choosing it leads for a unit or a person
        QString title;
        QString detail;
        qint64 atMs = 0;
        QString source; // a log record's kind (SearchHit::kind) for RowKind::Record
    };

    GlobalSearchModel(RegistryService& registry, SearchService& search, QObject* parent = nullptr);

    void setSession(const Session& session);
    // Runs the search (an empty text clears the list).
    void setQuery(const QString& text);
    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] const Row& rowAt(int row) const { return m_rows.at(row); }
    // The message of a search that failed, or empty.
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    RegistryService& m_registry;
    SearchService& m_search;
    std::optional<Session> m_session;
    QString m_query;
    QString m_error;
    QList<Row> m_rows;
};

} // namespace fd
