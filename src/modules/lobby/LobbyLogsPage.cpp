#include "modules/lobby/LobbyLogsPage.h"

#include "modules/parcels/ParcelService.h"
#include "modules/parcels/ParcelsPage.h"
#include "modules/storeditems/StoredItemService.h"
#include "modules/storeditems/StoredItemsPage.h"
#include "modules/tools/ToolService.h"
#include "modules/tools/ToolsPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

LobbyLogsPage::LobbyLogsPage(const Uses& uses, QWidget* parent) : QWidget(parent)
{
    setObjectName(u"lobbyLogsPage"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"lobbyLogsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_parcels = new ParcelsPage(uses.parcels, uses.registry, uses.clock, uses.minuteTick, m_tabs);
    m_storedItems = new StoredItemsPage({.storedItems = uses.storedItems,
                                         .registry = uses.registry,
                                         .site = uses.site,
                                         .clock = uses.clock,
                                         .minuteTick = uses.minuteTick},
                                        m_tabs);
    m_tools = new ToolsPage(uses.tools, uses.registry, uses.clock, uses.minuteTick, m_tabs);
    // No Alt-letters on these tabs: the pages inside use every letter for their own fields and
    // buttons. Ctrl+Tab and Ctrl+Shift+Tab move between the tabs.
    m_tabs->addTab(m_parcels, tr("Parcels and mail"));
    m_tabs->addTab(m_storedItems, tr("Stored items"));
    m_tabs->addTab(m_tools, tr("Tools lent"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_parcels, &ParcelsPage::parcelsChanged, this, &LobbyLogsPage::recordChanged);
    connect(m_storedItems, &StoredItemsPage::itemChanged, this, &LobbyLogsPage::recordChanged);
    connect(m_tools, &ToolsPage::loanChanged, this, &LobbyLogsPage::recordChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &LobbyLogsPage::refresh);
}

void LobbyLogsPage::setSession(const Session& session)
{
    m_parcels->setSession(session);
    m_storedItems->setSession(session);
    m_tools->setSession(session);
}

void LobbyLogsPage::refresh()
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_parcels)
        m_parcels->refresh();
    else if (current == m_storedItems)
        m_storedItems->refresh();
    else if (current == m_tools)
        m_tools->refresh();
}

namespace {

// The kinds of change each tab shows.
const QStringList& parcelKinds()
{
    static const QStringList kinds{u"parcel"_s, u"parcel_batch"_s};
    return kinds;
}
const QStringList& storedItemKinds()
{
    static const QStringList kinds{u"stored_item"_s};
    return kinds;
}
const QStringList& toolKinds()
{
    static const QStringList kinds{u"tool"_s, u"tool_loan"_s};
    return kinds;
}

} // namespace

QStringList LobbyLogsPage::followed()
{
    return parcelKinds() + storedItemKinds() + toolKinds();
}

void LobbyLogsPage::followChanges(const QList<Change>& changes)
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_parcels && ChangeFeed::touches(changes, parcelKinds()))
        m_parcels->followChanges();
    else if (current == m_storedItems && ChangeFeed::touches(changes, storedItemKinds()))
        m_storedItems->refresh(); // keeps the item chosen and what is typed for it
    else if (current == m_tools && ChangeFeed::touches(changes, toolKinds()))
        m_tools->refresh(); // keeps the loan chosen, the tool chosen to lend and what is typed
}

bool LobbyLogsPage::showRecord(const QString& source, qint64 refId)
{
    if (source == QLatin1String(ParcelService::WatchSource)) {
        m_tabs->setCurrentWidget(m_parcels);
        m_parcels->showRecord(refId);
        return true;
    }
    if (source == QLatin1String(StoredItemService::WatchSource)) {
        m_tabs->setCurrentWidget(m_storedItems);
        m_storedItems->showRecord(refId);
        return true;
    }
    if (source == QLatin1String(ToolService::WatchSource)) {
        m_tabs->setCurrentWidget(m_tools);
        return m_tools->showRecord(refId);
    }
    return false;
}

} // namespace fd
