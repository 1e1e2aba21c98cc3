#pragma once

#include "core/Result.h"
#include "engine/search/SearchService.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// Payment notices (缴费通知单, R-FE-1): what each unit owes for a billed month, for one unit or every
// unit of a building, read from the ledger the way the counter reads it. They are given out only when
// finance has checked every run that billed those units that month (BillingService::check). The first
// time a unit's notice of a month is given out it is numbered (ZD2026000001, the bill's number the
// global search finds); given out again it keeps its number.
class PaymentNoticeService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentNoticeService)

public:
    struct Building
    {
        qint64 id = 0;
        QString name; // "3 三号楼"
    };

    static constexpr auto SearchKind = "payment_notice";

    PaymentNoticeService(Database& db, const Clock& clock, AuditLog& audit);

    // For the global search (SearchService::addSource): the notice's number and its unit.
    [[nodiscard]] static SearchSource searchSource();
    // The unit a numbered notice is for (0: no such notice), to open its account.
    [[nodiscard]] qint64 unitOfNotice(qint64 noticeId) const;

    // The site's buildings, by code, to pick whose notices to print.
    [[nodiscard]] Result<QList<Building>> buildings() const;
    // The notices of `period` ("2026-12") for one unit (its code, as written or without separators),
    // or every billed unit of a building (buildingId), or every billed unit (neither), by unit code.
    // Needs fees.bill. Errors name the field: period, noticeUnit (no such unit), notices (nothing
    // billed there; a run not checked yet). Reads only: the notices carry the numbers given before.
    [[nodiscard]] Result<QList<PaymentNotice>> notices(const Session& who, const QString& period, qint64 buildingId,
                                                       const QString& unitCode = {}) const;
    // The notices are given out (saved to print): those without a number get one, in one transaction
    // with one audit event; the others keep theirs. Needs fees.bill.
    Status giveOut(const Session& who, QList<PaymentNotice>& notices);

private:
    [[nodiscard]] Status readNumbers(const QString& period, QList<PaymentNotice>& notices) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd
