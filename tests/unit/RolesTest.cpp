#include "engine/Role.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace fd;

TEST(Roles, EveryRoleRoundTripsThroughItsStoredKey)
{
    for (Role role : Roles::all())
        EXPECT_EQ(Roles::fromKey(Roles::key(role)), role);
    EXPECT_FALSE(Roles::fromKey(u"janitor"_s).has_value());
}

TEST(Roles, OnlyAdministratorsManageAccountsAndImport)
{
    for (Role role : Roles::all()) {
        EXPECT_EQ(Roles::allows(role, Permission::ManageAccounts), role == Role::Admin);
        EXPECT_EQ(Roles::allows(role, Permission::ImportRegistry), role == Role::Admin);
    }
}

TEST(Roles, SupervisorsJudgeComplaintsAndClerksDoNot) // R-CP-2
{
    EXPECT_TRUE(Roles::allows(Role::Supervisor, Permission::JudgeComplaints));
    EXPECT_FALSE(Roles::allows(Role::Clerk, Permission::JudgeComplaints));
    EXPECT_TRUE(Roles::allows(Role::ControlRoom, Permission::DirectDispatch)); // R-RP-5
    // The desk's logs and visits are the service desk's: not the cashier's, not the control room's.
    EXPECT_TRUE(Roles::allows(Role::Clerk, Permission::WorkTheDesk));
    EXPECT_FALSE(Roles::allows(Role::Cashier, Permission::WorkTheDesk));
    EXPECT_FALSE(Roles::allows(Role::ControlRoom, Permission::WorkTheDesk));
}
