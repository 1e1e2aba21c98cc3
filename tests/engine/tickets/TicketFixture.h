#pragma once

#include "engine/EngineFixture.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketClocks.h"
#include "engine/tickets/TicketService.h"

#include <QDateTime>

namespace fd::test {

// EngineFixture plus a set-up site with one unit, a clerk, the site's rules and the ticket service.
class TicketFixture : public EngineFixture
{
protected:
    void SetUp() override
    {
        EngineFixture::SetUp();
        m_admin = setUpSite();
        m_rules = std::make_unique<SiteRules>(*m_settings);
        m_tickets = std::make_unique<TicketService>(*m_db, m_clock, *m_audit, *m_rules);
        m_clerk = person(Role::Clerk, QStringLiteral("li.na"));
        const qint64 site = m_db->scalar(QStringLiteral("SELECT MIN(id) FROM sites")).value().toLongLong();
        auto building = m_db->insert(QStringLiteral("INSERT INTO buildings (site_id, code, name, created_ms) "
                                                    "VALUES (?, '3', '3栋', 0) RETURNING id"),
                                     {site});
        ASSERT_TRUE(building.ok());
        auto unit = m_db->insert(QStringLiteral("INSERT INTO units (building_id, entrance, room, code, compact, type, "
                                                "area_centi, created_ms) VALUES (?, '1', '502', '3-1-502', '31502', "
                                                "'residential', 8900, 0) RETURNING id"),
                                 {building.value()});
        ASSERT_TRUE(unit.ok());
        m_unitId = unit.value();
    }

    Session person(Role role, const QString& login)
    {
        auto user = m_accounts->createUser(m_admin, login, login, role, QStringLiteral("user-pass-1"));
        EXPECT_TRUE(user.ok());
        return Session{user.ok() ? user.value() : User{}, m_clock.nowMs()};
    }

    // The FakeClock's day (2026-11-23) at hh:mm local time.
    static qint64 at(int hour, int minute, int dayOffset = 0)
    {
        return QDateTime(QDate(2026, 11, 23).addDays(dayOffset), QTime(hour, minute)).toMSecsSinceEpoch();
    }

    NewTicket repairRequest(const QString& what = QStringLiteral("厨房水管漏水"))
    {
        NewTicket r;
        r.kind = TicketKind::Repair;
        r.channel = Channel::Call;
        r.callerPhone = QStringLiteral("138 1234 5678");
        r.unitId = m_unitId;
        r.personName = QStringLiteral("张先生");
        r.description = what;
        return r;
    }

    NewTicket complaintRequest(Severity severity)
    {
        NewTicket r;
        r.kind = TicketKind::Complaint;
        r.channel = Channel::WalkIn;
        r.unitId = m_unitId;
        r.personName = QStringLiteral("王女士");
        r.description = QStringLiteral("楼上装修噪音");
        r.severity = severity;
        return r;
    }

    // A complaint graded at intake is opened by a supervisor: only they may grade (R-CP-2).
    Ticket openTicket(const NewTicket& request)
    {
        if (request.severity != Severity::None && !m_supervisor.user.id)
            m_supervisor = person(Role::Supervisor, QStringLiteral("zhang.wei"));
        auto t = m_tickets->open(request.severity != Severity::None ? m_supervisor : m_clerk, request);
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        return t.ok() ? t.value() : Ticket{};
    }

    QList<qint64> dueIds(const Result<QList<TicketDue>>& due, TicketClock clock) const
    {
        QList<qint64> ids;
        EXPECT_TRUE(due.ok());
        if (due.ok())
            for (const TicketDue& d : due.value())
                if (d.clock == clock)
                    ids << d.ticketId;
        return ids;
    }

    Session m_admin;
    Session m_clerk;
    Session m_supervisor;
    qint64 m_unitId = 0;
    std::unique_ptr<SiteRules> m_rules;
    std::unique_ptr<TicketService> m_tickets;
};

} // namespace fd::test
