// Residents kept at the desk on the unit's page (issue 11: "a new tenant or a changed phone needs an
// administrator's CSV import"): added, corrected and moved out by the desk, never deleted, each change
// audited before → after; bad input is refused next to its field and writes nothing.
#include "RegistryFixture.h"

#include "core/DateTimeText.h"
#include "engine/AuditLog.h"
#include "engine/search/SearchService.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

namespace {

class RegistryResidentTest : public RegistryFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(import(u"楼栋,单元,房号,类型,面积,业主,电话\n3,1,502,住宅,89.5,张伟,13812345678\n"_s).accepted);
        unit = unitId(u"3-1-502"_s);
        clerk = host.signedIn(Role::Clerk, u"li.na"_s);
    }

    static ResidentChange tenant(const QString& name, const QStringList& phones)
    {
        return {name, ResidentRelation::Tenant, phones};
    }

    QList<AuditLog::Event> auditOf(qint64 residentId)
    {
        return host.services().audit.history(u"resident"_s, residentId).value();
    }

    qint64 unit = 0;
    Session clerk;
};

TEST_P(RegistryResidentTest, TheDeskAddsANewTenantWithAPhoneAndTheSearchFindsThem)
{
    // R-IN-1: the caller's unit and person are found from the registry; a new tenant is there at once.
    auto added = registry().addResident(clerk, unit, tenant(u"  王芳 "_s, {u"139 1234 5678"_s}));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(added.value().name, u"王芳"_s);
    EXPECT_EQ(added.value().phones, QStringList{u"13912345678"_s});
    auto found = registry().search(clerk, u"5678"_s);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found.value().size(), 1);
    EXPECT_TRUE(found.value().first().residentNames.contains(u"王芳"_s));
    const auto events = auditOf(added.value().id);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().action, u"created"_s);
    EXPECT_EQ(events.first().actorId, clerk.user.id);
}

TEST_P(RegistryResidentTest, BadInputIsRefusedNextToItsFieldAndWritesNothing)
{
    // Bad input never reaches the database (DESIGN): a phone must be a phone number; a name is required.
    const auto before = counts();
    auto noName = registry().addResident(clerk, unit, tenant(u"  "_s, {u"13912345678"_s}));
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().field, u"name"_s);
    auto badPhone = registry().addResident(clerk, unit, tenant(u"王芳"_s, {u"139123"_s}));
    ASSERT_FALSE(badPhone.ok());
    EXPECT_EQ(badPhone.error().field, u"phones"_s);
    EXPECT_TRUE(badPhone.error().message.contains(u"139123"_s));
    const qint64 zhang = scalar(u"SELECT id FROM residents WHERE name = '张伟'"_s);
    auto badEdit = registry().editResident(clerk, zhang, {u"张伟"_s, ResidentRelation::Owner, {u"12345"_s}});
    ASSERT_FALSE(badEdit.ok());
    EXPECT_EQ(badEdit.error().field, u"phones"_s);
    EXPECT_EQ(counts(), before);
}

TEST_P(RegistryResidentTest, AChangedPhoneEndsTheOldNumberKeepsItOnRecordAndIsAuditedBeforeAndAfter)
{
    // R-IN-1: the old number no longer finds the unit; the row is kept, ended, never deleted.
    const qint64 zhang = scalar(u"SELECT id FROM residents WHERE name = '张伟'"_s);
    host.clock().advanceMinutes(10);
    auto edited = registry().editResident(clerk, zhang, {u"张伟"_s, ResidentRelation::Owner, {u"13700001111"_s}});
    ASSERT_TRUE(edited.ok()) << edited.error().message.toStdString();
    EXPECT_EQ(edited.value().phones, QStringList{u"13700001111"_s});
    EXPECT_TRUE(registry().search(clerk, u"13812345678"_s).value().isEmpty());
    EXPECT_EQ(registry().search(clerk, u"1111"_s).value().size(), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM resident_phones WHERE resident_id = ?"_s, {zhang}), 2);
    EXPECT_EQ(scalar(u"SELECT ended_ms FROM resident_phones WHERE phone = '13812345678'"_s), host.clock().nowMs());
    const auto events = auditOf(zhang);
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.last().action, u"updated"_s);
    EXPECT_TRUE(events.last().beforeJson.contains(u"13812345678"_s)) << events.last().beforeJson.toStdString();
    EXPECT_TRUE(events.last().afterJson.contains(u"13700001111"_s)) << events.last().afterJson.toStdString();
    EXPECT_FALSE(events.last().afterJson.contains(u"13812345678"_s));
    // The same phones again change nothing and write nothing.
    const auto before = counts();
    ASSERT_TRUE(registry().editResident(clerk, zhang, {u"张伟"_s, ResidentRelation::Owner, {u"13700001111"_s}}).ok());
    EXPECT_EQ(counts(), before);
}

TEST_P(RegistryResidentTest, TheGlobalSearchFollowsANewPhoneAndACorrectedName)
{
    // R-IN-1: the global search (Ctrl+F) was indexed when the resident was imported; after the desk's
    // correction it finds the new phone and name, and no longer the old ones.
    const qint64 zhang = scalar(u"SELECT id FROM residents WHERE name = '张伟'"_s);
    SearchService& search = host.services().search;
    const auto titles = [&](const QString& text) {
        QStringList out;
        for (const SearchHit& h : search.find(clerk, text).value())
            out << h.title;
        return out;
    };
    EXPECT_EQ(titles(u"13812345678"_s), QStringList{u"张伟"_s});
    ASSERT_TRUE(registry().editResident(clerk, zhang, {u"张玮"_s, ResidentRelation::Owner, {u"13700001111"_s}}).ok());
    EXPECT_EQ(titles(u"13700001111"_s), QStringList{u"张玮"_s});
    EXPECT_EQ(titles(u"玮"_s), QStringList{u"张玮"_s}); // the one-character index too
    EXPECT_TRUE(titles(u"13812345678"_s).isEmpty());
    EXPECT_TRUE(titles(u"张伟"_s).isEmpty());
}

TEST_P(RegistryResidentTest, AMoveOutKeepsTheResidentWithTheDateAndTheSearchNoLongerOffersThem)
{
    // R-MO-1: move-out date confirmed; the record stays (never deleted), no longer the unit's resident.
    const qint64 zhang = scalar(u"SELECT id FROM residents WHERE name = '张伟'"_s);
    const qint64 day = host.clock().nowMs() - 24 * 3600 * 1000;
    auto future = registry().endResident(clerk, zhang, host.clock().nowMs() + 3600 * 1000);
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().field, u"movedOut"_s);
    auto ended = registry().endResident(clerk, zhang, day);
    ASSERT_TRUE(ended.ok()) << ended.error().message.toStdString();
    EXPECT_FALSE(ended.value().active);
    EXPECT_EQ(ended.value().movedOutMs, day);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM residents WHERE id = ?"_s, {zhang}), 1);
    EXPECT_TRUE(registry().search(clerk, u"张伟"_s).value().isEmpty());
    // Nor by the global search (Ctrl+F), by name or by phone.
    EXPECT_TRUE(host.services().search.find(clerk, u"张伟"_s).value().isEmpty());
    EXPECT_TRUE(host.services().search.find(clerk, u"13812345678"_s).value().isEmpty());
    const UnitDetail detail = registry().unit(clerk, unit).value();
    ASSERT_EQ(detail.residents.size(), 1);
    EXPECT_EQ(detail.residents.first().movedOutMs, day);
    EXPECT_EQ(auditOf(zhang).last().action, u"moved_out"_s);
    // A moved-out resident is not edited again; nothing written.
    const Session otherDesk = host.signedIn(Role::Clerk, u"zhao.min"_s);
    const auto before = counts();
    EXPECT_FALSE(registry().editResident(clerk, zhang, {u"张伟"_s, ResidentRelation::Owner, {}}).ok());
    // Recorded again at another desk (issue 16): refused with who recorded it, and nothing written.
    const auto again = registry().endResident(otherDesk, zhang, day);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, u"registry.moved_out"_s);
    EXPECT_TRUE(again.error().message.contains(clerk.user.displayName)) << again.error().message.toStdString();
    EXPECT_TRUE(again.error().message.contains(u"张伟"_s));
    EXPECT_EQ(counts(), before);
}

TEST_P(RegistryResidentTest, ACorrectionOnWhatAnotherDeskChangedSinceIsRefusedWithWhoAndWritesNothing)
{
    // Issue 16, two desks on one resident: the lobby desk read 张伟 with one phone; the counter then
    // added a second. The lobby's correction from its earlier copy would end that phone unseen: it
    // is refused naming the counter's clerk and the time, and nothing is written.
    const qint64 zhang = scalar(u"SELECT id FROM residents WHERE name = '张伟'"_s);
    const Resident seen = registry().resident(clerk, zhang).value();
    const Session counter = host.signedIn(Role::Clerk, u"zhao.min"_s);
    host.clock().advanceMinutes(5);
    ASSERT_TRUE(
        registry()
            .editResident(counter, zhang, {u"张伟"_s, ResidentRelation::Owner, {u"13812345678"_s, u"13900002222"_s}})
            .ok());
    const qint64 addedAt = host.clock().nowMs();
    host.clock().advanceMinutes(1);
    const auto before = counts();
    ResidentChange correction{u"张玮"_s, ResidentRelation::Owner, {u"13812345678"_s}};
    correction.seen = seen;
    auto refused = registry().editResident(clerk, zhang, correction);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"registry.stale"_s);
    EXPECT_TRUE(refused.error().message.contains(u"zhao.min"_s)) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(DateTimeText::dateTime(addedAt)))
        << refused.error().message.toStdString();
    EXPECT_EQ(counts(), before);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM resident_phones WHERE phone = '13900002222' AND ended_ms IS NULL"_s), 1);

    // Made on the resident as they are now, it saves.
    correction.seen = registry().resident(clerk, zhang).value();
    correction.phones = {u"13812345678"_s, u"13900002222"_s};
    ASSERT_TRUE(registry().editResident(clerk, zhang, correction).ok());
    EXPECT_EQ(registry().resident(clerk, zhang).value().name, u"张玮"_s);

    // The administrator sees the phones masked: what the form showed them still matches the resident
    // as stored, so their correction is not taken for another desk's.
    const Resident masked = registry().resident(host.admin(), zhang).value();
    ASSERT_NE(masked.phones, registry().resident(clerk, zhang).value().phones);
    ResidentChange byAdmin{u"张伟"_s, ResidentRelation::Owner, {u"13812345678"_s, u"13900002222"_s}};
    byAdmin.seen = masked;
    auto saved = registry().editResident(host.admin(), zhang, byAdmin);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(registry().resident(clerk, zhang).value().name, u"张伟"_s);
}

TEST_P(RegistryResidentTest, TheCashierMayNotChangeResidentsAndWritesNothing)
{
    // The role table (registry.edit): the cashier looks residents up but does not keep them.
    const Session cashier = host.signedIn(Role::Cashier, u"chen.jing"_s);
    const auto before = counts();
    auto refused = registry().addResident(cashier, unit, tenant(u"王芳"_s, {}));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, Roles::refusal(Role::Cashier, Permission::EditRegistry));
    EXPECT_EQ(counts(), before);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, RegistryResidentTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());
