// The role table's cases for the desk's logs: visitors, stored items, parcels, tools and signatures.
#include "RoleWorld.h"

#include "engine/watches/SignatureService.h"
#include "modules/parcels/ParcelService.h"
#include "modules/storeditems/StoredItemService.h"
#include "modules/tools/ToolService.h"
#include "modules/visitors/VisitorService.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

} // namespace

QList<RoleCase> deskCases()
{
    QList<RoleCase> c;
    c << RoleCase{u"VisitorService::checkIn"_s, {P::ReceiveVisitors}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          VisitorCheckIn in;
                          in.visitorName = u"刘先生"_s;
                          in.unitId = w.unitId();
                          in.hostName = u"张三"_s;
                          in.purpose = u"送东西"_s;
                          return outcomeOf(w.s().visitors.checkIn(who, in));
                      };
                  }};
    c << RoleCase{u"VisitorService::confirmStay"_s, {P::ReceiveVisitors}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.visitorInside();
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().visitors.confirmStay(who, id, u"业主说还要一会儿"_s));
                      };
                  }};
    c << RoleCase{u"VisitorService::checkOut"_s, {P::ReceiveVisitors}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.visitorInside();
                      return [&w, id](const Session& who) { return outcomeOf(w.s().visitors.checkOut(who, id)); };
                  }};
    c << RoleCase{u"VisitorService::addInstruction"_s, {P::ReceiveVisitors},
                  [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          NewInstruction n;
                          n.unitId = w.unitId();
                          n.text = u"不要放刘某进来"_s;
                          n.kind = InstructionKind::Refuse;
                          return outcomeOf(w.s().visitors.addInstruction(who, n));
                      };
                  }};
    c << RoleCase{u"VisitorService::endInstruction"_s, {P::ReceiveVisitors},
                  [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.instruction();
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().visitors.endInstruction(who, id));
                      };
                  }};

    c << RoleCase{u"StoredItemService::deposit"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          DepositRequest r;
                          r.depositorName = u"张三"_s;
                          r.depositorPhone = u"13800001111"_s;
                          r.unitId = w.unitId();
                          r.lines = {{u"纸箱"_s, 2, u"完好"_s}};
                          r.shelf = u"B-2"_s;
                          r.expectedPickupMs = w.host().clock().nowMs() + 3'600'000;
                          r.signature = RoleWorld::signature();
                          return outcomeOf(w.s().storedItems.deposit(who, r));
                      };
                  }};
    c << RoleCase{u"StoredItemService::remind"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.storedItem();
                      w.host().clock().advanceHours(2); // past the expected pickup (R-PS-2)
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().storedItems.remind(who, id, u"已电话提醒"_s));
                      };
                  }};
    c << RoleCase{u"StoredItemService::deliverWithConsent"_s, {P::WorkTheDesk},
                  [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.storedItem();
                      w.host().clock().advanceHours(2);
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().storedItems.deliverWithConsent(who, id, u"张三"_s));
                      };
                  }};
    c << RoleCase{u"StoredItemService::pickUp"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      QString tag;
                      w.storedItem(&tag);
                      return [&w, tag](const Session& who) {
                          return outcomeOf(w.s().storedItems.pickUp(who, tag, u"张三"_s, RoleWorld::signature()));
                      };
                  }};

    c << RoleCase{u"ParcelService::receive"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          ParcelBatchInput batch;
                          batch.carrier = u"中通"_s;
                          ParcelLine line;
                          line.unitId = w.unitId();
                          batch.lines = {line};
                          return outcomeOf(w.s().parcels.receive(who, batch));
                      };
                  }};
    c << RoleCase{u"ParcelService::notify"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const QList<qint64> ids = w.parcelsWaiting();
                      return [&w, ids](const Session& who) {
                          return outcomeOf(w.s().parcels.notify(who, ids, NoticeWay::Sms));
                      };
                  }};
    c << RoleCase{u"ParcelService::notifyUnit"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      (void)w.parcelsWaiting();
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().parcels.notifyUnit(who, w.unitId(), NoticeWay::Phone));
                      };
                  }};
    c << RoleCase{u"ParcelService::pickUp"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const QList<qint64> ids = w.parcelsWaiting();
                      return [&w, ids](const Session& who) {
                          return outcomeOf(w.s().parcels.pickUp(who, ids, RoleWorld::signature()));
                      };
                  }};

    c << RoleCase{u"ToolService::addTool"_s, {P::ManageTools}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().tools.addTool(who, u"电钻"_s, u"D-%1"_s.arg(int(who.user.role)), 1));
                      };
                  }};
    c << RoleCase{u"ToolService::setToolActive"_s, {P::ManageTools}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.toolId();
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().tools.setToolActive(who, id, false));
                      };
                  }};
    c << RoleCase{u"ToolService::lend"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 tool = w.toolId();
                      return [&w, tool](const Session& who) {
                          ToolLendRequest r;
                          r.toolId = tool;
                          r.unitId = w.unitId();
                          r.borrowerName = u"张三"_s;
                          r.borrowerPhone = u"13800001111"_s;
                          r.signature = RoleWorld::signature();
                          return outcomeOf(w.s().tools.lend(who, r));
                      };
                  }};
    c << RoleCase{u"ToolService::recordCall"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 loan = w.loanOut();
                      w.host().clock().advanceHours(48); // not back by the evening
                      return [&w, loan](const Session& who) {
                          return outcomeOf(w.s().tools.recordCall(who, loan, u"明早送回"_s));
                      };
                  }};
    c << RoleCase{u"ToolService::giveBack"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 loan = w.loanOut();
                      return [&w, loan](const Session& who) {
                          return outcomeOf(w.s().tools.giveBack(who, loan, u"完好"_s));
                      };
                  }};

    c << RoleCase{u"SignatureService::store"_s, {P::WorkTheDesk}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          SignatureService signatures(w.host().db(), w.host().clock(), w.s().audit);
                          return outcomeOf(signatures.store(who, RoleWorld::signature()));
                      };
                  }};
    return c;
}

} // namespace fd::test
