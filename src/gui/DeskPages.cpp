#include "gui/DeskPages.h"

#include "engine/ChangeFeed.h"
#include "engine/SiteSetup.h"
#include "engine/reminders/ReminderEngine.h"
#include "engine/reminders/ReminderScheduler.h"
#include "gui/AccountsPage.h"
#include "gui/ControlRoomPage.h"
#include "gui/HomePage.h"
#include "gui/LobbyLogsPage.h"
#include "gui/MorningReviewPage.h"
#include "gui/QueuePage.h"
#include "gui/ShiftPage.h"
#include "modules/Services.h"
#include "modules/desk/DeskContext.h"
#include "modules/desk/DeskPageOf.h"
#include "modules/desk/PageRegistry.h"
#include "modules/parcels/ParcelService.h"
#include "modules/storeditems/StoredItemService.h"
#include "modules/tools/ToolService.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QKeySequence ctrl(Qt::Key key)
{
    return QKeySequence(Qt::CTRL | key);
}

QKeySequence ctrlShift(Qt::Key key)
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | key);
}

} // namespace

void addDeskPages(PageRegistry& pages)
{
    pages.add(
        {u"home"_s,
         [] { return QCoreApplication::translate("PageCatalog", "Home"); },
         u":/icons/home.svg"_s,
         ctrl(Qt::Key_1),
         {},
         10,
         {},
         [](DeskContext& desk, QWidget* parent) {
             auto* page = new HomePage(parent);
             page->setSiteName(desk.services.site.siteName());
             page->setServices(desk.services);
             QObject::connect(page, &HomePage::openReviewRequested, &desk, [&desk] { desk.showPage(u"review"_s); });
             QObject::connect(page, &HomePage::openIntakeRequested, &desk, [&desk] { desk.showPage(u"intake"_s); });
             return deskPage(page);
         }});
    // The queues are looked at all day; J for "jobs", since the ten digits were taken first.
    pages.add({u"queues"_s,
               [] { return QCoreApplication::translate("PageCatalog", "Queues"); },
               u":/icons/queues.svg"_s,
               ctrl(Qt::Key_J),
               {Permission::WorkTickets},
               20,
               {},
               [](DeskContext& desk, QWidget* parent) {
                   auto* page = new QueuePage(desk.services, parent);
                   QObject::connect(page, &QueuePage::ticketActivated, &desk, &DeskContext::openTicket);
                   // What needs doing now: overdue and due within the hour; red while anything is overdue.
                   QObject::connect(page, &QueuePage::countsChanged, &desk, [&desk](const QueueCounts& counts) {
                       desk.setBadge(u"queues"_s, counts.overdue + counts.dueSoon, counts.overdue > 0);
                   });
                   // The badge follows while the page is hidden: at every wake of the reminders and
                   // every saved change of tickets or of the site's rules (the due-soon window).
                   QObject::connect(&desk.services.reminderScheduler, &ReminderScheduler::changed, page, [&desk, page] {
                       if (desk.services.reminders.settled()) // not at every slice of a first build
                           page->refreshCounts();
                   });
                   QObject::connect(&desk.services.changes, &ChangeFeed::changed, page,
                                    [page](const QList<Change>& changes) {
                                        if (ChangeFeed::touches(changes, {"ticket", "setting"}))
                                            page->refreshCounts();
                                    });
                   return deskPage(page, {.eager = true}); // the badge counts while the page is hidden
               }});
    pages.add({u"parcels"_s,
               [] { return QCoreApplication::translate("PageCatalog", "Storage and mail"); },
               u":/icons/parcels.svg"_s,
               ctrl(Qt::Key_8),
               {Permission::WorkTheDesk, Permission::ManageTools},
               90,
               {QString::fromLatin1(ParcelService::WatchSource), QString::fromLatin1(StoredItemService::WatchSource),
                QString::fromLatin1(ToolService::WatchSource)},
               [](DeskContext& desk, QWidget* parent) {
                   auto* page = new LobbyLogsPage(desk.services, parent);
                   return deskPage(page, {.openRecord = [page](const QString& source, qint64 id) {
                                       return page->showRecord(source, id);
                                   }});
               }});
    pages.add({u"handover"_s,
               [] { return QCoreApplication::translate("PageCatalog", "Handover"); },
               u":/icons/handover.svg"_s,
               ctrl(Qt::Key_9),
               {Permission::WorkShifts},
               100,
               {},
               [](DeskContext& desk, QWidget* parent) {
                   auto* page = new ShiftPage(desk.services, parent);
                   // Who is on duty decides whose reminders these are and what the status bar says.
                   QObject::connect(page, &ShiftPage::shiftChanged, &desk, &DeskContext::dutyChanged);
                   return deskPage(page);
               }});
    // The night's calls (R-SH-3) and the morning review (R-SH-4) belong to a time of day: chords.
    pages.add(
        {u"nightcalls"_s,
         [] { return QCoreApplication::translate("PageCatalog", "Night calls"); },
         u":/icons/nightcalls.svg"_s,
         ctrlShift(Qt::Key_N),
         {Permission::DirectDispatch, Permission::EnterNightCalls},
         110,
         {},
         [](DeskContext& desk, QWidget* parent) { return deskPage(new ControlRoomPage(desk.services, parent)); }});
    pages.add(
        {u"review"_s,
         [] { return QCoreApplication::translate("PageCatalog", "Morning review"); },
         u":/icons/review.svg"_s,
         ctrlShift(Qt::Key_R),
         {Permission::ReviewShifts},
         120,
         {},
         [](DeskContext& desk, QWidget* parent) { return deskPage(new MorningReviewPage(desk.services, parent)); }});
    // Account administration is rare enough for a chord.
    pages.add({u"accounts"_s,
               [] { return QCoreApplication::translate("PageCatalog", "Accounts"); },
               u":/icons/accounts.svg"_s,
               ctrlShift(Qt::Key_A),
               {Permission::ManageAccounts},
               140,
               {},
               [](DeskContext& desk, QWidget* parent) {
                   return deskPage(new AccountsPage(desk.services.accounts, desk.services.clock, parent));
               }});
}

} // namespace fd
