// Move-ins and move-outs (R-MI-1, R-MO-1, R-MI-2): the steps in order, each doing what it says, and
// every refusal leaving nothing written.
#include "MoveFixture.h"

#include "core/DateTimeText.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/OneOffChargeService.h"
#include "modules/fees/PaymentService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class MoveServiceTest : public MoveFixture
{
protected:
    void SetUp() override
    {
        MoveFixture::SetUp();
        home = unitId(u"3-1-502"_s);
        owner = scalar(u"SELECT id FROM residents WHERE unit_id = ?"_s, {home});
    }

    static Signature onThePad()
    {
        Signature s;
        s.signer = u"王伟"_s;
        s.image = QByteArray("\x89PNG\r\n\x1a\n", 8);
        return s;
    }

    Move open(MoveKind kind, const QDate& day = QDate(2026, 12, 20))
    {
        NewMove m;
        m.kind = kind;
        m.unitId = home;
        m.residentId = owner;
        m.plannedDay = day;
        auto opened = moves.open(clerk, m);
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : opened.error().message.toStdString());
        return opened.ok() ? opened.value() : Move{};
    }

    Result<Move> done(const Move& m, const QString& step, const StepDone& what = {})
    {
        return moves.complete(clerk, m.id, step, what);
    }

    void seeDocuments()
    {
        for (auto [kind, number] : {std::pair{DocumentKind::IdCard, u"110101199001011234"_s},
                                    std::pair{DocumentKind::PurchaseContract, u"GF-2026-0412"_s}}) {
            DocumentSeen seen;
            seen.unitId = home;
            seen.residentId = owner;
            seen.kind = kind;
            seen.number = number;
            seen.seenOn = QDate(2026, 12, 4);
            ASSERT_TRUE(archive.recordDocument(clerk, seen).ok());
        }
    }

    StepDone keysOf(int doors, int cards)
    {
        StepDone d;
        d.keys = {{KeyKind::Door, doors}, {KeyKind::AccessCard, cards}};
        d.signature = onThePad();
        return d;
    }

    std::optional<qint64> watchDue(const Move& m)
    {
        auto due = WatchService(host.db()).dueOf(MoveSteps::key(m.kind), m.id);
        EXPECT_TRUE(due.ok());
        return due.ok() ? due.value() : std::nullopt;
    }

    // The site's steps of a kind as a page reads them.
    QStringList planKeys(MoveKind kind)
    {
        QStringList keys;
        for (const MoveSteps::Definition& d : moves.plan(kind).value())
            keys << d.key;
        return keys;
    }

    qint64 home = 0;
    qint64 owner = 0;
};

// R-MI-1: a move-in from the notice to the keys, in order; two defects become two repair tickets.
TEST_P(MoveServiceTest, MoveInGoesStepByStepAndItsDefectsBecomeRepairTickets)
{
    const Move m = open(MoveKind::In);
    EXPECT_TRUE(m.number.startsWith(u"RH-20261204-"_s)) << m.number.toStdString();
    ASSERT_EQ(m.steps.size(), 10);
    EXPECT_EQ(m.current()->key, u"notice"_s);

    // A step out of order is refused naming the one that comes first, and writes nothing.
    auto early = done(m, u"documents"_s);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().field, u"step"_s);
    EXPECT_TRUE(early.error().message.contains(MoveSteps::displayName(u"notice"_s)));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM move_steps WHERE move_id = ? AND status <> 'pending'"_s, {m.id}), 0);

    ASSERT_TRUE(done(m, u"notice"_s).ok());
    // The documents the site asks for must be in the owner's archive first.
    auto noDocuments = done(m, u"documents"_s);
    ASSERT_FALSE(noDocuments.ok());
    EXPECT_EQ(noDocuments.error().field, u"documents"_s);
    seeDocuments();
    ASSERT_TRUE(done(m, u"documents"_s).ok());
    ASSERT_TRUE(done(m, u"service_agreement"_s).ok());

    // Two defects found at the inspection: two repair tickets, linked, still open.
    for (auto [room, item] : {std::pair{u"主卧"_s, u"窗户"_s}, std::pair{u"卫生间"_s, u"地漏"_s}}) {
        DefectFound d;
        d.room = room;
        d.item = item;
        d.description = u"需维修"_s;
        auto defect = moves.recordDefect(clerk, m.id, d);
        ASSERT_TRUE(defect.ok()) << defect.error().message.toStdString();
        EXPECT_TRUE(defect.value().ticketNumber.startsWith(u"BX"_s)) << defect.value().ticketNumber.toStdString();
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM tickets WHERE kind = 'repair' AND unit_id = ? AND resident_id = ?"_s,
                     {home, owner}),
              2);
    EXPECT_EQ(moves.find(clerk, m.id).value().openDefects(), 2);
    ASSERT_TRUE(done(m, u"inspection"_s).ok());
    DefectFound late;
    late.room = u"客厅"_s;
    late.item = u"墙面"_s;
    late.description = u"裂缝"_s;
    EXPECT_EQ(moves.recordDefect(clerk, m.id, late).error().field, u"step"_s);

    // The inspection is signed on the pad.
    EXPECT_EQ(done(m, u"inspection_signed"_s).error().field, u"signature"_s);
    StepDone signedOff;
    signedOff.signature = onThePad();
    ASSERT_TRUE(done(m, u"inspection_signed"_s, signedOff).ok());

    // The keys are counted into the unit's record, signed for.
    StepDone unsignedKeys = keysOf(2, 2);
    unsignedKeys.signature.reset();
    EXPECT_EQ(done(m, u"keys_handed"_s, unsignedKeys).error().field, u"signature"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM unit_key_entries"_s), 0);
    ASSERT_TRUE(done(m, u"keys_handed"_s, keysOf(2, 2)).ok());
    EXPECT_EQ(keys.held(clerk, home).value().size(), 2);

    ASSERT_TRUE(done(m, u"covenant"_s).ok());
    const Move after = moves.find(clerk, m.id).value();
    EXPECT_EQ(after.current()->key, u"move_day"_s);
    EXPECT_EQ(after.steps.at(0).doneBy, clerk.user.displayName);
}

// R-MI-1: the move-in's day starts the unit's fees and books the cargo lift; a slot over another
// booking is refused and nothing of the step is written.
TEST_P(MoveServiceTest, MoveInDayStartsTheFeesAndBooksTheLift)
{
    const Move m = open(MoveKind::In);
    for (const QString& step : {u"notice"_s, u"documents"_s, u"service_agreement"_s, u"inspection"_s})
        if (step == u"documents"_s) {
            seeDocuments();
            ASSERT_TRUE(done(m, step).ok());
        } else {
            ASSERT_TRUE(done(m, step).ok());
        }
    StepDone signedOff;
    signedOff.signature = onThePad();
    ASSERT_TRUE(done(m, u"inspection_signed"_s, signedOff).ok());
    ASSERT_TRUE(done(m, u"keys_handed"_s, keysOf(2, 1)).ok());
    ASSERT_TRUE(done(m, u"covenant"_s).ok());

    LiftBooking other;
    other.unitId = unitId(u"3-1-601"_s);
    other.starts = QDateTime(QDate(2026, 12, 20), QTime(9, 0));
    other.ends = QDateTime(QDate(2026, 12, 20), QTime(11, 0));
    ASSERT_TRUE(lift.book(clerk, other).ok());

    StepDone day;
    day.day = QDate(2026, 12, 20);
    day.liftFrom = QDateTime(QDate(2026, 12, 20), QTime(10, 0));
    day.liftTo = QDateTime(QDate(2026, 12, 20), QTime(12, 0));
    auto over = done(m, u"move_day"_s, day);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().field, u"lift_from"_s);
    EXPECT_FALSE(host.services().charges.feesFrom(home).value().has_value());
    EXPECT_EQ(moves.find(clerk, m.id).value().current()->key, u"move_day"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM lift_bookings"_s), 1);
    // A slot that has passed, or a day far from today (a year mistyped), is refused as well.
    StepDone past = day;
    past.day = QDate(2026, 12, 4);
    past.liftFrom = QDateTime(QDate(2026, 12, 4), QTime(7, 0));
    past.liftTo = QDateTime(QDate(2026, 12, 4), QTime(8, 0));
    EXPECT_EQ(done(m, u"move_day"_s, past).error().field, u"lift_from"_s);
    StepDone typo;
    typo.day = QDate(2062, 12, 20);
    EXPECT_EQ(done(m, u"move_day"_s, typo).error().field, u"day"_s);
    EXPECT_FALSE(host.services().charges.feesFrom(home).value().has_value());

    day.liftFrom = QDateTime(QDate(2026, 12, 20), QTime(13, 0));
    day.liftTo = QDateTime(QDate(2026, 12, 20), QTime(15, 0));
    auto moved = done(m, u"move_day"_s, day);
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(host.services().charges.feesFrom(home).value(), QDate(2026, 12, 20));
    EXPECT_NE(moved.value().liftBookingId, 0);
    EXPECT_EQ(lift.day(clerk, QDate(2026, 12, 20)).value().size(), 2);

    // The renovation does not apply (a reason), other needs done: the move-in is done, its watch closed.
    EXPECT_EQ(moves.skip(clerk, m.id, u"renovation"_s, u" "_s).error().field, u"reason"_s);
    ASSERT_TRUE(moves.skip(clerk, m.id, u"renovation"_s, u"暂不装修"_s).ok());
    auto finished = done(m, u"other_needs"_s);
    ASSERT_TRUE(finished.ok());
    EXPECT_EQ(finished.value().status, MoveStatus::Done);
    EXPECT_FALSE(watchDue(m).has_value());
    // A step done is never changed, not even by hand in the database.
    EXPECT_FALSE(
        host.db().exec(u"UPDATE move_steps SET note = 'x' WHERE move_id = ? AND step_key = 'notice'"_s, {m.id}).ok());
}

// R-MI-1: a required step is never marked not applicable; the site's own order holds for new moves.
TEST_P(MoveServiceTest, RequiredStepsStayAndTheSitesOrderHolds)
{
    const Session admin = host.admin();
    const QStringList read = planKeys(MoveKind::In);
    auto noKeys = moves.setPlan(admin, MoveKind::In, {u"notice"_s, u"move_day"_s}, read);
    ASSERT_FALSE(noKeys.ok());
    EXPECT_EQ(noKeys.error().field, u"steps"_s);
    EXPECT_FALSE(moves.setPlan(clerk, MoveKind::In, {u"keys_handed"_s, u"move_day"_s}, read).ok()); // site rules only
    ASSERT_TRUE(moves.setPlan(admin, MoveKind::In, {u"notice"_s, u"keys_handed"_s, u"move_day"_s}, read).ok());
    const Move m = open(MoveKind::In);
    ASSERT_EQ(m.steps.size(), 3);
    EXPECT_EQ(m.steps.at(1).key, u"keys_handed"_s);
    ASSERT_TRUE(done(m, u"notice"_s).ok());
    auto skipped = moves.skip(clerk, m.id, u"keys_handed"_s, u"业主未到"_s);
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(skipped.error().field, u"step"_s);
}

// R-MO-1: the move-out does not pass "all fees settled" while the unit owes anything; keys come back
// counted against what was handed over; the resident leaves the registry, kept in its history.
TEST_P(MoveServiceTest, MoveOutWaitsForTheFeesAndCountsTheKeysBack)
{
    ASSERT_TRUE(keys.record(clerk, {.unitId = home,
                                    .reason = KeyReason::HandedOver,
                                    .counts = {{KeyKind::Door, 2}, {KeyKind::AccessCard, 2}},
                                    .signature = onThePad()})
                    .ok());
    const Session manager = host.signedIn(Role::Manager, u"zhou.jl"_s);
    const Session cashier = host.signedIn(Role::Cashier, u"qian.cn"_s);
    ChargeItem service;
    service.code = u"TY"_s;
    service.name = u"特约服务"_s;
    service.basis = ChargeBasis::OneOff;
    service.dueDay = 5;
    const qint64 item = host.services().charges.addItem(manager, service).value().id;
    auto owedLine = host.services().oneOffCharges.charge(
        cashier, {.unitId = home, .itemId = item, .amountFen = 8000, .note = u"更换门锁"_s});
    ASSERT_TRUE(owedLine.ok());

    const Move m = open(MoveKind::Out, QDate(2026, 12, 10));
    EXPECT_TRUE(m.number.startsWith(u"QC-"_s));
    StepDone day;
    day.day = QDate(2026, 12, 10);
    ASSERT_TRUE(done(m, u"date_confirmed"_s, day).ok());
    auto checked = done(m, u"fees_checked"_s);
    ASSERT_TRUE(checked.ok());
    EXPECT_TRUE(checked.value().steps.at(1).note.contains(u"80.00"_s))
        << checked.value().steps.at(1).note.toStdString();
    ASSERT_TRUE(done(m, u"departments_told"_s).ok());
    // A damage compensated: the desk charges it to the unit as a line of the one-off item.
    DefectFound scratch;
    scratch.room = u"客厅"_s;
    scratch.item = u"地板"_s;
    scratch.description = u"划痕"_s;
    scratch.amountFen = 20000;
    scratch.chargeItemId = item;
    auto charged = moves.recordDefect(clerk, m.id, scratch);
    ASSERT_TRUE(charged.ok()) << charged.error().message.toStdString();
    EXPECT_NE(charged.value().billLineId, 0);
    EXPECT_EQ(charged.value().amountFen, 20000);
    ASSERT_TRUE(done(m, u"damage_inspection"_s).ok());

    auto owed = done(m, u"fees_settled"_s);
    ASSERT_FALSE(owed.ok());
    EXPECT_EQ(owed.error().field, u"fees"_s);
    EXPECT_TRUE(owed.error().message.contains(u"280.00"_s)) << owed.error().message.toStdString();
    PaymentRequest pay;
    pay.unitId = home;
    pay.lineIds = {owedLine.value().id, charged.value().billLineId};
    pay.amountFen = 28000;
    ASSERT_TRUE(host.services().payments.pay(cashier, pay).ok());
    ASSERT_TRUE(done(m, u"fees_settled"_s).ok());

    // More back than handed over is refused; a missing card needs a note and is recorded lost.
    StepDone tooMany;
    tooMany.keys = {{KeyKind::Door, 3}};
    EXPECT_EQ(done(m, u"keys_returned"_s, tooMany).error().field, u"keys"_s);
    StepDone negative;
    negative.keys = {{KeyKind::Door, -1}};
    negative.note = u"x"_s;
    EXPECT_EQ(done(m, u"keys_returned"_s, negative).error().field, u"keys"_s);
    StepDone short_;
    short_.keys = {{KeyKind::Door, 2}, {KeyKind::AccessCard, 1}};
    EXPECT_EQ(done(m, u"keys_returned"_s, short_).error().field, u"note"_s);
    EXPECT_EQ(keys.held(clerk, home).value().size(), 2);
    short_.note = u"门禁卡丢失，业主已知"_s;
    ASSERT_TRUE(done(m, u"keys_returned"_s, short_).ok());
    EXPECT_TRUE(keys.held(clerk, home).value().isEmpty());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM unit_key_entries WHERE reason = 'lost'"_s), 1);

    // Billed after the fees were settled: the move-out still does not end while it is owed.
    auto late = host.services().oneOffCharges.charge(
        cashier, {.unitId = home, .itemId = item, .amountFen = 1500, .note = u"垃圾清运"_s});
    ASSERT_TRUE(late.ok());
    host.clock().set(QDateTime(QDate(2026, 12, 10), QTime(16, 0)));
    EXPECT_EQ(done(m, u"cleaning_told"_s).error().field, u"fees"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM residents WHERE id = ? AND active"_s, {owner}), 1);
    pay.lineIds = {late.value().id};
    pay.amountFen = 1500;
    ASSERT_TRUE(host.services().payments.pay(cashier, pay).ok());
    auto finished = done(m, u"cleaning_told"_s);
    ASSERT_TRUE(finished.ok());
    EXPECT_EQ(finished.value().status, MoveStatus::Done);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM residents WHERE id = ? AND NOT active"_s, {owner}), 1);
}

// R-MO-1: the desk is reminded on the day the next step is planned for, else on the move's day; a
// cancelled move gives its lift slot back.
TEST_P(MoveServiceTest, TheNextStepsDayRemindsAndACancelledMoveFreesTheLift)
{
    const Move m = open(MoveKind::Out, QDate(2026, 12, 20));
    EXPECT_EQ(watchDue(m), QDateTime(QDate(2026, 12, 20), QTime(0, 0)).toMSecsSinceEpoch());
    ASSERT_TRUE(moves.schedule(clerk, m.id, u"date_confirmed"_s, QDate(2026, 12, 8), std::nullopt).ok());
    EXPECT_EQ(watchDue(m), QDateTime(QDate(2026, 12, 8), QTime(0, 0)).toMSecsSinceEpoch());
    // A later step's plan does not move the reminder of the next one.
    ASSERT_TRUE(moves.schedule(clerk, m.id, u"departments_told"_s, QDate(2026, 12, 6), std::nullopt).ok());
    EXPECT_EQ(watchDue(m), QDateTime(QDate(2026, 12, 8), QTime(0, 0)).toMSecsSinceEpoch());

    StepDone day;
    day.day = QDate(2026, 12, 20);
    day.liftFrom = QDateTime(QDate(2026, 12, 20), QTime(9, 0));
    day.liftTo = QDateTime(QDate(2026, 12, 20), QTime(11, 0));
    ASSERT_TRUE(done(m, u"date_confirmed"_s, day).ok());
    EXPECT_EQ(lift.day(clerk, QDate(2026, 12, 20)).value().size(), 1);
    EXPECT_EQ(moves.cancel(clerk, m.id, {}).error().field, u"reason"_s);
    auto cancelled = moves.cancel(clerk, m.id, u"业主改期"_s);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    EXPECT_EQ(cancelled.value().status, MoveStatus::Cancelled);
    EXPECT_TRUE(lift.day(clerk, QDate(2026, 12, 20)).value().isEmpty());
    EXPECT_FALSE(watchDue(m).has_value());
    EXPECT_EQ(done(m, u"fees_checked"_s).error().field, u"move"_s);
}

// R-MI-1: a new owner's move-in adds them to the registry; a resident with a move of the kind open
// cannot have a second.
TEST_P(MoveServiceTest, ANewOwnersMoveInAddsThemAndOneOpenMoveAtATime)
{
    NewMove m;
    m.kind = MoveKind::In;
    m.unitId = home;
    m.plannedDay = QDate(2026, 12, 20);
    m.newResident = ResidentChange{u"陈静"_s, ResidentRelation::Owner, {u"13900001111"_s}};
    auto opened = moves.open(clerk, m);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value().residentName, u"陈静"_s);
    m.newResident.reset();
    m.residentId = opened.value().residentId;
    auto twice = moves.open(clerk, m);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"resident"_s);
    m.residentId = scalar(u"SELECT id FROM residents WHERE unit_id = ?"_s, {unitId(u"5-2-101"_s)});
    EXPECT_EQ(moves.open(clerk, m).error().field, u"resident"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM moves"_s), 1);
}

// R-MI-1: a unit whose fees run already (a tenant moving in) keeps them as they are; the move-in's day
// starts the fees only of a unit never billed. A move-in that handed its keys over is not cancelled.
TEST_P(MoveServiceTest, AMoveInIntoAUnitPayingAlreadyLeavesItsFeesAndIsNotCancelledOnceItsKeysAreOut)
{
    const Session manager = host.signedIn(Role::Manager, u"zhou.jl"_s);
    ASSERT_TRUE(host.services().charges.startFees(manager, home, QDate(2025, 3, 1), u"交房"_s).ok());
    NewMove tenant;
    tenant.unitId = home;
    tenant.plannedDay = QDate(2026, 12, 20);
    tenant.newResident = ResidentChange{u"陈静"_s, ResidentRelation::Tenant, {}};
    const Move m = moves.open(clerk, tenant).value();
    for (const MoveStep& step : m.steps)
        if (step.key == u"keys_handed"_s)
            break;
        else
            ASSERT_TRUE(moves.skip(clerk, m.id, step.key, u"租户入住"_s).ok()) << step.key.toStdString();
    ASSERT_TRUE(done(m, u"keys_handed"_s, keysOf(1, 1)).ok());
    auto refused = moves.cancel(clerk, m.id, u"租户不租了"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"move"_s);
    ASSERT_TRUE(done(m, u"covenant"_s).ok());
    StepDone day;
    day.day = QDate(2026, 12, 20);
    auto moved = done(m, u"move_day"_s, day);
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(host.services().charges.feesFrom(home).value(), QDate(2025, 3, 1)) << "the fees run as they did";
}

// R-MO-1 at two desks (issue 16): the day a step is planned for, agreed with the resident at one desk,
// is not moved by another desk whose page showed it unplanned; the refusal says who, when and the day.
TEST_P(MoveServiceTest, AStepsDayPlannedAtAnotherDeskIsNotMovedUnseen)
{
    const Move m = open(MoveKind::Out, QDate(2026, 12, 20));
    const Session other = host.signedIn(Role::Clerk, u"zhao.min"_s);
    ASSERT_TRUE(moves.schedule(other, m.id, u"date_confirmed"_s, QDate(2026, 12, 12), std::nullopt).ok());
    const Session third = host.signedIn(Role::Clerk, u"li.na"_s); // plans another step after that
    ASSERT_TRUE(moves.schedule(third, m.id, u"departments_told"_s, QDate(2026, 12, 6), std::nullopt).ok());
    auto late = moves.schedule(clerk, m.id, u"date_confirmed"_s, QDate(2026, 12, 11), std::nullopt);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, u"move.stale"_s);
    EXPECT_TRUE(late.error().message.contains(u"zhao.min"_s)) << late.error().message.toStdString();
    EXPECT_FALSE(late.error().message.contains(u"li.na"_s)) << "who planned this step, not the move's last event";
    EXPECT_TRUE(late.error().message.contains(DateTimeText::date(QDate(2026, 12, 12))));
    EXPECT_EQ(watchDue(m), QDateTime(QDate(2026, 12, 12), QTime(0, 0)).toMSecsSinceEpoch()) << "theirs stands";
    EXPECT_TRUE(moves.schedule(clerk, m.id, u"date_confirmed"_s, QDate(2026, 12, 11), QDate(2026, 12, 12)).ok())
        << "planned again on the day shown now";
}

// R-MO-1 with two administrators (issue 16): the site's move lists are saved over what the page read;
// a list another administrator saved since is refused with who and when, nothing written.
TEST_P(MoveServiceTest, AMoveListAnotherAdministratorSavedIsNotWrittenOverUnseen)
{
    const Session admin = host.admin();
    const Session other = host.signedIn(Role::Admin, u"zhao.it"_s);
    const QStringList read = planKeys(MoveKind::In);
    const auto tenantRead = moves.documentsRequired(ResidentRelation::Tenant).value();
    QStringList theirs = read;
    theirs.removeAll(u"notice"_s);
    ASSERT_TRUE(moves.setPlan(other, MoveKind::In, theirs, read).ok());
    ASSERT_TRUE(moves.setDocumentsRequired(other, ResidentRelation::Tenant, {{DocumentKind::IdCard}}, tenantRead).ok());

    QStringList mine = read;
    mine.move(0, 1);
    auto refused = moves.setPlan(admin, MoveKind::In, mine, read);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"move.plan.stale"_s);
    EXPECT_TRUE(refused.error().message.contains(u"zhao.it"_s)) << refused.error().message.toStdString();
    EXPECT_EQ(planKeys(MoveKind::In), theirs);
    const auto documents = moves.setDocumentsRequired(admin, ResidentRelation::Tenant, {}, tenantRead);
    ASSERT_FALSE(documents.ok());
    EXPECT_EQ(documents.error().code, u"move.plan.stale"_s);
    EXPECT_EQ(moves.documentsRequired(ResidentRelation::Tenant).value().size(), 1);
}

// R-MO-1: no site order lets a move-out settle its fees before its damage is charged, or return the
// keys before the fees are settled.
TEST_P(MoveServiceTest, ASitesOrderCannotPutTheFeesBeforeTheDamage)
{
    const Session admin = host.admin();
    const QStringList read = planKeys(MoveKind::Out);
    auto early =
        moves.setPlan(admin, MoveKind::Out,
                      {u"date_confirmed"_s, u"fees_settled"_s, u"damage_inspection"_s, u"keys_returned"_s}, read);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().field, u"steps"_s);
    EXPECT_FALSE(
        moves.setPlan(admin, MoveKind::Out, {u"date_confirmed"_s, u"keys_returned"_s, u"fees_settled"_s}, read).ok());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM move_step_plans"_s), 0);
    EXPECT_TRUE(
        moves.setPlan(admin, MoveKind::Out, {u"date_confirmed"_s, u"fees_settled"_s, u"keys_returned"_s}, read).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, MoveServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
