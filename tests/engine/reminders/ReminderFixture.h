#pragma once

#include "engine/reminders/ReminderService.h"
#include "engine/reminders/ReminderTerms.h"
#include "engine/tickets/TicketFixture.h"

#include <QDateTime>

#include <memory>

namespace fd::test {

// TicketFixture plus the reminder service, and a restart: every service and the connection
// closed and opened again on the same database, as when the program is restarted.
class ReminderFixture : public TicketFixture
{
protected:
    void SetUp() override
    {
        TicketFixture::SetUp();
        m_reminders = std::make_unique<ReminderService>(*m_db, m_clock, *m_audit, *m_rules);
    }

    void restart()
    {
        m_reminders.reset();
        m_tickets.reset();
        m_rules.reset();
        m_setup.reset();
        m_accounts.reset();
        m_settings.reset();
        m_audit.reset();
        m_db.reset();
        auto db = Database::open(m_tdb->spec(), Database::OpenMode::MustExist);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db).value();
        m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
        m_settings = std::make_unique<SiteSettings>(*m_db, m_clock, *m_audit);
        m_accounts = std::make_unique<AccountService>(*m_db, m_clock, *m_audit, *m_settings);
        m_setup = std::make_unique<SiteSetup>(*m_db, m_clock, *m_audit, *m_accounts);
        m_rules = std::make_unique<SiteRules>(*m_settings);
        m_tickets = std::make_unique<TicketService>(*m_db, m_clock, *m_audit, *m_rules);
        m_reminders = std::make_unique<ReminderService>(*m_db, m_clock, *m_audit, *m_rules);
    }

    // A repair opened and dispatched to engineering now (R-RP-1).
    Ticket dispatchedRepair()
    {
        Ticket t = openTicket(repairRequest());
        auto d = m_tickets->dispatch(m_clerk, t, QStringLiteral("工程部"));
        EXPECT_TRUE(d.ok()) << (d.ok() ? std::string() : d.error().message.toStdString());
        return d.ok() ? d.value() : t;
    }

    Ticket reload(const Ticket& t) { return m_tickets->find(t.id).value(); }

    QList<Reminder> raise()
    {
        auto r = m_reminders->raiseDue(m_clock.nowMs());
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : QList<Reminder>{};
    }

    QList<Reminder> activeFor(const Session& who)
    {
        auto r = m_reminders->active(m_clock.nowMs(), who);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : QList<Reminder>{};
    }

    QList<Reminder> notices(const Session& who)
    {
        auto r = m_reminders->noticesDue(m_clock.nowMs(), who);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? r.value() : QList<Reminder>{};
    }

    static QList<qint64> dueInstants(const QList<Reminder>& list, ReminderDue due)
    {
        QList<qint64> out;
        for (const Reminder& r : list)
            if (r.due == due)
                out << r.dueMs;
        return out;
    }

    void advanceTo(int hour, int minute) { m_clock.set(QDateTime::fromMSecsSinceEpoch(at(hour, minute))); }

    std::unique_ptr<ReminderService> m_reminders;
};

} // namespace fd::test
