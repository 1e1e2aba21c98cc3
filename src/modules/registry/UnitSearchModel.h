#pragma once

#include "core/PagedTableModel.h"
#include "engine/Session.h"
#include "modules/registry/RegistryTypes.h"

#include <optional>

namespace fd {

class RegistryService;

// Search results as a lazy table (PagedTableModel): each fetchMore() asks RegistryService::search
// for one more page (limit/offset), so a search matching thousands of units never loads them all.
class UnitSearchModel : public PagedTableModel<UnitMatch>
{
    Q_OBJECT

public:
    enum Column { Code, Type, Area, Residents, PhoneTails, ColumnCount };
    static constexpr int UnitIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 50;

    explicit UnitSearchModel(RegistryService& registry, QObject* parent = nullptr);

    void setSession(const Session& session);
    // Starts a new search (an empty text clears the list) and loads its first page.
    void setQuery(const QString& text);
    [[nodiscard]] QString query() const { return m_query; }
    // Runs the current search again from its first page (after an import or an edit).
    void refresh();

    [[nodiscard]] qint64 unitIdAt(int row) const;
    [[nodiscard]] int rowOf(qint64 unitId) const;
    [[nodiscard]] const UnitMatch& matchAt(int row) const { return rowAt(row); }

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void searchFailed(const QString& message);

protected:
    [[nodiscard]] Result<QList<UnitMatch>> fetchPage(int limit, int offset) override;
    void pageFailed(const Error& error) override { emit searchFailed(error.message); }

private:
    RegistryService& m_registry;
    std::optional<Session> m_session;
    QString m_query;
};

} // namespace fd
