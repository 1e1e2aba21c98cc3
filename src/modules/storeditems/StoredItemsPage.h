#pragma once

#include "core/Result.h"
#include "engine/Session.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace fd {

class Clock;
class MinuteTick;
class RegistryService;
class SiteSetup;
class StoredItemDepositWidget;
class StoredItemDetailWidget;
class StoredItemListModel;
class StoredItemPickupWidget;
class StoredItemService;

// 物品寄存 (R-PS-1..3): the items in storage (overdue in red) with a filter and the selected item's
// detail, signatures, history and the overdue actions; a tab to take a deposit (with the printed
// tag) and one to hand items out against the tag.
class StoredItemsPage : public QWidget
{
    Q_OBJECT

public:
    // The services the page and its deposit form use, picked by addLobbyPages (through LobbyLogsPage).
    struct Uses
    {
        StoredItemService& storedItems;
        RegistryService& registry; // the deposit form's unit picker
        SiteSetup& site;           // the site's name on the printed receipt
        const Clock& clock;
        MinuteTick& minuteTick;
    };

    explicit StoredItemsPage(const Uses& uses, QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] StoredItemListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] StoredItemDepositWidget* depositForm() const { return m_deposit; }
    [[nodiscard]] StoredItemPickupWidget* pickupForm() const { return m_pickup; }
    [[nodiscard]] StoredItemDetailWidget* detail() const { return m_detail; }
    [[nodiscard]] qint64 selectedItemId() const;
    // Writes the item's tag/receipt as a one-page A6 PDF (R-PS-1).
    Status printReceipt(qint64 itemId, const QString& path);

public slots:
    void refresh();
    // Opens the list on this item (a search hit, a reminder): shows ended items too if it has ended.
    void showRecord(qint64 itemId);
    void showDeposit();
    void showPickup();

signals:
    // An item was deposited, reminded, delivered or collected from this page.
    void itemChanged(qint64 itemId);

private:
    bool selectItem(qint64 itemId);
    void applyFilter();
    void printSelected(qint64 itemId);
    void changed(qint64 itemId, const QString& message);

    StoredItemService& m_service;
    SiteSetup& m_site;
    std::optional<Session> m_session;
    QTabWidget* m_tabs;
    StoredItemListModel* m_model;
    QLineEdit* m_filter;
    QCheckBox* m_includeEnded;
    QLabel* m_count;
    QLabel* m_message;
    QTableView* m_table;
    StoredItemDetailWidget* m_detail;
    StoredItemDepositWidget* m_deposit;
    StoredItemPickupWidget* m_pickup;
    bool m_rereading = false; // refresh() is reading the list again
};

} // namespace fd
