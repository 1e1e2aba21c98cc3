// MainWindow, part two: the lock screen, switching user and changing one's password. Part one
// (MainWindow.cpp) is the shell that lays out the registered pages.
#include "gui/MainWindow.h"

#include "desk/SearchBox.h"
#include "desk/Services.h"
#include "gui/ChangePasswordDialog.h"
#include "gui/IdleLock.h"
#include "gui/LockCover.h"
#include "gui/LockDialog.h"
#include "gui/ReminderPanel.h"
#include "gui/SessionStatusBar.h"
#include "gui/SignInDialog.h"

#include <QAction>
#include <QMenuBar>
#include <QStackedWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace fd {

void MainWindow::setActionsEnabled(bool enabled)
{
    for (QAction* action : std::as_const(m_lockableActions))
        action->setEnabled(enabled);
    menuBar()->setEnabled(enabled);
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idleLock->pause();
    if (m_search)
        m_search->hidePopup();
    m_cover->setSignedIn(m_session.user.displayName);
    m_root->setCurrentWidget(m_cover);
    m_remindersWereVisible = m_reminders->isVisible();
    m_reminders->hide();
    m_toolBar->hide();
    setActionsEnabled(false);

    auto* dialog = new LockDialog(m_services.accounts, m_session, m_siteName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LockDialog::unlocked, this, &MainWindow::unlock);
    connect(dialog, &LockDialog::switchedUser, this, [this](const Session& session) {
        unlock();
        applySession(session);
        showPage(m_registry.startPage());
    });
    dialog->open();
}

void MainWindow::unlock()
{
    m_locked = false;
    m_root->setCurrentWidget(m_content);
    m_toolBar->show();
    m_reminders->setVisible(m_remindersWereVisible);
    setActionsEnabled(true);
    m_idleLock->resume();
    if (QWidget* page = m_pages->currentWidget())
        page->setFocus();
}

void MainWindow::changePassword()
{
    if (m_locked)
        return;
    auto* dialog = new ChangePasswordDialog(m_services.accounts, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_status->showMessage(tr("Your password is changed."), 10'000); });
    dialog->open();
}

void MainWindow::switchUser()
{
    if (m_locked)
        return;
    auto* dialog = new SignInDialog(m_services.accounts, m_siteName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applySession(dialog->session());
        showPage(m_registry.startPage());
    });
    dialog->open();
}

} // namespace fd
