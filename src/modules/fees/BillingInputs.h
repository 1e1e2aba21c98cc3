#pragma once

#include "core/Result.h"
#include "modules/fees/FeeTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace fd {

class Database;

// What a billing run needs besides rates (R-FE-1): for the items billed only to listed units, the
// days of the period each unit is listed; for metered items, each unit's reading of the month and
// which metered units were read before but not this month; the units whose fees start later than the
// month's first day (a move-in). Read once per run.
class BillingInputs
{
    Q_DECLARE_TR_FUNCTIONS(BillingInputs)

public:
    // `first` is the first day of the month billed.
    static Result<BillingInputs> read(Database& db, const QList<ChargeItem>& items, const QString& period,
                                      const QDate& first, qint64 unitId);

    // The part of a period (from `first`, `months` long) a listed unit is billed for: none when it is
    // not listed in it.
    struct Cover
    {
        QDate from, until;
        int days = 0;
        int periodDays = 0;
    };
    [[nodiscard]] std::optional<Cover> cover(qint64 itemId, qint64 unitId, const QDate& first, int months) const;
    // For a unit whose fees start inside or after a period (from its move-in): the part billed, none
    // when the period ends before the start; no value when the unit is billed the whole period.
    [[nodiscard]] std::optional<std::optional<Cover>> started(qint64 unitId, const QDate& first, int months) const;
    [[nodiscard]] std::optional<MeterReading> reading(qint64 itemId, qint64 unitId) const;
    // Metered units of an item with no reading this month.
    [[nodiscard]] int unread(qint64 itemId) const { return m_unread.value(itemId); }

    // An amount for part of a period: full × days / periodDays, half up (R-FE-5).
    [[nodiscard]] static qint64 prorate(qint64 fullFen, int days, int periodDays);
    // The line's note for a prorated period and for a meter's readings.
    [[nodiscard]] static QString coverNote(const Cover& c);
    [[nodiscard]] static QString readingNote(const MeterReading& r);

private:
    QHash<std::pair<qint64, qint64>, std::pair<QDate, QDate>> m_listed; // first and last day (invalid: open)
    QHash<std::pair<qint64, qint64>, MeterReading> m_readings;
    QHash<qint64, int> m_unread;
    QHash<qint64, QDate> m_feesFrom; // units whose fees start after the month's first day
};

} // namespace fd
