#pragma once

#include "core/Signature.h"

#include <QString>

#include <optional>

namespace fd {

// A lendable tool of the desk (梯子, 电钻 …) with how many it has, and how many of them are out now.
struct Tool
{
    qint64 id = 0;
    QString code; // the desk's own label, e.g. T-01
    QString name;
    int quantity = 0; // how many the desk has
    bool active = true;
    int out = 0; // pieces on loans not yet returned

    [[nodiscard]] int in() const { return qMax(0, quantity - out); }
};

// What the clerk fills in to lend a tool (seed 001: the borrower signs the lending book).
struct ToolLendRequest
{
    qint64 toolId = 0;
    int quantity = 1;
    qint64 unitId = 0;
    QString borrowerName;
    QString borrowerPhone;
    Signature signature; // the borrower's, on the pad or waived with a reason
    QString depositNote; // optional: "押金 100 元" or "押身份证复印件"
};

// One loan, as stored, with the names a list shows.
struct ToolLoan
{
    qint64 id = 0;
    qint64 toolId = 0;
    QString toolName;
    QString toolCode;
    qint64 unitId = 0;
    QString unitCode;
    QString borrowerName;
    QString borrowerPhone; // full: mask it in every list
    int quantity = 0;
    QString depositNote;
    qint64 signatureId = 0;
    qint64 lentMs = 0;
    QString lentBy;
    qint64 dueMs = 0; // the end of the lending day, or of the day after the last call
    std::optional<qint64> returnedMs;
    QString returnedBy;
    QString returnCondition;
    int calls = 0; // calls made to the borrower about this loan

    [[nodiscard]] bool isOut() const { return !returnedMs.has_value(); }
    [[nodiscard]] bool overdueAt(qint64 nowMs) const { return isOut() && dueMs <= nowMs; }
};

} // namespace fd
