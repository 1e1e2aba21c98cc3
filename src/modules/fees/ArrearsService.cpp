#include "modules/fees/ArrearsService.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "engine/tickets/SiteRules.h"
#include "engine/watches/WatchService.h"
#include "modules/fees/FeeNumbers.h"
#include "modules/fees/FeeSql.h"
#include "modules/fees/FeeTerms.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

SearchSource ArrearsService::searchSource()
{
    return SearchSource{
        QString::fromLatin1(SearchKind),
        u"SELECT d.id, d.issued_ms, d.notice_no, un.code, d.notice_no || ' ' || un.code, d.unit_id FROM "
        "dunning_notices d JOIN units un ON un.id = d.unit_id WHERE d.id > ? ORDER BY d.id LIMIT ?"_s};
}

ArrearsService::ArrearsService(Database& db, const Clock& clock, AuditLog& audit, const SiteRules& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_rules(rules), m_ledger(db)
{}

QDate ArrearsService::today() const
{
    return m_clock.now().date();
}

Result<ArrearsService::Overdue> ArrearsService::overdue(qint64 unitId) const
{
    auto open = m_ledger.openLines(unitId);
    if (!open)
        return open.error();
    Overdue o;
    const QDate now = today();
    for (const OpenLine& line : open.value()) {
        if (line.line.dueDay >= now)
            continue; // not due yet: not arrears
        o.lines << line;
        o.owedFen += line.outstandingFen();
        if (!o.since.isValid() || line.line.dueDay < o.since)
            o.since = line.line.dueDay;
    }
    if (o.owedFen <= 0)
        return Error{u"fees.not_overdue"_s, tr("This unit has no bill unpaid after its due day."), u"unit"_s};
    auto sent = noticesOf(unitId, o.since);
    if (!sent)
        return sent.error();
    o.sent = std::move(sent).value();
    return o;
}

Result<QList<ArrearsRow>> ArrearsService::arrears(const Session& who, int limit) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    const QDate now = today();
    QHash<qint64, ArrearsRow> byUnit;
    {
        // Overdue open lines only (bill_line_open's partial index by due day): the list does not grow
        // with the years of settled bills nor with the bills not yet due. Summed here: a GROUP BY
        // would have the planner walk every open line in unit order instead.
        auto q = m_db.exec(u"SELECT unit_id, open_fen, due_day FROM bill_line_open WHERE open_fen > 0 AND "
                           "due_day < ?"_s,
                           {day(now)});
        if (!q)
            return q.error();
        while (q.value().next()) {
            ArrearsRow& r = byUnit[q.value().value(0).toLongLong()];
            r.unitId = q.value().value(0).toLongLong();
            r.owedFen += q.value().value(1).toLongLong();
            const QDate due = dayOf(q.value().value(2));
            if (!r.since.isValid() || due < r.since)
                r.since = due;
        }
        q.value().finish();
    }
    QList<ArrearsRow> rows = byUnit.values();
    std::sort(rows.begin(), rows.end(), [](const ArrearsRow& a, const ArrearsRow& b) {
        return a.since != b.since ? a.since < b.since : a.owedFen > b.owedFen;
    });
    if (rows.size() > limit)
        rows.resize(limit);
    if (rows.isEmpty())
        return rows;

    QStringList ids;
    for (const ArrearsRow& r : std::as_const(rows))
        ids << QString::number(r.unitId);
    const QString in = u" IN ("_s + ids.join(u',') + u')';
    QHash<qint64, std::pair<QString, QString>> units;
    QHash<std::pair<qint64, QString>, std::pair<int, qint64>> notices; // (unit, since) → count, last issued
    QHash<qint64, QString> lastContact;
    QSet<qint64> referred;
    {
        auto q = m_db.exec(u"SELECT un.id, un.code, "_s + QLatin1StringView(FeeSql::kOwnerOfUn) +
                           u" FROM units un WHERE un.id"_s + in);
        if (!q)
            return q.error();
        while (q.value().next())
            units.insert(q.value().value(0).toLongLong(),
                         {q.value().value(1).toString(), q.value().value(2).toString()});
        q.value().finish();
    }
    {
        auto q = m_db.exec(u"SELECT unit_id, since, COUNT(*), MAX(issued_ms) FROM dunning_notices WHERE unit_id"_s +
                           in + u" GROUP BY unit_id, since"_s);
        if (!q)
            return q.error();
        while (q.value().next())
            notices.insert({q.value().value(0).toLongLong(), q.value().value(1).toString()},
                           {q.value().value(2).toInt(), q.value().value(3).toLongLong()});
        q.value().finish();
    }
    {
        auto q = m_db.exec(u"SELECT unit_id, kind, reason, note, created_ms FROM arrears_contacts WHERE unit_id"_s +
                           in + u" ORDER BY created_ms, id"_s);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QString what = QStringList{q.value().value(2).toString(), q.value().value(3).toString()}
                                     .filter(QRegularExpression(u"\\S"_s))
                                     .join(u" · "_s);
            lastContact.insert(
                q.value().value(0).toLongLong(),
                tr("%1 %2: %3")
                    .arg(DateTimeText::date(q.value().value(4).toLongLong()),
                         FeeTerms::displayName(
                             FeeTerms::contactFromKey(q.value().value(1).toString()).value_or(ContactKind::Note)),
                         what));
        }
        q.value().finish();
    }
    {
        auto q = m_db.exec(u"SELECT DISTINCT unit_id FROM legal_referrals WHERE unit_id"_s + in);
        if (!q)
            return q.error();
        while (q.value().next())
            referred.insert(q.value().value(0).toLongLong());
        q.value().finish();
    }
    const int interval = m_rules.number(QString::fromLatin1(SiteRules::DunningIntervalDays));
    for (ArrearsRow& r : rows) {
        const auto unit = units.value(r.unitId);
        r.unitCode = unit.first;
        r.owner = unit.second;
        r.daysOverdue = int(r.since.daysTo(now));
        const auto sent = notices.value({r.unitId, day(r.since)}, {0, 0});
        r.notices = sent.first;
        if (r.notices == 0)
            r.nextNoticeFrom = now;
        else if (r.notices < Notices)
            r.nextNoticeFrom = QDateTime::fromMSecsSinceEpoch(sent.second).date().addDays(interval);
        r.lastContact = lastContact.value(r.unitId);
        r.referred = referred.contains(r.unitId);
    }
    return rows;
}

Result<ArrearsContact> ArrearsService::recordContact(const Session& who, qint64 unitId, ContactKind kind,
                                                     const QString& reason, const QString& note)
{
    if (Status s = who.require(Permission::CollectFees); !s)
        return s.error();
    ArrearsContact c;
    c.kind = kind;
    c.reason = reason.trimmed();
    c.note = note.trimmed();
    if (c.reason.isEmpty() && c.note.isEmpty())
        return Error{u"fees.contact_note"_s, tr("Write why it is unpaid, or what was said or done."), u"note"_s};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM units WHERE id = ?"_s, {unitId});
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() == 0)
        return Error{u"fees.no_unit"_s, tr("That unit is not in the registry."), u"unit"_s};
    c.createdMs = m_clock.nowMs();
    c.createdBy = who.user.displayName;
    auto id = m_db.insert(u"INSERT INTO arrears_contacts (unit_id, kind, reason, note, created_ms, created_by) "
                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {unitId, FeeTerms::key(kind), c.reason.isNull() ? u""_s : c.reason,
                           c.note.isNull() ? u""_s : c.note, c.createdMs, who.user.id});
    if (!id)
        return id.error();
    c.id = id.value();
    const QJsonObject after{
        {u"unit_id"_s, unitId}, {u"kind"_s, FeeTerms::key(kind)}, {u"reason"_s, c.reason}, {u"note"_s, c.note}};
    if (auto a = m_audit.append(who, u"arrears_contact"_s, c.id, u"recorded"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<QList<DunningNotice>> ArrearsService::noticesOf(qint64 unitId, const QDate& since) const
{
    auto q = m_db.exec(u"SELECT d.id, d.notice_no, d.unit_id, un.code, "_s + QLatin1StringView(FeeSql::kOwnerOfUn) +
                           u", d.since, d.number, d.owed_fen, d.deadline, d.issued_ms, u.display_name FROM "
                           "dunning_notices d JOIN units un ON un.id = d.unit_id JOIN users u ON u.id = d.issued_by "
                           "WHERE d.unit_id = ?"_s +
                           (since.isValid() ? u" AND d.since = ?"_s : QString()) + u" ORDER BY d.issued_ms, d.id"_s,
                       since.isValid() ? QVariantList{unitId, day(since)} : QVariantList{unitId});
    if (!q)
        return q.error();
    QList<DunningNotice> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        DunningNotice n;
        n.id = row.value(0).toLongLong();
        n.noticeNo = row.value(1).toString();
        n.unitId = row.value(2).toLongLong();
        n.unitCode = row.value(3).toString();
        n.owner = row.value(4).toString();
        n.since = dayOf(row.value(5));
        n.number = row.value(6).toInt();
        n.owedFen = row.value(7).toLongLong();
        n.deadline = dayOf(row.value(8));
        n.issuedMs = row.value(9).toLongLong();
        n.issuedBy = row.value(10).toString();
        out << n;
    }
    q.value().finish();
    return out;
}

Result<DunningNotice> ArrearsService::issueNotice(const Session& who, qint64 unitId)
{
    if (Status s = who.require(Permission::CollectFees); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto o = overdue(unitId);
    if (!o)
        return o.error();
    const QList<DunningNotice>& sent = o.value().sent;
    // R-FE-3: first, second, third, at the site's interval; after the third, legal handling.
    if (sent.size() >= Notices)
        return Error{u"fees.notices_done"_s,
                     tr("Three notices have been issued for these arrears; the manager refers the unit for legal "
                        "handling."),
                     u"unit"_s};
    const QDate now = today();
    if (!sent.isEmpty()) {
        const QDate next = QDateTime::fromMSecsSinceEpoch(sent.last().issuedMs)
                               .date()
                               .addDays(m_rules.number(QString::fromLatin1(SiteRules::DunningIntervalDays)));
        if (next > now)
            return Error{
                u"fees.notice_too_soon"_s,
                tr("Notice %1 went on %2; the next may go from %3.")
                    .arg(sent.last().noticeNo, DateTimeText::date(sent.last().issuedMs), DateTimeText::date(next)),
                u"unit"_s};
    }
    DunningNotice n;
    n.unitId = unitId;
    n.since = o.value().since;
    n.number = int(sent.size()) + 1;
    n.owedFen = o.value().owedFen;
    n.deadline = now.addDays(m_rules.number(QString::fromLatin1(SiteRules::NoticeDeadlineDays)));
    n.issuedMs = m_clock.nowMs();
    n.issuedBy = who.user.displayName;
    n.lines = o.value().lines;
    auto number = FeeNumbers::next(m_db, u"dunning"_s, u"CK"_s, now.year());
    if (!number)
        return number.error();
    n.noticeNo = number.value();
    auto id =
        m_db.insert(u"INSERT INTO dunning_notices (notice_no, unit_id, since, number, owed_fen, deadline, "
                    "issued_ms, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {n.noticeNo, unitId, day(n.since), n.number, n.owedFen, day(n.deadline), n.issuedMs, who.user.id});
    if (!id)
        return id.error();
    n.id = id.value();
    const QJsonObject after{{u"notice_no"_s, n.noticeNo}, {u"unit_id"_s, unitId},     {u"since"_s, day(n.since)},
                            {u"number"_s, n.number},      {u"owed_fen"_s, n.owedFen}, {u"deadline"_s, day(n.deadline)}};
    if (auto a = m_audit.append(who, u"dunning_notice"_s, n.id, u"issued"_s, {}, after); !a)
        return a.error();
    auto unit = m_db.exec(
        u"SELECT un.code, "_s + QLatin1StringView(FeeSql::kOwnerOfUn) + u" FROM units un WHERE un.id = ?"_s, {unitId});
    if (!unit)
        return unit.error();
    if (unit.value().next()) {
        n.unitCode = unit.value().value(0).toString();
        n.owner = unit.value().value(1).toString();
    }
    unit.value().finish();
    // R-FE-3: the engine reminds when the next notice may go, and after the third when to refer.
    if (Status s = closeFollowUps(m_db, unitId, n.issuedMs); !s)
        return s.error();
    Watch w;
    w.source = QString::fromLatin1(n.number < Notices ? SearchKind : ReferralKind);
    w.refId = n.id;
    w.unitId = unitId;
    w.title = tr("Dunning %1").arg(n.unitCode);
    if (n.number < Notices) {
        const QDate next = now.addDays(m_rules.number(QString::fromLatin1(SiteRules::DunningIntervalDays)));
        w.dueMs = QDateTime(next, QTime(0, 0)).toMSecsSinceEpoch();
        w.detail = tr("Dunning notice %1 may go now if it is still unpaid.").arg(n.number + 1);
    } else {
        w.dueMs = QDateTime(n.deadline.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        w.detail = tr("The third notice's deadline has passed: the manager refers it for legal handling if it is "
                      "still unpaid.");
    }
    if (Status s = WatchService(m_db).arm(w, n.issuedMs); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

Status ArrearsService::refer(const Session& who, qint64 unitId, const QString& note)
{
    if (Status s = who.require(Permission::ReferForLegal); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto o = overdue(unitId);
    if (!o)
        return o.error();
    const QList<DunningNotice>& sent = o.value().sent;
    // R-FE-3: referred only after three notices, once the third's deadline has passed.
    if (sent.size() < Notices)
        return Error{u"fees.notices_missing"_s,
                     tr("Only %1 of the three dunning notices have been issued for these arrears.").arg(sent.size()),
                     u"unit"_s};
    if (sent.last().deadline >= today())
        return Error{u"fees.deadline_open"_s,
                     tr("The third notice gives until %1 to pay.").arg(DateTimeText::date(sent.last().deadline)),
                     u"unit"_s};
    auto done = m_db.scalar(u"SELECT COUNT(*) FROM legal_referrals WHERE unit_id = ? AND since = ?"_s,
                            {unitId, day(o.value().since)});
    if (!done)
        return done.error();
    if (done.value().toLongLong() > 0)
        return Error{u"fees.referred"_s, tr("This unit is referred for legal handling already."), u"unit"_s};
    const QString why = note.trimmed();
    auto id = m_db.insert(
        u"INSERT INTO legal_referrals (unit_id, since, owed_fen, note, referred_ms, confirmed_by) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {unitId, day(o.value().since), o.value().owedFen, why.isNull() ? u""_s : why, m_clock.nowMs(), who.user.id});
    if (!id)
        return id.error();
    const QJsonObject after{{u"unit_id"_s, unitId},
                            {u"since"_s, day(o.value().since)},
                            {u"owed_fen"_s, o.value().owedFen},
                            {u"note"_s, why}};
    if (auto a = m_audit.append(who, u"legal_referral"_s, id.value(), u"confirmed"_s, {}, after); !a)
        return a.error();
    if (Status s = closeFollowUps(m_db, unitId, m_clock.nowMs()); !s)
        return s.error();
    return tx.commit();
}

Result<QList<DunningNotice>> ArrearsService::notices(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    return noticesOf(unitId, {});
}

Result<DunningNotice> ArrearsService::notice(const Session& who, qint64 noticeId) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    auto unit = m_db.scalar(u"SELECT unit_id FROM dunning_notices WHERE id = ?"_s, {noticeId});
    if (!unit)
        return unit.error();
    if (unit.value().isNull())
        return Error{u"fees.no_notice"_s, tr("That dunning notice is not on record."), u"notice"_s};
    auto all = noticesOf(unit.value().toLongLong(), {});
    if (!all)
        return all.error();
    for (const DunningNotice& n : all.value())
        if (n.id == noticeId)
            return n;
    return Error{u"fees.no_notice"_s, tr("That dunning notice is not on record."), u"notice"_s};
}

Result<QList<ArrearsContact>> ArrearsService::contacts(const Session& who, qint64 unitId) const
{
    if (Status s = who.require(Permission::ViewFeeAccounts); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT c.id, c.kind, c.reason, c.note, c.created_ms, u.display_name FROM arrears_contacts c "
                       "JOIN users u ON u.id = c.created_by WHERE c.unit_id = ? ORDER BY c.created_ms, c.id"_s,
                       {unitId});
    if (!q)
        return q.error();
    QList<ArrearsContact> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        out << ArrearsContact{
            row.value(0).toLongLong(), FeeTerms::contactFromKey(row.value(1).toString()).value_or(ContactKind::Note),
            row.value(2).toString(),   row.value(3).toString(),
            row.value(4).toLongLong(), row.value(5).toString()};
    }
    q.value().finish();
    return out;
}

QString ArrearsService::unitFact(const Session& who, qint64 unitId) const
{
    QStringList parts;
    if (auto o = overdue(unitId); o) {
        // R-FE-3: the desk sees that the unit owes and since when; the amount is for fees.view.
        parts << (who.may(Permission::ViewFeeAccounts)
                      ? tr("Owes fees since %1: %2 unpaid after its due day.")
                            .arg(DateTimeText::date(o.value().since), Money::text(o.value().owedFen))
                      : tr("Owes fees since %1.").arg(DateTimeText::date(o.value().since)));
        if (!o.value().sent.isEmpty())
            parts << tr("%n dunning notice(s) sent.", nullptr, int(o.value().sent.size()));
    }
    if (auto referred = m_db.exec(u"SELECT MAX(referred_ms) FROM legal_referrals WHERE unit_id = ?"_s, {unitId});
        referred) {
        const qint64 ms = referred.value().next() ? referred.value().value(0).toLongLong() : 0;
        referred.value().finish();
        if (ms > 0)
            parts << tr("Referred for legal handling on %1.").arg(DateTimeText::date(ms));
    }
    return parts.join(u' ');
}

QList<RecordSource> ArrearsService::recordSources()
{
    return {
        RecordSource{
            QString::fromLatin1(SearchKind), [] { return tr("Dunning"); }, 900, {Role::Cashier, Role::Manager}, false},
        RecordSource{
            QString::fromLatin1(ReferralKind), [] { return tr("Legal referral"); }, 901, {Role::Manager}, false}};
}

Status ArrearsService::reopenFollowUps(Database& db, qint64 unitId, const QList<OpenLine>& open, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    QDate since;
    for (const OpenLine& o : open)
        if (o.line.dueDay < today && (!since.isValid() || o.line.dueDay < since))
            since = o.line.dueDay;
    if (!since.isValid())
        return {};
    auto q = db.exec(u"SELECT d.id, d.number FROM dunning_notices d WHERE d.unit_id = ? AND d.since = ? AND NOT "
                     "EXISTS (SELECT 1 FROM legal_referrals r WHERE r.unit_id = d.unit_id AND r.since = d.since) "
                     "ORDER BY d.number DESC LIMIT 1"_s,
                     {unitId, day(since)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return {};
    const qint64 notice = q.value().value(0).toLongLong();
    const int number = q.value().value(1).toInt();
    q.value().finish();
    return WatchService(db).reopen(QString::fromLatin1(number < Notices ? SearchKind : ReferralKind), notice, nowMs);
}

Status ArrearsService::closeFollowUps(Database& db, qint64 unitId, qint64 nowMs)
{
    auto q = db.exec(u"SELECT w.source, w.ref_id FROM watches w JOIN dunning_notices d ON d.id = w.ref_id WHERE "
                     "w.source IN (?, ?) AND w.closed_ms IS NULL AND d.unit_id = ?"_s,
                     {QString::fromLatin1(SearchKind), QString::fromLatin1(ReferralKind), unitId});
    if (!q)
        return q.error();
    QList<std::pair<QString, qint64>> open;
    while (q.value().next())
        open.append({q.value().value(0).toString(), q.value().value(1).toLongLong()});
    q.value().finish();
    WatchService watches(db);
    for (const auto& [source, id] : std::as_const(open))
        if (Status s = watches.close(source, id, nowMs); !s)
            return s;
    return {};
}

} // namespace fd
