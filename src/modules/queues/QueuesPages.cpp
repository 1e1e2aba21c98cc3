#include "modules/queues/QueuesPages.h"

#include "core/Clock.h"
#include "desk/DeskContext.h"
#include "desk/DeskPageOf.h"
#include "desk/PageRegistry.h"
#include "desk/Services.h"
#include "engine/ChangeFeed.h"
#include "engine/reminders/ReminderEngine.h"
#include "engine/reminders/ReminderScheduler.h"
#include "modules/queues/QueuePage.h"

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace fd {

void addQueuesPages(PageRegistry& pages)
{
    // The queues are looked at all day; J for "jobs", since the ten digits were taken first.
    pages.add({
        .key = u"queues"_s,
        .title = [] { return QCoreApplication::translate("PageCatalog", "Queues"); },
        .icon = u":/icons/queues.svg"_s,
        .shortcut = QKeySequence(Qt::CTRL | Qt::Key_J),
        .permissions = {Permission::WorkTickets},
        .order = 20,
        .records = {},
        .create = [](DeskContext& desk, QWidget* parent) -> std::unique_ptr<DeskPage> {
            Services& s = desk.services;
            auto* page = new QueuePage({.queues = s.queues,
                                        .tickets = s.tickets,
                                        .clock = s.clock,
                                        .minuteTick = s.minuteTick,
                                        .changes = s.changes},
                                       parent);
            QObject::connect(page, &QueuePage::ticketActivated, &desk, &DeskContext::openTicket);
            QObject::connect(page, &QueuePage::recordActivated, &desk, &DeskContext::openRecord);
            // What needs doing now: overdue and due within the hour; red while anything is overdue.
            QObject::connect(page, &QueuePage::countsChanged, &desk, [&desk](const QueueCounts& counts) {
                desk.setBadge(u"queues"_s, counts.overdue + counts.dueSoon, counts.overdue > 0);
            });
            // The badge follows while the page is hidden: at a wake of the reminders that raised or
            // ended something or came in a new minute (the many wakes that tell a backlog of notices
            // 100 at a time read nothing), and at every saved change of tickets or of the site's
            // rules (the due-soon window).
            auto counted = std::make_shared<std::pair<quint64, qint64>>(0, -1);
            QObject::connect(&desk.services.reminderScheduler, &ReminderScheduler::changed, page,
                             [&desk, page, counted] {
                                 if (!desk.services.reminders.settled()) // not at every slice of a first build
                                     return;
                                 const std::pair<quint64, qint64> now{desk.services.reminders.version(),
                                                                      desk.services.clock.nowMs() / 60'000};
                                 if (now == *counted)
                                     return;
                                 *counted = now;
                                 page->refreshCounts();
                             });
            QObject::connect(&desk.services.changes, &ChangeFeed::changed, page, [page](const QList<Change>& changes) {
                if (ChangeFeed::touches(changes, {"ticket", "setting", "renovation"}))
                    page->refreshCounts();
            });
            return deskPage(page, {.eager = true}); // the badge counts while the page is hidden
        },
    });
}

} // namespace fd
