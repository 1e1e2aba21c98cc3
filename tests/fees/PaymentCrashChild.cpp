// The payment crash test's child (R-FE-2): opens the site given on the command line as the cashier
// and takes payments until it is killed, printing "paid RECEIPT" after each one the service confirmed.
#include "app/ServiceHost.h"
#include "core/SystemClock.h"
#include "desk/Services.h"
#include "engine/AccountService.h"
#include "modules/fees/PaymentService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    fd::SystemClock clock;
    // Started again a few milliseconds after the last one was killed, as no desk is: a start killed
    // while it took the lock over leaves the lock busy for half a second (ServiceHost), so try again.
    auto host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(QString::fromLocal8Bit(argv[1])), clock);
    for (int attempt = 0; !host && host.error().code == u"db.inuse"_s && attempt < 100; ++attempt) {
        QThread::msleep(20);
        host = fd::ServiceHost::open(fd::ConnectionSpec::sqlite(QString::fromLocal8Bit(argv[1])), clock);
    }
    if (!host) {
        std::fprintf(stderr, "%s\n", host.error().message.toLocal8Bit().constData());
        return 3;
    }
    fd::Services& s = host.value()->services();
    auto cashier = s.accounts.signIn(u"liu.cn"_s, u"user-pass-1"_s);
    if (!cashier)
        return 4;
    QList<qint64> units;
    if (auto q = s.db.exec(u"SELECT id FROM units ORDER BY id"_s)) {
        while (q.value().next())
            units << q.value().value(0).toLongLong();
    }
    if (units.isEmpty())
        return 5;
    const int round = QString::fromLocal8Bit(argv[2]).toInt();
    for (int i = 0;; ++i) {
        const qint64 unit = units.at((round + i) % units.size());
        auto account = s.payments.account(cashier.value(), unit);
        if (!account)
            return 6;
        fd::PaymentRequest r;
        r.unitId = unit;
        for (const fd::OpenLine& o : account.value().open)
            r.lineIds << o.line.id;
        // Settle what is open, sometimes with a little over (prepaid), sometimes with part of it.
        r.amountFen = account.value().owedFen > 0 ? account.value().owedFen + (i % 3 - 1) * 500 : 1000;
        if (r.amountFen <= 0)
            r.amountFen = 100;
        r.method = i % 2 ? fd::PaymentMethod::WeChat : fd::PaymentMethod::Cash;
        r.reference = i % 2 ? u"42000026%1"_s.arg(i) : QString();
        auto paid = s.payments.pay(cashier.value(), r);
        if (!paid)
            return 7;
        std::printf("paid %s\n", paid.value().receiptNo.toLatin1().constData());
        std::fflush(stdout);
    }
}
