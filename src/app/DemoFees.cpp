#include "app/DemoFees.h"

#include "core/Clock.h"
#include "desk/Services.h"
#include "engine/Session.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/MeterReadingService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/PaymentService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

Result<qint64> addItem(ChargeService& charges, const Session& manager, const QString& code, const QString& name,
                       ChargeBasis basis, int dueDay = 15)
{
    ChargeItem item;
    item.code = code;
    item.name = name;
    item.basis = basis;
    item.dueDay = dueDay;
    auto added = charges.addItem(manager, item);
    if (!added)
        return added.error();
    return added.value().id;
}

Status addRate(ChargeService& charges, const Session& manager, qint64 itemId, qint64 fen, const QString& type,
               const QDate& from)
{
    ChargeRate rate;
    rate.itemId = itemId;
    rate.priceFen = fen;
    rate.unitType = type;
    rate.validFrom = from;
    auto added = charges.addRate(manager, rate);
    return added ? Status{} : Status{added.error()};
}

// An item billed to the units listed for it, a fixed sum a month due on the 10th, with its rate.
Result<qint64> addListedItem(ChargeService& charges, const Session& manager, const QString& code, const QString& name,
                             qint64 fen, const QDate& from, bool ahead)
{
    ChargeItem item;
    item.code = code;
    item.name = name;
    item.basis = ChargeBasis::Fixed;
    item.dueDay = 10;
    item.listed = true;
    item.ahead = ahead;
    auto added = charges.addItem(manager, item);
    if (!added)
        return added.error();
    if (Status st = addRate(charges, manager, added.value().id, fen, {}, from); !st)
        return st.error();
    return added.value().id;
}

Status listUnit(ChargeService& charges, const Session& cashier, qint64 itemId, qint64 unitId, const QDate& from,
                const QString& note)
{
    ChargeListing l;
    l.itemId = itemId;
    l.unitId = unitId;
    l.from = from;
    l.note = note;
    auto listed = charges.listUnit(cashier, l);
    return listed ? Status{} : Status{listed.error()};
}

} // namespace

Status DemoFees::fill(Services& s, const Session& manager, const Session& cashier)
{
    const QDate today = s.clock.now().date();
    const QDate from(today.year() - 1, 1, 1);
    auto wy = addItem(s.charges, manager, u"WY"_s, u"物业管理费"_s, ChargeBasis::Area);
    if (!wy)
        return wy.error();
    auto lj = addItem(s.charges, manager, u"LJ"_s, u"垃圾清运费"_s, ChargeBasis::Fixed);
    if (!lj)
        return lj.error();
    for (const auto& [item, fen, type] :
         {std::tuple{wy.value(), 235, u"residential"_s}, std::tuple{wy.value(), 600, u"shop"_s},
          std::tuple{lj.value(), 1000, u""_s}, std::tuple{lj.value(), 3000, u"shop"_s}})
        if (Status st = addRate(s.charges, manager, item, fen, type, from); !st)
            return st;

    const QString lastMonth = FeeTerms::periodKey(today.addMonths(-1));
    const QString thisMonth = FeeTerms::periodKey(today);
    // The cashier bills a month and the manager checks it for finance (R-FE-1), so its notices print.
    const auto bill = [&s, &cashier, &manager](const QString& period) -> Status {
        auto preview = s.billing.preview(cashier, period);
        if (!preview)
            return preview.error();
        auto run = s.billing.confirm(cashier, period, preview.value().totalFen);
        if (!run)
            return run.error();
        auto checked = s.billing.check(manager, run.value().id);
        return checked ? Status{} : Status{checked.error()};
    };
    if (Status st = bill(lastMonth); !st)
        return st;

    // Last month at the counter: every seventh unit still owes it; one in five pays by WeChat, one in
    // five by Alipay, the rest cash; one in thirteen pays a year ahead.
    auto lines = s.db.exec(u"SELECT l.unit_id, l.id, l.amount_fen FROM bill_lines l WHERE l.period = ? "
                           "ORDER BY l.unit_id, l.id"_s,
                           {lastMonth});
    if (!lines)
        return lines.error();
    QList<PaymentRequest> requests;
    while (lines.value().next()) {
        const qint64 unit = lines.value().value(0).toLongLong();
        if (requests.isEmpty() || requests.last().unitId != unit)
            requests.append(PaymentRequest{unit, {}, 0, PaymentMethod::Cash, {}, {}});
        requests.last().lineIds << lines.value().value(1).toLongLong();
        requests.last().amountFen += lines.value().value(2).toLongLong();
    }
    lines.value().finish();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (i % 7 == 3)
            continue;
        PaymentRequest r = requests.at(i);
        if (i % 5 == 1) {
            r.method = PaymentMethod::WeChat;
            r.reference = u"42000026%1"_s.arg(100000 + i);
        } else if (i % 5 == 2) {
            r.method = PaymentMethod::Alipay;
            r.reference = u"2026%1"_s.arg(500000 + i);
        }
        if (i % 13 == 0)
            r.amountFen *= 13;
        if (auto paid = s.payments.pay(cashier, r); !paid)
            return paid.error();
    }
    // This month's run settles the bills of those who paid ahead from their prepaid balance.
    if (Status st = bill(thisMonth); !st)
        return st;

    // Special services (R-FE-4): a tap changed this month, billed at month end, due five days later;
    // the manager checks it like the month's run.
    auto ty = addItem(s.charges, manager, u"TY"_s, u"特约服务"_s, ChargeBasis::OneOff, 5);
    if (!ty)
        return ty.error();
    auto first = s.db.scalar(u"SELECT MIN(unit_id) FROM bill_lines"_s);
    if (!first)
        return first.error();
    OneOffCharge tap{first.value().toLongLong(), ty.value(), 3500, u"更换水龙头"_s, false};
    auto charged = s.oneOffCharges.charge(cashier, tap);
    if (!charged)
        return charged.error();
    auto run = s.db.scalar(u"SELECT run_id FROM bill_lines WHERE id = ?"_s, {charged.value().id});
    if (!run)
        return run.error();
    auto checked = s.billing.check(manager, run.value().toLongLong());
    if (!checked)
        return checked.error();
    return meteredAndListed(s, manager, cashier, from);
}

Status DemoFees::meteredAndListed(Services& s, const Session& manager, const Session& cashier, const QDate& from)
{
    // Water by meter (R-FE-1): next month's readings of the first twelve units are in, the first of
    // them a meter the site took over (its start typed, with why).
    const QDate next = s.clock.now().date().addMonths(1);
    const QString nextMonth = FeeTerms::periodKey(next);
    auto sf = addItem(s.charges, manager, u"SF"_s, u"水费"_s, ChargeBasis::Meter, 20);
    if (!sf)
        return sf.error();
    if (Status st = addRate(s.charges, manager, sf.value(), 420, {}, from); !st)
        return st;
    auto units = s.db.exec(u"SELECT id FROM units ORDER BY id LIMIT 14"_s);
    if (!units)
        return units.error();
    QList<qint64> ids;
    while (units.value().next())
        ids << units.value().value(0).toLongLong();
    units.value().finish();
    for (qsizetype i = 0; i < ids.size() && i < 12; ++i) {
        MeterReading r;
        r.itemId = sf.value();
        r.unitId = ids.at(i);
        r.period = nextMonth;
        r.previousCenti = 52000 + 1730 * i;
        r.currentCenti = r.previousCenti + 800 + 95 * (i % 7);
        r.note = i == 0 ? u"接管时表底"_s : QString();
        if (auto read = s.meters.record(cashier, r); !read)
            return read.error();
    }
    // Parking spaces (for the units listed): two rented from next month, one from its 11th (a part
    // month, billed by its days).
    auto parking = addListedItem(s.charges, manager, u"CW"_s, u"车位租金"_s, 30000, from, false);
    if (!parking)
        return parking.error();
    const QDate firstOfNext(next.year(), next.month(), 1);
    for (qsizetype i = 0; i < ids.size() && i < 3; ++i)
        if (Status st =
                listUnit(s.charges, cashier, parking.value(), ids.at(ids.size() - 1 - i),
                         i == 2 ? firstOfNext.addDays(10) : firstOfNext, u"B1-%1"_s.arg(21 + i, 3, 10, QChar(u'0')));
            !st)
            return st;
    // Weekly cleaning by the month (R-FE-4), paid a month ahead: two homes signed up from next month,
    // so next month's run bills the month after as well.
    auto cleaning = addListedItem(s.charges, manager, u"BJ"_s, u"保洁包月"_s, 26000, from, true);
    if (!cleaning)
        return cleaning.error();
    for (qsizetype i = 1; i < ids.size() && i < 3; ++i)
        if (Status st = listUnit(s.charges, cashier, cleaning.value(), ids.at(i), firstOfNext, u"每周二上午"_s); !st)
            return st;
    return {};
}

} // namespace fd
