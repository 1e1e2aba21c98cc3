#pragma once

#include "core/Result.h"
#include "core/Signature.h"
#include "engine/search/SearchService.h"
#include "engine/watches/RecordSources.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/SignatureService.h"
#include "engine/watches/WatchService.h"
#include "modules/parcels/ParcelTypes.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// Mail and parcels (报刊邮件、快递, R-PS-4): a courier's batch is counted and checked on receipt
// (damage noted), sorted by unit, the resident is told, and the recipient signs on pickup. Each
// waiting parcel keeps a watch (source "parcel") that comes due RemindMinutes after receipt or after
// the last notice, until it is picked up. Every change is one Transaction with its audit events; a
// refused one writes nothing.
class ParcelService
{
    Q_DECLARE_TR_FUNCTIONS(ParcelService)

public:
    static constexpr auto WatchSource = "parcel";
    // The reminder interval's key; SiteRules holds it and its default.
    static constexpr auto RemindMinutesKey = SiteRules::ParcelRemindMinutes;
    static constexpr int MaxPieces = 999;
    static constexpr int MaxTrackingLength = 64;

    ParcelService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);

    [[nodiscard]] int remindMinutes() const;

    // R-PS-4: saves the batch and all its lines, or nothing. A bad line's error names the field
    // ("unit", "pieces", "tracking", "damage") and the line (Error::row, 1-based).
    Result<ParcelBatch> receive(const Session& who, const ParcelBatchInput& batch);

    // The parcels of `filter`, sorted by unit then by arrival; `offset`/`limit` page them.
    [[nodiscard]] Result<QList<Parcel>> list(ParcelFilter filter, int limit, int offset = 0) const;
    [[nodiscard]] Result<qint64> count(ParcelFilter filter) const;
    [[nodiscard]] Result<Parcel> find(qint64 parcelId) const;
    // Everything still waiting for a unit, oldest first.
    [[nodiscard]] Result<QList<Parcel>> waitingOf(qint64 unitId) const;

    // The resident was told (again): each parcel gets a notice and its watch comes due again
    // RemindMinutes from now.
    Status notify(const Session& who, const QList<qint64>& parcelIds, NoticeWay how, const QString& note = {});
    Status notifyUnit(const Session& who, qint64 unitId, NoticeWay how, const QString& note = {});

    // R-PS-4 "the recipient signs": hands over one or several waiting parcels of one unit against one
    // signature (or a waiver with its reason). Returns the signature id. Errors: "parcels" (none
    // chosen, already picked up, different units), "collector", "signature".
    Result<qint64> pickUp(const Session& who, const QList<qint64>& parcelIds, const Signature& signature);

    [[nodiscard]] Result<Signature> signature(qint64 signatureId) const { return m_signatures.find(signatureId); }

    // Tracking numbers, unit codes (3-1-502 and 31502) and carriers in the desk's search.
    [[nodiscard]] static SearchSource searchSource();
    // What this module\'s records are called, for the engine, the reports and the search (RecordSources).
    [[nodiscard]] static RecordSource recordSource();

    [[nodiscard]] static QString kindKey(ParcelKind kind);
    [[nodiscard]] static QString kindName(ParcelKind kind);
    [[nodiscard]] static QString wayKey(NoticeWay way);
    [[nodiscard]] static QString wayName(NoticeWay way);
    [[nodiscard]] static QStringList carriers();

private:
    Status validate(const ParcelBatchInput& batch) const;
    Status armWatch(const Parcel& parcel, qint64 dueMs, qint64 nowMs);
    [[nodiscard]] Result<QList<Parcel>> select(const QString& where, const QVariantList& binds,
                                               const QString& order) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteRules& m_rules;
    WatchService m_watches;
    SignatureService m_signatures;
};

} // namespace fd
