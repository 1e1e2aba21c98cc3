#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// The site's charge items (收费项目) and their rates (R-FE-1, R-FE-5). An item is set up once and
// retired, never deleted; a rate is never edited: a new one starts on its day, after the last one of
// the same item and unit type, so a billed month always keeps the rate it was billed at. Every change
// is one Transaction with an audit event; a refused one writes nothing.
class ChargeService
{
    Q_DECLARE_TR_FUNCTIONS(ChargeService)

public:
    ChargeService(Database& db, const Clock& clock, AuditLog& audit);

    // Errors name the field: code, name, due_day.
    Result<ChargeItem> addItem(const Session& who, const ChargeItem& item);
    // A new rate of an item for a unit type ("" = every type without its own) from `validFrom` on.
    // Errors name the field: item, unit_type, price, valid_from (on or before the last rate's day:
    // rates never overlap).
    Result<ChargeRate> addRate(const Session& who, const ChargeRate& rate);

    [[nodiscard]] Result<QList<ChargeItem>> items(bool withRetired = false) const;
    [[nodiscard]] Result<ChargeItem> item(qint64 itemId) const;
    // An item's rates, oldest first.
    [[nodiscard]] Result<QList<ChargeRate>> rates(qint64 itemId) const;

    // Lists a unit for an item billed only to listed units (a parking space's rent) from its first
    // day on (fees.bill). Errors name the field: item (not such an item), unit, from, and from again
    // when the unit's listing for the item overlaps one it has (one at a time).
    Result<ChargeListing> listUnit(const Session& who, const ChargeListing& listing);
    // Ends a listing on its last day billed, on or after its first; once. Errors: listing, until.
    Result<ChargeListing> endListing(const Session& who, qint64 listingId, const QDate& until);
    // An item's listings, those that ended too, by unit.
    [[nodiscard]] Result<QList<ChargeListing>> listings(qint64 itemId) const;

    // A unit's fees start on `from` (its move-in, issue 14): the runs bill no month before it and the
    // month it starts in by its days (fees.bill). The latest start counts. Errors name the field:
    // unit, from (not a day; a month from then on billed already: withdraw those bills first).
    Status startFees(const Session& who, qint64 unitId, const QDate& from, const QString& note);
    // The same, done by the desk as a move-in's step (R-MI-1 "move-in starts the unit's fees"): needs desk
    // work instead of fees.bill; MoveService calls it inside the step's transaction.
    Status startFeesAtMoveIn(const Session& who, qint64 unitId, const QDate& from, const QString& moveNumber);
    // The day a unit's fees start, when one was set.
    [[nodiscard]] Result<std::optional<QDate>> feesFrom(qint64 unitId) const;

private:
    Status writeStart(const Session& who, qint64 unitId, const QDate& from, const QString& note);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd
