#pragma once

#include "core/Result.h"
#include "engine/shifts/HandoverSheet.h"
#include "engine/shifts/Shift.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace fd {

class Database;

// The SQL of posts, shifts, handover sheets and their items, for SQLite and PostgreSQL alike.
// Writes expect the caller's Transaction; ShiftService decides what may be written.
class ShiftStore
{
    Q_DECLARE_TR_FUNCTIONS(ShiftStore)

public:
    explicit ShiftStore(Database& db);

    [[nodiscard]] Result<QList<Post>> posts() const;
    [[nodiscard]] Result<Post> post(qint64 id) const;

    [[nodiscard]] Result<Shift> shift(qint64 id) const;
    [[nodiscard]] Result<std::optional<Shift>> openShiftOf(qint64 userId) const;
    [[nodiscard]] Result<qint64> insertShift(const Shift& shift);
    // Every open shift, by post and start.
    [[nodiscard]] Result<QList<Shift>> openShifts() const;
    // Ends an open shift ("handover", "taken_over" or "lapsed", by whom); "shift.stale" when it was
    // already ended.
    [[nodiscard]] Status endShift(qint64 shiftId, qint64 atMs, const QString& how, qint64 byUserId);
    // Puts every open ticket in one post's custody into another's (a sealed handover, R-SH-2): how many.
    [[nodiscard]] Result<int> moveCustody(qint64 fromPostId, qint64 toPostId);

    [[nodiscard]] Result<HandoverSheet> sheet(qint64 id) const;
    [[nodiscard]] Result<std::optional<qint64>> sheetOfShift(qint64 shiftId) const;
    // Sheets of the shifts that started in [fromMs, toMs), oldest first (the morning review).
    [[nodiscard]] Result<QList<HandoverSheet>> sheetsOfShiftsStarted(qint64 fromMs, qint64 toMs) const;
    // A post's sheets, newest first and without their lines: `limit` of them from `offset` (a page).
    [[nodiscard]] Result<QList<HandoverSummary>> sheetsOfPost(qint64 postId, int limit, int offset) const;
    // A post's drafts the leaving person has signed and the arriving person has not, oldest first.
    [[nodiscard]] Result<QList<HandoverSheet>> awaitingArrival(qint64 postId) const;
    [[nodiscard]] Result<qint64> insertSheet(const HandoverSheet& sheet);
    [[nodiscard]] Result<qint64> insertItem(const HandoverItem& item);
    // Writes the signatures, arriving person and status if the row still has `expectedVersion`.
    [[nodiscard]] Result<int> updateSheet(const HandoverSheet& sheet, int expectedVersion);
    [[nodiscard]] Status answerItem(qint64 itemId, qint64 atMs, const QString& dispute);

    [[nodiscard]] static QString key(HandoverItemKind kind);
    // "draft" or "sealed", as handover_sheets.status and the audit trail hold it.
    [[nodiscard]] static QString key(HandoverStatus status);
    [[nodiscard]] static Error staleError();

private:
    Database& m_db;
};

} // namespace fd
