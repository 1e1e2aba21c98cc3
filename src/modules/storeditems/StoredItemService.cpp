// StoredItemService, part one: the changes — deposit (R-PS-1), reminding and delivering with consent
// (R-PS-2), pickup against the tag (R-PS-3). Part two (StoredItemReads.cpp) holds the reads.
#include "modules/storeditems/StoredItemService.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString when(qint64 ms)
{
    return DateTimeText::dateTime(ms);
}

QJsonObject describe(const StoredItem& s)
{
    QJsonArray lines;
    for (const StoredItemLine& l : s.lines)
        lines.append(
            QJsonObject{{u"description"_s, l.description}, {u"quantity"_s, l.quantity}, {u"condition"_s, l.condition}});
    return {{u"tag"_s, s.tag},
            {u"unit_id"_s, s.unitId},
            {u"depositor"_s, s.depositorName},
            {u"shelf"_s, s.shelf},
            {u"lines"_s, lines},
            {u"expected_pickup_ms"_s, s.expectedPickupMs},
            {u"status"_s, StoredItemService::statusName(s.status)},
            {u"collector"_s, s.collectorName},
            {u"consent_by"_s, s.consentBy}};
}

QString summaryOf(const QList<StoredItemLine>& lines)
{
    QStringList parts;
    for (const StoredItemLine& l : lines) {
        QString part = u"%1 ×%2"_s.arg(l.description.trimmed()).arg(l.quantity);
        if (!l.condition.trimmed().isEmpty())
            part += u" "_s + l.condition.trimmed();
        parts << part;
    }
    return parts.join(u"、"_s);
}

} // namespace

StoredItemService::StoredItemService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_rules(rules), m_signatures(db, clock, audit), m_watches(db)
{}

int StoredItemService::remindMinutes() const
{
    // Until SiteRules carries it, the default lives here and a site may override it.
    return m_rules.number(QString::fromLatin1(RemindMinutesKey));
}

Status StoredItemService::validate(const Session& who, const DepositRequest& r) const
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    if (r.depositorName.trimmed().isEmpty())
        return Error{u"storage.depositor"_s, tr("Write down who leaves the items."), u"depositorName"_s};
    if (!PhoneNumber::isValid(r.depositorPhone))
        return Error{u"storage.phone"_s, tr("Enter the depositor's phone number (a mobile or a landline)."),
                     u"depositorPhone"_s};
    if (r.unitId == 0)
        return Error{u"storage.unit"_s, tr("Choose the unit the items belong to."), u"unit"_s};
    auto unit = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {r.unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"storage.unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    // R-PS-1: items, count and condition.
    if (r.lines.isEmpty())
        return Error{u"storage.items"_s, tr("List at least one item."), u"items"_s};
    if (r.lines.size() > MaxLines)
        return Error{u"storage.items"_s, tr("At most %1 lines in one deposit.").arg(MaxLines), u"items"_s};
    for (int i = 0; i < r.lines.size(); ++i) {
        const StoredItemLine& l = r.lines.at(i);
        if (l.description.trimmed().isEmpty())
            return Error{u"storage.items"_s, tr("Line %1: say what the item is.").arg(i + 1), u"items"_s};
        if (l.quantity < 1 || l.quantity > MaxQuantity)
            return Error{u"storage.count"_s,
                         tr("Line %1 (%2): the count must be between 1 and %3.")
                             .arg(i + 1)
                             .arg(l.description.trimmed())
                             .arg(MaxQuantity),
                         u"items"_s};
    }
    if (r.shelf.trimmed().isEmpty())
        return Error{u"storage.shelf"_s, tr("Write down the shelf the items go on."), u"shelf"_s};
    if (r.expectedPickupMs <= m_clock.nowMs())
        return Error{u"storage.pickup"_s, tr("The expected pickup time must be later than now."), u"pickup"_s};
    // The depositor signs, unless the clerk records why not.
    return SignatureService::validate(r.signature);
}

Result<QString> StoredItemService::allocateTag(qint64 atMs)
{
    // The same daily counter table as tickets and dispatch orders, under its own kind.
    const QString day = QDateTime::fromMSecsSinceEpoch(atMs).date().toString(u"yyyyMMdd"_s);
    auto last = m_db.exec(u"INSERT INTO ticket_counters (kind, day, last) VALUES ('stored_item', ?, 1) "
                          "ON CONFLICT (kind, day) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last"_s,
                          {day});
    if (!last)
        return last.error();
    if (!last.value().next())
        return Error{u"storage.tag"_s, tr("The database did not give out a tag number.")};
    const int n = last.value().value(0).toInt();
    last.value().finish();
    return u"JC-%1-%2"_s.arg(day).arg(n, 3, 10, QChar(u'0'));
}

Status StoredItemService::addEvent(const Session& who, qint64 itemId, const QString& kind, const QString& note)
{
    auto id = m_db.insert(u"INSERT INTO stored_item_events (item_id, kind, at_ms, by_user, note) "
                          "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                          {itemId, kind, m_clock.nowMs(), who.user.id, sql::text(note.trimmed())});
    if (!id)
        return id.error();
    return {};
}

Status StoredItemService::armWatch(const StoredItem& s, qint64 dueMs)
{
    Watch w;
    w.source = QString::fromLatin1(WatchSource);
    w.refId = s.id;
    w.unitId = s.unitId;
    w.title = tr("Stored item %1 · %2 %3").arg(s.tag, s.unitCode, s.depositorName);
    w.detail = tr("Not collected (expected %1, shelf %2): remind %3, or deliver with consent.")
                   .arg(when(s.expectedPickupMs), s.shelf, s.depositorName);
    w.dueMs = dueMs;
    return m_watches.arm(w, m_clock.nowMs());
}

Result<StoredItem> StoredItemService::deposit(const Session& who, const DepositRequest& r)
{
    if (Status s = validate(who, r); !s) // R-PS-1: nothing is written on a bad field
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    Signature signature = r.signature;
    signature.signer = r.depositorName.trimmed();
    auto signatureId = m_signatures.store(who, signature);
    if (!signatureId)
        return signatureId.error();
    const qint64 now = m_clock.nowMs();
    auto tag = allocateTag(now);
    if (!tag)
        return tag.error();
    StoredItem s;
    s.tag = tag.value();
    s.unitId = r.unitId;
    s.depositorName = r.depositorName.trimmed();
    s.depositorPhone = PhoneNumber::normalize(r.depositorPhone);
    s.shelf = r.shelf.trimmed();
    for (const StoredItemLine& l : r.lines) {
        s.lines << StoredItemLine{l.description.trimmed(), l.quantity, l.condition.trimmed()};
        s.itemCount += l.quantity;
    }
    s.summary = summaryOf(s.lines);
    s.expectedPickupMs = r.expectedPickupMs;
    s.depositSignatureId = signatureId.value();
    s.note = r.note.trimmed();
    s.createdMs = now;
    auto id = m_db.insert(
        u"INSERT INTO stored_items (tag, unit_id, depositor_name, depositor_phone, shelf, summary, item_count, "
        "expected_pickup_ms, deposit_signature_id, note, created_ms, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {s.tag, s.unitId, s.depositorName, s.depositorPhone, s.shelf, s.summary, s.itemCount, s.expectedPickupMs,
         s.depositSignatureId, sql::text(s.note), now, who.user.id});
    if (!id)
        return id.error();
    s.id = id.value();
    for (int i = 0; i < s.lines.size(); ++i) {
        const StoredItemLine& l = s.lines.at(i);
        auto line = m_db.insert(u"INSERT INTO stored_item_lines (item_id, line_no, description, quantity, "
                                "item_condition) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                                {s.id, i + 1, l.description, l.quantity, sql::text(l.condition)});
        if (!line)
            return line.error();
    }
    if (Status e = addEvent(who, s.id, u"deposited"_s, s.note); !e)
        return e.error();
    auto code = m_db.scalar(u"SELECT code FROM units WHERE id = ?"_s, {s.unitId});
    if (!code)
        return code.error();
    s.unitCode = code.value().toString();
    if (Status w = armWatch(s, s.expectedPickupMs); !w) // R-PS-2: due at the expected pickup time
        return w.error();
    if (auto a = m_audit.append(who, u"stored_item"_s, s.id, u"deposited"_s, {}, describe(s)); !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return find(s.id);
}

Result<StoredItem> StoredItemService::loadHeld(qint64 itemId) const
{
    auto item = find(itemId);
    if (!item)
        return item.error();
    if (!item.value().held())
        return Error{u"storage.ended"_s,
                     tr("%1 is no longer in storage (%2).").arg(item.value().tag, statusName(item.value().status))};
    return item;
}

Result<StoredItem> StoredItemService::remind(const Session& who, qint64 itemId, const QString& note)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    auto item = loadHeld(itemId);
    if (!item)
        return item.error();
    const StoredItem& s = item.value();
    const qint64 now = m_clock.nowMs();
    if (!s.overdueAt(now)) // R-PS-2 is about items past their pickup time
        return Error{u"storage.not_overdue"_s, tr("%1 is not past its expected pickup time yet.").arg(s.tag)};
    if (note.trimmed().isEmpty())
        return Error{u"storage.note"_s, tr("Write down how the customer was reminded and what they said."), u"note"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto bumped =
        m_db.exec(u"UPDATE stored_items SET version = version + 1 WHERE id = ? AND status = 'held'"_s, {s.id});
    if (!bumped)
        return bumped.error();
    if (bumped.value().numRowsAffected() != 1) // collected or delivered at another desk since it was read
        return Error{u"storage.ended"_s, tr("%1 is no longer held.").arg(s.tag)};
    if (Status e = addEvent(who, s.id, u"reminded"_s, note); !e)
        return e.error();
    const qint64 next = now + qint64(remindMinutes()) * 60'000;
    if (Status w = armWatch(s, next); !w) // and keep reminding (R-PS-2)
        return w.error();
    const QJsonObject after{{u"note"_s, note.trimmed()}, {u"next_reminder_ms"_s, next}};
    if (auto a = m_audit.append(who, u"stored_item"_s, s.id, u"reminded"_s, {}, after); !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return find(s.id);
}

Result<StoredItem> StoredItemService::deliverWithConsent(const Session& who, qint64 itemId, const QString& consentBy,
                                                         const QString& note)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    auto item = loadHeld(itemId);
    if (!item)
        return item.error();
    const StoredItem& before = item.value();
    const qint64 now = m_clock.nowMs();
    if (!before.overdueAt(now))
        return Error{u"storage.not_overdue"_s,
                     tr("%1 is not past its expected pickup time: it is collected against the tag.").arg(before.tag)};
    if (consentBy.trimmed().isEmpty()) // R-PS-2: deliver with consent
        return Error{u"storage.consent"_s, tr("Write down who agreed to the delivery."), u"consent"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = m_db.exec(u"UPDATE stored_items SET status = 'delivered', ended_ms = ?, ended_by = ?, consent_by = ?, "
                       "version = version + 1 WHERE id = ? AND status = 'held'"_s,
                       {now, who.user.id, consentBy.trimmed(), before.id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) // collected or delivered at another desk since it was read
        return Error{u"storage.ended"_s, tr("%1 is no longer held.").arg(before.tag)};
    if (Status e = addEvent(who, before.id, u"delivered"_s,
                            note.trimmed().isEmpty() ? tr("Consent: %1").arg(consentBy.trimmed())
                                                     : tr("Consent: %1. %2").arg(consentBy.trimmed(), note.trimmed()));
        !e)
        return e.error();
    if (Status w = m_watches.close(QString::fromLatin1(WatchSource), before.id, now); !w)
        return w.error();
    StoredItem after = before;
    after.status = StoredItemStatus::Delivered;
    after.consentBy = consentBy.trimmed();
    if (auto a = m_audit.append(who, u"stored_item"_s, before.id, u"delivered"_s, describe(before), describe(after));
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return find(before.id);
}

Result<StoredItem> StoredItemService::pickUp(const Session& who, const QString& typedTag, const QString& collectorName,
                                             const Signature& signature)
{
    if (Status s = who.require(Permission::WorkTheDesk); !s)
        return s.error();
    const QString tag = normalizedTag(typedTag);
    if (tag.isEmpty())
        return Error{u"storage.tag"_s, tr("Type or scan the tag number."), u"tag"_s};
    auto item = findByTag(tag);
    if (!item)
        return Error{u"storage.tag"_s, tr("No such tag: %1.").arg(tag), u"tag"_s}; // R-PS-3
    const StoredItem& before = item.value();
    if (before.status == StoredItemStatus::Collected)
        return Error{
            u"storage.collected"_s,
            tr("%1 was collected on %2 by %3.").arg(tag, when(before.endedMs.value_or(0)), before.collectorName),
            u"tag"_s};
    if (before.status == StoredItemStatus::Delivered)
        return Error{u"storage.delivered"_s,
                     tr("%1 was delivered to the unit on %2 (consent: %3).")
                         .arg(tag, when(before.endedMs.value_or(0)), before.consentBy),
                     u"tag"_s};
    if (collectorName.trimmed().isEmpty())
        return Error{u"storage.collector"_s, tr("Write down who collects the items."), u"collectorName"_s};
    // R-PS-3: the collector signs — on the pad or the paper form; a refusal does not hand items out.
    if (Status s = SignatureService::validate(signature); !s)
        return s.error();
    if (signature.waivedReason == QLatin1String(Signature::Refused))
        return Error{u"storage.signature"_s,
                     tr("The collector has to sign for the items (on the pad or the paper form)."), u"signature"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    Signature signed_ = signature;
    signed_.signer = collectorName.trimmed();
    auto signatureId = m_signatures.store(who, signed_);
    if (!signatureId)
        return signatureId.error();
    const qint64 now = m_clock.nowMs();
    auto q = m_db.exec(u"UPDATE stored_items SET status = 'collected', ended_ms = ?, ended_by = ?, collector_name = ?, "
                       "collector_signature_id = ?, version = version + 1 WHERE id = ? AND status = 'held'"_s,
                       {now, who.user.id, collectorName.trimmed(), signatureId.value(), before.id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{u"storage.collected"_s, tr("%1 was collected just now at another desk.").arg(tag), u"tag"_s};
    if (Status e = addEvent(who, before.id, u"collected"_s, collectorName.trimmed()); !e)
        return e.error();
    if (Status w = m_watches.close(QString::fromLatin1(WatchSource), before.id, now); !w)
        return w.error();
    StoredItem after = before;
    after.status = StoredItemStatus::Collected;
    after.collectorName = collectorName.trimmed();
    if (auto a = m_audit.append(who, u"stored_item"_s, before.id, u"collected"_s, describe(before), describe(after));
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return find(before.id);
}

} // namespace fd
