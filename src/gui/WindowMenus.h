#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class QAction;
class QToolBar;

namespace fd {

class SearchBox;
class MainWindow;
class PageRegistry;
class ReminderPanel;

// The window's menus (File, Go with one action per registered page, View, language) and its
// toolbar (the search and the lock), built for a MainWindow from its registry.
class WindowMenus
{
    Q_DECLARE_TR_FUNCTIONS(WindowMenus)

public:
    static WindowMenus build(MainWindow& window, const PageRegistry& pages, SearchBox* search,
                             ReminderPanel* reminders);

    QHash<QString, QAction*> pageActions; // page key -> its Go menu action
    QList<QAction*> lockable;             // what the lock screen disables
    QToolBar* toolBar = nullptr;
};

} // namespace fd
