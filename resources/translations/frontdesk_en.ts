<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountService</name>
    <message>
        <source>There is no account with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in name is 2 to 32 letters, digits, dots, dashes or underscores (e.g. zhang.wei).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been switched off. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for another %n minute(s), or until an administrator resets it.</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for another %n minute, or until an administrator resets it.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for another %n minutes, or until an administrator resets it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for %n minute.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in name or password is wrong (%n tries left before the account locks).</source>
        <translation>
            <numerusform>The sign-in name or password is wrong (%n try left before the account locks).</numerusform>
            <numerusform>The sign-in name or password is wrong (%n tries left before the account locks).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveWidget</name>
    <message>
        <source>PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrearsService</name>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why it is unpaid, or what was said or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit has no bill unpaid after its due day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three notices have been issued for these arrears; the manager refers the unit for legal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice %1 went on %2; the next may go from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the three dunning notices have been issued for these arrears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third notice gives until %1 to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit is referred for legal handling already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That dunning notice is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes fees since %1: %2 unpaid after its due day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes fees since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dunning notice(s) sent.</source>
        <translation>
            <numerusform>%n dunning notice sent.</numerusform>
            <numerusform>%n dunning notices sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred for legal handling on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning notice %1 may go now if it is still unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third notice&apos;s deadline has passed: the manager refers it for legal handling if it is still unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit event must be written together with its change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain&apos;s head record is missing; run frontdesk --check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events after %1 were removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This database is on a PostgreSQL server; back it up there with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not verify, so it was removed. Nothing else changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingInputs</name>
    <message>
        <source>%1 to %2, %3 of %4 days</source>
        <comment>a period billed in part</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 → %2</source>
        <comment>a meter&apos;s previous and current reading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>readings times the meter&apos;s ratio</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingService</name>
    <message>
        <source>Write the month to bill as year and month, e.g. 2026-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That charge item is not set up, or it is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to bill for %1: it is billed already, or no item has a rate for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charges changed since the preview (%1 now, %2 checked): look at the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That billing run does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was checked already, by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You confirmed this run yourself; someone else checks it for finance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager approves taking a bill back: %1 may not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the bill is taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That bill is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That bill was taken back already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of this bill (%2) is paid: take back the payments that settled it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing runs due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s first bills are due on %2: preview and confirm its billing run on the Fees page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not owe a callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether the matter was handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the customer said about the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a repair is dispatched again; reopen the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback: the customer was not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback: the customer was not reachable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled: %1. Satisfaction: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other opinion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opinion becomes a request or a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer gave no other opinion on this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opinion is already a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion given on the callback of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That callback is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashCountService</name>
    <message>
        <source>Count the %1 too: the ledger says %2 was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was counted in yuan, two decimals at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count differs from the ledger: say why (over or short, and what was done).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashHandoverPrinter</name>
    <message>
        <source>%1 (%2): dunning notice %3 may go now; unpaid since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): three notices sent; for the manager&apos;s legal referral once the last deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier&apos;s Handover Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dunning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier&apos;s handover sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargeService</name>
    <message>
        <source>Give the item a short code of letters and digits (up to 12), e.g. WY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the charge item, e.g. 物业管理费.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due day is a day of the month from 1 to 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site already has an item with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit type, or every type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price in yuan, more than zero, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the rate starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a rate from %2. A new rate starts after the last one; rates are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That charge item is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is charged one at a time with its own amount; it has no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day the unit is billed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item billed only to the units listed for it, e.g. 车位租金.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed for %2 from %3 already. A unit is listed once at a time: end that listing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That listing is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day billed, on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a monthly item by floor area or at a fixed amount is billed a month ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the unit&apos;s fees start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed for %2 already; withdraw those bills before its fees start on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended this listing at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Start FrontDesk once to create it, or name the right file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed. Check the file given with --database, or restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no FrontDesk tables: it is an empty or foreign database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused; nothing was imported. Correct the rows above and run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: the registry already matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server; back it up there with pg_dump (for example: pg_dump -Fc -f frontdesk.dump %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: %1 bytes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: looked after by the PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: DAMAGED. Restore the latest backup; keep this file for investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: none of %1. This is not a FrontDesk database (or an empty one); check the database given with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 of %2. This database is newer than this program: it was written by a newer FrontDesk. Install that version to use it; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 of %2. This database is older than this program. Back it up (frontdesk --backup FILE), then start FrontDesk once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 of %2 (up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain: cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain: BROKEN at event %1 (%2). The database was changed outside FrontDesk; run frontdesk --verify-audit for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: ok, %n event(s) checked</source>
        <translation>
            <numerusform>Audit chain: ok, %n event checked</numerusform>
            <numerusform>Audit chain: ok, %n events checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit chain to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) before it verified.</source>
        <translation>
            <numerusform>%n event before it verified.</numerusform>
            <numerusform>%n events before it verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain broken at event %1: %2. The database was changed outside FrontDesk; keep this file for investigation and compare it with the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Audit chain intact: %n event checked.</numerusform>
            <numerusform>Audit chain intact: %n events checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo site %1 is ready in %2: %n unit(s) imported.</source>
        <translation>
            <numerusform>Demo site %1 is ready in %2: %n unit imported.</numerusform>
            <numerusform>Demo site %1 is ready in %2: %n units imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged: your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start FrontDesk and sign in with any of these names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a site (%2); nothing was changed. A database holds one site: name another file or database with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is set up in %2; the administrator %3 can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is not set up yet; set it up before importing (--new-site). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee ledger: cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fee ledger: %n sum(s) do not add up</source>
        <translation>
            <numerusform>Fee ledger: %n sum does not add up</numerusform>
            <numerusform>Fee ledger: %n sums do not add up</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee ledger: ok, every balance is the sum of its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners&apos; archive: cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Owners&apos; archive: %n file(s) no longer match what was filed. Restore the latest backup.</source>
        <translation>
            <numerusform>Owners&apos; archive: %n file no longer matches what was filed. Restore the latest backup.</numerusform>
            <numerusform>Owners&apos; archive: %n files no longer match what was filed. Restore the latest backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owners&apos; archive: ok, %n file(s), each matches what was filed</source>
        <translation>
            <numerusform>Owners&apos; archive: ok, %n file, it matches what was filed</numerusform>
            <numerusform>Owners&apos; archive: ok, %n files, each matches what was filed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write a verified copy of the SQLite database to a new file (never overwrites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database without changing it: storage integrity, schema version and the audit chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit chain and name the first event that was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a demo site (翠湖花园): staff of every role, two towers, shops and residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program: zh_CN (简体中文) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk (物业客服前台): the front desk of a property service center.
Without an action it opens the desk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one action at a time, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  a problem was found, or the action was refused (the database was left as it was)
  2  the command line was wrong
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new, empty database for the property of this name, with its administrator (--admin). The password is asked twice at the terminal, or read from standard input; never give it on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --new-site: the administrator&apos;s sign-in name (e.g. it.admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --new-site: the administrator&apos;s name as colleagues know it (default: Administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin and --admin-name go with --new-site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-site needs the property&apos;s name, e.g. --new-site 翠湖花园.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-site needs the administrator&apos;s sign-in name: --admin LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import units and residents from a CSV file (楼栋, 单元, 房号, 类型, 面积, 业主, 电话, 住户, 住户电话, 管家) as the account named with --as. All or nothing: one bad row and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import-units (or --demo on a site already set up): the sign-in name of the account that acts (it needs the right to import, or to manage accounts). Its password is asked at the terminal, or read from standard input; never give it on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as goes with --import-units or --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the account that acts: --as LOGIN (its password is asked, never given on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database: an SQLite file, or a PostgreSQL server as postgresql://user@host:port/name (the password comes from ~/.pgpass or is asked, never from the command line). Without it: the FRONTDESK_DATABASE environment variable, else the server chosen in the connection dialog, else frontdesk.sqlite in your app-data folder (created on first start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the PostgreSQL server&apos;s certificate: its SHA-256 fingerprint as scripts/site-server printed it. Needed once per server for a server on another computer; refused when the server shows another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the connection dialog first: the site&apos;s server, the password (saved in ~/.pgpass, readable by you only) and the server&apos;s fingerprint. This computer then starts on that server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityEventDialog</name>
    <message>
        <source>Community event: callbacks to households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. water cut in building 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;loors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households to call back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityEventService</name>
    <message>
        <source>Say what happened, e.g. 3栋停水.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the households to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 households in one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen household is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback after the community event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintCriteria</name>
    <message>
        <source>Promise not kept after repeated requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss, injury or serious distress caused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden large outage or equipment stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable need unmet, home hard to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad staff conduct, customer very angry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintService</name>
    <message>
        <source>This ticket is not a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the explanation given to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose minor, important or major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked criteria make this complaint %1 at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid complaint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is finished; its limit no longer runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade the complaint before extending its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the limit is extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new limit must be later than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit extended to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another complaint about the same event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These complaints are already about the same event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same event as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaints about the same event</source>
        <translation>
            <numerusform>%n complaint about the same event</numerusform>
            <numerusform>%n complaints about the same event</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note the next clerk should see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint names no unit or resident to carry the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaint %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already linked to the event of %2, and %3 to another event, that of %4: a complaint is about one event only, so nothing was linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department the complaint goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the department did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the site&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (~/.pgpass, readable by you only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the address: every user of this computer can read a command line. Write postgresql://user@host:port/database; FrontDesk takes the password from ~/.pgpass (the connection dialog saves it there) or asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlRoomService</name>
    <message>
        <source>There is no such control-room call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call at %1, not yet entered: %2</source>
        <extracomment>A control-room call on a handover sheet, still to be entered as a ticket by the desk (补单).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the caller said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number (e.g. 13812345678 or 0755-86001234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has already been dispatched or entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dispatched call that has not come back can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has already been entered as a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what needs repairing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A cell that starts with a quote mark (&quot;) is never closed; check the quote marks from this row on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns mean %1 (%2): &quot;%3&quot; and &quot;%4&quot;. Keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row has no column %1 (%2); every file needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 cells but the first row has %2 columns; look for a missing or extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a FrontDesk database (it is not an SQLite file, or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inner step failed, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network share. SQLite&apos;s write-ahead log is not safe there: keep the file on this computer&apos;s own disk, or use a PostgreSQL server for several workstations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the password of %2. Check the password (the connection dialog saves it in ~/.pgpass), or ask your IT person to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 asks for the password of %2, and none is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not show the certificate this workstation pinned, so FrontDesk did not connect: it may not be your site&apos;s server. Ask your IT person before pinning it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not let this workstation in (%2). It takes encrypted connections from the site&apos;s own role only: check the address and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no database %2 or no user %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server at %1. Check that the server is running and that this computer is on the office network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1:%2 is on another computer, so the connection must be encrypted and the server&apos;s certificate pinned first: use the connection dialog, or start once with --trust-server FINGERPRINT (the fingerprint scripts/site-server printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server is lost, so nothing was saved. What you typed is still here: save again once the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk is saving the same records at this moment, so nothing was saved. What you typed is still here: save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving: the save may or may not have reached it. What you typed is still here; once the server is back, look for the record before saving it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message numerus="yes">
        <source>This database already has %n unit(s). The demo only fills an empty database; nothing was changed.</source>
        <translation>
            <numerusform>This database already has %n unit. The demo only fills an empty database; nothing was changed.</numerusform>
            <numerusform>This database already has %n units. The demo only fills an empty database; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This database already has %n account(s). The demo only fills an empty database; nothing was changed.</source>
        <translation>
            <numerusform>This database already has %n account. The demo only fills an empty database; nothing was changed.</numerusform>
            <numerusform>This database already has %n accounts. The demo only fills an empty database; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo units were refused, so nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already set up; only its administrator may add the demo staff (--demo --as LOGIN). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositLedger</name>
    <message>
        <source>That bill line is not a deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the damage the deduction is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to deduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit holds %1: no more can be deducted from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who receives the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the transfer&apos;s or the card&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit holds %1 after its deductions and refunds: no more can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositRefundPrinter</name>
    <message>
        <source>Deposit refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded now, in words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted for damages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid back by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(office seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part one: for the payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part two: the office&apos;s stub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit refund %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchOrderPrinter</name>
    <message>
        <source>Repair dispatch order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered afterwards (control room dispatch at night).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges (site fee schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return (filled in by the technician)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived / finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair dispatch order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DunningNoticePrinter</name>
    <message>
        <source>first notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of Fees Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the owner of unit %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1 the following fees of your unit, due since %2, are still unpaid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pay it by &lt;b&gt;%1&lt;/b&gt; at the service center&apos;s counter (cash, bank card, WeChat Pay or Alipay) or by bank transfer. If you have paid in the meantime, please ignore this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the third notice. If the fees are still unpaid after the deadline, the matter will be referred for legal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of Fees Overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyStatus</name>
    <message>
        <source>%1 since %2 — past its end, not handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — %1&apos;s shift at %2 since %3 is past its end, not handed over; start yours on the Handover page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeLedger</name>
    <message>
        <source>Bill line %1 of %2 is settled with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2 is split into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 has a prepaid balance below zero: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped; nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill line %1 has no record of what it still owes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill line %1 still owes %2 by its payments, but %3 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeNumbers</name>
    <message>
        <source>The database did not give out a number for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeSummaryExport</name>
    <message>
        <source>%1 fees, monthly summary %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in the month, by method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits, held for the units (not income)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeSummaryService</name>
    <message>
        <source>Write the month as year and month, e.g. 2026-12.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeTerms</name>
    <message>
        <source>by floor area (per ㎡ a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one charge at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a charge item and what the charge was for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by meter reading (per unit used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit, held (not income)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeWeek</name>
    <message>
        <source>Billed (lines of the runs confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back (reversals recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected less taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dunning notices issued (what they ask for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second dunning notices issued (what they ask for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third dunning notices issued (what they ask for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units referred for legal handling (what they owed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in arrears when the report was read (what they owe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits charged (held, not income)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDisplay</name>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>A shift and its times from the site&apos;s rules, e.g. &quot;A 07:30–15:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the arriving person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPrinter</name>
    <message>
        <source>Handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>√ %1</source>
        <extracomment>The acknowledged column of the printed sheet: a tick and the time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was open at this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by (leaving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over by (arriving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed: this sheet is still a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover-%1-%2</source>
        <extracomment>File name of a saved handover sheet: date and shift.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× %1</source>
        <extracomment>The acknowledged column of the printed sheet: a disputed line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>This file cannot be imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>This file cannot be imported: %n row has problems.</numerusform>
            <numerusform>This file cannot be imported: %n rows have problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n unit(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>Ready to import %n unit: %1 new, %2 changed, %3 unchanged.</numerusform>
            <numerusform>Ready to import %n units: %1 new, %2 changed, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s): %1 new, %2 with new phone numbers, %3 unchanged.</source>
        <translation>
            <numerusform>%n resident: %1 new, %2 with new phone numbers, %3 unchanged.</numerusform>
            <numerusform>%n residents: %1 new, %2 with new phone numbers, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: the registry already holds all %n unit(s) of this file as they are.</source>
        <translation>
            <numerusform>Nothing changed: the registry already holds the %n unit of this file as it is.</numerusform>
            <numerusform>Nothing changed: the registry already holds all %n units of this file as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n unit(s): %1 added, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Imported %n unit: %1 added, %2 updated, %3 unchanged.</numerusform>
            <numerusform>Imported %n units: %1 added, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s): %1 added, %2 with new phone numbers, %3 unchanged.</source>
        <translation>
            <numerusform>%n resident: %1 added, %2 with new phone numbers, %3 unchanged.</numerusform>
            <numerusform>%n residents: %1 added, %2 with new phone numbers, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>New buildings: %1; new butler zones: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings added: %1; butler zones added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) read (text encoding %1).</source>
        <translation>
            <numerusform>%n data row read (text encoding %1).</numerusform>
            <numerusform>%n data rows read (text encoding %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows are numbered as a spreadsheet shows them: the header is row 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeInquiryWidget</name>
    <message>
        <source>Ans&amp;wered now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head a&amp;bsent: keep the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer given to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the head answers while the customer waits; otherwise the reply is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;to the department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cont&amp;act phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePromiseWidget</name>
    <message>
        <source>Promised the customer a reply b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>The form is too long to keep as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit, or write down who is asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the customer said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call needs the caller&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number (e.g. 13812345678 or 0755-86001234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what it is: repair, complaint, request, inquiry or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what needs repairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the answer given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a number to give the reply on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major, urgent or sudden: report to the superior at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department the inquiry goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the department head&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed: promise the customer a time to come.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastChange</name>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is kept: “Reload and apply again” reads the record as it is now and saves your input on it; Cancel leaves it as the other desk saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LateFeeService</name>
    <message>
        <source>This unit owes no late fee today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late fees changed since you looked (%1 now, %2 seen): look at them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n day(s) to %3</source>
        <translation>
            <numerusform>%1 %2, %n day to %3</numerusform>
            <numerusform>%1 %2, %n days to %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the late fee is waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That bill has no late fee to waive today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiftBookingService</name>
    <message>
        <source>Say when the booking starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the lift one day at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cargo lift is booked from %1 to %2 for %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the booking is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That booking is not on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled this booking at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalDrafts</name>
    <message>
        <source>The folder %1 for drafts on this computer cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterReadingService</name>
    <message>
        <source>Choose an item billed by meter reading, e.g. 水费.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the month read as year and month, e.g. 2026-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 of %3 is billed already; its reading can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multiplier is a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reading as the meter shows it, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s first reading of %2: write the previous reading too (the meter&apos;s count when it was last billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last reading on record is %1 (%2). Say in the note why the previous reading is different, e.g. 换新表.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading is below the previous one (%1). If the meter was replaced, write the new meter&apos;s first count as the previous reading and say so in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no readings below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is required, but the cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1 in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read twice in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading this one corrects no longer counts for %1. Choose the unit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reading of %2 was recorded meanwhile: %3, by %4 at %5. Nothing was saved; it is in the list. To correct it, choose the unit again and record the right reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reading of %2 was recorded after the preview: %3, by %4 at %5. Choose the sheet again to see what it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer FrontDesk (schema %1; this program knows up to %2). It was not changed. Install the newer FrontDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed, nothing was changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds other tables (%1…) and is not a FrontDesk database. It was not changed. Choose an empty database or a FrontDesk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed, nothing was changed: a row of %3 refers to a missing row of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorningReviewService</name>
    <message>
        <source>There is no such review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover at %1, %2: %3 to %4</source>
        <extracomment>A handover sheet in the morning review: post, time drafted, leaving person, arriving person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — disputed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control room call at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet entered as a ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous shifts have already been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is not part of this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the previous shifts are not read yet.</source>
        <translation>
            <numerusform>%n record of the previous shifts is not read yet.</numerusform>
            <numerusform>%n records of the previous shifts are not read yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote on this record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveHandoverProvider</name>
    <message>
        <source>%1 %2 %3 %4 · day %5 · next: %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveService</name>
    <message>
        <source>That move is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: nothing more is done on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step “%1” of a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is always a step of a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not give out a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day agreed for the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who moves, or enter a new resident&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move-out is of someone in the registry: choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not a resident of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has moved out already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 is open already: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is done already: a step done is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes first: do it or mark it not applicable before “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This move has no step “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this step does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” always applies: it cannot be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day this step is planned for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the move will not happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which room, e.g. 主卧.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is wrong with what, e.g. 窗户.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the defect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compensation is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects are recorded while “%1” is still to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move-in&apos;s defects are repaired, not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 damage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defect was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs on the pad, or say why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the keys handed over, by kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs for the keys on the pad, or say why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day, or mark the step not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still owes %2: the cashier takes it before the move-out goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1&apos;s archive yet: %2. Record them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 × %3: no more can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not returned: %1. Write what happened to them (lost, kept by the owner), or charge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cargo lift&apos;s slot a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the cargo lift on the day of the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cargo lift %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes after “%2” and before “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is done: the move has changed the unit and goes on through its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the keys returned: a number, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a day at most %1 days before or after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That slot has passed: book the cargo lift for a time to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, fees from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the unit&apos;s fees run already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1: open the move for its next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the move-in steps at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the move-out steps at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the documents asked of an owner at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the documents asked of a tenant at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned this step at %2, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is planned for %1 now; plan it again to change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSteps</name>
    <message>
        <source>Move-in notice issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice (入伙通知书) went to the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and agreement checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents the site asks for are recorded in the owner&apos;s archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property service agreement is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House inspection with engineering (验房)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each defect found; each becomes a repair ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs the inspection on the pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the keys by kind; the owner signs for the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary covenant signed (临时公约)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary covenant is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in day and cargo lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the owner moves in (the fees start then) and, if needed, the cargo lift&apos;s slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation date, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the renovation starts, or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other needs (movers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movers and anything else the owner asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-out day confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the move-out and, if needed, the cargo lift&apos;s slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding fees checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit owes now is written on the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering, security and cleaning know the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection for damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each damage: repaired (a repair ticket) or compensated (a fee line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fees settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes only when the unit owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the keys returned; a missing one needs a note (or is charged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning knows the unit is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveTerms</name>
    <message>
        <source>door key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parking card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new one made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NightCallText</name>
    <message>
        <source>Not dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneOffChargeService</name>
    <message>
        <source>Choose an item charged one at a time (set up under Charge items), e.g. 特约服务.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in yuan, more than zero, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the charge is for, e.g. 更换水龙头.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the month as year and month, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No returned repair up to the end of %1 has a charge left to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repairs&apos; charges changed since you looked (%1 now, %2 seen): look at them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpaid · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was due on %3 and is not paid: remind the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special services unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a deposit: choose a deposit item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnePagePdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningBalanceService</name>
    <message>
        <source>The file has a header row but no balances below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is required, but the cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1 in the registry: import the units first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no charge item %1: set it up under Charge items first, by this code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write year and month, e.g. 2026-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun: an opening balance is owed for a month that has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount owed: write yuan, more than zero, with at most two decimals, e.g. 223.43.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 for %3 is already on row %4; each is owed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already billed %2 for %3; an opening balance cannot bill it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerArchiveService</name>
    <message>
        <source>Choose the file to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF or a picture (JPEG, PNG, TIFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not a resident of this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the file is, e.g. 购房合同 第1-3页.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the document&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the document was seen is today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer matches what was filed; restore the latest backup and run frontdesk --check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1 (%2 of %3) does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage and mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-ins and move-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelHandoverProvider</name>
    <message numerus="yes">
        <source>%1 %n piece(s) (%2), waiting since %3</source>
        <translation>
            <numerusform>%1 %n piece (%2), waiting since %3</numerusform>
            <numerusform>%1 %n pieces (%2), waiting since %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelService</name>
    <message>
        <source>That parcel is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper / magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the courier who brought the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The courier&apos;s name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one piece to the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: choose the unit the piece is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: that unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: count the pieces (1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the tracking number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: describe the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 not picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) from %1, here since %2: tell the resident again.</source>
        <translation>
            <numerusform>%n piece from %1, here since %2: tell the resident again.</numerusform>
            <numerusform>%n pieces from %1, here since %2: tell the resident again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) from %1 (%2), here since %3: tell the resident again.</source>
        <translation>
            <numerusform>%n piece from %1 (%2), here since %3: tell the resident again.</numerusform>
            <numerusform>%n pieces from %1 (%2), here since %3: tell the resident again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the parcels the resident was told about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the note was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parcel for %1 was already picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parcels being picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parcel for %1 was already picked up on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the parcels of one unit at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down who is picking up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parcel for %1 was just picked up at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentNoticePrinter</name>
    <message>
        <source>Payment Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unpaid from earlier months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay, in words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pay by &lt;b&gt;%1&lt;/b&gt; at the service center&apos;s counter (cash, bank card, WeChat Pay or Alipay) or by bank transfer, quoting unit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part one: for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part two: the office&apos;s stub (bring it along when paying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment notice %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment notices %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to pay for this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentNoticeService</name>
    <message>
        <source>Write the month as year and month, e.g. 2026-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 could be %n unit(s); write its code in full.</source>
        <translation>
            <numerusform>%1 could be %n unit; write its code in full.</numerusform>
            <numerusform>%1 could be %n units; write its code in full.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit %1 in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance has not checked the billing of %1 yet; its notices print once it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is billed for %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount received, more than zero, in yuan and fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the transaction&apos;s number from the %1 slip or screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill picked is settled already or is not this unit&apos;s: open the unit&apos;s account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager approves taking a payment back: %1 may not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 was taken back already, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of receipt %2 was kept as prepaid and has settled later bills since; only %3 is left. Ask the manager how to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That payment is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 paid a deposit that has had damages deducted or been refunded since: it is not taken back. Ask the manager how to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgPass</name>
    <message>
        <source>%1 cannot be read, so the password was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1, %n month</numerusform>
            <numerusform>%1, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepaid (kept for the next bills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(office seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken back on %1: %2 (approved by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part one: for the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part two: the office&apos;s stub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryDisplay</name>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryService</name>
    <message>
        <source>There is no unit with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resident with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: 11 digits for a mobile (13812345678), or a landline with its area code (0755-86001234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on record for this unit as %2; correct that entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has moved out; their record is kept as it was. Add a new resident instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on record for this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a move-out on the day it happened: today or earlier, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded this move-out at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already moved out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>This reminder is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reminder goes away when the ticket is acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed this report at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTerms</name>
    <message>
        <source>Forward or answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definite reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge this complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result back: reply today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenovationHandoverProvider</name>
    <message>
        <source>Renovation %1 %2 %3 · %4 · ends %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to put right</source>
        <translation>
            <numerusform>%n problem to put right</numerusform>
            <numerusform>%n problems to put right</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenovationService</name>
    <message numerus="yes">
        <source>%n problem(s) found at the inspections are not put right yet: record them fixed first.</source>
        <translation>
            <numerusform>%n problem found at the inspections is not put right yet: record it fixed first.</numerusform>
            <numerusform>%n problems found at the inspections are not put right yet: record them fixed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what is to be put right before the next acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has asked for the acceptance of %1 yet: record the request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation deposit %1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1: the deposit&apos;s refund is due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the damage the deduction is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to deduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit is refunded from %1, %2 month(s) after the acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such renovation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: that is not done at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such item of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not give out a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the decoration company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s business licence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s person in charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person in charge&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the work covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the site&apos;s list of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the work starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the work ends, not before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work would have ended already: check the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renovation is planned for a year at most; extend it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the drawings of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation %1, round %2: drawing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner from the unit&apos;s residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has moved out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s renovation %1 is still open: one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the applicant is to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed, so it cannot be approved: %1. Reject the round with what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs the renovation agreement, on the pad or on the paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit of %1 is charged already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waste fee is an item of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoration-waste fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the deposit and the waste fee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the deposit and the waste fee is still to pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the renovation is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation %1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned to end %1: acceptance asked for, or the end extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the worker&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the worker&apos;s ID number as on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the worker&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the worker leaves the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That worker is not on a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker removed from the roster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day the pass is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day the pass is valid, not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a worker on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off the roster: no pass is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass would have run out already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renovation ends %1: a pass is valid until then at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work starts %1: a pass is valid from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the pass is voided (lost, taken back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pass&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1 was voided: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off the renovation&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation %1 is not in progress (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation %1 ended %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1 ran out %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1 is valid from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of the inspection, today or before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the inspection found, or that all was in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the owner was told of the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the problem is to be put right by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation %1 · %2: problem to put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how it was put right and who checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That inspection has no problem left to put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the work needs longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work ends %1 now: enter a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deposit is charged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a tenant: the owner applies for a renovation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge of %1 was taken back: charge the deposit and the waste fee again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit is charged: the renovation goes on to its refund, it is not withdrawn (a charge not paid yet is taken back at the cashier&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took the worker off the roster at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voided pass %3 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded this problem as put right at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of the acceptance of %2 is decided: %3, by %4 at %5. Another round needs the owner&apos;s request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this item at %2; the list shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 was submitted by %2 at %3, after you opened the round before it: read it before deciding. Nothing was changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenovationTerms</name>
    <message>
        <source>under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, agreement next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement signed, deposit next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, deposit held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs engineering&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall, floor and ceiling finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-load-bearing walls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water and electricity lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balcony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Façade, outer windows and doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-bearing walls and structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenovationWeek</name>
    <message>
        <source>Applications received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptances passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptances failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds due and not paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairDisplay</name>
    <message>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscaping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairService</name>
    <message>
        <source>That fee item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item a short code, e.g. SD-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the service, e.g. replace a tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another item already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity can be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item once: change its quantity instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a repair gets a dispatch order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department the work goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paid repair needs at least one item from the fee schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free repair carries no charges: tick &quot;Paid&quot; or remove the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not give out an order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who did the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time spent cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a repair is returned here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second dispatch of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued as second dispatch %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in: %1 · figures as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded in time (R-IN-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups on time (R-RP-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests replied in time (R-IN-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints resolved in time (R-CP-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback rate (R-CB-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied on callback (R-CB-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time, callbacks and satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits this month (R-CB-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came due for a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report %1 to %2 (closes %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks against the target (R-CP-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not called back (R-CP-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs taken in by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets taken in (by when they happened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>The spreadsheet could not be created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the lease or deed, e.g. 王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner or &amp;tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more, separated by commas: 13812345678, 0755-86001234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load and apply again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up units and residents and use the global search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the list of units and residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see phone and ID numbers in full on a record opened or printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log calls and walk-ins as tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch, follow up, reply to, comment on, reopen, close or cancel tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call customers back and record their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judge and grade complaints, or cancel one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend a minor complaint&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend an important or major complaint&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the weekly and daily reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm major and urgent matters reported to the superiors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review the previous shifts each morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a shift at a post and hand it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record night calls and send technicians directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the control room&apos;s calls as tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check visitors in and out and record the units&apos; instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the tool inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the paid-service price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and deactivate accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset other people&apos;s passwords and unlock accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the site&apos;s settings and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write notes on units and residents; add residents, correct their names and phones, record their move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the charge items and their rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a unit&apos;s bills, payments and prepaid balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refer a unit unpaid after three notices for legal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a billing run for finance before its payment notices print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve taking a payment back, or waive a late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute and confirm the month&apos;s billing with its meter readings and the units listed for an item, and bill special services, deposits and other one-off charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle parcels, stored items, tools lent, customer visits, a unit&apos;s keys, the cargo lift&apos;s bookings, move-ins and move-outs (a move-in&apos;s day starts a new unit&apos;s fees; a move-out&apos;s damage is charged to the unit), and renovations: applications, deposits charged, workers, passes and inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record engineering&apos;s review of a renovation, its acceptance, an extension of its end date and the damages deducted from its deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take payments and print their receipts, and refund a renovation deposit when it is due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <source>--trust-server goes with a PostgreSQL server (--database postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned the certificate of %1:%2; this computer connects to that server only while it shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No terminal to ask it at: save it in ~/.pgpass (frontdesk --connect does) and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Cannot reach the database server at %1. Check that the server is running and that this computer is on the office network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted connection, so it is not set up as the site&apos;s server (scripts/site-server sets it up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not complete an encrypted connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server&apos;s SHA-256 fingerprint as scripts/site-server printed it: 32 pairs of letters and digits, such as 3F:A1:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1:%2 shows a certificate with another fingerprint (%3). It may not be your site&apos;s server: nothing was pinned. Compare the fingerprint with your IT person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceHost</name>
    <message>
        <source>The database file is damaged (%1). Restore the latest backup; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk already has this database open (process %1 on %2). Close it first: only one program may write to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftService</name>
    <message>
        <source>Only the person handing over signs as the leaving person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover sheet is already signed by the leaving person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each line of this sheet once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge every line, or write down what does not match: line %1 (%2) is not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover sheet is already sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaving person signs the sheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arriving person must be someone else: one cannot hand over to oneself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no control room post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on a shift; it ends when its handover sheet is sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person on the shift hands it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift has already been handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift&apos;s handover sheet is already drafted; sign that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a shift at %2 since %3; hand it over before working at another post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the post the arriving person works at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftStore</name>
    <message>
        <source>Someone else changed this in the meantime; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such handover sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftTimeText</name>
    <message>
        <source>From %1 to %2</source>
        <extracomment>The stretch of time a morning review covers, e.g. &quot;From 22 Nov 07:30 to 23 Nov 07:30&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureService</name>
    <message>
        <source>The customer has not signed. Ask them to sign, or record why there is no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why there is no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the customer said when refusing to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signature is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer refused to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on the paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteCatalogService</name>
    <message>
        <source>That line is no longer there; the list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department keeps its name on every ticket sent to it: switch it off and add the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is on shift at %1: it can be switched off once that shift is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts are listed in the order they were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed this line at %2; the list shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 switched this line on at %2; the list shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 switched this line off at %2; the list shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this list at %2; it shows the order as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteRules</name>
    <message>
        <source>There is no site rule called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is written as start-end in 24-hour time, e.g. 07:30-15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the department within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the first responder cannot settle is forwarded within this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispatched repair or complaint is followed up at this interval until it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a request within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request or suggestion gets a reply within this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed work is called back within this time of its completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a minor complaint within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer needs the supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve an important complaint within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer needs the manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definite reply to a major complaint within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major complaint gets a definite reply within this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a major complaint within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major complaint is resolved within this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint unresolved for this long becomes major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid complaint still unresolved after this time is upgraded to major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers about one event that make it major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this many customers complain about the same event, it becomes major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer visits per clerk a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each clerk&apos;s monthly quota of proactive customer visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer visits by the department a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s monthly quota of proactive customer visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week closes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly report runs from the day after this day to the end of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback rate target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly report reads the callbacks made against this share of those owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge a complaint within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint nobody has judged valid or invalid reminds the supervisor after this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon means due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues&apos; &quot;due soon&quot; and the reminders&apos; amber warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat a reminder every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder not acted on is repeated to the desk at this interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue to the supervisor after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work overdue this long is reported to the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue to the manager after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work overdue this long is reported to the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a gap, raise the follow-ups of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the program was closed, the first missed follow-up and those of this last stretch are raised, not every one in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day shift; overlaps are handover time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evening shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night shift; it may cross midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a visitor still inside after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor inside this long is confirmed with the resident again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind about a stored item every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item past its pickup time is reminded at this interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind about an unclaimed parcel every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parcel not collected is reminded at this interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools lent are due back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tool not back by this time of the lending day is chased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passwords before an account locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This many wrong passwords in a row lock the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked account opens again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or earlier, when an administrator resets its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after no input for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk left alone locks itself after this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of minutes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of hours from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of days from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a percentage from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day of the week: 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time of day is written in 24-hour time, e.g. 18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift not handed over counts as left after its end by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then it is shown as not handed over, stops holding the desk&apos;s reminders, and the next person to start at its post takes it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between dunning notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next dunning notice to a unit still unpaid is issued no sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dunning notice gives to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline printed on a dunning notice, counted from its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee a day, in ten-thousandths of what is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 charges none; 5 is 0.05% (0.5‰) a day. Counted on what is still owed, rounded to the fen once per bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees count from this many days after the due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: from the day after the due day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month&apos;s billing run is due before its first due day by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cashier is reminded from then until the month is billed (half a month: 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renovation deposit is refunded after acceptance by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cashier is reminded on that day; no refund is paid sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoration work is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker let in at the desk outside these hours is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of months from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set this rule to %3 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSettingsPage</name>
    <message>
        <source>Site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change applies to work opened after it: tickets keep the numbers they were opened under, and the reminders and lists use the new numbers from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handover checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rul&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSetup</name>
    <message>
        <source>This database is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the property (e.g. 翠湖花园).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredItemHandoverProvider</name>
    <message numerus="yes">
        <source>%1 %2 %3 · %n item(s) · shelf %4 · due %5</source>
        <translation>
            <numerusform>%1 %2 %3 · %n item · shelf %4 · due %5</numerusform>
            <numerusform>%1 %2 %3 · %n items · shelf %4 · due %5</numerusform>
        </translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredItemReceiptPrinter</name>
    <message>
        <source>Stored item tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depositor&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this tag to collect the items. The collector signs at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored item tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredItemService</name>
    <message>
        <source>in storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stored item is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such tag: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down who leaves the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the depositor&apos;s phone number (a mobile or a landline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the items belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 lines in one deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: say what the item is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): the count must be between 1 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the shelf the items go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected pickup time must be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not give out a tag number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored item %1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected (expected %1, shelf %2): remind %3, or deliver with consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in storage (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not past its expected pickup time yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down how the customer was reminded and what they said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not past its expected pickup time: it is collected against the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down who agreed to the delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the tag number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was collected on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was delivered to the unit on %2 (consent: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down who collects the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector has to sign for the items (on the pad or the paper form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was collected just now at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not text in UTF-8 or GBK. Save it from Excel as &quot;CSV UTF-8 (comma delimited)&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel choose File → Save As → &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketHandoverProvider</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>One open ticket on a handover sheet: number, status, unit or person, what it is about.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketReplyDialog</name>
    <message>
        <source>&amp;Promised reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. agreed with the customer on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department head is absent: keep a number to give the reply on. The reply stays owed until it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer was &amp;told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s ans&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>Write down what the customer said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit, or write down who is asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call needs the caller&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number (e.g. 13812345678 or 0755-86001234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only complaints are graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That resident is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That resident does not live in the chosen unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked ticket does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a retroactive entry may carry earlier times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retroactive entry needs the real time it happened, in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispatch time must lie between the call and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work can only come back after it was dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return time must lie between the dispatch and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department the work goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket waits either for the customer or for parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the customer was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the customer said on the callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose minor, important or major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not resolved within %n day(s): a major complaint now (R-CP-3).</source>
        <translation>
            <numerusform>Not resolved within %n day: a major complaint now (R-CP-3).</numerusform>
            <numerusform>Not resolved within %n days: a major complaint now (R-CP-3).</numerusform>
        </translation>
    </message>
    <message>
        <source>A supervisor judges this complaint first (valid or invalid, and its grade); until then it is not replied to, called back or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a request or an inquiry is promised a reply time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed: promise the customer a time to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a callback ticket is due from an event&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the department the inquiry goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the department head&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to %1, head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the head&apos;s answer given to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an inquiry goes to a department head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a number to give the reply on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department head is absent: the customer&apos;s contact is kept and a reply is owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took the call is not an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no caller number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStateMachine</name>
    <message>
        <source>A ticket is opened only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was cancelled and cannot be changed; open a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed %1 must be reopened before it can be dispatched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is closed; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback is not dispatched or replied to: record how the call went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only complaints are graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a repair waits for parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair is answered by its callback, not by a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is closed by its callback: call the customer back and record the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is %2; resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is %2 and cannot be dispatched now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dispatched %1 is followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dispatched %1 can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is not waiting, so there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dispatched %1 can come back done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is called back after it is done or replied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is %2; that cannot be done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a request or an inquiry is promised a reply time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an inquiry goes to a department head.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>Someone else changed this ticket in the meantime; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not give out a ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket with that number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTerms</name>
    <message>
        <source>repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily affair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply time promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to the department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department head absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolHandoverProvider</name>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolService</name>
    <message>
        <source>Name the tool, e.g. 梯子.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tool a short code, e.g. T-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk has at least one of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the code of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tool is not in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That loan is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2 → %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool not back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 (%2) and ask them to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tool to lend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired and is not lent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is at the desk: all %2 are lent out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n %1 at the desk.</source>
        <translation>
            <numerusform>Only %n %1 at the desk.</numerusform>
            <numerusform>Only %n %1 at the desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the borrower&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down who borrows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the borrower&apos;s phone, to call if it is not back today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the borrower said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already returned on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not due back yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCsvImporter</name>
    <message>
        <source>&quot;%1&quot; is not an area: write square metres with at most 2 decimals, e.g. 89.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area must be more than 0 and less than 100000 m² (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is required, but the cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a dash or a space: the unit code joins building, unit and room with dashes (3-1-502).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 is already on row %2; each unit may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: write 住宅, 商铺 or 写字间 (residential, shop, office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a mobile has 11 digits starting with 1, a landline 7 or 8 digits with an optional area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant phone is given, but the file has no tenant column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant phone is given, but no tenant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no units below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitImportWriter</name>
    <message>
        <source>The site is not set up yet; set it up before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2, written together, were refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitKeyService</name>
    <message>
        <source>Count at least one kind of key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the %1s as a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1s are counted twice; count each kind once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the key was lost, and whether the lock was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs for the keys handed over, or say why there is no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n %2(s); %3 cannot be %4.</source>
        <translation>
            <numerusform>%1 holds %n %2; %3 cannot be %4.</numerusform>
            <numerusform>%1 holds %n %2s; %3 cannot be %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>At the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the visit was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit is recorded after it was made, not before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the visit was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorHandoverProvider</name>
    <message numerus="yes">
        <source>%1 (%n people) → %2, inside since %3</source>
        <extracomment>A visitor still inside on a handover sheet: name, party size, unit, time in.</extracomment>
        <translation>
            <numerusform>%1 (%n person) → %2, inside since %3</numerusform>
            <numerusform>%1 (%n people) → %2, inside since %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorService</name>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the instruction is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the unit asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be later than the start and than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instruction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That instruction is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number; leave it empty if the visitor gives none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one person comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whom the visitor comes to see and choose the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the visit was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the visitor what the visit is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside since %1: confirm with the resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside since %1: confirm with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already left at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was turned away and never came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visit is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended this instruction at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchService</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-ins and move-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation deposits due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovations in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerPassPrinter</name>
    <message>
        <source>Renovation worker&apos;s pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wear the pass at work and show it at the desk. It is not valid after its last day, nor once the worker has left the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AccountTableModel</name>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AccountsPage</name>
    <message>
        <source>S&amp;witch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched off and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ArchiveWidget</name>
    <message>
        <source>Back to the &amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full; only its first and last characters are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the scan, a PDF or a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans, photos and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 购房合同 第1-3页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF or a picture on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the &amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was lost, or who had it made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d the key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s record holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3, %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves of this unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ArrearsWidget</name>
    <message>
        <source>Units in &amp;arrears (unpaid after the due day, the longest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the ne&amp;xt dunning notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next notice from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all three sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three notices are sent: the next step is legal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the third notice&apos;s deadline, still unpaid, the manager refers the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit to see its notices and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notice %2 (no. %3) by %4: %5, pay by %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no notice or contact yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice %1 (number %2) issued to %3: %4, to pay by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notice %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer for legal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer %1 (%2 unpaid since %3) for legal handling? It stays on the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is referred for legal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer for legal han&amp;dling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::BillPreviewModel</name>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1, %n month</numerusform>
            <numerusform>%1, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::BillingRunWidget</name>
    <message>
        <source>&amp;Month to bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the month to see every unit&apos;s charges before billing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not billed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Billed %1 by %2: %n line(s), %3</source>
        <translation>
            <numerusform>Billed %1 by %2: %n line, %3</numerusform>
            <numerusform>Billed %1 by %2: %n lines, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to bill for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s), %2 line(s), total %3. Check them, then confirm.</source>
        <translation>
            <numerusform>%1: %n unit, %2 lines, total %3. Check them, then confirm.</numerusform>
            <numerusform>%1: %n units, %2 lines, total %3. Check them, then confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the billing run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bill %1 for %n unit(s): %2 line(s), total %3? Billed lines are never changed.</source>
        <translation>
            <numerusform>Bill %1 for %n unit: %2 line, total %3? Billed lines are never changed.</numerusform>
            <numerusform>Bill %1 for %n units: %2 lines, total %3? Billed lines are never changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is billed: %n line(s), total %2.</source>
        <translation>
            <numerusform>%1 is billed: %n line, total %2.</numerusform>
            <numerusform>%1 is billed: %n lines, total %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k the month&apos;s runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment notices for &amp;building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit code, e.g. 1-2-301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no&amp;tices (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run of the month is checked already, or none is made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked by finance yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the month&apos;s billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n run(s) of %1 checked (%2 line(s), total %3)? Their payment notices can print then.</source>
        <translation>
            <numerusform>Mark %n run of %1 checked (%2 lines, total %3)? Its payment notices can print then.</numerusform>
            <numerusform>Mark %n runs of %1 checked (%2 lines, total %3)? Their payment notices can print then.</numerusform>
        </translation>
    </message>
    <message>
        <source>notice-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save %n payment notice(s) as PDF</source>
        <translation>
            <numerusform>Save %n payment notice as PDF</numerusform>
            <numerusform>Save %n payment notices as PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment notice(s) saved to %1.</source>
        <translation>
            <numerusform>%n payment notice saved to %1.</numerusform>
            <numerusform>%n payment notices saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill returned &amp;repairs&apos; charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is charged one at a time yet: a manager sets one up under Charge items (basis: one charge at a time), e.g. 特约服务.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No returned repair up to the end of %1 has a charge left to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill the returned repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bill %n returned repair(s) with a charge, up to the end of %1, as %2: total %3? Each is billed once, to the repair&apos;s unit.</source>
        <translation>
            <numerusform>Bill %n returned repair with a charge, up to the end of %1, as %2: total %3? It is billed once, to the repair&apos;s unit.</numerusform>
            <numerusform>Bill %n returned repairs with a charge, up to the end of %1, as %2: total %3? Each is billed once, to the repair&apos;s unit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned repair(s) billed, total %1.</source>
        <translation>
            <numerusform>%n returned repair billed, total %1.</numerusform>
            <numerusform>%n returned repairs billed, total %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import opening balance&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter rea&amp;dings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) with a %1 meter have no reading for this month and are not billed it: enter them under Meter readings first.</source>
        <translation>
            <numerusform>%n unit with a %1 meter has no reading for this month and is not billed it: enter it under Meter readings first.</numerusform>
            <numerusform>%n units with a %1 meter have no reading for this month and are not billed it: enter them under Meter readings first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::CallbackQueueModel</name>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation>
            <numerusform>%n not reached</numerusform>
            <numerusform>%n not reached</numerusform>
        </translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CallbacksPage</name>
    <message>
        <source>The call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it handled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied? In their &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the tap no longer drips, very pleased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other o&amp;pinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything else the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch the repair again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department, e.g. 工程部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not satisfied, &amp;then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. no answer, switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion → &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion → &amp;complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) owed, the one due first on top</source>
        <translation>
            <numerusform>%n callback owed</numerusform>
            <numerusform>%n callbacks owed, the one due first on top</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket in the queue to call the customer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched again as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion can become a request or complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion is now %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmunity event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) queued after &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n callback queued after &quot;%1&quot;.</numerusform>
            <numerusform>%n callbacks queued after &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a callback in the queue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a repair is dispatched again; other work is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has no caller number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the caller&apos;s number in full to call back (Alt+H). Each time is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload and apply again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CashCountWidget</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ¥10.00 short: change given twice to 3-1-502, reported to the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the count and print the handover sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash count is the cashier&apos;s, at the end of a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your takings from %1 to %2: %n payment(s), %3 in all. Count each method and type what you counted.</source>
        <translation>
            <numerusform>Your takings from %1 to %2: %n payment, %3 in all. Count each method and type what you counted.</numerusform>
            <numerusform>Your takings from %1 to %2: %n payments, %3 in all. Count each method and type what you counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cash count yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 per the ledger, %4 counted%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count kept: %1 per the ledger, %2 counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handover sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CatalogEditor</name>
    <message>
        <source>%1 (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ChangeListener</name>
    <message>
        <source>This desk cannot follow the other desks&apos; changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ChangePasswordDialog</name>
    <message>
        <source>%1 (%2): at least %3 characters. The next sign-in, lock screen and handover signature use the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ChargeItemsWidget</name>
    <message>
        <source>Rates of the selected item (a new one starts on its day; none is ever changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New charge item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 物业管理费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rate of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per ㎡ a month, or a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fir&amp;st day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ra&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the charge item first, in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the month ends</source>
        <translation>
            <numerusform>%n day after the month ends</numerusform>
            <numerusform>%n days after the month ends</numerusform>
        </translation>
    </message>
    <message>
        <source>its own amount each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is charged one at a time with its own amount; it has no rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after the month ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who pays it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;units listed for it (e.g. a parking space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, listed units only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item billed only to the units listed for it, in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed a month ahead (a monthly contract, e.g. wee&amp;kly cleaning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a month ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a monthly item by floor area or at a fixed amount is billed a month ahead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ChargeListingsDialog</name>
    <message>
        <source>Units that pay the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the space B1-023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;day billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units that pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed only to the units listed here, for the days each is listed: a month only partly covered is billed by its days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a listing that has not ended, in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CollectWidget</name>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit to see what it owes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;bills (tick those paid now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment&amp;s of this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 220.02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s number (not for cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take payment and print the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n month(s)</source>
        <translation>
            <numerusform>%1, %n month</numerusform>
            <numerusform>%1, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) owes %3, due since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A part payment: %1 of the %n ticked bill(s) stays owed.</source>
        <translation>
            <numerusform>A part payment: %1 of the %n ticked bill stays owed.</numerusform>
            <numerusform>A part payment: %1 of the %n ticked bills stays owed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settles the %n ticked bill(s); %1 is kept as prepaid for the next bills.</source>
        <translation>
            <numerusform>Settles the %n ticked bill; %1 is kept as prepaid for the next bills.</numerusform>
            <numerusform>Settles the %n ticked bills; %1 is kept as prepaid for the next bills.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of it is kept as prepaid for the next bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Settles the %n ticked bill(s) in full.</source>
        <translation>
            <numerusform>Settles the %n ticked bill in full.</numerusform>
            <numerusform>Settles the %n ticked bills in full.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the unit first: its open bills show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash has no transaction number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount in yuan with at most two decimals, e.g. 220.02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1: %2 taken by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is taken back (approved by %2); its bills are open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special service or other &amp;charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is billed to %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees to &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late fees are billed to %1, due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits held: %1 (not income).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw the bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the bill in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 for unit %3, due %4. The bill stays on record; the unit owes it no more, and the month&apos;s run may bill it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the bill is taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is taken back; the unit owes it no more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account changed at another desk: what you typed is kept; choose the unit again to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account changed at another desk: it is shown as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CommunityEventDialog</name>
    <message>
        <source>Record and queue the callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) chosen.</source>
        <translation>
            <numerusform>%n household chosen.</numerusform>
            <numerusform>%n households chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ComplaintDetailWidget</name>
    <message>
        <source>Supervisor&apos;s decision (R-CP-2, R-CP-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when invalid: the explanation given to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of a complaint about the same event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the limit is extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New li&amp;mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record re&amp;ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repl&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next clerk should know about this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definite reply by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about the same event</source>
        <translation>
            <numerusform>%n complaint about the same event</numerusform>
            <numerusform>%n complaints about the same event</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint has that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;alid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gra&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the department did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record t&amp;he result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complaint in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded: record the department&apos;s result first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the complaint to a department first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload and apply again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ComplaintListModel</name>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[same event] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ComplaintsPage</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>Link selected to one event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more complaints about the same event (Ctrl+click), then link them (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked to the event of %1: %n complaint(s) about it.</source>
        <translation>
            <numerusform>Linked to the event of %1: %n complaint about it.</numerusform>
            <numerusform>Linked to the event of %1: %n complaints about it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ConnectionDialog</name>
    <message>
        <source>Type what scripts/site-server printed on the site&apos;s server. The password is asked once and, if you let it, kept in ~/.pgpass where only you can read it; the fingerprint makes sure this computer talks to your site&apos;s server and no other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has pinned this server&apos;s certificate; type a fingerprint only to pin a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server runs on this computer: no fingerprint is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned yet: type the fingerprint the server&apos;s set-up printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user (the role) to connect as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ControlRoomPage</name>
    <message>
        <source>&amp;Dispatch directly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control room records the night calls and the front desk enters them as tickets; your role does neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call recorded at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight&apos;s calls (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return recorded at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DispatchDialog</name>
    <message>
        <source>Dispatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second dispatch of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said on the callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback (not satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who goes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid service (priced from the fee schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatc&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatc&amp;h again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load and apply again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FeeScheduleDialog</name>
    <message>
        <source>Fee schedule for paid services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. each, per metre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan, e.g. 35.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the price in yuan, e.g. 35.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load and apply again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FeeSummaryWidget</name>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the monthly summary to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FeesPage</name>
    <message>
        <source>C&amp;ounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing ru&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge it&amp;ems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears and dunn&amp;ing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mont&amp;hly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FirstStartWizard</name>
    <message>
        <source>Set up FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Name the property and create the first administrator: they create the other accounts and import the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 翠湖花园</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin or zhang.wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GlobalSearch</name>
    <message>
        <source>Find: 3-1-502, a ticket number, a name, a phone&apos;s last 4 digits or any words (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter opens · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GlobalSearchModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HandoverDialog</name>
    <message>
        <source>Handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the next shift must know: calls expected, visitors, promises made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign and hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving person&apos;s sign-in &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover sheet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · shift %2 · %3, on duty %4 – %5</source>
        <extracomment>Dialog head: post · shift with its times · who was on it from when (to when, once handed over).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · shift %2 · %3, on duty since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed sheet waits on the Handover page until the arriving person signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift&apos;s sheet is drafted with the lines below. Sign it with your password to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These lines are handed over as they stand now. Add what else the next person must know, then sign with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed over and signed at %2. The arriving person answers every line: tick it, or write what does not match. Then they sign with their own sign-in name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed %1. Handed over by %2 (signed %3), taken over by %4 (signed %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) answered</source>
        <translation>
            <numerusform>%1 of %n line answered</numerusform>
            <numerusform>%1 of %n lines answered</numerusform>
        </translation>
    </message>
    <message>
        <source>The open items changed while this sheet was open. Read the lines again and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post they work a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HandoverItemsView</name>
    <message>
        <source>Nothing is open at this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>√ acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or what does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× disputed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HandoverPrintButton</name>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handover sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HandoverSheetModel</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>Who handed over to whom; the arriving person is not known while the sheet is a draft.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n disputed</numerusform>
            <numerusform>%n disputed</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving → arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HomePage</name>
    <message>
        <source>Keys that save time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page (point at the list on the left to see which key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen whenever you leave the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user at a change of shift without closing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit, a ticket or a person: 3-1-502, a ticket number, a name, a phone&apos;s last 4 digits or any words of what was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues: my open work, what is overdue and what falls due within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover: start your shift, hand over with both signatures, print the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors: check in, who is inside now, check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage and mail: parcels, stored items and tools lent, each signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intake form you began is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intake form you began is not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit list as a CSV file (UTF-8 or the GBK that Excel saves). It is checked first and nothing is written; import it once no problem is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix them in the file and choose it again.</source>
        <translation>
            <numerusform>%n problem: fix it in the file and choose it again.</numerusform>
            <numerusform>%n problems: fix them in the file and choose it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 new unit(s), %2 changed, %3 unchanged; %4 new resident(s).</source>
        <translation>
            <numerusform>%n row read: units %1 new, %2 changed, %3 unchanged; %4 new residents.</numerusform>
            <numerusform>%n rows read: units %1 new, %2 changed, %3 unchanged; %4 new residents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview, nothing written yet: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ImportProblemModel</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::IntakeClassFieldsWidget</name>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walls and ceilings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, departments or neighbours concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer wants done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in the daily-affairs register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People involved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::IntakeHistoryWidget</name>
    <message>
        <source>Customer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit or write the caller&apos;s name to see their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no earlier tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the latest %n ticket(s).</source>
        <translation>
            <numerusform>%1: %n earlier ticket.</numerusform>
            <numerusform>%1: the latest %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Has complained %n time(s) before.</source>
        <translation>
            <numerusform>Has complained %n time before.</numerusform>
            <numerusform>Has complained %n times before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::IntakePage</name>
    <message>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sai&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest/suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;jor / urgent / sudden: report to the superior at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved form was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older draft typed on this computer while the server was away is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::IntakePromiseWidget</name>
    <message numerus="yes">
        <source>A reply is owed within %n hour(s), or by the time promised to the customer (R-IN-4).</source>
        <translation>
            <numerusform>A reply is owed within %n hour, or by the time promised to the customer (R-IN-4).</numerusform>
            <numerusform>A reply is owed within %n hours, or by the time promised to the customer (R-IN-4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::LateFeeDialog</name>
    <message>
        <source>Late fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge as &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for waiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the bill was sent late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive the selected bill&apos;s late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees of unit %1 to today, per bill unpaid past its due day, at the site&apos;s rate on what it still owes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late fee today (the site may charge none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees in all: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is charged one at a time yet: a manager sets one up under Charge items, e.g. 滞纳金.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the bill whose late fee is waived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::LobbyLogsPage</name>
    <message>
        <source>Parcels and mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools lent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::LockCover</name>
    <message>
        <source>FrontDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::LockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in. Enter the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MeterReadingDialog</name>
    <message>
        <source>Meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s readings of a metered item: its billing run bills each unit&apos;s use (current − previous) × multiplier at the rate&apos;s price per unit. A reading can be corrected until its month is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon&amp;th read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the meter shows it, e.g. 1036.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multip&amp;lier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 换新表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meter reader&apos;s sheet (CSV: 房号, 本期读数; optionally 上期读数, 倍率, 备注)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &amp;sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is billed by meter reading yet: a manager sets one up under Charge items (basis: by meter reading), e.g. 水费.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s last reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last reading %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first reading: write the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reading as the meter shows it, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meter reader&apos;s sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix them in the sheet and choose it again. Nothing is written.</source>
        <translation>
            <numerusform>%n problem: fix it in the sheet and choose it again. Nothing is written.</numerusform>
            <numerusform>%n problems: fix them in the sheet and choose it again. Nothing is written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s), use %1 in all; nothing written yet.</source>
        <translation>
            <numerusform>%n reading, use %1 in all; nothing written yet.</numerusform>
            <numerusform>%n readings, use %1 in all; nothing written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) imported.</source>
        <translation>
            <numerusform>%n reading imported.</numerusform>
            <numerusform>%n readings imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>corrects %1, recorded by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them correct a reading recorded already (in the list above).</source>
        <translation>
            <numerusform>%n of them corrects a reading recorded already (in the list above).</numerusform>
            <numerusform>%n of them correct a reading recorded already (in the list above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported. Choose the sheet again to see the month as it is now.</source>
        <translation>
            <numerusform>%n problem: nothing was imported. Choose the sheet again to see the month as it is now.</numerusform>
            <numerusform>%n problems: nothing was imported. Choose the sheet again to see the month as it is now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MorningReviewPage</name>
    <message>
        <source>&amp;Start today&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or manager reviews the previous shifts&apos; records. Your role cannot start or read the morning review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: write a comment on the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what you noted on the selected record; Enter marks it read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous shifts&apos; handover sheets and night calls wait for today&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous shifts have been reviewed. The next review is due when shift A starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review completed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover sheet or night call in this stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To chase (%n)</source>
        <translation>
            <numerusform>To chase (%n)</numerusform>
            <numerusform>To chase (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed handover line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night call not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unfinished was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still unread.</source>
        <translation>
            <numerusform>%n record still unread.</numerusform>
            <numerusform>%n records still unread.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comme&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read again to save yours in its place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MoveDetailWidget</name>
    <message>
        <source>Owner&apos;s archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, or why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book the cargo lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parking card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signat&amp;ure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for the da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not appli&amp;cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 主卧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 窗户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hoto file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a picture or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan; empty: repaired through a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ord the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it will not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to cancel the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair or charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · day agreed %2 · %3 · opened %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · defects still open: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s record holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over and held: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step always applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in yuan, more than zero, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was recorded on another desk meanwhile; what is typed here was for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MovePlanWidget</name>
    <message>
        <source>A move copies these steps when it opens; the ones ticked are used, in this order. A move-in checks that the documents ticked are in the owner&apos;s archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-&amp;in steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-o&amp;ut steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlie&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant&apos;s &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the site&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always a step: it cannot be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lists here are kept: Save again to put them in force, or Back to leave theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MovesPage</name>
    <message>
        <source>Show &amp;ended moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site&apos;s steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo lift today: not booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cargo lift today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::NavigationPanel</name>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n open</numerusform>
            <numerusform>%1, %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::NewAccountForm</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::NewMoveForm</name>
    <message>
        <source>A new move-in or move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner or &amp;tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next clerk should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;ck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new (enter below)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::NewRenovationForm</name>
    <message>
        <source>Renovation application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decoration company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licen&amp;ce no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in c&amp;harge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the wor&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done, room by room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work s&amp;tarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work ends b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;awings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;mit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2, after: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;mit the new round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the renovation was applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, e.g. 美居装饰有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::NightCallDialog</name>
    <message>
        <source>Dispatch directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 did, e.g. replaced the pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatc&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::NightCallForm</name>
    <message>
        <source>Record a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-1-502 or 31502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the call is about no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. water pipe burst in the bathroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1 in the registry. Write it like 3-1-502.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::OneOffChargeDialog</name>
    <message>
        <source>Special service or other one-off charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 更换水龙头, 配门禁卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 150 or 35.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid now at the counter (due today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge for unit %1 with its own amount. It goes on the unit&apos;s bills at once; finance checks it like any billing run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is charged one at a time yet: a manager sets one up under Charge items (basis: one charge at a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bill it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount in yuan with at most two decimals, e.g. 35.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deposit, held)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::OpeningBalanceDialog</name>
    <message>
        <source>Import opening balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file from the old system, one row per amount owed: unit (房号), charge item (收费项目, its code or name), month (所属期间, e.g. 2026-10) and amount owed in yuan (欠费金额); a note (备注) may follow. UTF-8 or GBK. Nothing is written unless every row is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the opening balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix them in the file and choose it again. Nothing is written.</source>
        <translation>
            <numerusform>%n problem: fix it in the file and choose it again. Nothing is written.</numerusform>
            <numerusform>%n problems: fix them in the file and choose it again. Nothing is written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) owed by %1 unit(s) over %2 month(s), total %3</source>
        <translation>
            <numerusform>%n amount owed by %1 unit(s) over %2 month(s), total %3</numerusform>
            <numerusform>%n amounts owed by %1 unit(s) over %2 month(s), total %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview (%1), nothing written yet: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1. The units are on the arrears list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ParcelBatchModel</name>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ParcelListModel</name>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Picked up %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told %1 (%2 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ParcelReceiveWidget</name>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who brought it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is damaged (torn, wet, crushed…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the piece is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n piece(s) from %1.</source>
        <translation>
            <numerusform>Saved: %n piece from %1.</numerusform>
            <numerusform>Saved: %n pieces from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This batch: %n piece(s)</source>
        <translation>
            <numerusform>This batch: %n piece</numerusform>
            <numerusform>This batch: %n pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ParcelsPage</name>
    <message>
        <source>&amp;Receive a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (where the slip was left…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told, whole &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident told by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who picks up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) waiting</source>
        <translation>
            <numerusform>%n parcel waiting</numerusform>
            <numerusform>%n parcels waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet told</source>
        <translation>
            <numerusform>%n not yet told</numerusform>
            <numerusform>%n not yet told</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waiting parcels (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parcels being picked up in the list (Ctrl+click for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) for %1</source>
        <translation>
            <numerusform>%n piece for %1</numerusform>
            <numerusform>%n pieces for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed over: %n parcel(s) to %1.</source>
        <translation>
            <numerusform>Handed over: %n parcel to %1.</numerusform>
            <numerusform>Handed over: %n parcels to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::PendingCallsPanel</name>
    <message>
        <source>Night calls to enter (补单)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter as ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a retroactive ticket with the call&apos;s real times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No night call waits to be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Night calls to enter (补单): %n</source>
        <translation>
            <numerusform>Night calls to enter (补单): %n</numerusform>
            <numerusform>Night calls to enter (补单): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered as ticket %1, retroactive, at the call&apos;s real times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walls and ceilings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::QueuePage</name>
    <message>
        <source>Work queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: open the ticket · F: record a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My open work (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;within an hour (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no open work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no open work in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due within the hour in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no follow-up due next; F records follow-ups only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up recorded for %1; the next is due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;within %1 min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due within %1 min in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::QueueTableModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward or answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definite reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Status: %3
Person: %4
Department: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F: record a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3 at %4
Enter: open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RegistryPage</name>
    <message>
        <source>&amp;Import units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (3-1-502 or 31502), a resident&apos;s name, or a phone&apos;s last 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a CSV list of units and residents, then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ units</source>
        <translation>
            <numerusform>%n+ units</numerusform>
            <numerusform>%n+ units</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes you typed for this unit before leaving it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReminderController</name>
    <message>
        <source>escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Status: %3
Unit: %4 %5
Department: %6
Due since %7
%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up recorded for %1; the next is due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message>
        <source>missed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Due since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed %1 follow-ups, latest %2 (first %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more reminder(s)</source>
        <translation>
            <numerusform>%n more reminder</numerusform>
            <numerusform>%n more reminders</numerusform>
        </translation>
    </message>
    <message>
        <source>All of them are in the queues (Ctrl+J): overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReminderPanel</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F: record a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RenovationAcceptanceTab</name>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the owner asks, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k for acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ctification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to put right, when it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damages deducted from the deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 电梯轿厢划伤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduc&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of the deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amo&amp;unt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card or transfer n&amp;o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1. The deposit holds %2; its refund is due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit holds %1; it is refunded after the acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has asked for acceptance yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount in yuan, e.g. 300 or 120.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount in yuan, e.g. 5000 or 4700.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RenovationApplicationTab</name>
    <message>
        <source>Review by engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change, or the conditions of the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PDF or a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ag&amp;reement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit and decoration-waste fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was&amp;te fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harge both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases and days, as agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the wor&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;y withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to withdraw the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agreement&apos;s scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drawing(s)</source>
        <translation>
            <numerusform>%n drawing</numerusform>
            <numerusform>%n drawings</numerusform>
        </translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation agreement: signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each amount in yuan, e.g. 5000 or 800.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (taken back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RenovationDetailWidget</name>
    <message>
        <source>Application and deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers and passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (licence %2), %3 %4. Work %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to put right.</source>
        <translation>
            <numerusform>%n problem to put right.</numerusform>
            <numerusform>%n problems to put right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RenovationInspectionsTab</name>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dep&amp;artment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspec&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was f&amp;ound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in order, or what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;problem to put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner told &amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 电话告知业主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put right &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was p&amp;ut right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected problem, checked by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions of the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New en&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to e&amp;xtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put right %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to put right by %1 (told: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem is waiting to be put right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RenovationScopeWidget</name>
    <message>
        <source>Each item of work an application can list, and what it needs: allowed, engineering&apos;s approval, or forbidden (never approved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New i&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 阳台封窗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RenovationTab</name>
    <message>
        <source>Not at this stage (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RenovationWorkersTab</name>
    <message>
        <source>Workers on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;ker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;D number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 水电工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected worker leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print t&amp;he pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;y voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost, taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RenovationsPage</name>
    <message>
        <source>Worker pa&amp;ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR-20261205-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site&apos;s list of &amp;work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let in: %1, %2 (%3), pass valid until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the working hours (%1): recorded and flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pass %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save refund %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund receipt saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RepairListModel</name>
    <message>
        <source> · entered later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 2nd dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RepairsPage</name>
    <message>
        <source>&amp;Dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a department with a numbered order (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department reports the work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not satisfied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied callback: dispatch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispatch order as a PDF (A5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid services and their prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s), open ones first</source>
        <translation>
            <numerusform>%n repair</numerusform>
            <numerusform>%n repairs, open ones first</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a repair to see its dispatch order and return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 to %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid, total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: %1 by %2, %3 min, charged %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repair has not been dispatched yet: there is no order to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dispatch order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee &amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReportChartsWidget</name>
    <message>
        <source>Taken in by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time and callbacks (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReportsPage</name>
    <message>
        <source>&amp;Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one day instead of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day of the week (%1 to %2); with Daily, the day itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (%2). Tell them in person; a locked account is unlocked too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ResidentDialog</name>
    <message>
        <source>Add a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ResidentTableModel</name>
    <message>
        <source>%1 (moved out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (moved out %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReturnDialog</name>
    <message>
        <source>Order back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, as the technician reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan, e.g. 150 or 35.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harged (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the charge in yuan, e.g. 150 or 35.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record r&amp;eturn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load and apply again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReversalDialog</name>
    <message>
        <source>Take a payment back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wrong amount typed, transfer bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager approves it here with their own sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 for unit %4. The receipt stays on record and reprints as void; the bills it paid are open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is taken back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReviewBanner</name>
    <message>
        <source>Morning review in progress: %1 of %2 read.</source>
        <extracomment>The start page while the morning review is open (R-SH-4).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s review of the previous shifts&apos; records is not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ServerBanner</name>
    <message>
        <source>The database server cannot be reached since %1. Nothing can be saved until it is back: what you type stays in the form. The lists show what they read at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start FrontDesk with --connect to put it right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SessionStatusBar</name>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ShiftPage</name>
    <message>
        <source>&amp;Take over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arriving person answers every line and signs with their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End shift and hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on a shift. Start one at your post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent handover sheets — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent handover sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty at %1 · shift %2 · since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed the handover sheet; you stay on duty until the arriving person signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover sheet is drafted and waits for your signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handover sheet(s) wait for the arriving person&apos;s signature; the first by %1, signed %2.</source>
        <translation>
            <numerusform>%n handover sheet waits for the arriving person&apos;s signature: by %1, signed %2.</numerusform>
            <numerusform>%n handover sheets wait for the arriving person&apos;s signature; the first by %1, signed %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift %1 started at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover sheet could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift is past its end and was not handed over: hand it over, or start again to begin today&apos;s shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, shift %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — past its end, not handed over; the next person to start at %1 takes it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not signed in anywhere now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on a shift now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1. Choose 中文 or English in the Language menu after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SignatureField</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer refused to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on the paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said, where the paper is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature on the pad:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signs here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SignatureView</name>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer refused to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on the paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SiteSettingsPage</name>
    <message>
        <source>The posts people start a shift at (R-SH-1). A post switched off is not offered for new shifts; the records that name it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departments work is dispatched to (R-RP-1). Each is kept on the ticket by a key, so the same department is one queue whatever the screen&apos;s language; to change a name, switch the department off and add the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment and keys counted at every handover (R-SH-2), in the order of the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule(s) changed, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule(s) saved. They apply to work opened from now on; open tickets keep their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: another desk changed the rules marked in red since this page read them. Your values stay; Save again to put them in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule(s) saved; the one marked in red was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StoredItemDepositWidget</name>
    <message>
        <source>Depositor and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leaves the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;helf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depositor&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and give a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StoredItemDetailWidget</name>
    <message>
        <source>Depositor signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the expected pickup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer was reminded, what they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minded the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed to the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 %3&lt;br/&gt;Shelf &lt;b&gt;%4&lt;/b&gt; · expected pickup %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StoredItemListModel</name>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n item: %1</numerusform>
            <numerusform>%n items: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StoredItemPickupWidget</name>
    <message>
        <source>JC-20261122-003 — type or scan the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who collects the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 · shelf %4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StoredItemsPage</name>
    <message>
        <source>Filter: tag, unit, name, shelf or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;collected and delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1 — shelf %2. Print the tag for the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed out to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in storage</source>
        <translation>
            <numerusform>%n item in storage</numerusform>
            <numerusform>%n items in storage</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the tag as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TicketDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, caller %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (entered afterwards at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (entered %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due %1 (was %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (answer of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply promised by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (entered %1 by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the caller&apos;s number in full to call back (Alt+H). Each time is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TicketReplyDialog</name>
    <message>
        <source>The reply is due by the time promised to the customer (R-IN-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the desk cannot answer goes to the department head (R-IN-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s answer is given to the customer and the inquiry closes (R-IN-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply owed to the customer (R-IN-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise a reply time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to the department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the head&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head absent: keep the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ToolDialog</name>
    <message>
        <source>Add a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 梯子, 电钻, 扳手套装</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. T-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;many the desk has:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ToolLendWidget</name>
    <message>
        <source>&amp;Tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borrower&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, to call if not back today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 押金 100 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3 of %4 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ToolLoanModel</name>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ToolStockModel</name>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ToolsPage</name>
    <message>
        <source>Tools at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a tool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the borrower said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Called the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition, e.g. 完好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) out, the one due back first on top</source>
        <translation>
            <numerusform>%n loan out, the one due back first on top</numerusform>
            <numerusform>%n loans out, the one due back first on top</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a loan in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not back: due %1. Call the borrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call recorded; asked again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret&amp;ire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UnitDetailWidget</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone / butler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next clerk should know about this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the unit notes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a unit with the search field, then pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correc&amp;t resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moves out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new owner or tenant of this unit (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the name or the phones of the chosen resident (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resident who lives here in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day the chosen resident moved out (Alt+M); the record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload and apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes as saved at the other desk now:
%1
Your text is kept above; save it when it has what should stay of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UnitPickerWidget</name>
    <message>
        <source>3-1-502, a name, or a phone&apos;s last 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UnitSearchModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (last digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::VisitListModel</name>
    <message>
        <source>%1 (department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::VisitorInsideModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation>
            <numerusform>%1 (%n person)</numerusform>
            <numerusform>%1 (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::VisitorInstructionsWidget</name>
    <message>
        <source>New instruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit asked the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instructions from this unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::VisitorsPage</name>
    <message>
        <source>Inside now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resident said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed with the resident (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inside now: %n</source>
        <translation>
            <numerusform>Inside now: %n</numerusform>
            <numerusform>Inside now: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2, %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was turned away from %2; the refusal is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visitor inside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirmed with the resident for %1; next check in %n minutes.</source>
        <translation>
            <numerusform>Confirmed with the resident for %1; next check in %n minute.</numerusform>
            <numerusform>Confirmed with the resident for %1; next check in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the visitor who is leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n visits)</source>
        <translation>
            <numerusform>%1 (%n visit)</numerusform>
            <numerusform>%1 (%n visits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record refusal (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in a visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name; past visitors are suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 13812345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pur&amp;pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirme&amp;d by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-&amp;arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the visit was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refu&amp;sed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the resident refused the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;isitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::VisitsWidget</name>
    <message>
        <source>Record a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom the clerk spoke to (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. heating this winter, parking fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the customer said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department visit (e.g. joint visit with the supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) recorded, the latest first</source>
        <translation>
            <numerusform>%n visit recorded, the latest first</numerusform>
            <numerusform>%n visits recorded, the latest first</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more to go</source>
        <translation>
            <numerusform>%n more to go</numerusform>
            <numerusform>%n more to go</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1 recorded for the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FrontDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
