#pragma once

#include "GuiTestSupport.h"

#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/MorningReviewService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/TicketService.h"
#include "desk/Services.h"

#include <QDateTime>
#include <QHash>

namespace fd::test {

// The people of one night at 翠湖花园, on a TestHost with the sample units, and the steps of a
// handover done through the real services (as the shift pages would): the desk clerks, two
// control-room operators and a supervisor.
class NightShiftSetup
{
public:
    explicit NightShiftSetup(TestHost& host) : m_host(host)
    {
        importSample(host);
        evening = host.signedIn(Role::Clerk, QStringLiteral("zhao.min"));
        day = host.signedIn(Role::Clerk, QStringLiteral("li.na"));
        morning = host.signedIn(Role::Clerk, QStringLiteral("sun.li"));
        control = host.signedIn(Role::ControlRoom, QStringLiteral("wang.kong"));
        control2 = host.signedIn(Role::ControlRoom, QStringLiteral("liu.kong"));
        supervisor = host.signedIn(Role::Supervisor, QStringLiteral("chen.zhu"));
        const QList<Post> posts = shifts().posts().value();
        for (const Post& p : posts)
            (p.isControlRoom ? controlPost : desk) = p.id;
        unit502 = unitId(QStringLiteral("3-1-502"));
    }

    // The FakeClock's day (2026-11-23) at hh:mm local time.
    static QDateTime at(int hour, int minute, int dayOffset = 0)
    {
        return QDateTime(QDate(2026, 11, 23).addDays(dayOffset), QTime(hour, minute));
    }
    void setTime(int hour, int minute, int dayOffset = 0) { m_host.clock().set(at(hour, minute, dayOffset)); }

    ShiftService& shifts() { return m_host.services().shifts; }
    ControlRoomService& calls() { return m_host.services().controlRoom; }

    qint64 unitId(const QString& code)
    {
        auto found = m_host.services().registry.search(m_host.admin(), code);
        EXPECT_TRUE(found.ok() && !found.value().isEmpty()) << code.toStdString();
        return found.ok() && !found.value().isEmpty() ? found.value().first().unit.id : 0;
    }

    void start(const Session& who, qint64 post)
    {
        auto s = shifts().startShift(who, post);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
    }

    // The post the arriving person works at, as they choose it at their desk: the control room for
    // its operators, the (first) desk post for everyone else.
    qint64 postOf(const Session& who)
    {
        for (const Post& p : shifts().posts().value())
            if (p.isControlRoom == (who.user.role == Role::ControlRoom))
                return p.id;
        return 0;
    }

    // The whole handover at the clock's time; lines whose text contains a key of `disputes` are
    // disputed with its value, every other line acknowledged.
    qint64 handOver(const Session& leaving, const Session& arriving, const QHash<QString, QString>& disputes = {})
    {
        auto shift = shifts().currentShift(leaving.user.id);
        EXPECT_TRUE(shift.ok() && shift.value().has_value());
        if (!shift.ok() || !shift.value())
            return 0;
        auto draft = shifts().endShift(leaving, shift.value()->id, QStringLiteral("无特殊情况"));
        EXPECT_TRUE(draft.ok()) << (draft.ok() ? std::string() : draft.error().message.toStdString());
        if (!draft.ok())
            return 0;
        const QString pw = QString::fromLatin1(TestHost::UserPassword);
        EXPECT_TRUE(shifts().signLeaving(leaving, draft.value().id, pw).ok());
        QList<HandoverAnswer> answers;
        for (const HandoverItem& i : draft.value().items) {
            QString dispute;
            for (auto it = disputes.cbegin(); it != disputes.cend(); ++it)
                if (i.text.contains(it.key()))
                    dispute = it.value();
            answers << HandoverAnswer{i.id, dispute};
        }
        auto sealed = shifts().acceptByArriving(draft.value().id, arriving.user.login, pw, answers, postOf(arriving));
        EXPECT_TRUE(sealed.ok()) << (sealed.ok() ? std::string() : sealed.error().message.toStdString());
        return sealed.ok() ? sealed.value().id : 0;
    }

    qint64 call(const Session& who, const QString& phone, qint64 unit, const QString& name, const QString& what)
    {
        auto c = calls().recordCall(who, {phone, unit, name, what});
        EXPECT_TRUE(c.ok()) << (c.ok() ? std::string() : c.error().message.toStdString());
        return c.ok() ? c.value().id : 0;
    }

    qint64 openRepair(const Session& who, const QString& what)
    {
        NewTicket r;
        r.kind = TicketKind::Repair;
        r.channel = Channel::Call;
        r.callerPhone = QStringLiteral("13800001111");
        r.unitId = unit502;
        r.personName = QStringLiteral("张三");
        r.description = what;
        auto t = m_host.services().tickets.open(who, r);
        EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
        return t.ok() ? t.value().id : 0;
    }

    Session evening, day, morning, control, control2, supervisor;
    qint64 desk = 0;
    qint64 controlPost = 0;
    qint64 unit502 = 0;

private:
    TestHost& m_host;
};

} // namespace fd::test
