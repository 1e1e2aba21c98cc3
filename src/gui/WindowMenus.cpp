#include "gui/WindowMenus.h"

#include "desk/PageRegistry.h"
#include "desk/SearchBox.h"
#include "gui/LanguageMenu.h"
#include "gui/MainWindow.h"
#include "gui/ReminderPanel.h"

#include <QAction>
#include <QIcon>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace fd {

WindowMenus WindowMenus::build(MainWindow& window, const PageRegistry& pages, SearchBox* search,
                               ReminderPanel* reminders)
{
    WindowMenus out;
    QMenuBar* bar = window.menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    QAction* lockAction = file->addAction(QIcon(u":/icons/lock.svg"_s), tr("&Lock screen"), &window, &MainWindow::lock);
    lockAction->setObjectName(u"lockAction"_s);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* switchAction = file->addAction(tr("&Switch user…"), &window, &MainWindow::switchUser);
    switchAction->setObjectName(u"switchUserAction"_s);
    switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction* password = file->addAction(tr("Change my &password…"), &window, &MainWindow::changePassword);
    password->setObjectName(u"changePasswordAction"_s);
    password->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), &window, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    out.lockable << switchAction << password << quit;

    QMenu* go = bar->addMenu(tr("&Go"));
    if (search) {
        QAction* find = go->addAction(QIcon(u":/icons/search.svg"_s), tr("&Find…"), search, &SearchBox::focusSearch);
        find->setObjectName(u"findAction"_s);
        find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
        out.lockable << find;
        go->addSeparator();
    }
    for (const PageEntry& page : pages.all()) {
        QAction* action =
            go->addAction(QIcon(page.icon), page.title(), &window, [w = &window, key = page.key] { w->showPage(key); });
        action->setObjectName(page.key + u"Action"_s);
        action->setShortcut(page.shortcut);
        action->setToolTip(PageRegistry::toolTip(page));
        out.pageActions.insert(page.key, action);
        out.lockable << action;
    }

    QMenu* view = bar->addMenu(tr("&View"));
    QAction* remindersToggle = reminders->toggleViewAction();
    remindersToggle->setText(tr("&Reminders"));
    // The dock's title carries the count ("Reminders (3)"); the menu keeps its name and mnemonic.
    QObject::connect(reminders, &QWidget::windowTitleChanged, remindersToggle,
                     [remindersToggle] { remindersToggle->setText(tr("&Reminders")); });
    view->addAction(remindersToggle);
    out.lockable << remindersToggle;

    auto* language = new LanguageMenu(&window);
    bar->addMenu(language);
    QObject::connect(language, &LanguageMenu::languageChosen, &window, &MainWindow::changeLanguage);

    out.toolBar = window.addToolBar(tr("Search"));
    out.toolBar->setObjectName(u"mainToolBar"_s);
    out.toolBar->setMovable(false);
    if (search)
        out.toolBar->addWidget(search);
    auto* spacer = new QWidget(out.toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    out.toolBar->addWidget(spacer);
    lockAction->setToolTip(tr("Lock the screen (Ctrl+L)"));
    out.toolBar->addAction(lockAction);
    out.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return out;
}

} // namespace fd
