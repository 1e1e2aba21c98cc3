#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace fd {

// The one way FrontDesk writes a date or a time for people: the locale of the language in use
// (QLocale(), which Translations::install sets), always with a four-digit year. Every page, model,
// dialog, printout and message uses these forms; machine columns of CSV/XLSX exports and stored
// texts keep ISO 8601. English: 12/3/2026 · 2:50 PM · 12/3/2026 2:50 PM · 12/3 2:50 PM.
// Chinese: 2026/12/3 · 14:50 · 2026/12/3 14:50 · 12/3 14:50. Instants (ms) are shown in local time.
class DateTimeText
{
public:
    [[nodiscard]] static QString date(QDate date);
    [[nodiscard]] static QString date(qint64 ms);
    [[nodiscard]] static QString time(QTime time);
    [[nodiscard]] static QString time(qint64 ms);
    [[nodiscard]] static QString dateTime(const QDateTime& at);
    [[nodiscard]] static QString dateTime(qint64 ms);
    // For lists and short lines where the year is plain from the context: day and time, no year.
    [[nodiscard]] static QString shortDateTime(const QDateTime& at);
    [[nodiscard]] static QString shortDateTime(qint64 ms);
    // A day without its year (12/3), for a line that also says how long ago.
    [[nodiscard]] static QString shortDate(qint64 ms);
    // A month as a heading ("December 2026", "2026年12月").
    [[nodiscard]] static QString month(QDate date);

    // The same forms as display formats for QDateEdit / QTimeEdit / QDateTimeEdit.
    [[nodiscard]] static QString dateFormat();
    [[nodiscard]] static QString timeFormat();
    [[nodiscard]] static QString dateTimeFormat();
    [[nodiscard]] static QString shortDateFormat();
};

} // namespace fd
