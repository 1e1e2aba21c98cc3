// Drafts (an unsaved form survives a crash) and the customer's history beside the form (R-CP-10).
#include "IntakeFixture.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using IntakeDraft = IntakeFixture;
using IntakeHistoryTest = IntakeFixture;

// R-IN-1: what was typed is never lost; the draft comes back whole, per person, and is cleared.
TEST_P(IntakeDraft, RoundTripsPerPersonAndClears)
{
    IntakeForm f = call(IntakeClass::Complaint, u"楼上装修噪音，晚上十点还在施工"_s);
    f.peopleInvolved = u"1602装修队"_s;
    f.customerAsks = u"要求限定施工时间"_s;
    f.urgent = true;
    ASSERT_TRUE(intake.saveDraft(clerk, f.toJson()).ok());
    const Session other = host.signedIn(Role::Clerk, u"wang.fang"_s);
    EXPECT_TRUE(intake.draft(other).value().isEmpty());

    // A new service on the same database, as after a restart.
    IntakeService again(host.db(), host.clock(), host.services().audit, host.services().tickets);
    auto restored = again.draft(clerk);
    ASSERT_TRUE(restored.ok());
    const IntakeForm back = IntakeForm::fromJson(restored.value());
    EXPECT_EQ(back.intakeClass, IntakeClass::Complaint);
    EXPECT_EQ(back.description, f.description);
    EXPECT_EQ(back.peopleInvolved, f.peopleInvolved);
    EXPECT_EQ(back.customerAsks, f.customerAsks);
    EXPECT_EQ(back.unitId, f.unitId);
    EXPECT_TRUE(back.urgent);

    // Saving again replaces it (one slot per person); clearing empties it.
    f.description = u"改为：楼上漏水"_s;
    ASSERT_TRUE(intake.saveDraft(clerk, f.toJson()).ok());
    EXPECT_EQ(IntakeForm::fromJson(intake.draft(clerk).value()).description, f.description);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM intake_drafts WHERE user_id = ?"_s, {clerk.user.id}), 1);
    ASSERT_TRUE(intake.clearDraft(clerk).ok());
    EXPECT_TRUE(intake.draft(clerk).value().isEmpty());
}

// R-CP-10: the unit's tickets newest first, how often it complained, and the registry's notes.
TEST_P(IntakeHistoryTest, ShowsTheUnitsTicketsNewestFirstWithTheComplaintNote)
{
    const qint64 unit = unitId(u"3-1-502"_s);
    ASSERT_TRUE(host.services().registry.setUnitNotes(host.admin(), unit, u"业主曾投诉噪音，来电请耐心解释"_s).ok());
    QStringList numbers;
    for (const auto& [c, text] :
         {std::pair{IntakeClass::Repair, u"卫生间下水堵塞"_s}, std::pair{IntakeClass::Complaint, u"电梯维修不及时"_s},
          std::pair{IntakeClass::Request, u"建议增加垃圾桶"_s}}) {
        auto r = intake.submit(clerk, call(c, text));
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        numbers.prepend(r.value().ticket.number);
        host.clock().advanceMinutes(30);
    }
    // Another unit's ticket is not part of this history.
    IntakeForm elsewhere = call(IntakeClass::Repair, u"门锁坏了"_s);
    elsewhere.unitId = unitId(u"3-1-601"_s);
    ASSERT_TRUE(intake.submit(clerk, elsewhere).ok());

    auto h = intake.history(clerk, unit, {});
    ASSERT_TRUE(h.ok());
    QStringList shown;
    for (const IntakeHistoryEntry& e : h.value().tickets)
        shown << e.number;
    EXPECT_EQ(shown, numbers);
    EXPECT_EQ(h.value().complaints, 1);
    EXPECT_TRUE(h.value().note.contains(u"曾投诉噪音"_s));

    // Without a unit, by the name the caller gave.
    auto byName = intake.history(clerk, 0, u"张三"_s);
    ASSERT_TRUE(byName.ok());
    EXPECT_EQ(byName.value().tickets.size(), 4);
}

// The history stops at the limit, newest first.
TEST_P(IntakeHistoryTest, KeepsToTheLatestTwenty)
{
    for (int i = 0; i < IntakeService::HistoryLimit + 3; ++i) {
        ASSERT_TRUE(intake.submit(clerk, call(IntakeClass::Other, u"第%1次来访"_s.arg(i + 1))).ok());
        host.clock().advanceMinutes(1);
    }
    auto h = intake.history(clerk, unitId(u"3-1-502"_s), {});
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h.value().tickets.size(), IntakeService::HistoryLimit);
    EXPECT_EQ(h.value().tickets.constFirst().description, u"第%1次来访"_s.arg(IntakeService::HistoryLimit + 3));
}

INSTANTIATE_TEST_SUITE_P(Backends, IntakeDraft, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
INSTANTIATE_TEST_SUITE_P(Backends, IntakeHistoryTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace

} // namespace fd::test
