#pragma once

#include "core/Signature.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

// One line of a deposit: what it is, how many, and in what state it was left (R-PS-1).
struct StoredItemLine
{
    QString description; // 行李箱, 纸箱
    int quantity = 1;
    QString condition; // 完好, 外箱破损
};

// What the deposit form collects (R-PS-1).
struct DepositRequest
{
    QString depositorName;
    QString depositorPhone;
    qint64 unitId = 0;
    QList<StoredItemLine> lines;
    QString shelf;
    qint64 expectedPickupMs = 0;
    Signature signature; // the depositor's, or the waiver the clerk recorded
    QString note;
};

enum class StoredItemStatus { Held, Collected, Delivered };

// One row of stored_items with its lines: the tag, who left it, where it is and how it ended.
struct StoredItem
{
    qint64 id = 0;
    QString tag; // JC-20261122-003
    qint64 unitId = 0;
    QString unitCode;
    QString depositorName;
    QString depositorPhone; // full: lists mask it
    QString shelf;
    QString summary;
    int itemCount = 0;
    qint64 expectedPickupMs = 0;
    qint64 depositSignatureId = 0;
    QString note;
    qint64 createdMs = 0;
    StoredItemStatus status = StoredItemStatus::Held;
    std::optional<qint64> endedMs;
    QString endedByName;
    QString collectorName;
    qint64 collectorSignatureId = 0;
    QString consentBy;
    QList<StoredItemLine> lines;

    [[nodiscard]] bool held() const { return status == StoredItemStatus::Held; }
    [[nodiscard]] bool overdueAt(qint64 nowMs) const { return held() && expectedPickupMs <= nowMs; }
};

// One step in an item's history.
struct StoredItemEvent
{
    QString kind; // deposited, reminded, collected, delivered
    qint64 atMs = 0;
    QString byName;
    QString note;
};

// What the list shows; the text matches tag, depositor, unit, shelf or item descriptions.
struct StoredItemFilter
{
    QString text;
    bool includeEnded = false;
};

} // namespace fd
