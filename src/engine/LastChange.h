#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

namespace fd {

class Database;

// Issue 16, two desks on one record: a save made on what the desk read before another desk saved is
// refused (the record's version moved on), and the refusal says who changed it and when, read from
// the audit log's last event on it; the form keeps its input and offers to reload and apply it again
// (ReloadAndApply). Every such refusal has a code ending in ".stale".
class LastChange
{
    Q_DECLARE_TR_FUNCTIONS(LastChange)

public:
    [[nodiscard]] static Error stale(Database& db, const QString& entity, qint64 id, const QString& code);
    [[nodiscard]] static bool isStale(const Error& error);
    // An end, a void, a cancel another desk did first (Database::update changed no row): `done` says
    // what, with %1 for who and %2 for when ("%1 ended this instruction at %2."); nothing was written.
    [[nodiscard]] static Error doneMeanwhile(Database& db, const QString& entity, qint64 id, const QString& code,
                                             const QString& done, const QString& field = {});
    // The same, who and when read from the record itself: `whoWhen` selects the person's display name
    // and the time in ms (a pass's voided_by and voided_ms) where the audit event is the whole
    // renovation's, whose last one may be a gate check-in.
    [[nodiscard]] static Error doneBy(Database& db, const QString& whoWhen, const QVariantList& binds,
                                      const QString& code, const QString& done, const QString& field = {});
};

} // namespace fd
