#include "gui/ReminderController.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "desk/Services.h"
#include "engine/ChangeFeed.h"
#include "engine/reminders/ReminderEngine.h"
#include "engine/reminders/ReminderScheduler.h"
#include "engine/reminders/ReminderService.h"
#include "engine/reminders/ReminderTerms.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketService.h"
#include "gui/ReminderItem.h"
#include "gui/ReminderPanel.h"

#include <QApplication>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString shortened(const QString& text, int most = 40)
{
    const QString simple = text.simplified();
    return simple.size() <= most ? simple : simple.left(most - 1) + u'…';
}

QString when(qint64 ms)
{
    return DateTimeText::shortDateTime(ms);
}

} // namespace

ReminderController::ReminderController(Services& services, ReminderPanel* panel, QObject* parent)
    : QObject(parent), m_services(services), m_panel(panel), m_engine(services.reminders),
      m_scheduler(services.reminderScheduler)
{
    // The scheduler spaces its changes while the engine is built (at most one a second, each in a
    // turn of its own), so the drawing follows each at once.
    connect(&m_scheduler, &ReminderScheduler::changed, this, &ReminderController::refresh);
    connect(&m_scheduler, &ReminderScheduler::notify, this, &ReminderController::notify);
    connect(m_panel, &ReminderPanel::followUpRequested, this, &ReminderController::recordFollowUp);
    // A change saved anywhere (a dispatch, a return, a visitor leaving, a shift started) reaches the
    // panel at once, not at the next wake up to a minute later (issue 12, the change feed).
    connect(&services.changes, &ChangeFeed::changed, this, [this] {
        if (m_session.user.id == 0 || m_passQueued)
            return;
        m_passQueued = true;
        m_redraw = true; // who is on duty may have changed too, which the engine's version does not say
        QTimer::singleShot(0, this, [this] {
            m_passQueued = false;
            m_scheduler.tick();
        });
    });
}

ReminderController::~ReminderController()
{
    m_scheduler.stop(); // the engine stays with ServiceHost; nobody is signed in here any more
    m_scheduler.setSession(Session{});
}

void ReminderController::setSession(const Session& session)
{
    m_session = session;
    m_redraw = true;
    m_scheduler.stop();
    m_scheduler.setSession(session);
    m_scheduler.start(); // ticks at once: raises, tells and fills the panel
}

ReminderItem ReminderController::itemFor(const Reminder& r, qint64 nowMs) const
{
    ReminderItem item;
    if (r.due == ReminderDue::Watch) {
        // A log record that came due (a visitor inside past 1.5 hours, an item past pickup): its
        // title says who or what, its detail what to do; acting on the record ends it.
        item.key = u"watch:%1"_s.arg(r.watchId);
        item.source = r.source;
        item.refId = r.refId;
        item.title = u"%1 · %2"_s.arg(r.number, ReminderTerms::displayName(r.due));
        item.detail = r.description;
        item.dueMs = r.dueMs;
        item.overdue = r.dueMs <= nowMs;
        item.toolTip = tr("%1\n%2\nDue since %3").arg(r.number, r.description, when(r.dueMs));
        return item;
    }
    const bool each = r.due == ReminderDue::Report || r.due == ReminderDue::Result; // one line per report
    item.key = each ? u"reminder:%1"_s.arg(r.id) : u"ticket:%1:%2"_s.arg(r.ticketId).arg(ReminderTerms::key(r.due));
    item.title = u"%1 · %2"_s.arg(r.number, ReminderTerms::displayName(r.due));
    QStringList detail;
    for (const QString& part : {r.unitCode, shortened(r.description), Departments::displayName(r.department)})
        if (!part.isEmpty())
            detail << part;
    if (r.level != ReminderLevel::Clerk)
        detail << tr("escalated to %1").arg(ReminderTerms::displayName(r.level));
    item.detail = detail.join(u" · "_s);
    item.dueMs = r.dueMs;
    item.overdue = r.dueMs <= nowMs;
    item.ticketId = r.ticketId;
    item.followUp = r.due == ReminderDue::FollowUp;
    item.toolTip = tr("%1 — %2\nStatus: %3\nUnit: %4 %5\nDepartment: %6\nDue since %7\n%8")
                       .arg(r.number, TicketTerms::displayName(r.kind), TicketTerms::displayName(r.status), r.unitCode,
                            r.personName, Departments::displayName(r.department), when(r.dueMs), r.description);
    return item;
}

QString ReminderController::missedText(const Reminder& line, QList<qint64> dues)
{
    std::sort(dues.begin(), dues.end());
    const QString first = when(dues.first());
    if (line.due != ReminderDue::FollowUp)
        return tr("missed since %1").arg(first);
    // R-RP-2: the slots lie on the anchored grid, so the smallest gap between raised slots is the
    // interval; after a long gap only the first and the catch-up window are raised, so count the grid.
    qint64 interval = 0;
    for (int k = 1; k < dues.size(); ++k)
        if (const qint64 gap = dues.at(k) - dues.at(k - 1); gap > 0 && (interval == 0 || gap < interval))
            interval = gap;
    const qint64 count = interval > 0 ? (dues.last() - dues.first()) / interval + 1 : dues.size();
    const QString latest = DateTimeText::time(dues.last());
    return tr("missed %1 follow-ups, latest %2 (first %3)").arg(count).arg(latest, first);
}

void ReminderController::refresh()
{
    const qint64 now = m_services.clock.nowMs();
    // The engine's lines change only with its version (and, for "escalated" and the red/amber
    // split, the minute): a wake with nothing new draws nothing again.
    const qint64 minute = now / 60'000;
    if (m_redraw || m_engine.version() != m_drawnVersion || minute != m_drawnMinute) {
        m_redraw = false;
        m_lineItems.clear();
        auto lines = m_engine.lines(now, m_session);
        // A desk back from a long gap can have thousands of lines: the panel shows the earliest
        // ones and one line for the rest, which the queues list in full (a list of thousands of
        // word-wrapped rows took seconds to lay out and helps nobody). Only the lines shown are
        // written out: the texts of 20,000 lines held the desk for 100 ms and more.
        const qsizetype count = lines ? lines.value().size() : 0;
        for (qsizetype i = 0; i < std::min<qsizetype>(count, MostLines); ++i) {
            const ReminderLine& line = lines.value().at(i);
            ReminderItem item = itemFor(line.reminder, now);
            if (line.dues.size() > 1)
                item.detail = missedText(line.reminder, line.dues) + u" · "_s + item.detail;
            m_lineItems << item;
        }
        if (count > MostLines) {
            ReminderItem rest;
            rest.key = u"more"_s;
            rest.more = int(count - MostLines);
            rest.title = tr("%n more reminder(s)", nullptr, rest.more);
            rest.detail = tr("All of them are in the queues (Ctrl+J): overdue first.");
            rest.overdue = true;
            m_lineItems << rest;
        }
        // What comes due soon is read with the lines: a wake with nothing new reads nothing.
        m_soonItems = dueSoonItems(now);
        m_drawnVersion = m_engine.version();
        m_drawnMinute = minute;
    }
    m_panel->setReminders(m_lineItems + m_soonItems);
}

QList<ReminderItem> ReminderController::dueSoonItems(qint64 now) const
{
    // The desk also sees what comes due soon (amber), so it can act before a reminder fires.
    QList<ReminderItem> items;
    const Role role = m_session.user.role;
    if (role != Role::Clerk && role != Role::ControlRoom)
        return items;
    const int soon = m_services.rules.dueSoonMinutes();
    auto upcoming = m_services.tickets.dueWithin(now, soon);
    if (!upcoming)
        return items;
    for (const TicketDue& d : upcoming.value()) {
        ReminderItem item;
        item.key = u"soon:%1:%2"_s.arg(d.ticketId).arg(TicketTerms::key(d.clock));
        item.title = u"%1 · %2"_s.arg(d.number, ReminderTerms::displayName(ReminderTerms::dueOf(d.clock)));
        // Like every other line: what and where (the unit and the text), then that it is due soon.
        QStringList detail{tr("due soon")};
        for (const QString& part : {d.unitCode, shortened(d.description), Departments::displayName(d.department)})
            if (!part.isEmpty())
                detail << part;
        item.detail = detail.join(u" · "_s);
        item.dueMs = d.dueMs;
        item.dueSoon = true;
        item.ticketId = d.ticketId;
        item.followUp = d.clock == TicketClock::FollowUp;
        items << item;
    }
    return items;
}

void ReminderController::recordFollowUp(qint64 ticketId)
{
    auto ticket = m_services.tickets.find(ticketId);
    if (!ticket) {
        emit message(ticket.error().message);
        return;
    }
    auto done = m_services.tickets.recordFollowUp(m_session, ticket.value());
    if (!done) {
        emit message(done.error().message);
        return;
    }
    if (done.value().nextFollowUpMs)
        emit message(tr("Follow-up recorded for %1; the next is due %2.")
                         .arg(done.value().number, when(*done.value().nextFollowUpMs)));
    m_scheduler.tick();
}

void ReminderController::notify(const QList<Reminder>& reminders)
{
    if (reminders.isEmpty())
        return;
    QApplication::beep();
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/frontdesk.svg"_s), this);
        m_tray->setToolTip(tr("FrontDesk reminders"));
        m_tray->show();
    }
    const Reminder& first = reminders.first();
    const QString title = reminders.size() == 1 ? u"%1 · %2"_s.arg(first.number, ReminderTerms::displayName(first.due))
                                                : tr("%n reminder(s) due", nullptr, int(reminders.size()));
    QStringList lines;
    for (const Reminder& r : reminders.mid(0, 5))
        lines << u"%1 · %2"_s.arg(r.number, ReminderTerms::displayName(r.due));
    m_tray->showMessage(title, lines.join(u'\n'), QSystemTrayIcon::Warning);
}

} // namespace fd
