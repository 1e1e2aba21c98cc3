#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fd {

// How the shift pages write instants: the day and the time ("22 Nov 07:30"), since a night's
// records cross midnight and a bare time would not say which day. The format itself is translated
// (a Chinese desk reads "11月22日 07:30").
class ShiftTimeText
{
    Q_DECLARE_TR_FUNCTIONS(ShiftTimeText)

public:
    [[nodiscard]] static QString dayAndTime(qint64 ms);
    // What followed an earlier instant: just "02:15" on the same day, the day too when it crossed midnight.
    [[nodiscard]] static QString after(qint64 ms, qint64 earlierMs);
    // "From 22 Nov 07:30 to 23 Nov 07:30"
    [[nodiscard]] static QString interval(qint64 fromMs, qint64 toMs);
    // An optional instant: its day and time, or `none` when it has not happened.
    [[nodiscard]] static QString maybe(const std::optional<qint64>& ms, const QString& none = {});
};

} // namespace fd
