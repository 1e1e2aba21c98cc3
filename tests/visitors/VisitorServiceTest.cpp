// The visitors log on both databases: who is admitted and who is turned away (R-VS-1), what an
// admitted visit records (R-VS-2), the 1.5-hour check with the resident (R-VS-3), the time out
// (R-VS-4), the units' instructions, the handover lines and the search.
#include "VisitorFixture.h"

#include "engine/SiteSettings.h"
#include "engine/reminders/ReminderService.h"
#include "engine/search/SearchService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/WatchService.h"
#include "modules/visitors/VisitorHandoverProvider.h"

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class VisitorServiceTest : public VisitorFixture
{
protected:
    QList<Reminder> watchReminders(const QList<Reminder>& list, qint64 visitId)
    {
        QList<Reminder> out;
        for (const Reminder& r : list)
            if (r.due == ReminderDue::Watch && r.source == u"visitor" && r.refId == visitId)
                out << r;
        return out;
    }
    qint64 audits() { return scalar(u"SELECT COUNT(*) FROM audit_events"_s); }
};

// R-VS-1: a refusal needs its reason, is recorded as a refused visit, and the visitor is never inside.
TEST_P(VisitorServiceTest, ARefusedVisitorIsRecordedButNeverInside)
{
    VisitorCheckIn f = form(u"刘强"_s);
    f.confirmation = VisitConfirmation::Refused;
    auto noReason = visitors->checkIn(clerk, f);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, u"refusal_reason"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM visits"_s), 0);

    f.refusalReason = u"住户不在家，电话确认不认识此人"_s;
    auto refused = visitors->checkIn(clerk, f);
    ASSERT_TRUE(refused.ok()) << refused.error().message.toStdString();
    EXPECT_EQ(refused->status, VisitStatus::Refused);
    EXPECT_EQ(refused->refusalReason, f.refusalReason);
    EXPECT_EQ(visitors->insideCount().value(), 0);
    EXPECT_TRUE(visitors->inside(50).value().isEmpty());
    EXPECT_FALSE(WatchService(host.db()).dueOf(u"visitor"_s, refused->id).value().has_value());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'visit' AND action = 'refused'"_s), 1);

    auto out = visitors->checkOut(clerk, refused->id); // R-VS-4: never in, so never out
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().code, u"visitor.not_inside"_s);
    EXPECT_EQ(visitors->visit(refused->id)->status, VisitStatus::Refused);
}

// R-VS-1/R-VS-2: no unit, nobody, no name, a bad phone, no purpose — each named at its field, nothing written.
TEST_P(VisitorServiceTest, AnIncompleteCheckInNamesTheFieldAndWritesNothing)
{
    const qint64 auditBefore = audits();
    const auto refusedAt = [&](VisitorCheckIn f) {
        auto r = visitors->checkIn(clerk, f);
        return r.ok() ? u"<admitted>"_s : r.error().field;
    };
    VisitorCheckIn noUnit = form();
    noUnit.unitId = 0;
    EXPECT_EQ(refusedAt(noUnit), u"unit"_s);
    VisitorCheckIn nobody = form();
    nobody.partySize = 0;
    EXPECT_EQ(refusedAt(nobody), u"party_size"_s);
    VisitorCheckIn noName = form(u"  "_s);
    EXPECT_EQ(refusedAt(noName), u"name"_s);
    VisitorCheckIn badPhone = form();
    badPhone.phone = u"12345"_s;
    EXPECT_EQ(refusedAt(badPhone), u"phone"_s);
    VisitorCheckIn noPurpose = form(u"王伟"_s, u"3-1-502"_s, 1, u""_s);
    EXPECT_EQ(refusedAt(noPurpose), u"purpose"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM visits"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM watches"_s), 0);
    EXPECT_EQ(audits(), auditBefore);
}

// R-VS-2 admitted: name, whom, purpose and time in; R-VS-4 the time out, once.
TEST_P(VisitorServiceTest, AnAdmittedVisitorLeavesOnceWithTheTimeOut)
{
    advanceTo(9, 12);
    const Visit v = admit(form());
    EXPECT_EQ(v.status, VisitStatus::Inside);
    EXPECT_EQ(v.visitorName, u"王伟"_s);
    EXPECT_EQ(v.unitCode, u"3-1-502"_s);
    EXPECT_EQ(v.hostName, u"张三"_s);
    EXPECT_EQ(v.purpose, u"探亲"_s);
    EXPECT_EQ(v.arrivedMs, at(9, 12));
    EXPECT_EQ(visitors->insideCount().value(), 1);

    advanceTo(10, 5);
    auto out = visitors->checkOut(clerk, v.id);
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_EQ(out->leftMs.value_or(0), at(10, 5));
    EXPECT_EQ(visitors->insideCount().value(), 0);

    advanceTo(10, 30);
    const qint64 auditBefore = audits();
    auto again = visitors->checkOut(clerk, v.id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, u"visitor.not_inside"_s);
    EXPECT_TRUE(again.error().message.contains(u"10:05"_s)) << again.error().message.toStdString();
    EXPECT_EQ(visitors->visit(v.id)->leftMs.value_or(0), at(10, 5));
    EXPECT_EQ(audits(), auditBefore);
    EXPECT_FALSE(visitors->checkOut(clerk, 9999).ok()); // unknown
}

// R-VS-3: inside 1.5 hours → a Watch reminder, repeated to the desk until confirmed; confirming
// re-arms it 90 minutes on; checking out ends it.
TEST_P(VisitorServiceTest, TheOverstayWatchRaisesAtNinetyMinutesAndRepeatsUntilConfirmedOrOut)
{
    ReminderService reminders(host.db(), host.clock(), host.services().audit, host.services().rules);
    const Visit v = admit(form());
    advanceTo(10, 29);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(watchReminders(reminders.active(host.clock().nowMs(), clerk).value(), v.id).isEmpty());

    advanceTo(10, 31);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    const QList<Reminder> due = watchReminders(reminders.active(host.clock().nowMs(), clerk).value(), v.id);
    ASSERT_EQ(due.size(), 1);
    EXPECT_TRUE(due.first().number.contains(u"王伟"_s));
    EXPECT_TRUE(due.first().number.contains(u"3-1-502"_s));
    EXPECT_EQ(due.first().dueMs, at(10, 30));
    EXPECT_EQ(watchReminders(reminders.noticesDue(host.clock().nowMs(), clerk).value(), v.id).size(), 1);
    const int repeat = host.services().rules.reminderRepeatMinutes();
    host.clock().advanceMinutes(repeat);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_EQ(watchReminders(reminders.noticesDue(host.clock().nowMs(), clerk).value(), v.id).size(), 1);

    advanceTo(10, 45);
    auto confirmed = visitors->confirmStay(clerk, v.id, u"住户说还要谈一会儿"_s);
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().message.toStdString();
    EXPECT_EQ(confirmed->confirmedMs.value_or(0), at(10, 45));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM visit_confirmations WHERE visit_id = ?"_s, {v.id}), 1);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(watchReminders(reminders.active(host.clock().nowMs(), clerk).value(), v.id).isEmpty());
    EXPECT_EQ(WatchService(host.db()).dueOf(u"visitor"_s, v.id).value().value_or(0), at(12, 15));

    advanceTo(12, 16);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_EQ(watchReminders(reminders.active(host.clock().nowMs(), clerk).value(), v.id).size(), 1);
    ASSERT_TRUE(visitors->checkOut(clerk, v.id).ok());
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(watchReminders(reminders.active(host.clock().nowMs(), clerk).value(), v.id).isEmpty());
    host.clock().advanceHours(5);
    ASSERT_TRUE(reminders.raiseDue(host.clock().nowMs()).ok());
    EXPECT_TRUE(watchReminders(reminders.active(host.clock().nowMs(), clerk).value(), v.id).isEmpty());
}

// R-VS-3: the 90 minutes are the service's default; a site that stores its own number uses it.
TEST_P(VisitorServiceTest, TheSiteMayStoreItsOwnConfirmMinutes)
{
    EXPECT_EQ(visitors->confirmMinutes(), 90 /* R-VS-3: 1.5 hours */);
    ASSERT_TRUE(host.services()
                    .settings.set(host.admin(), QString::fromLatin1(VisitorService::ConfirmMinutesKey), u"60"_s)
                    .ok());
    const Visit v = admit(form());
    EXPECT_EQ(WatchService(host.db()).dueOf(u"visitor"_s, v.id).value().value_or(0), at(10, 0));
}

// Instructions: shown while in force; ended by an audited update (the row stays), or by their end time.
TEST_P(VisitorServiceTest, AnInstructionIsShownWhileInForceAndNotAfterItEnds)
{
    const qint64 unit = unitId(u"3-1-502"_s);
    auto refuse = visitors->addInstruction(
        clerk, {unit, u"不要放刘某进入（业主电话交代）"_s, InstructionKind::Refuse, 0, at(11, 0)});
    ASSERT_TRUE(refuse.ok()) << refuse.error().message.toStdString();
    auto note = visitors->addInstruction(clerk, {unit, u"本周保洁阿姨周二上午来"_s, InstructionKind::Note, 0, {}});
    ASSERT_TRUE(note.ok());
    auto empty = visitors->addInstruction(clerk, {unit, u" "_s, InstructionKind::Note, 0, {}});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, u"text"_s);

    QList<UnitInstruction> now = visitors->instructionsInForce(unit, host.clock().nowMs()).value();
    ASSERT_EQ(now.size(), 2);
    EXPECT_EQ(now.first().kind, InstructionKind::Refuse); // the "do not admit" one on top
    EXPECT_TRUE(visitors->instructionsInForce(unitId(u"3-1-501"_s), host.clock().nowMs()).value().isEmpty());

    host.clock().advanceMinutes(10);
    ASSERT_TRUE(visitors->endInstruction(clerk, note->id).ok());
    EXPECT_FALSE(visitors->endInstruction(clerk, note->id).ok()); // already ended
    now = visitors->instructionsInForce(unit, host.clock().nowMs()).value();
    ASSERT_EQ(now.size(), 1);
    EXPECT_EQ(now.first().id, refuse->id);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM unit_instructions"_s), 2); // ended, not deleted
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'unit_instruction' AND action = 'ended'"_s), 1);
    EXPECT_FALSE(host.db().exec(u"DELETE FROM unit_instructions WHERE id = ?"_s, {note->id}).ok());

    advanceTo(11, 0); // the refusal's own end
    EXPECT_TRUE(visitors->instructionsInForce(unit, host.clock().nowMs()).value().isEmpty());
}

// R-SH-2: every visitor still inside is one line of the desk's handover sheet; not the control room's.
TEST_P(VisitorServiceTest, TheHandoverSheetListsEveryVisitorStillInside)
{
    VisitorHandoverProvider provider(host.db());
    // The application registers the provider itself (ServiceHost); this one is asked directly below.
    const QList<Post> posts = host.services().shifts.posts().value();
    const auto desk = std::find_if(posts.begin(), posts.end(), [](const Post& p) { return !p.isControlRoom; });
    const auto room = std::find_if(posts.begin(), posts.end(), [](const Post& p) { return p.isControlRoom; });
    ASSERT_NE(desk, posts.end());
    auto shift = host.services().shifts.startShift(clerk, desk->id);
    ASSERT_TRUE(shift.ok()) << shift.error().message.toStdString();

    advanceTo(9, 12);
    const Visit wang = admit(form());
    advanceTo(9, 40);
    const Visit chen = admit(form(u"陈静"_s, u"3-1-601"_s, 1, u"送文件"_s));
    const Visit gone = admit(form(u"赵磊"_s, u"3-1-701"_s, 1, u"快递"_s));
    ASSERT_TRUE(visitors->checkOut(clerk, gone.id).ok());

    advanceTo(14, 30);
    auto sheet = host.services().shifts.endShift(clerk, shift->id, {});
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    QStringList lines;
    QList<qint64> refs;
    for (const HandoverItem& i : sheet->items)
        if (i.source == u"visitors") {
            lines << i.text;
            refs << i.refId;
            EXPECT_EQ(i.kind, HandoverItemKind::Log);
        }
    ASSERT_EQ(lines.size(), 2) << lines.join(u" | "_s).toStdString();
    EXPECT_EQ(refs, (QList<qint64>{wang.id, chen.id}));
    EXPECT_EQ(lines.at(0), u"王伟 (2 people) → 3-1-502, inside since 9:12 AM"_s);
    EXPECT_TRUE(lines.at(1).contains(u"陈静"_s) && lines.at(1).contains(u"9:40 AM"_s));
    if (room != posts.end()) {
        EXPECT_TRUE(provider.openItems(*room, host.clock().nowMs()).value().isEmpty());
    }
}

// The global search finds a visit by plate, phone digits and unit; the hit's text shows no phone.
TEST_P(VisitorServiceTest, TheSearchFindsAVisitByPlatePhoneAndUnit)
{
    SearchService& search = host.services().search;
    search.addSource(VisitorService::searchSource());
    const Visit v = admit(form());
    admit(form(u"陈静"_s, u"3-1-601"_s, 1, u"送文件"_s));
    const auto visitHits = [&](const QString& text) {
        QList<SearchHit> out;
        for (const SearchHit& h : search.find(clerk, text).value())
            if (h.kind == u"visitor")
                out << h;
        return out;
    };
    const QList<SearchHit> byPlate = visitHits(u"沪a12345"_s.toUpper());
    ASSERT_EQ(byPlate.size(), 2);
    const QList<SearchHit> byPhone = visitHits(u"13912345678"_s);
    ASSERT_FALSE(byPhone.isEmpty());
    const QList<SearchHit> byUnit = visitHits(u"3-1-601"_s);
    ASSERT_EQ(byUnit.size(), 1);
    EXPECT_EQ(byUnit.first().title, u"陈静"_s);
    EXPECT_EQ(byUnit.first().unitId, unitId(u"3-1-601"_s));
    for (const SearchHit& h : byPlate) {
        EXPECT_FALSE(h.detail.contains(u"13912345678"_s));
        EXPECT_FALSE(h.title.contains(u"13912345678"_s));
    }
    EXPECT_EQ(visitHits(u"王伟"_s).first().refId, v.id);
}

// Frequent visitors: the same person to the same unit comes first when typed again.
TEST_P(VisitorServiceTest, PastVisitorsAreSuggestedMostFrequentFirst)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(visitors->checkOut(clerk, admit(form(u"王伟"_s, u"3-1-601"_s, 1, u"送餐"_s)).id).ok());
    ASSERT_TRUE(visitors->checkOut(clerk, admit(form()).id).ok());
    const QList<FrequentVisitor> byName = visitors->suggestions(u"王"_s).value();
    ASSERT_EQ(byName.size(), 2);
    EXPECT_EQ(byName.first().unitCode, u"3-1-601"_s);
    EXPECT_EQ(byName.first().purpose, u"送餐"_s);
    EXPECT_EQ(byName.first().visits, 3);
    EXPECT_EQ(byName.first().plate, u"沪A12345"_s);
    EXPECT_EQ(visitors->suggestions(u"139123"_s).value().size(), 2);
    EXPECT_TRUE(visitors->suggestions(u"李"_s).value().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, VisitorServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
