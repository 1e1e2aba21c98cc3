#include "app/DemoSite.h"

#include "core/PhoneNumber.h"
#include "engine/AccountService.h"
#include "engine/SiteSetup.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/UnitCsvImporter.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace Qt::StringLiterals;
using fd::DemoSite;
using fd::Role;
using fd::test::TestHost;

namespace {

qint64 count(TestHost& host, const QString& table)
{
    auto n = host.db().scalar(u"SELECT COUNT(*) FROM "_s + table);
    return n ? n.value().toLongLong() : -1;
}

class DemoSiteOnBackend : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(DemoSiteOnBackend, FillsAnEmptyDatabaseWithEveryRoleWhoCanSignInWithTheDemoPassword)
{
    TestHost host(GetParam(), /*setUpSite=*/false);
    DemoSite demo(host.services());
    auto report = demo.fill();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();

    EXPECT_EQ(report.value().siteName, DemoSite::siteName());
    EXPECT_EQ(host.services().site.siteName(), DemoSite::siteName());
    QSet<Role> roles;
    for (const DemoSite::Account& account : report.value().accounts) {
        roles.insert(account.role);
        EXPECT_TRUE(account.demoPassword);
        auto session = host.services().accounts.signIn(account.login, QString::fromLatin1(DemoSite::Password));
        ASSERT_TRUE(session.ok()) << account.login.toStdString() << ": " << session.error().message.toStdString();
        EXPECT_EQ(session.value().user.role, account.role);
        EXPECT_EQ(session.value().user.displayName, account.displayName);
    }
    for (Role role : fd::Roles::all())
        EXPECT_TRUE(roles.contains(role)) << fd::Roles::key(role).toStdString();
    EXPECT_EQ(report.value().accounts.size(), DemoSite::staff().size() + 1);

    EXPECT_EQ(report.value().import.unitsAdded, DemoSite::UnitTotal);
    auto units = host.services().registry.unitCount();
    ASSERT_TRUE(units.ok());
    EXPECT_EQ(units.value(), DemoSite::UnitTotal);
    EXPECT_EQ(count(host, u"buildings"_s), 3);
    EXPECT_EQ(count(host, u"zones"_s), 3);
    EXPECT_GT(count(host, u"residents"_s), DemoSite::UnitTotal);
}

// R-FE-4: the demo's cashier sees next month's run bill the water read, the parking spaces rented and
// the two homes' weekly cleaning for next month and, paid ahead, the month after (as the README says).
TEST_P(DemoSiteOnBackend, NextMonthsRunBillsTheDemosReadingsSpacesAndCleaningAhead)
{
    TestHost host(GetParam(), /*setUpSite=*/false);
    DemoSite demo(host.services());
    ASSERT_TRUE(demo.fill().ok());
    auto cashier = host.services().accounts.signIn(u"cashier"_s, QString::fromLatin1(DemoSite::Password));
    ASSERT_TRUE(cashier.ok()) << cashier.error().message.toStdString();
    const QDate next = host.clock().now().date().addMonths(1);
    const QString period = fd::FeeTerms::periodKey(next);
    const QString after = fd::FeeTerms::periodKey(next.addMonths(1));
    auto preview = host.services().billing.preview(cashier.value(), period);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    QSet<QString> water, parking, cleaning;
    for (const fd::BillLine& l : preview.value().lines) {
        if (l.itemName == u"水费"_s)
            water.insert(l.unitCode);
        else if (l.itemName == u"车位租金"_s)
            parking.insert(l.unitCode);
        else if (l.itemName == u"保洁包月"_s) {
            EXPECT_TRUE(l.period == period || l.period == after) << l.period.toStdString();
            cleaning.insert(l.unitCode + u' ' + l.period);
        }
    }
    EXPECT_EQ(water.size(), 12);
    EXPECT_EQ(parking.size(), 3);
    EXPECT_EQ(cleaning.size(), 4) << "two homes, two months each";
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoSiteOnBackend, ::testing::ValuesIn(fd::test::TestDatabase::backends()),
                         fd::test::BackendName());

TEST(DemoSite, UnitsCanBeFoundByCodeAndByResidentAfterTheDemo)
{
    TestHost host(u"sqlite"_s, false);
    DemoSite demo(host.services());
    ASSERT_TRUE(demo.fill().ok());
    const fd::Session clerk =
        host.services().accounts.signIn(u"clerk1"_s, QString::fromLatin1(DemoSite::Password)).value();
    for (const QString& code : {u"1-1-502"_s, u"2-2-1804"_s, u"S-1-112"_s}) {
        auto found = host.services().registry.search(clerk, code);
        ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
        ASSERT_FALSE(found.value().isEmpty()) << code.toStdString();
        EXPECT_EQ(found.value().first().unit.code, code);
        EXPECT_FALSE(found.value().first().residentNames.isEmpty());
    }
    auto shop = host.services().registry.search(clerk, u"S-1-101"_s);
    ASSERT_TRUE(shop.ok() && !shop.value().isEmpty());
    EXPECT_EQ(shop.value().first().unit.type, fd::UnitType::Shop);
    EXPECT_EQ(shop.value().first().unit.butlerName, u"周婷"_s);
}

TEST(DemoSite, FillsAFreshlySetUpSiteAndKeepsItsAdministrator)
{
    TestHost host; // site 翠湖花园 with its admin, nothing else
    DemoSite demo(host.services());
    auto report = demo.fill(&host.admin());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const DemoSite::Account& admin = report.value().accounts.first();
    EXPECT_EQ(admin.role, Role::Admin);
    EXPECT_EQ(admin.login, host.admin().user.login);
    EXPECT_FALSE(admin.demoPassword);
    EXPECT_TRUE(host.services().accounts.signIn(admin.login, QString::fromLatin1(TestHost::AdminPassword)).ok());
    EXPECT_TRUE(host.services().accounts.signIn(u"supervisor"_s, QString::fromLatin1(DemoSite::Password)).ok());
    EXPECT_EQ(count(host, u"sites"_s), 1);
}

TEST(DemoSite, ASetUpSiteIsNotGivenDemoStaffWithoutItsAdministratorSignedIn)
{
    // The shared demo password would otherwise open supervisor and manager accounts on a real site.
    TestHost host;
    const qint64 events = count(host, u"audit_events"_s);
    DemoSite demo(host.services());
    auto anonymous = demo.fill();
    ASSERT_FALSE(anonymous.ok());
    EXPECT_EQ(anonymous.error().code, u"demo.sign_in"_s);
    const fd::Session program = fd::Session::system();
    auto asSystem = demo.fill(&program);
    ASSERT_FALSE(asSystem.ok());
    EXPECT_EQ(count(host, u"audit_events"_s), events);
    EXPECT_EQ(count(host, u"users"_s), 1);
    EXPECT_EQ(count(host, u"units"_s), 0);
}

TEST(DemoSite, RefusesADatabaseThatAlreadyHasUnitsAndWritesNothing)
{
    TestHost host(u"sqlite"_s, false);
    DemoSite demo(host.services());
    ASSERT_TRUE(demo.fill().ok());
    const qint64 events = count(host, u"audit_events"_s);
    const qint64 users = count(host, u"users"_s);

    auto again = demo.fill();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, u"demo.units"_s);
    EXPECT_EQ(count(host, u"audit_events"_s), events);
    EXPECT_EQ(count(host, u"users"_s), users);
}

TEST(DemoSite, RefusesASiteThatAlreadyHasStaffAccounts)
{
    TestHost host;
    (void)host.signedIn(Role::Clerk, u"xiao.li"_s);
    const qint64 events = count(host, u"audit_events"_s);
    DemoSite demo(host.services());
    auto report = demo.fill();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, u"demo.accounts"_s);
    EXPECT_EQ(count(host, u"audit_events"_s), events);
    EXPECT_EQ(count(host, u"units"_s), 0);
}

TEST(DemoSite, GeneratedCsvIsTheSameEveryTimeAndEveryRowIsValid)
{
    const QByteArray csv = DemoSite::unitsCsv();
    EXPECT_EQ(csv, DemoSite::unitsCsv());
    const auto parsed = fd::UnitCsvImporter::parse(csv);
    EXPECT_TRUE(parsed.problems.isEmpty()) << parsed.problems.first().message.toStdString();
    ASSERT_EQ(parsed.rows.size(), DemoSite::UnitTotal);

    QSet<QString> phones;
    QSet<qint64> areas;
    int tenants = 0;
    for (const auto& row : parsed.rows) {
        areas.insert(row.areaCenti);
        EXPECT_FALSE(row.butler.isEmpty());
        for (const auto& person : row.people) {
            EXPECT_GE(person.name.size(), 2) << person.name.toStdString();
            ASSERT_EQ(person.phones.size(), 1) << person.name.toStdString();
            EXPECT_TRUE(fd::PhoneNumber::isValid(person.phones.first()));
            EXPECT_TRUE(person.phones.first().startsWith(u'1')) << "a mobile number";
            phones.insert(person.phones.first());
            if (person.relation == fd::ResidentRelation::Tenant)
                ++tenants;
        }
    }
    EXPECT_GT(areas.size(), 8) << "areas should vary";
    EXPECT_GT(tenants, 20);
    EXPECT_LT(tenants, DemoSite::UnitTotal / 2);
    EXPECT_EQ(phones.size(), DemoSite::UnitTotal + tenants) << "every person has their own number";
}
