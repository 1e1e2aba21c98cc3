#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

enum class Role { Clerk, Supervisor, Manager, Cashier, ControlRoom, Admin };

// What a role may do: one permission per kind of work, and one table (Role.cpp) saying which roles
// hold each. Every service entry point that changes or reveals data asks Session::require first;
// hiding or disabling a control is only a courtesy on top. docs/roles.md is generated from the table.
enum class Permission {
    ViewRegistry,             // look up units and residents, the global search
    EditRegistry,             // notes on units and residents
    ImportRegistry,           // import the unit and resident list
    SeePersonalData,          // phone and ID numbers in full on a record opened or printed (lists always mask)
    TakeIn,                   // log a call or walk-in as a ticket (R-IN-1)
    WorkTickets,              // dispatch, follow up, record the return, reply, comment, reopen, close (R-RP-2, R-IN-3)
    CallBack,                 // call the customer back and record the answer (R-CB-2)
    JudgeComplaints,          // judge valid or invalid, grade, cancel a complaint (R-CP-2, R-CP-3)
    ApproveExtensions,        // extend a minor complaint's limit (R-CP-5)
    ApproveManagerExtensions, // extend an important or major complaint's limit (R-CP-5)
    ViewReports,              // the weekly and daily reports (R-IN-6, R-CP-9, R-CB-4)
    HearReports,              // confirm a major or urgent matter reported to the superiors (R-IN-2, R-CP-4)
    ReviewShifts,             // the morning review of the previous shifts (R-SH-4)
    WorkShifts,               // start a shift at a post, hand over, sign the sheet (R-SH-2)
    DirectDispatch,           // record night calls, send a technician directly, record the return (R-RP-5, R-SH-3)
    EnterNightCalls,          // enter the control room's calls as retroactive tickets (R-RP-5)
    WorkTheDesk,              // parcels, stored items, tools lent, customer visits (R-PS-1..4, R-CB-5)
    ReceiveVisitors,          // check visitors in and out, the units' instructions (R-VS-1..4)
    ManageTools,              // the tool inventory
    ReviewRenovations,        // engineering's review, acceptance, extensions and deductions of a renovation (R-RN-1)
    EditFeeSchedule,          // the paid-service price list (R-RP-1)
    EditChargeItems,          // the charge items and their rates (R-FE-1)
    BillFees,                 // compute and confirm the billing runs (R-FE-1)
    CheckBilling,             // the finance check of a billing run before its notices print (R-FE-1)
    ViewFeeAccounts,          // a unit's bills, payments and prepaid balance in amounts (R-FE-2)
    CollectFees,              // take payments and print their receipts (R-FE-2)
    ApproveFeeReversals,      // approve taking a payment back (R-FE-5)
    ReferForLegal,            // refer a unit unpaid after three notices for legal handling (R-FE-3)
    ManageAccounts,           // create and deactivate accounts
    ResetPasswords,           // set a new password for someone else, unlock an account
    EditSiteRules,            // the site's settings and rule numbers, the site's name
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    // One row of the table: a permission, its stable key, what it allows (English source text,
    // translated by permissionName) and the roles that hold it.
    struct Row
    {
        Permission permission;
        const char* key;
        const char* name;
        QList<Role> roles;
    };

    [[nodiscard]] static QString key(Role role);
    [[nodiscard]] static std::optional<Role> fromKey(const QString& key);
    [[nodiscard]] static QString displayName(Role role);
    [[nodiscard]] static QList<Role> all();

    [[nodiscard]] static const QList<Row>& table();
    [[nodiscard]] static bool allows(Role role, Permission permission);
    [[nodiscard]] static QString permissionKey(Permission permission);
    [[nodiscard]] static QString permissionName(Permission permission);
    // "Your role (Cashier) may not: reply to, close or reopen tickets…", for a refused action.
    [[nodiscard]] static QString refusal(Role role, Permission permission);

private:
    [[nodiscard]] static const Row& row(Permission permission);
};

} // namespace fd
