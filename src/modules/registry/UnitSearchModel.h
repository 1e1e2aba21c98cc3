#pragma once

#include "core/Error.h"
#include "engine/Session.h"
#include "modules/registry/RegistryTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace fd {

class RegistryService;

// Search results as a lazy table: each fetchMore() asks RegistryService::search for one more page
// (limit/offset), so a search matching thousands of units never loads them all at once.
class UnitSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Type, Area, Residents, PhoneTails, ColumnCount };
    static constexpr int UnitIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;

    explicit UnitSearchModel(RegistryService& registry, QObject* parent = nullptr);

    void setSession(const Session& session);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    // Starts a new search (an empty text clears the list) and loads its first page.
    void setQuery(const QString& text);
    [[nodiscard]] QString query() const { return m_query; }
    // Runs the current search again from its first page (after an import or an edit).
    void refresh();

    [[nodiscard]] qint64 unitIdAt(int row) const;
    [[nodiscard]] int rowOf(qint64 unitId) const;
    [[nodiscard]] const UnitMatch& matchAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void searchFailed(const QString& message);

private:
    RegistryService& m_registry;
    std::optional<Session> m_session;
    QString m_query;
    QList<UnitMatch> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false;
    int m_pageSize = DefaultPageSize;
    std::optional<Error> m_error;
};

} // namespace fd
