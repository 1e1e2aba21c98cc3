#include "bench/SiteGenerator.h"

#include "core/Clock.h"
#include "engine/AccountService.h"
#include "engine/AuditLog.h"
#include "engine/SiteSettings.h"
#include "engine/SiteSetup.h"
#include "engine/search/SearchService.h"
#include "engine/tickets/SiteRules.h"
#include "engine/tickets/TicketService.h"
#include "modules/registry/RegistryService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

// A small deterministic generator: the same file every time.
struct Lcg
{
    quint64 state = 20261122;
    quint32 next(quint32 bound)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<quint32>((state >> 33) % bound);
    }
};

const QStringList kRepairs{u"厨房水管漏水"_s, u"卫生间马桶堵塞"_s, u"客厅灯不亮"_s,   u"入户门锁打不开"_s,
                           u"电梯异响"_s,     u"楼道灯坏了"_s,     u"空调外机滴水"_s, u"阳台地漏返味"_s,
                           u"门禁卡失效"_s,   u"热水器不出热水"_s, u"窗户关不严"_s,   u"墙面渗水发霉"_s};
const QStringList kOthers{u"楼上装修噪音"_s,   u"车位被占用"_s,   u"垃圾清运不及时"_s, u"快递无人代收"_s,
                          u"咨询物业费标准"_s, u"办理停车月卡"_s, u"绿化修剪建议"_s,   u"小区夜间照明不足"_s,
                          u"宠物扰民"_s,       u"询问停水通知"_s, u"借用梯子"_s,       u"遗失物品登记"_s};
const QStringList kSurnames{u"张"_s, u"王"_s, u"李"_s, u"赵"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"黄"_s, u"周"_s, u"吴"_s};

void progress(const char* what, QElapsedTimer& timer)
{
    std::fprintf(stderr, "  %-40s %7.1f s\n", what, timer.elapsed() / 1000.0);
}

Status check(QSqlQuery& q, bool ok)
{
    if (ok)
        return {};
    return Error{u"bench.sql"_s, q.lastError().text()};
}

} // namespace

QString SiteGenerator::unitsCsv(int units)
{
    QString csv = u"楼栋,单元,房号,类型,面积,业主,电话\n"_s;
    Lcg rng;
    int n = 0;
    for (int building = 1; n < units; ++building)
        for (int entrance = 1; entrance <= 4 && n < units; ++entrance)
            for (int floor = 1; floor <= 25 && n < units; ++floor)
                for (int room = 1; room <= 10 && n < units; ++room, ++n) {
                    const QString name = kSurnames[rng.next(10)] + u"业主%1"_s.arg(n);
                    csv += u"%1,%2,%3%4,住宅,%5.%6,%7,139%8\n"_s.arg(building)
                               .arg(entrance)
                               .arg(floor)
                               .arg(room, 2, 10, QChar(u'0'))
                               .arg(60 + rng.next(100))
                               .arg(rng.next(100), 2, 10, QChar(u'0'))
                               .arg(name)
                               .arg(n, 8, 10, QChar(u'0'));
                }
    return csv;
}

Status SiteGenerator::generate(const QString& path, const Size& size, const Clock& clock)
{
    if (QFileInfo::exists(path))
        return Error{u"bench.exists"_s, u"%1 exists already"_s.arg(path)};
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(ConnectionSpec::sqlite(path));
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    if (Status s = Migrator().migrate(db, clock); !s)
        return s;
    AuditLog audit(db, clock);
    SiteSettings settings(db, clock, audit);
    AccountService accounts(db, clock, audit, settings);
    SiteSetup setup(db, clock, audit, accounts);
    auto admin = setup.initialize({u"基准花园"_s, u"admin"_s, u"管理员"_s, u"bench-pass-1"_s, u"bench-pass-1"_s});
    if (!admin)
        return admin.error();
    auto clerk = accounts.createUser(admin.value(), u"clerk"_s, u"值班客服"_s, Role::Clerk, u"bench-pass-1"_s);
    if (!clerk)
        return clerk.error();

    RegistryService registry(db, clock, audit, setup);
    const ImportReport report = registry.importUnitsCsv(admin.value(), unitsCsv(size.units).toUtf8());
    if (!report.accepted)
        return Error{u"bench.import"_s, report.text()};
    progress("units and residents (CSV import)", timer);

    // One real ticket gives the rules snapshot every generated ticket carries.
    SiteRules rules(settings);
    TicketService tickets(db, clock, audit, rules);
    NewTicket first;
    first.kind = TicketKind::Inquiry;
    first.description = u"基准数据"_s;
    first.personName = u"基准"_s;
    auto seed = tickets.open(Session{clerk.value(), clock.nowMs()}, first);
    if (!seed)
        return seed.error();
    const QString rulesJson =
        db.scalar(u"SELECT rules_json FROM tickets WHERE id = ?"_s, {seed.value().id}).value().toString();

    const qint64 now = clock.nowMs();
    const qint64 start = now - qint64(3652) * 24 * 3'600'000; // ten years
    const qint64 span = now - 24 * 3'600'000 - start;         // up to yesterday: today's numbers stay free
    const QList<std::pair<QString, QString>> kinds{
        {u"repair"_s, u"BX"_s}, {u"repair"_s, u"BX"_s},    {u"repair"_s, u"BX"_s},  {u"repair"_s, u"BX"_s},
        {u"repair"_s, u"BX"_s}, {u"complaint"_s, u"TS"_s}, {u"request"_s, u"JY"_s}, {u"inquiry"_s, u"ZX"_s},
        {u"affair"_s, u"SW"_s}, {u"affair"_s, u"SW"_s}};
    QSqlQuery ticket(db.handle()), event(db.handle());
    ticket.prepare(u"INSERT INTO tickets (kind, number, channel, caller_phone, unit_id, person_name, description, "
                   "department, status, occurred_ms, created_ms, created_by, follow_up_anchor_ms, next_follow_up_ms, "
                   "resolve_by_ms, rules_json, closed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "RETURNING id"_s);
    event.prepare(u"INSERT INTO ticket_events (ticket_id, at_ms, recorded_ms, actor_id, kind, from_status, to_status) "
                  "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?)"_s);
    // Numbers per kind and day, continuing the counters the service uses (the seed ticket took one).
    QHash<std::pair<QString, QString>, int> perDay;
    {
        auto counters = db.exec(u"SELECT kind, day, last FROM ticket_counters"_s);
        if (!counters)
            return counters.error();
        while (counters.value().next())
            perDay[{counters.value().value(0).toString(), counters.value().value(1).toString()}] =
                counters.value().value(2).toInt();
    }
    Lcg rng;
    const qint64 clerkId = clerk.value().id;
    constexpr int kBatch = 50'000;
    for (int done = 0; done < size.tickets;) {
        Transaction tx(db);
        for (int i = 0; i < kBatch && done < size.tickets; ++i, ++done) {
            const bool open = done >= size.tickets - size.open;
            const qint64 at = open ? now - qint64(size.tickets - done) * 60'000 : start + span * done / size.tickets;
            const auto& [kind, prefix] = kinds[rng.next(kinds.size())];
            const QString day = QDateTime::fromMSecsSinceEpoch(at).toString(u"yyyyMMdd"_s);
            const int seq = ++perDay[{kind, day}];
            const bool repair = kind == u"repair"_s;
            const QString what = (repair ? kRepairs[rng.next(kRepairs.size())] : kOthers[rng.next(kOthers.size())]);
            const qint64 anchor = at + 5 * 60'000;
            const QVariantList values{kind,
                                      u"%1-%2-%3"_s.arg(prefix, day).arg(seq, 4, 10, QChar(u'0')),
                                      u"call"_s,
                                      u"138%1"_s.arg(done % 100'000'000, 8, 10, QChar(u'0')),
                                      qint64(1 + rng.next(size.units)),
                                      QString(kSurnames[rng.next(10)] + u"先生"_s),
                                      what,
                                      repair ? u"工程部"_s : u"客服部"_s,
                                      open ? u"dispatched"_s : u"closed"_s,
                                      at,
                                      at,
                                      clerkId,
                                      open ? QVariant(anchor) : QVariant(QMetaType(QMetaType::LongLong)),
                                      open ? QVariant(anchor + 15 * 60'000 * (1 + qint64(rng.next(8))))
                                           : QVariant(QMetaType(QMetaType::LongLong)),
                                      open ? QVariant(at + 24 * 3'600'000) : QVariant(QMetaType(QMetaType::LongLong)),
                                      rulesJson,
                                      open ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(at + 6 * 3'600'000)};
            for (int v = 0; v < values.size(); ++v)
                ticket.bindValue(v, values[v]);
            if (Status s = check(ticket, ticket.exec() && ticket.next()); !s)
                return s;
            const qint64 id = ticket.value(0).toLongLong();
            ticket.finish();
            const QList<QVariantList> events{
                {id, at, at, clerkId, u"opened"_s, QString(), u"new"_s},
                open ? QVariantList{id, anchor, anchor, clerkId, u"dispatched"_s, u"new"_s, u"dispatched"_s}
                     : QVariantList{id, at + 6 * 3'600'000, at + 6 * 3'600'000, clerkId, u"closed"_s, u"returned"_s,
                                    u"closed"_s}};
            for (const QVariantList& e : events) {
                for (int v = 0; v < e.size(); ++v)
                    event.bindValue(v, e[v]);
                if (Status s = check(event, event.exec()); !s)
                    return s;
            }
        }
        if (Status s = tx.commit(); !s)
            return s;
        std::fprintf(stderr, "  tickets %d / %d\r", done, size.tickets);
    }
    std::fprintf(stderr, "\n");
    {
        Transaction tx(db);
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            if (auto r =
                    db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES (?, ?, ?) ON CONFLICT (kind, day) "
                            "DO UPDATE SET last = excluded.last"_s,
                            {it.key().first, it.key().second, it.value()});
                !r)
                return r.error();
        if (Status s = tx.commit(); !s)
            return s;
    }
    progress("tickets and events (raw inserts)", timer);
    if (Status s = SearchService(db).refresh(); !s)
        return s;
    progress("search index", timer);
    (void)db.exec(u"ANALYZE"_s);
    progress("done", timer);
    return {};
}

} // namespace fd::bench
