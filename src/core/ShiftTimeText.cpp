#include "core/ShiftTimeText.h"

#include "core/DateTimeText.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fd {

QString ShiftTimeText::dayAndTime(qint64 ms)
{
    return DateTimeText::shortDateTime(ms);
}

QString ShiftTimeText::after(qint64 ms, qint64 earlierMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (at.date() != QDateTime::fromMSecsSinceEpoch(earlierMs).toLocalTime().date())
        return dayAndTime(ms);
    return DateTimeText::time(at.time());
}

QString ShiftTimeText::interval(qint64 fromMs, qint64 toMs)
{
    //: The stretch of time a morning review covers, e.g. "From 22 Nov 07:30 to 23 Nov 07:30".
    return tr("From %1 to %2").arg(dayAndTime(fromMs), dayAndTime(toMs));
}

QString ShiftTimeText::maybe(const std::optional<qint64>& ms, const QString& none)
{
    return ms ? dayAndTime(*ms) : none;
}

} // namespace fd
