#pragma once

#include "core/Result.h"
#include "engine/search/SearchService.h"
#include "engine/watches/RecordSources.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/SignatureService.h"
#include "engine/watches/WatchService.h"
#include "modules/storeditems/StoredItemTypes.h"

#include <QCoreApplication>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// Stored items (物品寄存, R-PS-1..3): deposits with a numbered tag (JC-YYYYMMDD-NNN), the depositor's
// signature, a shelf and an expected pickup time; an overdue item's watch reminds the desk until the
// customer is reminded (re-armed) or it is delivered with consent (R-PS-2); pickup against the tag
// with the collector's signature (R-PS-3). Every change is audited inside its Transaction; nothing
// is deleted. Field names of errors: depositorName, depositorPhone, unit, items, shelf, pickup,
// signature, note, consent, tag, collectorName.
class StoredItemService
{
    Q_DECLARE_TR_FUNCTIONS(StoredItemService)

public:
    static constexpr auto WatchSource = "stored_item";
    static constexpr auto SearchKind = "stored_item";
    // R-PS-2: after "reminded the customer" the desk is told again this much later. A site rule
    // (PROCEDURES.md gives no number; SiteRules holds the key and its default).
    static constexpr auto RemindMinutesKey = SiteRules::StorageRemindMinutes;
    static constexpr int MaxLines = 50;
    static constexpr int MaxQuantity = 9999;

    StoredItemService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules);

    // R-PS-1: validates everything first (nothing written on an error), then stores the signature,
    // the item with its next tag, its lines, the event, and arms the watch at the expected pickup.
    Result<StoredItem> deposit(const Session& who, const DepositRequest& request);
    // R-PS-2: a contact attempt on an overdue item; the watch is re-armed at now + remindMinutes().
    Result<StoredItem> remind(const Session& who, qint64 itemId, const QString& note);
    // R-PS-2: delivered to the unit with the consent of `consentBy`; the item ends, the watch closes.
    Result<StoredItem> deliverWithConsent(const Session& who, qint64 itemId, const QString& consentBy,
                                          const QString& note = {});
    // R-PS-3: collected against the tag; a wrong or already used tag is refused (field "tag").
    Result<StoredItem> pickUp(const Session& who, const QString& tag, const QString& collectorName,
                              const Signature& signature);

    // --- Reads.
    [[nodiscard]] Result<StoredItem> find(qint64 id) const;
    [[nodiscard]] Result<StoredItem> findByTag(const QString& tag) const;
    // Held items first (soonest pickup first), then ended ones newest first; without lines.
    [[nodiscard]] Result<QList<StoredItem>> items(const StoredItemFilter& filter, int limit, int offset = 0) const;
    [[nodiscard]] Result<qint64> heldCount() const;
    [[nodiscard]] Result<QList<StoredItemEvent>> history(qint64 itemId) const;
    [[nodiscard]] Result<Signature> signature(qint64 signatureId) const { return m_signatures.find(signatureId); }
    [[nodiscard]] int remindMinutes() const;

    // "JC-20261122-003": accepts lower case and surrounding spaces as typed or scanned.
    [[nodiscard]] static QString normalizedTag(const QString& typed);
    [[nodiscard]] static QString statusName(StoredItemStatus status);
    [[nodiscard]] static QString eventName(const QString& kind);
    // For the global search (SearchService::addSource): tag, depositor, unit, items, shelf, phone.
    [[nodiscard]] static SearchSource searchSource();
    // What this module\'s records are called, for the engine, the reports and the search (RecordSources).
    [[nodiscard]] static RecordSource recordSource();

private:
    Status validate(const Session& who, const DepositRequest& request) const;
    Result<QString> allocateTag(qint64 atMs);
    Result<StoredItem> loadHeld(qint64 itemId) const;
    Status addEvent(const Session& who, qint64 itemId, const QString& kind, const QString& note);
    Status armWatch(const StoredItem& item, qint64 dueMs);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    const SiteRules& m_rules;
    SignatureService m_signatures;
    WatchService m_watches;
};

} // namespace fd
