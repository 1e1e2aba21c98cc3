#pragma once

#include "core/Result.h"
#include "engine/search/SearchService.h"
#include "engine/watches/RecordSources.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteRules;
struct Session;

// Arrears and dunning (欠费催缴, R-FE-3). A unit with a bill unpaid after its due day is on the arrears
// list, oldest first, with what it owes, since when, the notices of this stretch of arrears and the
// last contact. The cashier records each contact and why it is unpaid, and issues written dunning
// notices numbered first, second and third, no sooner than the site's interval after the last
// (rule.fees.dunning_interval_days), each with a deadline (rule.fees.notice_deadline_days). After the
// third notice's deadline, still unpaid, the manager refers the unit for legal handling; that stays on
// the unit. A stretch of arrears is known by the due day of its oldest unpaid bill: paid off, the next
// one starts again at the first notice. Everything is append-only and audited.
class ArrearsService
{
    Q_DECLARE_TR_FUNCTIONS(ArrearsService)

public:
    static constexpr int Notices = 3; // R-FE-3: after the third, legal handling
    static constexpr auto SearchKind = "dunning_notice";
    static constexpr auto ReferralKind = "dunning_referral"; // the watch after the third notice

    ArrearsService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);
    // The dunning notices in the global search, by number and unit; the hit shows no amount.
    [[nodiscard]] static SearchSource searchSource();
    // The dunning follow-ups as watched records (not desk logs): a notice's watch reminds the
    // cashier and the manager when the next notice may go; after the third, the manager alone (who
    // refers) when the unit may be referred. A referral, or a payment that leaves nothing overdue,
    // closes it.
    [[nodiscard]] static QList<RecordSource> recordSources();
    // Inside the caller's transaction: closes the unit's dunning watches (nothing left overdue).
    static Status closeFollowUps(Database& db, qint64 unitId, qint64 nowMs);
    // A payment taken back left the unit overdue again (`open`: its open lines now): the follow-up of
    // the stretch's last notice (the next notice, or the referral after the third) reminds again,
    // unless the stretch is referred already.
    static Status reopenFollowUps(Database& db, qint64 unitId, const QList<OpenLine>& open, qint64 nowMs);

    // Units unpaid after a due day, the longest unpaid first, at most `limit`.
    [[nodiscard]] Result<QList<ArrearsRow>> arrears(const Session& who, int limit = 500) const;
    // Errors name the field: unit, note (neither a reason nor a note).
    Result<ArrearsContact> recordContact(const Session& who, qint64 unitId, ContactKind kind, const QString& reason,
                                         const QString& note);
    // The unit's next notice with its unpaid lines. Errors name the field: unit (nothing overdue; three
    // issued already; too soon after the last: the day the next may go).
    Result<DunningNotice> issueNotice(const Session& who, qint64 unitId);
    // The manager's referral after the third notice's deadline. Errors name the field: unit.
    Status refer(const Session& who, qint64 unitId, const QString& note);

    [[nodiscard]] Result<QList<DunningNotice>> notices(const Session& who, qint64 unitId) const;
    // One notice by its id (a search hit). Errors name the field: notice.
    [[nodiscard]] Result<DunningNotice> notice(const Session& who, qint64 noticeId) const;
    [[nodiscard]] Result<QList<ArrearsContact>> contacts(const Session& who, qint64 unitId) const;
    // The unit's card in the registry (a UnitFacts source): whether it owes after a due day and since
    // when, to everyone signed in; what it owes only to the roles that see fee amounts (fees.view);
    // and a legal referral, which stays on the unit. Empty when it owes nothing overdue.
    [[nodiscard]] QString unitFact(const Session& who, qint64 unitId) const;

private:
    // A unit's stretch of arrears: its overdue lines, what they owe, since when, and the notices of it.
    struct Overdue
    {
        QList<OpenLine> lines;
        qint64 owedFen = 0;
        QDate since;
        QList<DunningNotice> sent;
    };
    // Refused (field unit) when nothing is overdue.
    [[nodiscard]] Result<Overdue> overdue(qint64 unitId) const;
    [[nodiscard]] Result<QList<DunningNotice>> noticesOf(qint64 unitId, const QDate& since) const;
    [[nodiscard]] QDate today() const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteRules& m_rules;
    FeeLedger m_ledger;
};

} // namespace fd
