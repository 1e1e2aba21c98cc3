#include "core/DateTimeText.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QDateTime local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
}

} // namespace

QString DateTimeText::dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // "M/d/yy" → "M/d/yyyy": a two-digit year is read three ways on an archived record.
    if (!format.contains(u"yyyy"_s))
        format.replace(QRegularExpression(u"y+"_s), u"yyyy"_s);
    return format;
}

QString DateTimeText::timeFormat()
{
    return QLocale().timeFormat(QLocale::ShortFormat);
}

QString DateTimeText::dateTimeFormat()
{
    return dateFormat() + u' ' + timeFormat();
}

QString DateTimeText::shortDateFormat()
{
    // The locale's date without its year and the separator next to it: "M/d/yyyy" and "yyyy/M/d" → "M/d".
    QString format = dateFormat();
    static const QRegularExpression leading(u"^y+[^dM]*"_s);
    static const QRegularExpression trailing(u"[^dM]*y+$"_s);
    static const QRegularExpression inner(u"y+[^dM]*"_s);
    if (format.contains(leading))
        format.remove(leading);
    else if (format.contains(trailing))
        format.remove(trailing);
    else
        format.remove(inner);
    return format.trimmed();
}

QString DateTimeText::date(QDate date)
{
    return QLocale().toString(date, dateFormat());
}

QString DateTimeText::date(qint64 ms)
{
    return date(local(ms).date());
}

QString DateTimeText::time(QTime time)
{
    return QLocale().toString(time, timeFormat());
}

QString DateTimeText::time(qint64 ms)
{
    return time(local(ms).time());
}

QString DateTimeText::dateTime(const QDateTime& at)
{
    return QLocale().toString(at, dateTimeFormat());
}

QString DateTimeText::dateTime(qint64 ms)
{
    return dateTime(local(ms));
}

QString DateTimeText::shortDateTime(const QDateTime& at)
{
    return QLocale().toString(at, shortDateFormat() + u' ' + timeFormat());
}

QString DateTimeText::shortDateTime(qint64 ms)
{
    return shortDateTime(local(ms));
}

QString DateTimeText::shortDate(qint64 ms)
{
    return QLocale().toString(local(ms).date(), shortDateFormat());
}

QString DateTimeText::month(QDate date)
{
    const QLocale locale;
    return locale.language() == QLocale::Chinese ? locale.toString(date, u"yyyy年M月"_s)
                                                 : locale.toString(date, u"MMMM yyyy"_s);
}

} // namespace fd
