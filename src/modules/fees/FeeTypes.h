#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace fd {

// How an item's amount is worked out (R-FE-1): by the unit's floor area (元/㎡/月), a fixed sum a
// month (garbage, a parking space's rent), by the month's meter reading (water, electricity: the use
// × the price per unit), or one charge at a time with its own amount (special services R-FE-4, a
// returned repair's charge, keys and cards), which no billing run bills. A deposit (装修押金) is
// charged one at a time too, but it is money held for the unit, never income.
enum class ChargeBasis { Area, Fixed, OneOff, Meter, Deposit };
// How a payment was made (R-FE-2). Every method but cash has the transaction's reference.
enum class PaymentMethod { Cash, Card, WeChat, Alipay, Transfer };
// How many months one bill line covers: monthly, quarterly (from January, April, July, October) or
// yearly (from January).
enum class ChargePeriod { Monthly, Quarterly, Yearly };

// A charge item (收费项目) of the site.
struct ChargeItem
{
    qint64 id = 0;
    QString code; // the site's own, e.g. WY (物业费)
    QString name;
    ChargeBasis basis = ChargeBasis::Area;
    ChargePeriod period = ChargePeriod::Monthly;
    int dueDay = 15; // of the period's first month, 1–28; one-off: days after the charge's month ends
    bool active = true;
    bool listed = false; // billed only to the units listed for it (a parking space's rent)
    bool ahead = false;  // a monthly contract paid a month ahead: the month's run bills next month too
};

// A rate of an item for one unit type (empty: every type without one of its own), from a day on.
// Never edited: a new rate starts on its day (R-FE-5).
struct ChargeRate
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString unitType;
    qint64 priceFen = 0; // per ㎡ per month (area) or per month (fixed)
    QDate validFrom;
};

// A unit listed for an item billed only to listed units (a parking space's rent): from its first
// day, until its last once ended (R-FE-1: a month only partly covered is prorated by days).
struct ChargeListing
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 unitId = 0;
    QString unitCode;
    QDate from;
    QDate until;  // invalid while it lasts
    QString note; // what it is for, e.g. the space's number
};

// A month's meter reading of a unit for a metered item, in hundredths of the unit of use (吨, 度).
// A correction before the month is billed replaces the reading; the one not replaced counts.
struct MeterReading
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitCode;
    qint64 itemId = 0;
    QString period;
    qint64 previousCenti = -1; // -1 in a request: the unit's last reading of the item
    qint64 currentCenti = 0;
    int multiplier = 1; // the meter's ratio (电表倍率)
    QString note;
    qint64 recordedMs = 0;
    QString recordedBy;
    // In a request: the month's reading this one corrects, as the person saw it (0: none recorded yet).
    // A reading recorded or corrected meanwhile at another desk is never replaced unseen (issue 16).
    qint64 replacesId = 0;
    [[nodiscard]] qint64 useCenti() const { return (currentCenti - previousCenti) * multiplier; }
};

// One line of a billing run, computed (a preview) or billed.
struct BillLine
{
    qint64 id = 0; // 0 in a preview
    qint64 unitId = 0;
    QString unitCode;
    qint64 itemId = 0;
    QString itemName;
    ChargeBasis basis = ChargeBasis::Area; // the item's: what the quantity counts; a deposit is held
    QString period;                        // "2026-12": the first month it covers
    int months = 1;
    qint64 rateId = 0;   // 0 for a one-off charge
    qint64 quantity = 0; // centi-㎡ (area), centi-units used × multiplier (meter), or 1 (fixed, one-off)
    qint64 priceFen = 0;
    qint64 amountFen = 0;
    QDate dueDay;
    QString note;              // what a one-off charge was for; a meter's readings; a prorated month's days
    qint64 repairReturnId = 0; // the returned repair whose charge this line bills, or 0
    qint64 lateFeeOf = 0;      // a late fee: the line it is charged on, or 0
    QDate lateFeeThrough;      // a late fee: the day it is counted to
    qint64 rebills = 0;        // the line taken back that this one bills again, or 0
};

// What a billing run would bill (R-FE-1): every line, and the totals the cashier checks before
// confirming. Lines are ordered by unit code, then item code.
struct BillingPreview
{
    QString period;
    qint64 unitId = 0; // one unit alone, or 0
    qint64 itemId = 0; // one item alone, or 0
    QList<BillLine> lines;
    int units = 0;
    qint64 totalFen = 0;
    // Metered items with units read before but not this month (item name, how many): not billed.
    QList<std::pair<QString, int>> unread;
};

// A confirmed billing run.
struct BillingRun
{
    qint64 id = 0;
    QString period;
    qint64 unitId = 0;
    qint64 itemId = 0;
    int units = 0;
    int lines = 0;
    qint64 totalFen = 0;
    qint64 confirmedMs = 0;
    QString confirmedBy;
    qint64 checkedMs = 0; // the finance check (R-FE-1); 0 while unchecked
    QString checkedBy;
};

// A billed line not yet settled in full, as the cashier sees it on a unit's account.
struct OpenLine
{
    BillLine line;
    qint64 paidFen = 0;
    [[nodiscard]] qint64 outstandingFen() const { return line.amountFen - paidFen; }
};

// The late fee a line unpaid past its due day has run up (R-FE-3): what is still owed × the site's
// rate a day × the days since it was last counted (or since the due day and the days of grace),
// rounded half up once.
struct LateFee
{
    OpenLine line;
    QDate from;    // counted from the day after this one
    QDate through; // to this day (today)
    int days = 0;
    qint64 feeFen = 0;
};

// One method of a cashier's cash count: what the ledger says was taken, what was counted.
struct CashCountLine
{
    PaymentMethod method = PaymentMethod::Cash;
    qint64 expectedFen = 0;
    qint64 countedFen = 0;
    [[nodiscard]] qint64 differenceFen() const { return countedFen - expectedFen; } // + over, - short
};

// A cashier's cash count at the end of a shift (R-FE-2): the payments they took since their last
// count, per method, against what they counted; a difference is explained in the note. id 0: not
// closed yet (what is expected now).
struct CashCount
{
    qint64 id = 0;
    QString cashier;
    qint64 fromMs = 0; // after the last count (or from the first payment)
    qint64 toMs = 0;
    int payments = 0;
    qint64 lastPaymentId = 0;   // the cashier's last payment taken in; the next count starts after it
    QList<CashCountLine> lines; // every method, in FeeTerms::methods() order
    QString note;
    [[nodiscard]] qint64 expectedFen() const
    {
        qint64 sum = 0;
        for (const CashCountLine& l : lines)
            sum += l.expectedFen;
        return sum;
    }
    [[nodiscard]] qint64 countedFen() const
    {
        qint64 sum = 0;
        for (const CashCountLine& l : lines)
            sum += l.countedFen;
        return sum;
    }
};

// A payment notice (缴费通知单, R-FE-1) of one unit for one month: the month's lines with what
// already settled them (prepaid), what is still unpaid from earlier months, and what is due in all.
struct PaymentNotice
{
    QString number; // ZD2026000001: given the first time the notice is given out, kept when printed again
    qint64 unitId = 0;
    QString unitCode;
    QString owner;
    QString period;
    QList<OpenLine> lines;     // the month's lines, oldest due first
    qint64 earlierOwedFen = 0; // unpaid lines of earlier months
    QDate dueDay;              // the earliest due day of the month's lines
    [[nodiscard]] qint64 billedFen() const
    {
        qint64 sum = 0;
        for (const OpenLine& o : lines)
            sum += o.line.amountFen;
        return sum;
    }
    [[nodiscard]] qint64 settledFen() const
    {
        qint64 sum = 0;
        for (const OpenLine& o : lines)
            sum += o.paidFen;
        return sum;
    }
    [[nodiscard]] qint64 dueFen() const { return billedFen() - settledFen() + earlierOwedFen; }
};

// A unit's account (R-FE-2, R-FE-5): its open lines, oldest due first, what it owes in all and its
// prepaid balance (预存), every figure the sum of its entries.
struct UnitAccount
{
    qint64 unitId = 0;
    QString unitCode;
    QString owner;
    QList<OpenLine> open;
    qint64 owedFen = 0;
    qint64 prepaidFen = 0;
    qint64 depositsFen = 0; // deposits paid and held for the unit (not income)
    QDate oldestDue;        // of the open lines; null when nothing is open
};

// What the cashier takes: an amount for some of a unit's open lines (none: all of it is prepaid).
struct PaymentRequest
{
    qint64 unitId = 0;
    QList<qint64> lineIds;
    qint64 amountFen = 0;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference; // the transaction's number; required for every method but cash
    QString payer;     // who paid, as they gave their name; may be empty
};

// One line a payment settled, as its receipt lists it.
struct PaymentPart
{
    qint64 lineId = 0;
    QString itemName;
    QString period;
    int months = 1;
    qint64 amountFen = 0;
};

// A payment with its numbered receipt (收据), and its reversal if it was taken back.
struct Payment
{
    qint64 id = 0;
    QString receiptNo; // SJ + year + six digits: SJ2026000001
    qint64 unitId = 0;
    QString unitCode;
    QString owner;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QString payer;
    qint64 amountFen = 0;
    qint64 creditFen = 0; // the part that became the unit's prepaid balance
    qint64 takenMs = 0;
    QString takenBy;
    QList<PaymentPart> parts;
    bool reversed = false;
    QString reversalReason;
    QString reversalApprovedBy;
    qint64 reversedMs = 0;
};

// How the cashier reached a unit in arrears (R-FE-3); the dunning notices are recorded on their own.
enum class ContactKind { Phone, Visit, Note };

struct ArrearsContact
{
    qint64 id = 0;
    ContactKind kind = ContactKind::Phone;
    QString reason; // why it is unpaid, as the customer said
    QString note;
    qint64 createdMs = 0;
    QString createdBy;
};

// A written dunning notice (催款告知书), the first, second or third of one stretch of arrears.
struct DunningNotice
{
    qint64 id = 0;
    QString noticeNo; // CK + year + six digits
    qint64 unitId = 0;
    QString unitCode;
    QString owner;
    QDate since; // the due day of the oldest bill unpaid when it was issued
    int number = 1;
    qint64 owedFen = 0;
    QDate deadline;
    qint64 issuedMs = 0;
    QString issuedBy;
    QList<OpenLine> lines; // the unpaid lines when it was issued (filled by issueNotice, for printing)
};

// One unit on the arrears list (R-FE-3): unpaid after a due day.
struct ArrearsRow
{
    qint64 unitId = 0;
    QString unitCode;
    QString owner;
    qint64 owedFen = 0; // overdue and unpaid
    QDate since;        // the oldest unpaid due day
    int daysOverdue = 0;
    int notices = 0;       // issued in this stretch of arrears
    QDate nextNoticeFrom;  // null when three are issued
    QString lastContact;   // "2026-12-03 phone: 出差，月底交", empty when none
    bool referred = false; // referred for legal handling (stays on the unit)
};

// One row of the monthly summary (收费月报, R-FE-1): a building's bills of one item for the month, what
// of them is collected (so far) and what is outstanding.
struct FeeSummaryRow
{
    QString building;
    QString itemName;
    qint64 billedFen = 0;
    qint64 collectedFen = 0;
    [[nodiscard]] qint64 outstandingFen() const { return billedFen - collectedFen; }
};

// The monthly summary: the month's bills per building and item, their totals, the deposits apart
// with their own total, and the money taken in the month per method. Every total is the sum of its rows.
struct FeeSummary
{
    QString period;
    QList<FeeSummaryRow> rows; // income: every item but deposits
    FeeSummaryRow total;
    QList<FeeSummaryRow> deposits; // deposits charged for the month: held for the units, not income
    FeeSummaryRow depositTotal;
    QList<std::pair<PaymentMethod, qint64>> takenByMethod; // payments taken in the month, not taken back
    qint64 takenFen = 0;
};

} // namespace fd
