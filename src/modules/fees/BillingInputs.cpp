#include "modules/fees/BillingInputs.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString inList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return u"("_s + parts.join(u',') + u')';
}

// A reading in hundredths as people write it: 1024.5, 1036.
QString centi(qint64 c)
{
    QString s = QString::number(c / 100);
    if (c % 100 != 0)
        s += u'.' + (c % 10 == 0 ? QString::number(c % 100 / 10) : u"%1"_s.arg(c % 100, 2, 10, QChar(u'0')));
    return s;
}

} // namespace

Result<BillingInputs> BillingInputs::read(Database& db, const QList<ChargeItem>& items, const QString& period,
                                          const QDate& first, qint64 unitId)
{
    BillingInputs in;
    const QDate last = first.addMonths(12).addDays(-1); // the longest period an item bills
    QList<qint64> listed, metered;
    for (const ChargeItem& i : items) {
        if (i.listed)
            listed << i.id;
        if (i.basis == ChargeBasis::Meter)
            metered << i.id;
    }
    const QString unitFilter = unitId ? u" AND unit_id = %1"_s.arg(unitId) : QString();
    if (!listed.isEmpty()) {
        auto q =
            db.exec(u"SELECT item_id, unit_id, from_day, until_day FROM charge_item_units WHERE item_id IN "_s +
                        inList(listed) + u" AND from_day <= ? AND (until_day IS NULL OR until_day >= ?)"_s + unitFilter,
                    {last.toString(Qt::ISODate), first.toString(Qt::ISODate)});
        if (!q)
            return q.error();
        while (q.value().next())
            in.m_listed.insert({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()},
                               {QDate::fromString(q.value().value(2).toString(), Qt::ISODate),
                                QDate::fromString(q.value().value(3).toString(), Qt::ISODate)});
        q.value().finish();
    }
    if (!metered.isEmpty()) {
        // The month's readings that no correction replaced.
        auto q = db.exec(u"SELECT r.id, r.item_id, r.unit_id, r.previous_centi, r.current_centi, r.multiplier FROM "
                         "meter_readings r WHERE r.item_id IN "_s +
                             inList(metered) +
                             u" AND r.period = ? AND NOT EXISTS (SELECT 1 FROM meter_readings n WHERE n.replaces_id = "
                             "r.id)"_s +
                             (unitId ? u" AND r.unit_id = %1"_s.arg(unitId) : QString()),
                         {period});
        if (!q)
            return q.error();
        while (q.value().next()) {
            MeterReading r;
            r.id = q.value().value(0).toLongLong();
            r.itemId = q.value().value(1).toLongLong();
            r.unitId = q.value().value(2).toLongLong();
            r.period = period;
            r.previousCenti = q.value().value(3).toLongLong();
            r.currentCenti = q.value().value(4).toLongLong();
            r.multiplier = q.value().value(5).toInt();
            in.m_readings.insert({r.itemId, r.unitId}, r);
        }
        q.value().finish();
        // Units read in an earlier month but not in this one.
        auto u = db.exec(u"SELECT item_id, COUNT(DISTINCT unit_id) FROM meter_readings r WHERE item_id IN "_s +
                             inList(metered) +
                             u" AND period < ? AND NOT EXISTS (SELECT 1 FROM meter_readings t WHERE t.item_id = "
                             "r.item_id AND t.unit_id = r.unit_id AND t.period = ?)"_s +
                             (unitId ? u" AND unit_id = %1"_s.arg(unitId) : QString()) + u" GROUP BY item_id"_s,
                         {period, period});
        if (!u)
            return u.error();
        while (u.value().next())
            in.m_unread.insert(u.value().value(0).toLongLong(), u.value().value(1).toInt());
        u.value().finish();
    }
    // The latest fee start of each unit, when it is after the month's first day.
    auto s = db.exec(u"SELECT s.unit_id, s.from_day FROM unit_fee_starts s WHERE s.id IN (SELECT MAX(id) FROM "
                     "unit_fee_starts GROUP BY unit_id) AND s.from_day > ?"_s +
                         (unitId ? u" AND s.unit_id = %1"_s.arg(unitId) : QString()),
                     {first.toString(Qt::ISODate)});
    if (!s)
        return s.error();
    while (s.value().next())
        in.m_feesFrom.insert(s.value().value(0).toLongLong(),
                             QDate::fromString(s.value().value(1).toString(), Qt::ISODate));
    s.value().finish();
    return in;
}

std::optional<std::optional<BillingInputs::Cover>> BillingInputs::started(qint64 unitId, const QDate& first,
                                                                          int months) const
{
    const auto it = m_feesFrom.constFind(unitId);
    if (it == m_feesFrom.cend() || *it <= first)
        return std::nullopt;
    const QDate last = first.addMonths(months).addDays(-1);
    if (*it > last)
        return std::optional<Cover>{};
    Cover c;
    c.from = *it;
    c.until = last;
    c.days = int(c.from.daysTo(c.until)) + 1;
    c.periodDays = int(first.daysTo(last)) + 1;
    return std::optional<Cover>{c};
}

std::optional<BillingInputs::Cover> BillingInputs::cover(qint64 itemId, qint64 unitId, const QDate& first,
                                                         int months) const
{
    const auto it = m_listed.constFind({itemId, unitId});
    if (it == m_listed.cend())
        return std::nullopt;
    const QDate last = first.addMonths(months).addDays(-1);
    Cover c;
    c.from = std::max(first, it->first);
    c.until = it->second.isValid() ? std::min(last, it->second) : last;
    if (c.until < c.from)
        return std::nullopt;
    c.days = int(c.from.daysTo(c.until)) + 1;
    c.periodDays = int(first.daysTo(last)) + 1;
    return c;
}

std::optional<MeterReading> BillingInputs::reading(qint64 itemId, qint64 unitId) const
{
    const auto it = m_readings.constFind({itemId, unitId});
    return it == m_readings.cend() ? std::nullopt : std::optional<MeterReading>(*it);
}

qint64 BillingInputs::prorate(qint64 fullFen, int days, int periodDays)
{
    return days >= periodDays ? fullFen : Money::mulDiv(fullFen, days, periodDays);
}

QString BillingInputs::coverNote(const Cover& c)
{
    return tr("%1 to %2, %3 of %4 days", "a period billed in part")
        .arg(DateTimeText::date(c.from), DateTimeText::date(c.until))
        .arg(c.days)
        .arg(c.periodDays);
}

QString BillingInputs::readingNote(const MeterReading& r)
{
    const QString read =
        tr("read %1 → %2", "a meter's previous and current reading").arg(centi(r.previousCenti), centi(r.currentCenti));
    return r.multiplier > 1 ? tr("%1 × %2", "readings times the meter's ratio").arg(read).arg(r.multiplier) : read;
}

} // namespace fd
