#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace fd {

// The pages of the main window, in navigation order (by procedure, as the desk works).
enum class PageId {
    Home,
    Queues,
    Registry,
    Intake,
    Repairs,
    Complaints,
    Callbacks,
    Visitors,
    Parcels,
    Handover,
    NightCalls,
    Review,
    Reports,
    Accounts,
    SiteSettings
};

struct PageInfo
{
    PageId id = PageId::Home;
    QString key;   // stable, for objectNames and settings: "home", "registry", …
    QString title; // translated
    QString icon;  // resource path
    QKeySequence shortcut;
    bool adminOnly = false;
};

// One list of pages so the navigation, the Go menu, the shortcuts and the tooltips cannot disagree.
class PageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PageCatalog)

public:
    [[nodiscard]] static QList<PageInfo> all();
    [[nodiscard]] static PageInfo info(PageId id);
    // "Registry (Ctrl+2)": the navigation's tooltip, so the shortcut is learnt by pointing.
    [[nodiscard]] static QString toolTip(const PageInfo& page);
};

} // namespace fd
