#pragma once

#include "core/Result.h"
#include "engine/shifts/HandoverSheet.h"
#include "engine/shifts/Shift.h"

#include <QList>
#include <QString>

namespace fd {

// Something that has open items at a post when a shift ends: tickets now; visitors still inside,
// stored items, lent keys when those modules arrive. ShiftService asks every registered provider
// while drafting a handover sheet (R-SH-2), inside the drafting transaction.
class HandoverProvider
{
public:
    virtual ~HandoverProvider() = default;
    // Stored with each line (handover_items.source), e.g. "tickets".
    [[nodiscard]] virtual QString source() const = 0;
    [[nodiscard]] virtual Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const = 0;
};

} // namespace fd
