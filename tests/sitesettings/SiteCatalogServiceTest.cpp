// The site's own lists on the site settings page: posts (R-SH-1), departments (R-RP-1) and the
// handover checklist (R-SH-2), kept by the administrator, never deleted, audited before → after.
#include "modules/sitesettings/SiteCatalogService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/TicketService.h"
#include "support/TestDatabase.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

using Catalog = SiteCatalogService::Catalog;

class SiteCatalogServiceTest : public ::testing::TestWithParam<QString>
{
protected:
    TestHost host{GetParam()};
    SiteCatalogService& catalog = host.services().siteCatalog;
    Session clerk = host.signedIn(Role::Clerk, u"wang.fang"_s);

    qint64 scalar(const QString& sql)
    {
        auto v = host.db().scalar(sql);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v.value().toLongLong() : -1;
    }

    QStringList names(Catalog c)
    {
        QStringList out;
        for (const CatalogEntry& e : catalog.entries(host.admin(), c).value())
            if (e.active)
                out << e.name;
        return out;
    }

    QStringList checklist()
    {
        // What the leaving person sees on the 工作移交表 (R-SH-2): the equipment lines, in order.
        auto shift = host.services().shifts.currentShift(clerk.user.id).value();
        qint64 id = shift ? shift->id : 0;
        if (!shift) {
            auto started = host.services().shifts.startShift(clerk, host.services().shifts.posts().value().first().id);
            EXPECT_TRUE(started.ok()) << (started.ok() ? "" : started.error().message.toStdString());
            id = started.ok() ? started.value().id : 0;
        }
        QStringList out;
        for (const HandoverItem& i : host.services().shifts.previewLines(clerk, id).value())
            if (i.kind == HandoverItemKind::Equipment)
                out << i.text;
        return out;
    }
};

TEST_P(SiteCatalogServiceTest, TheHandoverChecklistIsTheSitesToAddRenameReorderAndSwitchOff)
{
    // R-SH-2: the equipment and keys counted at every handover are the site's list.
    EXPECT_EQ(checklist(), (QStringList{u"对讲机"_s, u"钥匙柜钥匙"_s, u"门禁卡"_s, u"值班手机"_s}));
    const Session& admin = host.admin();
    const CatalogEntry torch = catalog.add(admin, Catalog::Equipment, u" 手电筒 "_s).value();
    const CatalogEntry strongTorch = catalog.rename(admin, Catalog::Equipment, torch, u"强光手电"_s).value();
    const CatalogEntry phone = catalog.entries(admin, Catalog::Equipment).value().at(3);
    ASSERT_TRUE(catalog.move(admin, Catalog::Equipment, strongTorch, -1, phone.id).ok());
    ASSERT_TRUE(catalog.setActive(admin, Catalog::Equipment, phone, false).ok());
    EXPECT_EQ(checklist(), (QStringList{u"对讲机"_s, u"钥匙柜钥匙"_s, u"门禁卡"_s, u"强光手电"_s}));

    // Nothing deleted; each change audited with what it was and what it became.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM handover_equipment"_s), 5);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'handover_equipment'"_s), 4);
    auto renamed = host.db().exec(u"SELECT before_json, after_json FROM audit_events WHERE entity = "
                                  "'handover_equipment' AND action = 'renamed'"_s);
    ASSERT_TRUE(renamed.ok());
    ASSERT_TRUE(renamed.value().next());
    EXPECT_TRUE(renamed.value().value(0).toString().contains(u"手电筒"_s));
    EXPECT_TRUE(renamed.value().value(1).toString().contains(u"强光手电"_s));
}

TEST_P(SiteCatalogServiceTest, APostIsAddedRenamedAndSwitchedOffButNotWhileSomeoneIsOnShiftThere)
{
    // R-SH-1: the posts people start a shift at.
    const Session& admin = host.admin();
    const CatalogEntry garage = catalog.add(admin, Catalog::Posts, u"车库岗"_s).value();
    ASSERT_TRUE(catalog.rename(admin, Catalog::Posts, garage, u"地库岗"_s).ok());
    QStringList offered;
    for (const Post& p : host.services().shifts.posts().value())
        offered << p.name;
    EXPECT_TRUE(offered.contains(u"地库岗"_s));

    ASSERT_TRUE(host.services().shifts.startShift(clerk, garage.id).ok());
    auto renamedGarage = garage;
    renamedGarage.name = u"地库岗"_s;
    const auto busy = catalog.setActive(admin, Catalog::Posts, renamedGarage, false);
    ASSERT_FALSE(busy.ok());
    EXPECT_EQ(busy.error().code, u"catalog.post_in_use"_s);
    EXPECT_EQ(names(Catalog::Posts).count(u"地库岗"_s), 1);

    EXPECT_EQ(catalog.add(admin, Catalog::Posts, u"地库岗"_s).error().field, u"name"_s) << "a name once";
    EXPECT_EQ(catalog.add(admin, Catalog::Posts, u"  "_s).error().field, u"name"_s);
}

TEST_P(SiteCatalogServiceTest, ADepartmentIsAddedByItsNameAndKeepsItsKey)
{
    // R-RP-1: work goes to the site's departments; a seeded one is known by either language's name.
    const Session& admin = host.admin();
    EXPECT_EQ(catalog.add(admin, Catalog::Departments, u"工程部"_s).error().code, u"catalog.taken"_s);
    EXPECT_EQ(catalog.add(admin, Catalog::Departments, u"Engineering"_s).error().code, u"catalog.taken"_s);
    const CatalogEntry lifts = catalog.add(admin, Catalog::Departments, u"电梯班"_s).value();
    EXPECT_EQ(lifts.key, u"电梯班"_s);
    EXPECT_EQ(Departments::displayName(lifts.key), u"电梯班"_s);
    EXPECT_EQ(catalog.rename(admin, Catalog::Departments, lifts, u"电梯组"_s).error().code,
              u"catalog.rename_department"_s);
    const auto departments = catalog.entries(admin, Catalog::Departments).value();
    ASSERT_TRUE(catalog.move(admin, Catalog::Departments, lifts, -1, departments.at(departments.size() - 2).id).ok());
    QStringList keys;
    for (const Department& d : Departments(host.db()).list().value())
        keys << d.key;
    EXPECT_EQ(keys, (QStringList{u"engineering"_s, u"cleaning"_s, u"landscaping"_s, u"电梯班"_s, u"security"_s}));
    ASSERT_TRUE(catalog.setActive(admin, Catalog::Departments, lifts, false).ok());
    EXPECT_EQ(Departments(host.db()).list().value().size(), 4) << "switched off: not offered for dispatch";
    EXPECT_EQ(Departments(host.db()).list(true).value().size(), 5) << "but kept";
}

TEST_P(SiteCatalogServiceTest, AClerkChangesNothing)
{
    // R-SH-2: the lists are the administrator's (Permission::EditSiteRules); a refusal writes nothing.
    const qint64 events = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    EXPECT_EQ(catalog.add(clerk, Catalog::Equipment, u"手电筒"_s).error().code, u"perm.denied"_s);
    const CatalogEntry first = catalog.entries(host.admin(), Catalog::Equipment).value().first();
    EXPECT_EQ(catalog.setActive(clerk, Catalog::Equipment, first, false).error().code, u"perm.denied"_s);
    EXPECT_EQ(catalog.entries(clerk, Catalog::Posts).error().code, u"perm.denied"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM handover_equipment WHERE active"_s), 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), events);
}

TEST_P(SiteCatalogServiceTest, AChangeAnotherAdministratorMadeMeanwhileIsNotPassedOverUnseen)
{
    // R-SH-2 with two administrators (issue 16): each change is made on the line as this page read it.
    // The other office renamed the torch, switched the duty phone off and moved the key cabinet's keys;
    // what this page then does on the lines as it read them is refused with who and when, nothing written.
    const Session& admin = host.admin();
    const Session other = host.signedIn(Role::Admin, u"zhao.it"_s);
    const CatalogEntry torch = catalog.add(admin, Catalog::Equipment, u"手电筒"_s).value();
    const QList<CatalogEntry> read = catalog.entries(admin, Catalog::Equipment).value(); // what this page shows
    ASSERT_EQ(read.size(), 5);
    const CatalogEntry& keys = read.at(1);
    const CatalogEntry& cards = read.at(2);
    const CatalogEntry& phone = read.at(3);

    ASSERT_TRUE(catalog.rename(other, Catalog::Equipment, torch, u"强光手电"_s).ok());
    ASSERT_TRUE(catalog.setActive(other, Catalog::Equipment, phone, false).ok());
    ASSERT_TRUE(catalog.move(other, Catalog::Equipment, keys, 1, cards.id).ok());
    const qint64 events = scalar(u"SELECT COUNT(*) FROM audit_events"_s);

    const auto renamed = catalog.rename(admin, Catalog::Equipment, torch, u"头灯"_s);
    ASSERT_FALSE(renamed.ok());
    EXPECT_EQ(renamed.error().code, u"catalog.stale"_s);
    EXPECT_TRUE(renamed.error().message.contains(u"zhao.it"_s)) << renamed.error().message.toStdString();
    const auto offAgain = catalog.setActive(admin, Catalog::Equipment, phone, false);
    EXPECT_EQ(offAgain.error().code, u"catalog.stale"_s) << "switched off already, by someone else";
    const auto moved = catalog.move(admin, Catalog::Equipment, cards, -1, keys.id);
    ASSERT_FALSE(moved.ok()) << "the keys are no longer above the cards";
    EXPECT_EQ(moved.error().code, u"catalog.stale"_s);
    EXPECT_TRUE(moved.error().message.contains(u"zhao.it"_s)) << moved.error().message.toStdString();

    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), events) << "nothing written";
    EXPECT_EQ(checklist(), (QStringList{u"对讲机"_s, u"门禁卡"_s, u"钥匙柜钥匙"_s, u"强光手电"_s}));

    // Read again, the same change goes through.
    const CatalogEntry now = catalog.entries(admin, Catalog::Equipment).value().last();
    EXPECT_TRUE(catalog.rename(admin, Catalog::Equipment, now, u"头灯"_s).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, SiteCatalogServiceTest, ::testing::ValuesIn(TestDatabase::backends()),
                         BackendName());

} // namespace
} // namespace fd::test
