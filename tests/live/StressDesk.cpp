// The stress test's desk (issue 16): one of several processes working one PostgreSQL site at once.
//   live_stress_desk ADDRESS DESK OPERATIONS
// Signs in as the desk's clerk (clerkDESK) and cashier (cashierDESK) and does OPERATIONS random
// things a busy desk does: opens repairs, moves repairs any desk opened (dispatch, follow-up, return),
// takes payments for any unit. After each save a service confirmed it prints what it was told:
//   ticket ID            a repair opened
//   change ID VERSION    a repair moved on, at that version
//   paid ID RECEIPT FEN  a payment taken
// and "stale", "refused" for saves refused (another desk was first, or the step no longer applied).
#include "app/ServiceHost.h"
#include "core/SystemClock.h"
#include "desk/Services.h"
#include "engine/AccountService.h"
#include "engine/tickets/TicketService.h"
#include "modules/fees/PaymentService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QList<qint64> ids(fd::Database& db, const QString& sql)
{
    QList<qint64> out;
    if (auto q = db.exec(sql))
        while (q.value().next())
            out << q.value().value(0).toLongLong();
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString desk = QString::fromLocal8Bit(argv[2]);
    const int operations = QString::fromLocal8Bit(argv[3]).toInt();
    const fd::SystemClock clock;
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::parse(QString::fromLocal8Bit(argv[1])).value(), clock,
                                      fd::Database::OpenMode::MustExist);
    if (!host) {
        std::fprintf(stderr, "%s\n", host.error().message.toLocal8Bit().constData());
        return 3;
    }
    fd::Services& s = host.value()->services();
    auto clerk = s.accounts.signIn(u"clerk"_s + desk, u"user-pass-1"_s);
    auto cashier = s.accounts.signIn(u"cashier"_s + desk, u"user-pass-1"_s);
    if (!clerk || !cashier)
        return 4;
    const QList<qint64> units = ids(s.db, u"SELECT id FROM units ORDER BY id"_s);
    QRandomGenerator random(desk.toUInt() * 7919u + 1u);
    int refused = 0;
    for (int i = 0; i < operations; ++i) {
        const int dice = int(random.bounded(10));
        if (dice < 3) {
            fd::NewTicket r;
            r.kind = fd::TicketKind::Repair;
            r.channel = fd::Channel::Call;
            r.callerPhone = u"1380000%1"_s.arg(1000 + i);
            r.personName = u"住户%1"_s.arg(i);
            r.description = u"第%1台 %2 号：厨房水管漏水"_s.arg(desk).arg(i);
            auto opened = s.tickets.open(clerk.value(), r);
            if (!opened)
                return 5;
            std::printf("ticket %lld\n", static_cast<long long>(opened.value().id));
        } else if (dice < 7) {
            const QList<qint64> open =
                ids(s.db, u"SELECT id FROM tickets WHERE kind = 'repair' AND status IN ('new', 'dispatched') "
                          "ORDER BY id DESC LIMIT 20"_s);
            if (open.isEmpty())
                continue;
            auto seen = s.tickets.find(open.at(int(random.bounded(int(open.size())))));
            if (!seen)
                return 6;
            fd::Result<fd::Ticket> moved = fd::Error{};
            if (seen.value().status == fd::TicketStatus::New)
                moved = s.tickets.dispatch(clerk.value(), seen.value(), u"工程部"_s);
            else if (dice < 6)
                moved = s.tickets.recordFollowUp(clerk.value(), seen.value(), u"第%1台跟进"_s.arg(desk));
            else
                moved = s.tickets.returned(clerk.value(), seen.value(), u"更换阀门，试水正常"_s, u"张师傅"_s);
            if (moved) {
                std::printf("change %lld %d\n", static_cast<long long>(moved.value().id), moved.value().version);
            } else {
                ++refused;
                std::printf("%s\n", moved.error().code.endsWith(u".stale"_s) ? "stale" : "refused");
            }
        } else {
            const qint64 unit = units.at(int(random.bounded(int(units.size()))));
            auto account = s.payments.account(cashier.value(), unit);
            if (!account)
                return 7;
            fd::PaymentRequest r;
            r.unitId = unit;
            for (const fd::OpenLine& o : account.value().open)
                r.lineIds << o.line.id;
            r.amountFen = account.value().owedFen > 0 ? qMin<qint64>(account.value().owedFen, 300 + i) : 100 + i;
            r.method = fd::PaymentMethod::Cash;
            auto paid = s.payments.pay(cashier.value(), r);
            if (paid) {
                std::printf("paid %lld %s %lld\n", static_cast<long long>(paid.value().id),
                            paid.value().receiptNo.toLatin1().constData(), static_cast<long long>(r.amountFen));
            } else {
                ++refused;
                std::printf("refused %s\n", paid.error().code.toLatin1().constData());
            }
        }
        std::fflush(stdout);
    }
    return 0;
}
