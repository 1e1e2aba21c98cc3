#pragma once

#include "engine/Role.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace fd {

class DeskContext;
class DeskPage;
class SearchBox;

// One page as its module registers it: what the navigation, the Go menu and the shortcuts show,
// who sees it, and how to build it.
struct PageEntry
{
    QString key;                    // stable: objectNames ("<key>Action"), settings, showPage("<key>")
    std::function<QString()> title; // translated when asked, so a language switch renames it
    QString icon;                   // resource path
    QKeySequence shortcut;
    // The page shows for a role holding any of these (docs/roles.md); empty: for everyone. The
    // services refuse the rest anyway.
    QList<Permission> permissions;
    int order = 0;       // place in the navigation, smallest first
    QStringList records; // the record sources it opens ("visitor", "unit"…)
    // The kinds of change (ChangeFeed: "parcel", "visit"…) the page shows. One committed at any desk
    // (issue 16: any workstation of the site) reaches the page while it is in front: DeskPage::changed.
    // A page behind the others reads again when it is brought to the front.
    QStringList follows;
    std::function<std::unique_ptr<DeskPage>(DeskContext& desk, QWidget* parent)> create;
};

// The pages a window is built from (issue 12). Each module adds its own (its registration function
// in its folder); the window lays out whatever it is given and names no page. Two more parts of the
// window come from modules the same way: the toolbar's search box and the window a ticket opens in.
class PageRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    using SearchBoxFactory = std::function<SearchBox*(DeskContext& desk, QWidget* parent)>;
    // A non-modal window for one ticket, deleted when closed.
    using TicketWindowFactory = std::function<QWidget*(DeskContext& desk, qint64 ticketId, QWidget* parent)>;

    void add(PageEntry entry);
    void setSearchBox(SearchBoxFactory factory) { m_searchBox = std::move(factory); }
    void setTicketWindow(TicketWindowFactory factory) { m_ticketWindow = std::move(factory); }
    // nullptr when no module provides one (a window without a search box, or tickets it cannot open).
    [[nodiscard]] SearchBox* makeSearchBox(DeskContext& desk, QWidget* parent) const;
    [[nodiscard]] QWidget* makeTicketWindow(DeskContext& desk, qint64 ticketId, QWidget* parent) const;
    // In navigation order.
    [[nodiscard]] const QList<PageEntry>& all() const { return m_pages; }
    [[nodiscard]] const PageEntry* find(const QString& key) const;
    // The page a window opens on, and returns to after a switch of user: the first one.
    [[nodiscard]] QString startPage() const { return m_pages.isEmpty() ? QString() : m_pages.first().key; }
    // The key of the page that opens records of this source, empty when none does.
    [[nodiscard]] QString pageFor(const QString& recordSource) const;
    // "Registry (Ctrl+2)": the navigation's tooltip, so the shortcut is learnt by pointing.
    [[nodiscard]] static QString toolTip(const PageEntry& page);

private:
    QList<PageEntry> m_pages;
    SearchBoxFactory m_searchBox;
    TicketWindowFactory m_ticketWindow;
};

} // namespace fd
