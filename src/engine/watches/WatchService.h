#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

class Database;

// What a log record asks the reminders to watch (DESIGN.md: "logs of physical things … use the same
// clocks, reminders, audit and search"). The module that owns the record arms its watch when the
// record opens or is confirmed and closes it when the record ends; the reminders raise a row when
// an armed watch comes due and keep it pending (repeated to the desk every reminder_repeat_minutes)
// until the watch is re-armed or closed: a visitor inside past 1.5 hours (R-VS-3), a stored item
// past its pickup time (R-PS-2), a parcel not collected, a tool not back the same day.
struct Watch
{
    QString source;    // the module's record type (RecordSources): "visitor", "stored_item" …
    qint64 refId = 0;  // the record's id in that module's table
    qint64 unitId = 0; // 0 when no unit
    QString title;     // what the panel shows first: "访客 王伟 · 3-1-502"
    QString detail;    // what to do: "confirm with the resident"
    qint64 dueMs = 0;
};

// The watches table. Called inside the module's own transaction, so a record and its watch change
// together; the module audits the record, the watch is derived state and is not audited itself.
class WatchService
{
    Q_DECLARE_TR_FUNCTIONS(WatchService)

public:
    // The desk's logs, in the order the reports list them, as their modules declared them
    // (RecordSources): "visitor", "stored_item", "parcel", "tool_loan".
    [[nodiscard]] static QStringList sources();
    // "Visitors", "Stored items", "Parcels", "Tools lent"; the key itself for an unknown one.
    [[nodiscard]] static QString sourceName(const QString& source);

    explicit WatchService(Database& db);

    // Opens the watch of a record, or re-arms it at a new instant with new text (the pending
    // reminder of the old instant then resolves by itself). A closed watch stays closed: a record
    // that ended on another desk meanwhile is not watched again.
    Status arm(const Watch& watch, qint64 nowMs);
    // The record ended (checked out, collected, returned): its reminders stop. Closing a record
    // that has no open watch is not an error.
    Status close(const QString& source, qint64 refId, qint64 nowMs);
    // The record is open again (a payment taken back leaves a bill unpaid): its closed watch opens
    // with its text, at its old instant, or now when that has passed (a new reminder; the one of the
    // old instant stays resolved). Only the module that owns the record knows when; a watch that is
    // open already, or never was, is left as it is.
    Status reopen(const QString& source, qint64 refId, qint64 nowMs);
    // The instant an open watch comes due, if it has one.
    [[nodiscard]] Result<std::optional<qint64>> dueOf(const QString& source, qint64 refId) const;

private:
    Database& m_db;
};

} // namespace fd
