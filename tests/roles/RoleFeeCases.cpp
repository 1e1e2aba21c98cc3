// The role table's cases for the fees (issue 13): the charge items and rates, the billing runs.
#include "RoleWorld.h"

#include "modules/fees/BillingService.h"
#include "modules/fees/ChargeService.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

// An item with a rate for every unit type, set up once by the manager: something to bill.
qint64 billedItem(RoleWorld& w)
{
    auto found = w.host().db().scalar(u"SELECT id FROM charge_items WHERE code = 'RW'"_s);
    if (found.ok() && found.value().isValid())
        return found.value().toLongLong();
    ChargeItem item;
    item.code = u"RW"_s;
    item.name = u"物业管理费"_s;
    item.basis = ChargeBasis::Area;
    auto added = w.s().charges.addItem(w.as(Role::Manager), item);
    if (!added)
        return 0;
    ChargeRate rate;
    rate.itemId = added.value().id;
    rate.priceFen = 235;
    rate.validFrom = QDate(2026, 1, 1);
    (void)w.s().charges.addRate(w.as(Role::Manager), rate);
    return added.value().id;
}

// A month no one has billed yet, one for each acting role.
QString freshMonth(const Session& actor)
{
    return u"2030-%1"_s.arg(int(actor.user.role) + 1, 2, 10, QChar(u'0'));
}

} // namespace

QList<RoleCase> feeCases()
{
    QList<RoleCase> c;
    c << RoleCase{u"ChargeService::addItem"_s, {P::EditChargeItems}, [](RoleWorld& w, const Session& actor) -> Call {
                      ChargeItem item;
                      item.code = u"G%1"_s.arg(int(actor.user.role));
                      item.name = u"垃圾清运费"_s;
                      item.basis = ChargeBasis::Fixed;
                      return [&w, item](const Session& who) { return outcomeOf(w.s().charges.addItem(who, item)); };
                  }};
    c << RoleCase{u"ChargeService::addRate"_s, {P::EditChargeItems}, [](RoleWorld& w, const Session& actor) -> Call {
                      ChargeRate rate;
                      rate.itemId = billedItem(w);
                      rate.priceFen = 250;
                      rate.validFrom = QDate(2031, 1, 1).addMonths(int(actor.user.role));
                      return [&w, rate](const Session& who) { return outcomeOf(w.s().charges.addRate(who, rate)); };
                  }};
    c << RoleCase{u"BillingService::preview"_s, {P::BillFees}, [](RoleWorld& w, const Session& actor) -> Call {
                      billedItem(w);
                      const QString month = freshMonth(actor);
                      return [&w, month](const Session& who) { return outcomeOf(w.s().billing.preview(who, month)); };
                  }};
    c << RoleCase{u"BillingService::confirm"_s, {P::BillFees}, [](RoleWorld& w, const Session& actor) -> Call {
                      billedItem(w);
                      const QString month = freshMonth(actor);
                      const qint64 total = w.s().billing.preview(w.as(Role::Cashier), month).value().totalFen;
                      return [&w, month, total](const Session& who) {
                          return outcomeOf(w.s().billing.confirm(who, month, total));
                      };
                  }};
    return c;
}

} // namespace fd::test
