#pragma once

#include "core/Error.h"
#include "engine/shifts/HandoverSheet.h"

#include "core/PagedTableModel.h"
#include <QHash>

#include <optional>

namespace fd {

class AccountService;
class ShiftService;
class SiteRules;

// A post's handover sheets, newest first, as a lazy table: each fetchMore() asks
// ShiftService::sheetsOfPost for one more page, so years of sheets are never loaded at once.
class HandoverSheetModel : public PagedTableModel<HandoverSummary>
{
    Q_OBJECT

public:
    enum Column { When, Shift, People, Lines, Status, ColumnCount };
    static constexpr int SheetIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPageSize = 30;

    HandoverSheetModel(ShiftService& shifts, AccountService& accounts, const SiteRules& rules,
                       QObject* parent = nullptr);
    // Shows the sheets of another post (0: none) from the first page.
    void setPost(qint64 postId);
    [[nodiscard]] qint64 postId() const { return m_postId; }
    // Reads the current post's first page again (after a sheet was drafted, signed or sealed).
    void refresh();
    [[nodiscard]] int rowOf(qint64 sheetId) const;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loadFailed(const QString& message);

protected:
    [[nodiscard]] Result<QList<HandoverSummary>> fetchPage(int limit, int offset) override;
    void pageFailed(const Error& error) override;

private:
    [[nodiscard]] QString text(const HandoverSummary& row, int column) const;

    ShiftService& m_shifts;
    AccountService& m_accounts;
    const SiteRules& m_rules;
    qint64 m_postId = 0;
    QHash<qint64, QString> m_people;
};

} // namespace fd
