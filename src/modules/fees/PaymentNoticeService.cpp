#include "modules/fees/PaymentNoticeService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "modules/fees/FeeLedger.h"
#include "modules/fees/FeeNumbers.h"
#include "modules/fees/FeeSql.h"
#include "modules/registry/RegistryTerms.h"
#include "modules/registry/UnitCsvImporter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr auto kPrefix = "ZD";
constexpr qsizetype kRowsPerInsert = 500;

} // namespace

PaymentNoticeService::PaymentNoticeService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

SearchSource PaymentNoticeService::searchSource()
{
    return SearchSource{QString::fromLatin1(SearchKind),
                        u"SELECT n.id, n.issued_ms, n.notice_no, un.code || ' ' || n.period, n.notice_no || ' ' || "
                        "un.code, n.unit_id FROM payment_notices n JOIN units un ON un.id = n.unit_id WHERE n.id > ? "
                        "ORDER BY n.id LIMIT ?"_s};
}

qint64 PaymentNoticeService::unitOfNotice(qint64 noticeId) const
{
    auto unit = m_db.scalar(u"SELECT unit_id FROM payment_notices WHERE id = ?"_s, {noticeId});
    return unit ? unit.value().toLongLong() : 0;
}

Status PaymentNoticeService::readNumbers(const QString& period, QList<PaymentNotice>& notices) const
{
    QHash<qint64, PaymentNotice*> byUnit;
    for (PaymentNotice& n : notices)
        byUnit.insert(n.unitId, &n);
    // One unit's number by its key; a building's (or the site's) with the month's numbers.
    auto q = notices.size() == 1
                 ? m_db.exec(u"SELECT unit_id, notice_no FROM payment_notices WHERE unit_id = ? AND period = ?"_s,
                             {notices.constFirst().unitId, period})
                 : m_db.exec(u"SELECT unit_id, notice_no FROM payment_notices WHERE period = ?"_s, {period});
    if (!q)
        return q.error();
    while (q.value().next())
        if (PaymentNotice* n = byUnit.value(q.value().value(0).toLongLong()))
            n->number = q.value().value(1).toString();
    q.value().finish();
    return {};
}

Status PaymentNoticeService::giveOut(const Session& who, QList<PaymentNotice>& notices)
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s;
    if (notices.isEmpty())
        return {};
    const QString period = notices.constFirst().period;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (Status s = readNumbers(period, notices); !s)
        return s;
    QList<PaymentNotice*> fresh;
    for (PaymentNotice& n : notices)
        if (n.number.isEmpty())
            fresh << &n;
    if (fresh.isEmpty())
        return {};
    const int year = m_clock.now().date().year();
    auto first = FeeNumbers::reserve(m_db, QString::fromLatin1(SearchKind), year, fresh.size());
    if (!first)
        return first.error();
    const qint64 now = m_clock.nowMs();
    qint64 written = 0;
    for (qsizetype from = 0; from < fresh.size(); from += kRowsPerInsert) {
        const qsizetype n = std::min<qsizetype>(kRowsPerInsert, fresh.size() - from);
        QString sql = u"INSERT INTO payment_notices (notice_no, unit_id, period, issued_ms, issued_by) VALUES "_s;
        QVariantList binds;
        binds.reserve(n * 5);
        for (qsizetype i = 0; i < n; ++i) {
            PaymentNotice* notice = fresh.at(from + i);
            notice->number = FeeNumbers::format(QString::fromLatin1(kPrefix), year, first.value() + from + i);
            sql += i == 0 ? u"(?, ?, ?, ?, ?)"_s : u", (?, ?, ?, ?, ?)"_s;
            binds << notice->number << notice->unitId << period << now << who.user.id;
        }
        // Another desk giving out the same notice at this moment keeps its number; ours is a gap.
        sql += u" ON CONFLICT (unit_id, period) DO NOTHING"_s;
        auto r = m_db.exec(sql, binds);
        if (!r)
            return r.error();
        written += r.value().numRowsAffected();
    }
    if (written != fresh.size())
        if (Status s = readNumbers(period, notices); !s)
            return s;
    if (written == 0)
        return tx.commit(); // another desk numbered them all at this moment
    const QJsonObject after{{u"period"_s, period},
                            {u"notices"_s, written},
                            {u"first"_s, fresh.constFirst()->number},
                            {u"last"_s, fresh.constLast()->number}};
    if (auto a = m_audit.append(who, u"payment_notice"_s, 0, u"numbered"_s, {}, after); !a)
        return a.error();
    return tx.commit();
}

Result<QList<PaymentNoticeService::Building>> PaymentNoticeService::buildings() const
{
    auto q = m_db.exec(u"SELECT id, code, name FROM buildings ORDER BY code"_s);
    if (!q)
        return q.error();
    QList<Building> out;
    while (q.value().next()) {
        const QString code = q.value().value(1).toString();
        const QString name = q.value().value(2).toString();
        out << Building{q.value().value(0).toLongLong(), name == code ? code : code + u' ' + name};
    }
    q.value().finish();
    return out;
}

Result<QList<PaymentNotice>> PaymentNoticeService::notices(const Session& who, const QString& period, qint64 buildingId,
                                                           const QString& unitCode) const
{
    if (Status s = who.require(Permission::BillFees); !s)
        return s.error();
    static const QRegularExpression form(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    if (!form.match(period).hasMatch())
        return Error{u"fees.period"_s, tr("Write the month as year and month, e.g. 2026-12."), u"period"_s};

    qint64 unitId = 0;
    if (const QString code = unitCode.trimmed(); !code.isEmpty()) {
        auto id = m_db.exec(u"SELECT id, code FROM units WHERE code = ? OR compact = ?"_s,
                            {code, UnitCsvImporter::compactOf(code)});
        if (!id)
            return id.error();
        int matches = 0;
        qint64 exact = 0;
        while (id.value().next()) {
            ++matches;
            unitId = id.value().value(0).toLongLong();
            if (id.value().value(1).toString() == code)
                exact = unitId;
        }
        id.value().finish();
        if (exact)
            unitId = exact;
        else if (matches > 1)
            return Error{u"fees.unit_ambiguous"_s,
                         tr("%1 could be %n unit(s); write its code in full.", nullptr, matches).arg(code),
                         u"noticeUnit"_s};
        if (!unitId)
            return Error{u"fees.no_unit"_s, tr("No unit %1 in the registry.").arg(code), u"noticeUnit"_s};
    }
    // The units asked for (`un`): one, a building's, or every one.
    QString scope = u"TRUE"_s;
    QVariantList scopeBinds;
    if (unitId) {
        scope = u"un.id = ?"_s;
        scopeBinds << unitId;
    } else if (buildingId) {
        scope = u"un.building_id = ?"_s;
        scopeBinds << buildingId;
    }
    // R-FE-1: finance checks a run before its notices go out.
    auto unchecked = m_db.exec(u"SELECT r.id FROM bill_lines l JOIN units un ON un.id = l.unit_id JOIN billing_runs r "
                               "ON r.id = l.run_id WHERE "_s +
                                   QLatin1StringView(FeeSql::kLinesOfMonth) + u" AND "_s + scope +
                                   u" AND NOT EXISTS (SELECT 1 FROM billing_run_checks c WHERE c.run_id = r.id) "
                                   "LIMIT 1"_s,
                               FeeSql::monthBinds(period) + scopeBinds);
    if (!unchecked)
        return unchecked.error();
    const bool anyUnchecked = unchecked.value().next();
    unchecked.value().finish();
    if (anyUnchecked)
        return Error{
            u"fees.unchecked"_s,
            tr("Finance has not checked the billing of %1 yet; its notices print once it is checked.").arg(period),
            u"notices"_s};

    auto q =
        m_db.exec(u"SELECT un.id, un.code, "_s + QLatin1StringView(FeeSql::kOwnerOfUn) +
                      // The month's billed units, read once by the index of months (not once per unit).
                      u" FROM units un JOIN buildings b ON b.id = un.building_id WHERE un.id IN (SELECT l.unit_id FROM "
                      "bill_lines l WHERE "_s +
                      QLatin1StringView(FeeSql::kLinesOfMonth) + u") AND "_s + scope + u" ORDER BY "_s +
                      RegistryTerms::unitOrderSql(u"un"_s),
                  FeeSql::monthBinds(period) + scopeBinds);
    if (!q)
        return q.error();
    QList<PaymentNotice> out;
    while (q.value().next()) {
        PaymentNotice n;
        n.unitId = q.value().value(0).toLongLong();
        n.unitCode = q.value().value(1).toString();
        n.owner = q.value().value(2).toString();
        n.period = period;
        out << n;
    }
    q.value().finish();
    if (out.isEmpty())
        return Error{u"fees.no_notices"_s, tr("Nothing is billed for %1 there.").arg(period), u"notices"_s};

    // One unit's lines are read for it; a building's (or the site's) in two reads, not two per unit.
    const FeeLedger ledger(m_db);
    QHash<qint64, PaymentNotice*> byUnit;
    for (PaymentNotice& n : out)
        byUnit.insert(n.unitId, &n);
    auto month = unitId ? ledger.periodLines(unitId, period) : ledger.monthLines(period, buildingId);
    if (!month)
        return month.error();
    auto open = unitId ? ledger.openLines(unitId) : ledger.openBefore(period, buildingId);
    if (!open)
        return open.error();
    for (const OpenLine& o : month.value())
        if (PaymentNotice* n = byUnit.value(o.line.unitId)) {
            n->lines << o;
            if (!n->dueDay.isValid() || o.line.dueDay < n->dueDay)
                n->dueDay = o.line.dueDay;
        }
    // Owed from before: open lines of earlier months, or due before this one and not listed in it.
    QSet<qint64> listed;
    for (const OpenLine& o : month.value())
        listed.insert(o.line.id);
    const QDate first = *FeeTerms::monthOf(period);
    for (const OpenLine& o : open.value())
        if (PaymentNotice* n = byUnit.value(o.line.unitId);
            n && !listed.contains(o.line.id) && (o.line.period < period || o.line.dueDay < first))
            n->earlierOwedFen += o.outstandingFen();
    if (Status s = readNumbers(period, out); !s)
        return s.error();
    return out;
}

} // namespace fd
