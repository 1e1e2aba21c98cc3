#include "engine/Role.h"

#include "core/EnumTable.h"

namespace fd {

namespace {

// The stored keys are in the users table: never change one.
constexpr auto kRoles =
    enumTable<Role>("Roles", {{Role::Clerk, "clerk", QT_TRANSLATE_NOOP("Roles", "Clerk")},
                              {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Roles", "Supervisor")},
                              {Role::Manager, "manager", QT_TRANSLATE_NOOP("Roles", "Manager")},
                              {Role::Cashier, "cashier", QT_TRANSLATE_NOOP("Roles", "Cashier")},
                              {Role::ControlRoom, "control_room", QT_TRANSLATE_NOOP("Roles", "Control room")},
                              {Role::Admin, "admin", QT_TRANSLATE_NOOP("Roles", "Administrator")}});

} // namespace

QString Roles::key(Role role)
{
    return kRoles.key(role);
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    return kRoles.from(key);
}

QString Roles::displayName(Role role)
{
    return kRoles.name(role);
}

QList<Role> Roles::all()
{
    return kRoles.values();
}

namespace {

constexpr Role C = Role::Clerk;
constexpr Role S = Role::Supervisor;
constexpr Role M = Role::Manager;
constexpr Role Ca = Role::Cashier;
constexpr Role CR = Role::ControlRoom;
constexpr Role A = Role::Admin;

} // namespace

// clang-format off
// The role table. Clerk, Supervisor, Manager, Cashier, ControlRoom, Admin. The administrator keeps
// the accounts, the site's rules and the registry's import; desk work belongs to the desk.
const QList<Roles::Row>& Roles::table()
{
    static const QList<Row> rows{
        {Permission::ViewRegistry, "registry.view",
         QT_TRANSLATE_NOOP("Roles", "look up units and residents and use the global search"), {C, S, M, Ca, CR, A}},
        {Permission::EditRegistry, "registry.edit",
         QT_TRANSLATE_NOOP("Roles", "write notes on units and residents; add residents, correct their names and phones, record their move-out"), {C, S, M, A}},
        {Permission::ImportRegistry, "registry.import",
         QT_TRANSLATE_NOOP("Roles", "import the list of units and residents"), {A}},
        {Permission::SeePersonalData, "personal.see",
         QT_TRANSLATE_NOOP("Roles", "see phone and ID numbers in full on a record opened or printed"), {C, S, M, Ca, CR}},
        {Permission::TakeIn, "tickets.take_in",
         QT_TRANSLATE_NOOP("Roles", "log calls and walk-ins as tickets"), {C, S, M, CR}},
        {Permission::WorkTickets, "tickets.work",
         QT_TRANSLATE_NOOP("Roles", "dispatch, follow up, reply to, comment on, reopen, close or cancel tickets"), {C, S, M, CR}},
        {Permission::CallBack, "tickets.call_back",
         QT_TRANSLATE_NOOP("Roles", "call customers back and record their answers"), {C, S, M}},
        {Permission::JudgeComplaints, "complaints.judge",
         QT_TRANSLATE_NOOP("Roles", "judge and grade complaints, or cancel one"), {S, M}},
        {Permission::ApproveExtensions, "complaints.extend_minor",
         QT_TRANSLATE_NOOP("Roles", "extend a minor complaint's limit"), {S, M}},
        {Permission::ApproveManagerExtensions, "complaints.extend_major",
         QT_TRANSLATE_NOOP("Roles", "extend an important or major complaint's limit"), {M}},
        {Permission::ViewReports, "reports.view",
         QT_TRANSLATE_NOOP("Roles", "read the weekly and daily reports"), {S, M}},
        {Permission::HearReports, "reports.hear",
         QT_TRANSLATE_NOOP("Roles", "confirm major and urgent matters reported to the superiors"), {S, M}},
        {Permission::ReviewShifts, "shifts.review",
         QT_TRANSLATE_NOOP("Roles", "review the previous shifts each morning"), {S, M}},
        {Permission::WorkShifts, "shifts.work",
         QT_TRANSLATE_NOOP("Roles", "start a shift at a post and hand it over"), {C, S, M, CR}},
        {Permission::DirectDispatch, "night.dispatch",
         QT_TRANSLATE_NOOP("Roles", "record night calls and send technicians directly"), {S, M, CR}},
        {Permission::EnterNightCalls, "night.enter",
         QT_TRANSLATE_NOOP("Roles", "enter the control room's calls as tickets"), {C, S, M}},
        {Permission::WorkTheDesk, "desk.logs",
         QT_TRANSLATE_NOOP("Roles", "handle parcels, stored items, tools lent, customer visits, a unit's keys, "
                                   "the cargo lift's bookings, move-ins and move-outs (a move-in's day "
                                   "starts a new unit's fees; a move-out's damage is charged to the unit), and "
                                   "renovations: applications, deposits charged, workers, passes and inspections"),
         {C, S, M}},
        {Permission::ReceiveVisitors, "desk.visitors",
         QT_TRANSLATE_NOOP("Roles", "check visitors in and out and record the units' instructions"), {C, S, M, CR}},
        {Permission::ManageTools, "tools.inventory",
         QT_TRANSLATE_NOOP("Roles", "keep the tool inventory"), {S, M}},
        {Permission::ReviewRenovations, "renovations.review",
         QT_TRANSLATE_NOOP("Roles", "record engineering's review of a renovation, its acceptance, an extension of its end date and the damages deducted from its deposit"), {S, M}},
        {Permission::EditFeeSchedule, "repairs.fee_schedule",
         QT_TRANSLATE_NOOP("Roles", "change the paid-service price list"), {M, A}},
        {Permission::EditChargeItems, "fees.items",
         QT_TRANSLATE_NOOP("Roles", "set up the charge items and their rates"), {M, A}},
        {Permission::BillFees, "fees.bill",
         QT_TRANSLATE_NOOP("Roles", "compute and confirm the month's billing with its meter readings and the units listed for an item, and bill special services, deposits and other one-off charges"), {M, Ca}},
        {Permission::CheckBilling, "fees.check",
         QT_TRANSLATE_NOOP("Roles", "check a billing run for finance before its payment notices print"), {M}},
        {Permission::ViewFeeAccounts, "fees.view",
         QT_TRANSLATE_NOOP("Roles", "see a unit's bills, payments and prepaid balance"), {S, M, Ca}},
        {Permission::CollectFees, "fees.collect",
         QT_TRANSLATE_NOOP("Roles", "take payments and print their receipts, and refund a renovation deposit when it is due"), {M, Ca}},
        {Permission::ApproveFeeReversals, "fees.approve_reversal",
         QT_TRANSLATE_NOOP("Roles", "approve taking a payment back, or waive a late fee"), {M}},
        {Permission::ReferForLegal, "fees.refer_legal",
         QT_TRANSLATE_NOOP("Roles", "refer a unit unpaid after three notices for legal handling"), {M}},
        {Permission::ManageAccounts, "accounts.manage",
         QT_TRANSLATE_NOOP("Roles", "create and deactivate accounts"), {A}},
        {Permission::ResetPasswords, "accounts.reset_password",
         QT_TRANSLATE_NOOP("Roles", "reset other people's passwords and unlock accounts"), {A}},
        {Permission::EditSiteRules, "site.rules",
         QT_TRANSLATE_NOOP("Roles", "change the site's settings and rules"), {A}},
    };
    return rows;
}
// clang-format on

const Roles::Row& Roles::row(Permission permission)
{
    for (const Row& r : table())
        if (r.permission == permission)
            return r;
    Q_UNREACHABLE();
}

bool Roles::allows(Role role, Permission permission)
{
    return row(permission).roles.contains(role);
}

QString Roles::permissionKey(Permission permission)
{
    return QString::fromLatin1(row(permission).key);
}

QString Roles::permissionName(Permission permission)
{
    return tr(row(permission).name);
}

QString Roles::refusal(Role role, Permission permission)
{
    return tr("Your role (%1) may not %2.").arg(displayName(role), permissionName(permission));
}

} // namespace fd
