#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class Database;
struct Session;

// Payment notices (缴费通知单, R-FE-1): what each unit owes for a billed month, for one unit or every
// unit of a building, read from the ledger the way the counter reads it. They are given out only when
// finance has checked every run that billed those units that month (BillingService::check).
class PaymentNoticeService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentNoticeService)

public:
    struct Building
    {
        qint64 id = 0;
        QString name; // "3 三号楼"
    };

    explicit PaymentNoticeService(Database& db) : m_db(db) {}

    // The site's buildings, by code, to pick whose notices to print.
    [[nodiscard]] Result<QList<Building>> buildings() const;
    // The notices of `period` ("2026-12") for one unit (its code, as written or without separators),
    // or every billed unit of a building (buildingId), or every billed unit (neither), by unit code.
    // Needs fees.bill. Errors name the field: period, noticeUnit (no such unit), notices (nothing
    // billed there; a run not checked yet).
    [[nodiscard]] Result<QList<PaymentNotice>> notices(const Session& who, const QString& period, qint64 buildingId,
                                                       const QString& unitCode = {}) const;

private:
    Database& m_db;
};

} // namespace fd
