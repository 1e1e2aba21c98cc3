#pragma once

#include "modules/registry/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// What an opening-balance import did, or would do (preview), or why it did nothing.
struct OpeningBalanceReport
{
    bool accepted = false; // false: nothing was (or would be) written
    bool preview = false;
    QString encoding;
    int rowsRead = 0;
    int lines = 0;
    int units = 0;
    int months = 0; // one billing run per month owed
    qint64 totalFen = 0;
    QList<ImportProblem> problems;
    std::optional<Error> refusal; // the role may not import
};

// The amounts owed when a site starts with FrontDesk, from its old system (R-FE-3, R-FE-5): a CSV of
// unit, charge item, month and amount owed (Chinese or English headers, any order; UTF-8 or GB18030 as
// Chinese Excel saves it). Every row is checked first and every bad one named: an unknown unit or item,
// a month not yet begun, an amount that is not more than zero with at most two decimals, the same
// unit, item and month twice in the file, or already billed. Only a file with no problem is written,
// all of it in one transaction: per month one billing run of lines without a rate at their own
// amount, due on the item's due day of that month, so they are on the arrears list at once; a unit's
// prepaid balance settles them. Needs Permission::BillFees.
class OpeningBalanceService
{
    Q_DECLARE_TR_FUNCTIONS(OpeningBalanceService)

public:
    OpeningBalanceService(Database& db, const Clock& clock, AuditLog& audit);

    // preview: checks and counts, writes nothing.
    OpeningBalanceReport importCsv(const Session& who, const QByteArray& bytes, bool preview);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd
