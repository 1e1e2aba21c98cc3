#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// The cashier's cash count at the end of a shift (交班点钞, R-FE-2). What a cashier took per method
// since their own last count (the first: since the day began) is read from the ledger (payments
// taken back are left out); the cashier
// types what they counted: the cash in the drawer, the card terminal's batch total, the WeChat Pay and
// Alipay statements, the transfers seen on the account. The count is kept with every difference and,
// when there is one, the explanation (长款/短款); it goes on the cashier's handover sheet. Append-only
// and audited.
class CashCountService
{
    Q_DECLARE_TR_FUNCTIONS(CashCountService)

public:
    CashCountService(Database& db, const Clock& clock, AuditLog& audit);

    // What `who` took since their last count, per method, as of now (id 0). Needs fees.collect.
    [[nodiscard]] Result<CashCount> expected(const Session& who) const;
    // Closes the count: `counted` as typed per method ("1,234.50"; empty is nothing counted). Errors
    // name the field: "counted.<method key>" (not an amount; a method with takings left uncounted),
    // note (a difference without an explanation). Nothing is written then.
    Result<CashCount> close(const Session& who, const QMap<PaymentMethod, QString>& counted, const QString& note);
    // The counts of every cashier, the latest first (fees.view).
    [[nodiscard]] Result<QList<CashCount>> counts(const Session& who, int limit = 50) const;

private:
    [[nodiscard]] Result<CashCount> expectedOf(qint64 userId, const QString& name) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd
