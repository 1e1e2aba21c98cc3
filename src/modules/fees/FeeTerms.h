#pragma once

#include "modules/fees/FeeTypes.h"

#include <QString>

#include <optional>

namespace fd {

// The fees' enums as stored (keys) and shown (names, translated).
class FeeTerms
{
public:
    [[nodiscard]] static QString key(ChargeBasis basis);
    // Charged one at a time with its own amount, never by a billing run: one-off charges and deposits.
    [[nodiscard]] static bool oneAtATime(ChargeBasis basis);
    [[nodiscard]] static QString key(ChargePeriod period);
    [[nodiscard]] static std::optional<ChargeBasis> basisFromKey(const QString& key);
    [[nodiscard]] static std::optional<ChargePeriod> periodFromKey(const QString& key);
    [[nodiscard]] static QString key(PaymentMethod method);
    [[nodiscard]] static std::optional<PaymentMethod> methodFromKey(const QString& key);
    [[nodiscard]] static QString displayName(PaymentMethod method);
    [[nodiscard]] static QList<PaymentMethod> methods();
    [[nodiscard]] static QString key(ContactKind kind);
    [[nodiscard]] static std::optional<ContactKind> contactFromKey(const QString& key);
    [[nodiscard]] static QString displayName(ContactKind kind);
    [[nodiscard]] static QString displayName(ChargeBasis basis);
    [[nodiscard]] static QString displayName(ChargePeriod period);
    // What a line is for, as the counter, a receipt or a notice names it: the item, and a one-off
    // charge's note ("特约服务：更换水龙头").
    [[nodiscard]] static QString label(const BillLine& line);
    // The first day of a period typed as "2026-12", or nothing when it is not one.
    [[nodiscard]] static std::optional<QDate> monthOf(const QString& period);
    // A billing period's key, as stored and typed: "2026-12" (the month of `day`).
    [[nodiscard]] static QString periodKey(const QDate& day);
    // Months one line of the period covers, and whether `month` (1–12) starts one.
    [[nodiscard]] static int months(ChargePeriod period);
    [[nodiscard]] static bool startsIn(ChargePeriod period, int month);
};

} // namespace fd
