// The role table's cases for the fees (issue 13): the charge items and rates, the billing runs, payments.
#include "RoleWorld.h"

#include "engine/SiteSettings.h"
#include "engine/tickets/SiteRules.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/CashCountService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeSummaryService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/FeeWeek.h"
#include "modules/fees/LateFeeService.h"
#include "modules/fees/MeterReadingService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/OpeningBalanceService.h"
#include "modules/fees/PaymentNoticeService.h"
#include "modules/fees/PaymentService.h"
#include "modules/repairs/RepairService.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

// A charge item of the world's site, set up once by the manager (by its code).
qint64 itemOnce(RoleWorld& w, const QString& code, const QString& name, ChargeBasis basis, bool listed = false,
                int dueDay = 15)
{
    auto found = w.host().db().scalar(u"SELECT id FROM charge_items WHERE code = ?"_s, {code});
    if (found.ok() && found.value().isValid())
        return found.value().toLongLong();
    ChargeItem item;
    item.code = code;
    item.name = name;
    item.basis = basis;
    item.listed = listed;
    item.dueDay = dueDay;
    auto added = w.s().charges.addItem(w.as(Role::Manager), item);
    return added ? added.value().id : 0;
}

// An item with a rate for every unit type, set up once by the manager: something to bill.
qint64 billedItem(RoleWorld& w)
{
    const bool fresh = !w.host().db().scalar(u"SELECT id FROM charge_items WHERE code = 'RW'"_s).value().isValid();
    const qint64 id = itemOnce(w, u"RW"_s, u"物业管理费"_s, ChargeBasis::Area);
    if (fresh && id) {
        ChargeRate rate;
        rate.itemId = id;
        rate.priceFen = 235;
        rate.validFrom = QDate(2026, 1, 1);
        (void)w.s().charges.addRate(w.as(Role::Manager), rate);
    }
    return id;
}

// A parking space's rent, billed only to the units listed for it.
qint64 listedItem(RoleWorld& w)
{
    return itemOnce(w, u"CW"_s, u"车位租金"_s, ChargeBasis::Fixed, true);
}

// A day from which the world's unit may be listed for the item: its open listing, if any, ends the
// day before (each role's case lists it anew).
QDate freeListingDay(RoleWorld& w, qint64 itemId)
{
    static QDate next(2030, 1, 1);
    next = next.addDays(10);
    for (const ChargeListing& l : w.s().charges.listings(itemId).value())
        if (l.unitId == w.unitId() && !l.until.isValid())
            (void)w.s().charges.endListing(w.as(Role::Manager), l.id, next.addDays(-1));
    return next;
}

// Water, billed by meter reading.
qint64 meteredItem(RoleWorld& w)
{
    return itemOnce(w, u"SF"_s, u"水费"_s, ChargeBasis::Meter);
}

// A month no other case has read: each role's reading is a new month's.
QString nextMonthRead()
{
    static QDate next(2031, 1, 1);
    next = next.addMonths(1);
    return FeeTerms::periodKey(next);
}

// The special-service item (charged one at a time).
qint64 oneOffItem(RoleWorld& w)
{
    return itemOnce(w, u"TY"_s, u"特约服务"_s, ChargeBasis::OneOff, false, 5);
}

// A repair of the world's unit returned with a charge by a clerk: something for the cashier to bill.
void chargedRepairReturned(RoleWorld& w)
{
    DispatchRequest order;
    order.department = u"工程部"_s;
    const Ticket t = w.s().repairs.dispatch(w.as(Role::Clerk), w.repair(), order).value().ticket;
    RepairReturn back;
    back.technician = u"李师傅"_s;
    back.result = u"更换阀门"_s;
    back.chargeFen = 6000;
    (void)w.s().repairs.recordReturn(w.as(Role::Clerk), t, back);
}

// A month no one has billed yet, one for each acting role.
QString freshMonth(const Session& actor)
{
    return u"2030-%1"_s.arg(int(actor.user.role) + 1, 2, 10, QChar(u'0'));
}

// A cash payment the cashier took for the unit, all of it prepaid: something to read or reverse.
qint64 paymentTaken(RoleWorld& w)
{
    PaymentRequest request;
    request.unitId = w.unitId();
    request.amountFen = 10000;
    auto paid = w.s().payments.pay(w.as(Role::Cashier), request);
    return paid ? paid.value().id : 0;
}

// The unit billed for June 2026 alone (due the 15th, overdue at the world's November) and the clock
// moved on past the site's interval, so its next dunning notice may go.
qint64 overdueUnit(RoleWorld& w)
{
    const qint64 unit = w.unitId();
    billedItem(w);
    if (auto p = w.s().billing.preview(w.as(Role::Cashier), u"2026-06"_s, unit); p && !p.value().lines.isEmpty())
        (void)w.s().billing.confirm(w.as(Role::Cashier), u"2026-06"_s, p.value().totalFen, unit);
    w.host().clock().set(w.host().clock().now().addDays(16));
    return unit;
}

// The same unit with its three notices issued and the third's deadline passed: the manager may refer it.
qint64 referableUnit(RoleWorld& w)
{
    const qint64 unit = overdueUnit(w);
    for (int i = 0; i < ArrearsService::Notices; ++i) {
        (void)w.s().arrears.issueNotice(w.as(Role::Cashier), unit);
        w.host().clock().set(w.host().clock().now().addDays(16));
    }
    return unit;
}

// The overdue unit's bill with late fees run up since the last role acted (overdueUnit moves the clock
// on), at the site's rate of 5 ten-thousandths: something to charge or waive.
qint64 lateLine(RoleWorld& w)
{
    const qint64 unit = overdueUnit(w);
    (void)w.s().settings.set(w.host().admin(), QString::fromLatin1(SiteRules::LateFeePer10000), u"5"_s);
    auto line =
        w.host().db().scalar(u"SELECT MIN(id) FROM bill_lines WHERE unit_id = ? AND late_fee_of IS NULL"_s, {unit});
    return line.ok() ? line.value().toLongLong() : 0;
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
    c << RoleCase{u"BillingService::runs"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      overdueUnit(w);
                      return [&w](const Session& who) { return outcomeOf(w.s().billing.runs(who, u"2026-06"_s)); };
                  }};
    c << RoleCase{u"BillingService::lines"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      overdueUnit(w);
                      const qint64 run = w.s().billing.runs(w.as(Role::Cashier), u"2026-06"_s).value().first().id;
                      return [&w, run](const Session& who) { return outcomeOf(w.s().billing.lines(who, run)); };
                  }};
    c << RoleCase{u"BillingService::check"_s, {P::CheckBilling}, [](RoleWorld& w, const Session& actor) -> Call {
                      billedItem(w);
                      const QString month = freshMonth(actor);
                      const qint64 total = w.s().billing.preview(w.as(Role::Cashier), month).value().totalFen;
                      const qint64 run = w.s().billing.confirm(w.as(Role::Cashier), month, total).value().id;
                      return [&w, run](const Session& who) { return outcomeOf(w.s().billing.check(who, run)); };
                  }};
    c << RoleCase{u"PaymentNoticeService::notices"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      overdueUnit(w);
                      const qint64 run = w.s().billing.runs(w.as(Role::Cashier), u"2026-06"_s).value().first().id;
                      (void)w.s().billing.check(w.as(Role::Manager), run); // once, whoever acts first
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().paymentNotices.notices(who, u"2026-06"_s, 0));
                      };
                  }};
    c << RoleCase{u"PaymentNoticeService::giveOut"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      overdueUnit(w);
                      const qint64 run = w.s().billing.runs(w.as(Role::Cashier), u"2026-06"_s).value().first().id;
                      (void)w.s().billing.check(w.as(Role::Manager), run);
                      QList<PaymentNotice> read =
                          w.s().paymentNotices.notices(w.as(Role::Cashier), u"2026-06"_s, 0).value();
                      return [&w, read](const Session& who) mutable {
                          return outcomeOf(w.s().paymentNotices.giveOut(who, read));
                      };
                  }};
    c << RoleCase{u"OneOffChargeService::charge"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      OneOffCharge charge;
                      charge.unitId = w.unitId();
                      charge.itemId = oneOffItem(w);
                      charge.amountFen = 1500;
                      charge.note = u"换锁芯"_s;
                      return [&w, charge](const Session& who) {
                          return outcomeOf(w.s().oneOffCharges.charge(who, charge));
                      };
                  }};
    c << RoleCase{u"BillingService::reverseLine"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      OneOffCharge charge;
                      charge.unitId = w.unitId();
                      charge.itemId = oneOffItem(w);
                      charge.amountFen = 1500;
                      charge.note = u"记错了房号"_s;
                      const qint64 line = w.s().oneOffCharges.charge(w.as(Role::Manager), charge).value().id;
                      return [&w, line](const Session& who) {
                          return outcomeOf(w.s().billing.reverseLine(who, w.as(Role::Manager), line, u"记错了房号"_s));
                      };
                  }};
    c << RoleCase{u"OneOffChargeService::repairCharges"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().oneOffCharges.repairCharges(who, u"2026-11"_s));
                      };
                  }};
    c << RoleCase{u"OneOffChargeService::billRepairCharges"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 item = oneOffItem(w);
                      chargedRepairReturned(w);
                      const QString month = FeeTerms::periodKey(w.host().clock().now().date());
                      qint64 total = 0;
                      for (const RepairCharge& r :
                           w.s().oneOffCharges.repairCharges(w.as(Role::Cashier), month).value())
                          total += r.amountFen;
                      return [&w, month, item, total](const Session& who) {
                          return outcomeOf(w.s().oneOffCharges.billRepairCharges(who, month, item, total));
                      };
                  }};
    c << RoleCase{u"OpeningBalanceService::importCsv"_s, {P::BillFees}, [](RoleWorld& w, const Session& actor) -> Call {
                      billedItem(w);
                      // A month of 2025 no other role's import owes.
                      const QString csv = u"房号,收费项目,所属期间,欠费金额\n3-1-502,RW,2025-%1,12.50\n"_s.arg(
                          int(actor.user.role) + 1, 2, 10, QChar(u'0'));
                      return [&w, csv](const Session& who) {
                          const OpeningBalanceReport r = w.s().openingBalances.importCsv(who, csv.toUtf8(), false);
                          if (r.refusal)
                              return Outcome{r.refusal};
                          if (!r.accepted)
                              return Outcome{Error{u"import.refused"_s, r.problems.value(0).message}};
                          return Outcome{};
                      };
                  }};
    c << RoleCase{u"LateFeeService::accrued"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = w.unitId();
                      return [&w, unit](const Session& who) { return outcomeOf(w.s().lateFees.accrued(who, unit)); };
                  }};
    c << RoleCase{
        u"LateFeeService::charge"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
            const qint64 line = lateLine(w);
            const qint64 unit =
                w.host().db().scalar(u"SELECT unit_id FROM bill_lines WHERE id = ?"_s, {line}).value().toLongLong();
            qint64 total = 0;
            for (const LateFee& f : w.s().lateFees.accrued(w.as(Role::Cashier), unit).value())
                total += f.feeFen;
            const qint64 item = oneOffItem(w);
            return [&w, unit, item, total](const Session& who) {
                return outcomeOf(w.s().lateFees.charge(who, unit, item, total));
            };
        }};
    c << RoleCase{u"LateFeeService::waive"_s, {P::ApproveFeeReversals}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 line = lateLine(w);
                      return [&w, line](const Session& who) {
                          const Status s = w.s().lateFees.waive(who, line, u"账单寄晚了"_s);
                          return s ? Outcome{} : Outcome{s.error()};
                      };
                  }};
    c << RoleCase{u"OneOffChargeService::billLines"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      const ChargeItem item = w.s().charges.item(oneOffItem(w)).value();
                      BillLine l;
                      l.unitId = w.unitId();
                      l.itemId = item.id;
                      l.itemName = item.name;
                      l.period = u"2026-11"_s;
                      l.amountFen = 1200;
                      l.note = u"配门禁卡"_s;
                      l.dueDay = QDate(2026, 11, 30);
                      return [&w, item, l](const Session& who) {
                          return outcomeOf(w.s().oneOffCharges.billLines(who, l.period, l.unitId, item, {l}));
                      };
                  }};
    c << RoleCase{u"CashCountService::expected"_s, {P::CollectFees}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().cashCounts.expected(who)); };
                  }};
    c << RoleCase{u"CashCountService::close"_s, {P::CollectFees}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().cashCounts.close(who, {}, {})); };
                  }};
    c << RoleCase{u"CashCountService::counts"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().cashCounts.counts(who)); };
                  }};
    c << RoleCase{u"PaymentService::account"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = w.unitId();
                      return [&w, unit](const Session& who) { return outcomeOf(w.s().payments.account(who, unit)); };
                  }};
    c << RoleCase{u"PaymentService::pay"_s, {P::CollectFees}, [](RoleWorld& w, const Session&) -> Call {
                      PaymentRequest request;
                      request.unitId = w.unitId();
                      request.amountFen = 5000;
                      request.method = PaymentMethod::WeChat;
                      request.reference = u"4200001234202612010000"_s;
                      return [&w, request](const Session& who) { return outcomeOf(w.s().payments.pay(who, request)); };
                  }};
    c << RoleCase{u"PaymentService::reverse"_s, {P::CollectFees}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = paymentTaken(w);
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().payments.reverse(who, w.as(Role::Manager), id, u"金额录错"_s));
                      };
                  }};
    c << RoleCase{u"PaymentService::payment"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = paymentTaken(w);
                      return [&w, id](const Session& who) { return outcomeOf(w.s().payments.payment(who, id)); };
                  }};
    c << RoleCase{u"PaymentService::byReceipt"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = paymentTaken(w);
                      const QString number = w.s().payments.payment(w.as(Role::Cashier), id).value().receiptNo;
                      return
                          [&w, number](const Session& who) { return outcomeOf(w.s().payments.byReceipt(who, number)); };
                  }};
    c << RoleCase{u"PaymentService::payments"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = w.unitId();
                      return [&w, unit](const Session& who) { return outcomeOf(w.s().payments.payments(who, unit)); };
                  }};
    c << RoleCase{u"ArrearsService::arrears"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      overdueUnit(w);
                      return [&w](const Session& who) { return outcomeOf(w.s().arrears.arrears(who)); };
                  }};
    c << RoleCase{u"ArrearsService::recordContact"_s, {P::CollectFees}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = overdueUnit(w);
                      return [&w, unit](const Session& who) {
                          return outcomeOf(
                              w.s().arrears.recordContact(who, unit, ContactKind::Phone, u"出差，月底交"_s, {}));
                      };
                  }};
    c << RoleCase{u"ArrearsService::issueNotice"_s, {P::CollectFees}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = overdueUnit(w);
                      return [&w, unit](const Session& who) { return outcomeOf(w.s().arrears.issueNotice(who, unit)); };
                  }};
    c << RoleCase{u"ArrearsService::refer"_s, {P::ReferForLegal}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = referableUnit(w);
                      return [&w, unit](const Session& who) { return outcomeOf(w.s().arrears.refer(who, unit, {})); };
                  }};
    c << RoleCase{u"ArrearsService::notices"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = overdueUnit(w);
                      return [&w, unit](const Session& who) { return outcomeOf(w.s().arrears.notices(who, unit)); };
                  }};
    c << RoleCase{u"ArrearsService::notice"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = overdueUnit(w);
                      auto issued = w.s().arrears.issueNotice(w.as(Role::Cashier), unit);
                      const qint64 id = issued ? issued.value().id
                                               : w.s().arrears.notices(w.as(Role::Cashier), unit).value().last().id;
                      return [&w, id](const Session& who) { return outcomeOf(w.s().arrears.notice(who, id)); };
                  }};
    c << RoleCase{u"FeeSummaryService::monthly"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      overdueUnit(w);
                      return
                          [&w](const Session& who) { return outcomeOf(w.s().feeSummary.monthly(who, u"2026-06"_s)); };
                  }};
    c << RoleCase{u"ArrearsService::contacts"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 unit = overdueUnit(w);
                      return [&w, unit](const Session& who) { return outcomeOf(w.s().arrears.contacts(who, unit)); };
                  }};
    c << RoleCase{u"ChargeService::listUnit"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      ChargeListing l;
                      l.itemId = listedItem(w);
                      l.unitId = w.unitId();
                      l.from = freeListingDay(w, l.itemId);
                      l.note = u"B1-023"_s;
                      return [&w, l](const Session& who) { return outcomeOf(w.s().charges.listUnit(who, l)); };
                  }};
    c << RoleCase{u"ChargeService::startFees"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(
                              w.s().charges.startFees(who, w.unitId(u"3-1-601"_s), QDate(2030, 1, 1), u"入伙"_s));
                      };
                  }};
    c << RoleCase{u"ChargeService::endListing"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      ChargeListing l;
                      l.itemId = listedItem(w);
                      l.unitId = w.unitId();
                      l.from = freeListingDay(w, l.itemId);
                      const qint64 id = w.s().charges.listUnit(w.as(Role::Manager), l).value().id;
                      return [&w, id, l](const Session& who) {
                          return outcomeOf(w.s().charges.endListing(who, id, l.from.addDays(1)));
                      };
                  }};
    c << RoleCase{u"MeterReadingService::record"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      MeterReading r;
                      r.itemId = meteredItem(w);
                      r.unitId = w.unitId();
                      r.period = nextMonthRead();
                      r.previousCenti = 0;
                      r.currentCenti = 1250;
                      r.note = u"换新表"_s;
                      return [&w, r](const Session& who) { return outcomeOf(w.s().meters.record(who, r)); };
                  }};
    c << RoleCase{u"MeterReadingService::importCsv"_s, {P::BillFees}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 item = meteredItem(w);
                      const QString period = nextMonthRead();
                      return [&w, item, period](const Session& who) {
                          const MeterImportReport r = w.s().meters.importCsv(
                              who, item, period, u"房号,上期读数,本期读数,备注\n3-1-502,0,12.5,换新表\n"_s.toUtf8(),
                              false);
                          if (r.refusal)
                              return Outcome{r.refusal};
                          if (!r.accepted)
                              return Outcome{Error{u"import.refused"_s, r.problems.value(0).message}};
                          return Outcome{};
                      };
                  }};
    c << RoleCase{u"FeeWeek::rows"_s, {P::ViewFeeAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 now = w.host().clock().nowMs();
                      return [&w, now](const Session& who) {
                          return outcomeOf(FeeWeek::rows(w.host().db(), who, now - 7 * 86'400'000, now, now));
                      };
                  }};
    return c;
}

} // namespace fd::test
