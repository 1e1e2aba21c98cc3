// Fees at scale (issue 13): a month's billing run for every unit of the site with four monthly items,
// preview and confirmation as the cashier does them, all or nothing.
#include "bench/BenchSite.h"

#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace fd::bench {

namespace {

BenchSite& site()
{
    return BenchSite::instance();
}

// The bench site has a clerk and a supervisor; the items are set up as its manager and billed as its
// cashier would (the same people with those roles: the services check the role, the rows need a user).
Session as(Role role)
{
    Session s = site().supervisor;
    s.user.role = role;
    return s;
}

// Once: the management fee by area (homes ¥2.35/㎡, shops ¥5.00, offices ¥4.00) and three fixed
// monthly items for every unit.
void setUpItems(ChargeService& charges)
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const Session manager = as(Role::Manager);
    const auto add = [&](const QString& code, const QString& name, ChargeBasis basis,
                         const QList<std::pair<QString, qint64>>& rates) {
        ChargeItem item;
        item.code = code;
        item.name = name;
        item.basis = basis;
        auto added = charges.addItem(manager, item);
        if (!added)
            return;
        for (const auto& [type, price] : rates) {
            ChargeRate rate;
            rate.itemId = added.value().id;
            rate.unitType = type;
            rate.priceFen = price;
            rate.validFrom = QDate(2020, 1, 1);
            (void)charges.addRate(manager, rate);
        }
    };
    add(u"BWY"_s, u"物业管理费"_s, ChargeBasis::Area, {{u"residential"_s, 235}, {u"shop"_s, 500}, {u"office"_s, 400}});
    add(u"BLJ"_s, u"垃圾清运费"_s, ChargeBasis::Fixed, {{QString(), 1000}});
    add(u"BDT"_s, u"电梯运行费"_s, ChargeBasis::Fixed, {{QString(), 2000}});
    add(u"BZM"_s, u"公共照明费"_s, ChargeBasis::Fixed, {{QString(), 500}});
}

void billingRun(benchmark::State& state)
{
    ChargeService charges(*site().db, site().clock, *site().audit);
    BillingService billing(*site().db, site().clock, *site().audit, charges);
    setUpItems(charges);
    const Session cashier = as(Role::Cashier);
    int month = 0;
    for (auto _ : state) {
        // A month nobody billed yet, each time.
        const QString period = QDate(2031, 1, 1).addMonths(month++).toString(u"yyyy-MM"_s);
        auto preview = billing.preview(cashier, period);
        if (!preview) {
            state.SkipWithError(preview.error().message.toStdString().c_str());
            break;
        }
        auto run = billing.confirm(cashier, period, preview.value().totalFen);
        if (!run) {
            state.SkipWithError(run.error().message.toStdString().c_str());
            break;
        }
        state.counters["lines"] = run.value().lines;
    }
}

} // namespace

void registerFeeBenchmarks()
{
    benchmark::RegisterBenchmark("billing run, a month of every unit (4 items)", billingRun)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);
}

} // namespace fd::bench
