#include "bench/NightGenerator.h"

#include "core/Clock.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/SiteSettings.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketService.h"
#include "storage/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

const QString kPassword = u"bench-pass-1"_s;

class NightClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void set(int dayOfNovember, int hour, int minute)
    {
        m_now = QDateTime(QDate(2026, 11, dayOfNovember), QTime(hour, minute)).toMSecsSinceEpoch();
    }
    void advanceMinutes(int minutes) { m_now += qint64(minutes) * 60'000; }

private:
    qint64 m_now = 0;
};

template <typename T> Status check(const Result<T>& r)
{
    return r ? Status{} : Status{r.error()};
}

} // namespace

Status NightGenerator::generate(const QString& path)
{
    auto opened = Database::open(ConnectionSpec::sqlite(path), Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    NightClock clock;
    clock.set(22, 7, 0);
    AuditLog audit(db, clock);
    SiteSettings settings(db, clock, audit);
    AccountService accounts(db, clock, audit, settings);
    SiteRules rules(settings);
    TicketService tickets(db, clock, audit, rules);
    ShiftService shifts(db, clock, audit, rules, accounts);
    ControlRoomService calls(db, clock, audit, shifts, tickets);
    shifts.addProvider(&calls);

    auto admin = accounts.signIn(u"admin"_s, kPassword);
    if (!admin)
        return admin.error();
    auto person = [&](const QString& login, const QString& name, Role role) -> Result<Session> {
        if (auto made = accounts.createUser(admin.value(), login, name, role, kPassword); !made)
            return made.error();
        return accounts.signIn(login, kPassword);
    };
    auto morning = accounts.signIn(u"clerk"_s, kPassword);
    auto evening = person(u"clerk2"_s, u"晚班客服"_s, Role::Clerk);
    auto control = person(u"control"_s, u"中控值班"_s, Role::ControlRoom);
    auto control2 = person(u"control2"_s, u"中控早班"_s, Role::ControlRoom);
    auto supervisor = person(u"supervisor"_s, u"客服主管"_s, Role::Supervisor);
    for (const auto* s : {&morning, &evening, &control, &control2, &supervisor})
        if (!*s)
            return s->error();
    qint64 desk = 0, controlRoom = 0;
    auto posts = shifts.posts();
    if (!posts)
        return posts.error();
    for (const Post& p : posts.value())
        (p.isControlRoom ? controlRoom : desk) = p.id;

    const QStringList what{u"厨房水管漏水"_s, u"客厅灯不亮"_s, u"楼上装修噪音"_s, u"门禁卡失灵"_s, u"电梯异响"_s};
    auto enterTickets = [&](const Session& who) -> Status {
        for (int i = 0; i < TicketsPerShift; ++i) {
            clock.advanceMinutes(12);
            NewTicket r;
            r.kind = i % 4 == 0 ? TicketKind::Inquiry : TicketKind::Repair;
            r.channel = Channel::Call;
            r.callerPhone = u"1391234%1"_s.arg(1000 + i);
            r.unitId = 1 + i * 37;
            r.personName = u"业主%1"_s.arg(i);
            r.description = what.at(i % what.size());
            auto t = tickets.open(who, r);
            if (!t)
                return t.error();
            if (r.kind == TicketKind::Repair)
                if (Status s = check(tickets.dispatch(who, t.value(), u"工程部"_s)); !s)
                    return s;
        }
        return {};
    };
    auto answersFor = [](const HandoverSheet& sheet) {
        QList<HandoverAnswer> out;
        for (const HandoverItem& i : sheet.items)
            out << HandoverAnswer{i.id, i.position == 1 ? u"钥匙少一把"_s : QString()};
        return out;
    };
    auto handOver = [&](const Session& leaving, const QString& arriving) -> Status {
        auto current = shifts.currentShift(leaving.user.id);
        if (!current || !current.value())
            return Error{u"bench.shift"_s, u"no open shift"_s};
        auto draft = shifts.endShift(leaving, current.value()->id, u"无特殊情况"_s);
        if (!draft)
            return draft.error();
        if (Status s = check(shifts.signLeaving(leaving, draft.value().id, kPassword)); !s)
            return s;
        return check(shifts.acceptByArriving(draft.value().id, arriving, kPassword, answersFor(draft.value()),
                                             arriving == u"control"_s ? controlRoom : desk));
    };

    clock.set(22, 7, 30);
    if (Status s = check(shifts.startShift(morning.value(), desk)); !s)
        return s;
    if (Status s = enterTickets(morning.value()); !s)
        return s;
    clock.set(22, 14, 30);
    if (Status s = handOver(morning.value(), u"clerk2"_s); !s)
        return s;
    if (Status s = enterTickets(evening.value()); !s)
        return s;
    clock.set(22, 20, 30);
    if (Status s = check(shifts.startShift(control.value(), controlRoom)); !s)
        return s;
    if (Status s = handOver(evening.value(), u"control"_s); !s)
        return s;
    for (int i = 0; i < NightCalls; ++i) {
        clock.advanceMinutes(30);
        auto call = calls.recordCall(
            control.value(), {u"1380000%1"_s.arg(1000 + i), 1 + i * 53, u"住户%1"_s.arg(i), what.at(i % what.size())});
        if (!call)
            return call.error();
        if (i % 2 == 0) {
            if (Status s =
                    check(calls.recordDirectDispatch(control.value(), call.value().id, u"工程部"_s, u"夜班师傅"_s));
                !s)
                return s;
            clock.advanceMinutes(5);
            if (Status s = check(calls.recordReturn(control.value(), call.value().id, u"已处理"_s)); !s)
                return s;
        }
    }
    clock.set(23, 7, 30);
    if (Status s = handOver(control.value(), u"control2"_s); !s)
        return s;
    return check(shifts.startShift(morning.value(), desk));
}

} // namespace fd::bench
