// The role table's cases for renovations (R-RN-1): each stage's action on a renovation brought to that
// stage for it, in a unit of its own (one open renovation per unit).
#include "RoleWorld.h"

#include "modules/fees/ChargeService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/PaymentService.h"
#include "modules/registry/RegistryService.h"
#include "modules/renovations/RenovationService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

template <class T> T need(Result<T> r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().message.toStdString());
    return std::move(r).value();
}

QString drawing()
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"drawing.pdf"_s);
    QFile f(path);
    if (!f.exists() && f.open(QIODevice::WriteOnly))
        f.write("%PDF-1.4\n%%EOF\n");
    return path;
}

// A unit of its own in building 8, with its owner.
std::pair<qint64, qint64> freshUnit(RoleWorld& w)
{
    static int serial = 100;
    const int n = serial++;
    const QByteArray csv = u"楼栋,单元,房号,类型,面积,业主,电话\n8,1,%1,住宅,90,业主%1,13800%2\n"_s.arg(n)
                               .arg(n, 6, 10, QChar(u'0'))
                               .toUtf8();
    const ImportReport report = w.s().registry.importUnitsCsv(w.as(Role::Admin), csv);
    if (!report.accepted)
        throw std::runtime_error(report.text().toStdString());
    const qint64 unit = w.unitId(u"8-1-%1"_s.arg(n));
    const qint64 owner =
        need(w.host().db().scalar(u"SELECT id FROM residents WHERE unit_id = ?"_s, {unit}), "owner").toLongLong();
    return {unit, owner};
}

qint64 depositItem(RoleWorld& w, const QString& code)
{
    auto id = w.host().db().scalar(u"SELECT id FROM charge_items WHERE code = ?"_s, {code});
    if (id && id.value().isValid())
        return id.value().toLongLong();
    ChargeItem i;
    i.code = code;
    i.name = code;
    i.basis = ChargeBasis::Deposit;
    return need(w.s().charges.addItem(w.as(Role::Manager), i), "deposit item").id;
}

RenovationApplication applicationFor(qint64 unit, qint64 owner)
{
    RenovationApplication a;
    a.unitId = unit;
    a.residentId = owner;
    a.companyName = u"美居装饰"_s;
    a.companyLicence = u"91110105MA01ABCD2X"_s;
    a.companyPerson = u"陈工"_s;
    a.companyPhone = u"13900008888"_s;
    a.scope = {u"finishes"_s};
    a.plannedStart = QDate(2026, 12, 10);
    a.plannedEnd = QDate(2027, 2, 28);
    a.drawingPaths = {drawing()};
    return a;
}

// A renovation brought to `stage` (Returned, Approved, Agreed, Working, Acceptance or Accepted).
Renovation renovationAt(RoleWorld& w, RenovationStage stage, bool charged = false)
{
    RenovationService& s = w.s().renovations;
    const auto [unit, owner] = freshUnit(w);
    Renovation r = need(s.apply(w.as(Role::Clerk), applicationFor(unit, owner)), "apply");
    if (stage == RenovationStage::Review)
        return r;
    if (stage == RenovationStage::Returned)
        return need(s.reject(w.as(Role::Supervisor), r.id, u"补充图纸"_s), "reject");
    r = need(s.approve(w.as(Role::Supervisor), r.id, {}), "approve");
    if (stage == RenovationStage::Approved)
        return r;
    Signature signature;
    signature.signer = u"业主"_s;
    signature.waivedReason = QString::fromLatin1(Signature::OnPaper);
    signature.note = u"纸质协议"_s;
    r = need(s.signAgreement(w.as(Role::Clerk), r.id, signature), "sign");
    if (stage == RenovationStage::Agreed && !charged)
        return r;
    r = need(
        s.chargeDeposit(w.as(Role::Clerk), r.id, depositItem(w, u"ZXYJ"_s), 300000, depositItem(w, u"ZXLJ"_s), 50000),
        "charge");
    if (stage == RenovationStage::Agreed)
        return r;
    for (qint64 line : r.depositLines()) {
        PaymentRequest p;
        p.unitId = unit;
        p.lineIds = {line};
        p.amountFen = line == r.depositLineId ? 300000 : 50000;
        need(w.s().payments.pay(w.as(Role::Cashier), p), "pay");
    }
    r = need(s.setSchedule(w.as(Role::Clerk), r.id, {}), "schedule");
    if (stage == RenovationStage::Working)
        return r;
    r = need(s.requestAcceptance(w.as(Role::Clerk), r.id, {}), "request");
    if (stage == RenovationStage::Acceptance)
        return r;
    return need(s.passAcceptance(w.as(Role::Supervisor), r.id), "pass");
}

RoleCase at(const QString& name, QList<Permission> needs, RenovationStage stage,
            std::function<Outcome(RoleWorld&, const Renovation&, const Session&)> act, bool charged = false)
{
    return RoleCase{name, std::move(needs), [stage, act, charged](RoleWorld& w, const Session&) -> Call {
                        const Renovation r = renovationAt(w, stage, charged);
                        return [&w, r, act](const Session& who) { return act(w, r, who); };
                    }};
}

qint64 workerOf(RoleWorld& w, const Renovation& r)
{
    NewWorker worker{u"张师傅"_s, u"110105198001011234"_s, u"13700001234"_s, u"木工"_s};
    return need(w.s().renovations.addWorker(w.as(Role::Clerk), r.id, worker), "worker").id;
}

} // namespace

QList<RoleCase> renovationCases()
{
    using S = RenovationStage;
    QList<RoleCase> c;
    c << RoleCase{u"RenovationService::apply"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const auto [unit, owner] = freshUnit(w);
                      return [&w, unit, owner](const Session& who) {
                          return outcomeOf(w.s().renovations.apply(who, applicationFor(unit, owner)));
                      };
                  }};
    c << at(u"RenovationService::resubmit"_s, {P::WorkTheDesk}, S::Returned,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.resubmit(who, r.id, applicationFor(r.unitId, r.residentId)));
            });
    c << at(u"RenovationService::approve"_s, {P::ReviewRenovations}, S::Review,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.approve(who, r.id, {}));
            });
    c << at(u"RenovationService::reject"_s, {P::ReviewRenovations}, S::Review,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.reject(who, r.id, u"补充水电图"_s));
            });
    c << at(u"RenovationService::signAgreement"_s, {P::WorkTheDesk}, S::Approved,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                Signature signature;
                signature.signer = u"业主"_s;
                signature.waivedReason = QString::fromLatin1(Signature::OnPaper);
                signature.note = u"纸质协议"_s;
                return outcomeOf(w.s().renovations.signAgreement(who, r.id, signature));
            });
    c << at(u"RenovationService::chargeDeposit"_s, {P::WorkTheDesk}, S::Agreed,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.chargeDeposit(who, r.id, depositItem(w, u"ZXYJ"_s), 300000,
                                                                 depositItem(w, u"ZXLJ"_s), 50000));
            });
    c << RoleCase{u"RenovationService::setSchedule"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      // Charged and paid, not started.
                      Renovation r = renovationAt(w, S::Agreed, true);
                      for (qint64 line : r.depositLines()) {
                          PaymentRequest p;
                          p.unitId = r.unitId;
                          p.lineIds = {line};
                          p.amountFen = line == r.depositLineId ? 300000 : 50000;
                          need(w.s().payments.pay(w.as(Role::Cashier), p), "pay");
                      }
                      return [&w, r](const Session& who) {
                          return outcomeOf(w.s().renovations.setSchedule(who, r.id, u"按计划施工"_s));
                      };
                  }};
    c << at(u"RenovationService::withdraw"_s, {P::WorkTheDesk}, S::Approved,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.withdraw(who, r.id, u"业主取消装修"_s));
            });
    c << at(u"RenovationService::addWorker"_s, {P::WorkTheDesk}, S::Working,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                NewWorker worker{u"李师傅"_s, u"110105198001015678"_s, u"13700005678"_s, {}};
                return outcomeOf(w.s().renovations.addWorker(who, r.id, worker));
            });
    c << RoleCase{u"RenovationService::removeWorker"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 worker = workerOf(w, renovationAt(w, S::Working));
                      return [&w, worker](const Session& who) {
                          return outcomeOf(w.s().renovations.removeWorker(who, worker, u"离场"_s));
                      };
                  }};
    c << RoleCase{u"RenovationService::issuePass"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 worker = workerOf(w, renovationAt(w, S::Working));
                      return [&w, worker](const Session& who) {
                          return outcomeOf(
                              w.s().renovations.issuePass(who, worker, QDate(2026, 12, 10), QDate(2026, 12, 31)));
                      };
                  }};
    c << RoleCase{u"RenovationService::voidPass"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const Renovation r = renovationAt(w, S::Working);
                      const qint64 pass = need(w.s().renovations.issuePass(w.as(Role::Clerk), workerOf(w, r),
                                                                           QDate(2026, 12, 10), QDate(2026, 12, 31)),
                                               "pass")
                                              .id;
                      return [&w, pass](const Session& who) {
                          return outcomeOf(w.s().renovations.voidPass(who, pass, u"遗失"_s));
                      };
                  }};
    c << RoleCase{u"RenovationService::checkIn"_s, {P::ReceiveVisitors}, [](RoleWorld& w, const Session&) -> Call {
                      const Renovation r = renovationAt(w, S::Working);
                      const QString pass = need(w.s().renovations.issuePass(w.as(Role::Clerk), workerOf(w, r),
                                                                            QDate(2026, 12, 10), QDate(2026, 12, 31)),
                                                "pass")
                                               .number;
                      w.host().clock().set(QDateTime(QDate(2026, 12, 11), QTime(9, 0)));
                      return [&w, pass](const Session& who) { return outcomeOf(w.s().renovations.checkIn(who, pass)); };
                  }};
    c << at(u"RenovationService::recordInspection"_s, {P::WorkTheDesk}, S::Working,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                InspectionFound f;
                f.day = w.host().clock().now().date();
                f.inspector = u"工程部 赵工"_s;
                f.findings = u"施工正常"_s;
                return outcomeOf(w.s().renovations.recordInspection(who, r.id, f));
            });
    c << RoleCase{u"RenovationService::problemFixed"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const Renovation r = renovationAt(w, S::Working);
                      InspectionFound f;
                      f.day = w.host().clock().now().date();
                      f.inspector = u"保安 李明"_s;
                      f.findings = u"楼道堆放垃圾"_s;
                      f.problem = true;
                      f.toldHow = u"电话告知"_s;
                      f.fixBy = f.day.addDays(2);
                      const qint64 id =
                          need(w.s().renovations.recordInspection(w.as(Role::Clerk), r.id, f), "inspect").id;
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().renovations.problemFixed(who, id, u"已清运"_s));
                      };
                  }};
    c << at(u"RenovationService::extend"_s, {P::ReviewRenovations}, S::Working,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.extend(who, r.id, QDate(2027, 3, 31), u"材料延迟"_s));
            });
    c << at(u"RenovationService::requestAcceptance"_s, {P::WorkTheDesk}, S::Working,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.requestAcceptance(who, r.id, {}));
            });
    c << at(u"RenovationService::passAcceptance"_s, {P::ReviewRenovations}, S::Acceptance,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.passAcceptance(who, r.id));
            });
    c << at(u"RenovationService::failAcceptance"_s, {P::ReviewRenovations}, S::Acceptance,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.failAcceptance(who, r.id, u"墙面空鼓"_s));
            });
    c << at(u"RenovationService::deduct"_s, {P::ReviewRenovations}, S::Accepted,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.deduct(who, r.id, 10000, u"电梯划伤"_s));
            });
    c << RoleCase{u"RenovationService::refund"_s, {P::CollectFees}, [](RoleWorld& w, const Session&) -> Call {
                      // Each role's renovation is accepted on the world's day, its refund paid when due.
                      w.host().clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
                      const Renovation r = renovationAt(w, S::Accepted);
                      w.host().clock().set(QDateTime(r.refundDueDay->addDays(1), QTime(9, 0)));
                      return [&w, r](const Session& who) {
                          RefundToPay pay;
                          pay.amountFen = 350000;
                          pay.payee = u"业主"_s;
                          return outcomeOf(w.s().renovations.refund(who, r.id, pay));
                      };
                  }};
    c << at(u"RenovationService::find"_s, {P::ViewRegistry}, S::Review,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.find(who, r.id));
            });
    c << RoleCase{u"RenovationService::renovations"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().renovations.renovations(who, true)); };
                  }};
    c << RoleCase{u"RenovationService::renovationOf"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      const Renovation r = renovationAt(w, S::Working);
                      const qint64 pass = need(w.s().renovations.issuePass(w.as(Role::Clerk), workerOf(w, r),
                                                                           QDate(2026, 12, 10), QDate(2026, 12, 31)),
                                               "pass")
                                              .id;
                      return [&w, pass](const Session& who) {
                          return outcomeOf(w.s().renovations.renovationOf(
                              who, QString::fromLatin1(RenovationService::PassSearchKind), pass));
                      };
                  }};
    c << at(u"RenovationService::depositLines"_s, {P::ViewRegistry}, S::Working,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.depositLines(who, r.id));
            });
    c << at(u"RenovationService::deductions"_s, {P::ViewRegistry}, S::Working,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.deductions(who, r.id));
            });
    c << at(u"RenovationService::refunds"_s, {P::ViewRegistry}, S::Working,
            [](RoleWorld& w, const Renovation& r, const Session& who) {
                return outcomeOf(w.s().renovations.refunds(who, r.id));
            });
    c << RoleCase{u"RenovationService::setScopeItem"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          ScopeItem seen;
                          for (const ScopeItem& i : w.s().renovations.scopeItems().value())
                              if (i.key == u"balcony"_s)
                                  seen = i;
                          ScopeItem i = seen;
                          i.approval = seen.approval == ScopeApproval::Forbidden ? ScopeApproval::Engineering
                                                                                 : ScopeApproval::Forbidden;
                          return outcomeOf(w.s().renovations.setScopeItem(who, i, seen));
                      };
                  }};
    c << RoleCase{
        u"OneOffChargeService::chargeRenovationDeposit"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
            const qint64 item = depositItem(w, u"ZXYJ"_s);
            return [&w, item](const Session& who) {
                return outcomeOf(w.s().oneOffCharges.chargeRenovationDeposit(
                    who, {.unitId = w.unitId(), .itemId = item, .amountFen = 300000, .note = u"装修押金"_s}));
            };
        }};
    return c;
}

} // namespace fd::test
