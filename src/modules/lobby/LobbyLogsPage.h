#pragma once

#include "engine/ChangeFeed.h"
#include "engine/Session.h"

#include <QWidget>

class QTabWidget;

namespace fd {

class Clock;
class MinuteTick;
class ParcelService;
class ParcelsPage;
class RegistryService;
class SiteSetup;
class StoredItemService;
class StoredItemsPage;
class ToolService;
class ToolsPage;

// "Storage and mail" (Ctrl+8): the counter's logs of things — parcels and mail (R-PS-4), stored
// items (R-PS-1..3) and tools lent — one tab each, so a courier or a depositor at the counter is
// one key away. Each tab is its module's page; this only holds them.
class LobbyLogsPage : public QWidget
{
    Q_OBJECT

public:
    // The services the three tabs use, picked by addLobbyPages.
    struct Uses
    {
        ParcelService& parcels;
        StoredItemService& storedItems;
        ToolService& tools;
        RegistryService& registry;
        SiteSetup& site;
        const Clock& clock;
        MinuteTick& minuteTick;
    };

    explicit LobbyLogsPage(const Uses& uses, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Shows the record a search hit or a reminder names: source "parcel", "stored_item" or "tool_loan".
    bool showRecord(const QString& source, qint64 refId);
    [[nodiscard]] ParcelsPage* parcels() const { return m_parcels; }
    [[nodiscard]] StoredItemsPage* storedItems() const { return m_storedItems; }
    [[nodiscard]] ToolsPage* tools() const { return m_tools; }

    // The kinds of change the three tabs show (PageEntry::follows), and a batch of them: the tab in
    // front reads again keeping what is chosen and typed; the others read when they are chosen.
    static QStringList followed();
    void followChanges(const QList<Change>& changes);

public slots:
    void refresh();

signals:
    // A record changed: its reminders may have ended.
    void recordChanged();

private:
    QTabWidget* m_tabs = nullptr;
    ParcelsPage* m_parcels = nullptr;
    StoredItemsPage* m_storedItems = nullptr;
    ToolsPage* m_tools = nullptr;
};

} // namespace fd
