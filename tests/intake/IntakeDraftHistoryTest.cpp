// Drafts (an unsaved form survives a crash) and the customer's history beside the form (R-CP-10).
#include "IntakeFixture.h"
#include "storage/Database.h"
#include "storage/LocalDrafts.h"

#include <QFile>
#include <QTemporaryDir>

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

// R-IN-1 at two computers (issue 16): a draft this computer kept while the database refused it is
// the newer when nothing was saved there since, the older when the clerk went on at another desk, told
// without comparing the two computers' clocks (this one's runs an hour slow, then two hours fast).
TEST_P(IntakeDraft, ADraftKeptHereIsToldNewerWithoutComparingTwoComputersClocks)
{
    QTemporaryDir folder;
    LocalDrafts drafts{folder.path()};
    intake.keepLocally(&drafts);
    const bool pg = host.db().backend() == Backend::Postgres;
    const auto refuseDrafts = [&](bool refuse) {
        // The database refusing the draft as a server away would (the same path: the write fails).
        const QString sql =
            refuse ? (pg ? u"CREATE FUNCTION no_drafts() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'away'; END $$ "
                           "LANGUAGE plpgsql; CREATE TRIGGER no_drafts BEFORE INSERT OR UPDATE ON intake_drafts FOR "
                           "EACH ROW EXECUTE FUNCTION no_drafts()"_s
                         : u"CREATE TRIGGER no_drafts BEFORE UPDATE ON intake_drafts BEGIN SELECT RAISE(ABORT, "
                           "'away'); END"_s)
                   : (pg ? u"DROP TRIGGER no_drafts ON intake_drafts; DROP FUNCTION no_drafts()"_s
                         : u"DROP TRIGGER no_drafts"_s);
        ASSERT_TRUE(host.db().exec(sql).ok());
    };
    const auto description = [&] { return IntakeForm::fromJson(intake.draft(clerk).value()).description; };
    IntakeForm f = call(IntakeClass::Repair, u"九点：厨房漏水"_s);
    ASSERT_TRUE(intake.saveDraft(clerk, f.toJson()).ok());

    refuseDrafts(true);
    host.clock().advanceMinutes(-60); // this computer's clock, an hour behind the draft the database has
    f.description = u"断网时补充：水已关"_s;
    ASSERT_TRUE(intake.saveDraft(clerk, f.toJson()).ok()) << "kept on this computer";
    ASSERT_TRUE(QFile::exists(drafts.fileOf(u"intake"_s, clerk.user.id)));
    refuseDrafts(false);
    EXPECT_EQ(description(), u"断网时补充：水已关"_s) << "nothing saved in the database since: this computer's";

    refuseDrafts(true);
    host.clock().advanceMinutes(300); // now four hours ahead of the database's draft
    f.description = u"断网时再补充：等师傅"_s;
    ASSERT_TRUE(intake.saveDraft(clerk, f.toJson()).ok());
    refuseDrafts(false);
    // The clerk went on at another desk, whose save the database took (its clock right).
    host.clock().advanceMinutes(-210);
    IntakeService otherDesk(host.db(), host.clock(), host.services().audit, host.services().tickets);
    f.description = u"在二号台继续：师傅已约"_s;
    ASSERT_TRUE(otherDesk.saveDraft(clerk, f.toJson()).ok());
    EXPECT_EQ(description(), u"在二号台继续：师傅已约"_s) << "saved at the other desk after this one's";
    // What was typed here is not thrown away: set aside, and said once.
    const QString aside = intake.takeSetAside(clerk);
    ASSERT_FALSE(aside.isEmpty());
    QFile kept(aside);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(kept.readAll()).contains(u"断网时再补充"_s));
    EXPECT_TRUE(intake.takeSetAside(clerk).isEmpty());
    ASSERT_TRUE(intake.saveDraft(clerk, f.toJson()).ok());
    EXPECT_TRUE(QFile::exists(aside)) << "the next save does not remove it";
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
