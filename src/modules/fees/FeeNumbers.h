#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

class Database;

// The fees' printed numbers: a prefix, the year and six digits, counted per year in the shared
// ticket_counters inside the caller's transaction (SJ2026000001 for a receipt, CK2026000001 for a
// dunning notice), so two desks never give out the same one.
class FeeNumbers
{
    Q_DECLARE_TR_FUNCTIONS(FeeNumbers)

public:
    [[nodiscard]] static Result<QString> next(Database& db, const QString& kind, const QString& prefix, int year);
    // `count` numbers at once (a building's payment notices): the first of them; the rest follow it.
    [[nodiscard]] static Result<qint64> reserve(Database& db, const QString& kind, int year, qint64 count);
    [[nodiscard]] static QString format(const QString& prefix, int year, qint64 n);
};

} // namespace fd
