#include "modules/shifts/HandoverDisplay.h"

#include "core/DateTimeText.h"
#include "core/Translations.h"

#include "engine/AccountService.h"
#include "engine/tickets/SiteRules.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

QString HandoverDisplay::instant(qint64 ms)
{
    return DateTimeText::dateTime(ms);
}

QString HandoverDisplay::date(qint64 ms)
{
    return DateTimeText::date(ms);
}

QString HandoverDisplay::clockTime(qint64 ms)
{
    return DateTimeText::time(ms);
}

QString HandoverDisplay::shift(const SiteRules& rules, QChar code)
{
    if (code.isNull())
        return {};
    const SiteRules::ShiftTimes times = rules.shift(code);
    //: A shift and its times from the site's rules, e.g. "A 07:30–15:00".
    return tr("%1 %2–%3").arg(code).arg(DateTimeText::time(times.start), DateTimeText::time(times.end));
}

QString HandoverDisplay::itemText(const QString& saved)
{
    // TicketHandoverProvider writes "number · status · unit or person · text" in both languages.
    const QString separator = u" · "_s;
    QStringList parts = saved.split(separator);
    if (parts.size() < 4)
        return saved;
    parts[1] = Translations::term("TicketTerms", parts[1]);
    return parts.join(separator);
}

QList<HandoverItemKind> HandoverDisplay::kinds()
{
    return {HandoverItemKind::Ticket, HandoverItemKind::Log, HandoverItemKind::Equipment};
}

QString HandoverDisplay::kindTitle(HandoverItemKind kind)
{
    switch (kind) {
    case HandoverItemKind::Ticket:
        return tr("Open tickets");
    case HandoverItemKind::Log:
        return tr("Log items");
    case HandoverItemKind::Equipment:
        return tr("Equipment and keys");
    }
    return {};
}

QString HandoverDisplay::status(const HandoverSheet& sheet)
{
    if (sheet.status == HandoverStatus::Sealed)
        return tr("Sealed");
    return sheet.leavingSignedMs ? tr("Waiting for the arriving person") : tr("Draft, not signed");
}

QHash<qint64, QString> HandoverDisplay::people(AccountService& accounts)
{
    QHash<qint64, QString> out;
    auto users = accounts.users();
    if (!users)
        return out;
    for (const User& u : users.value())
        out.insert(u.id, u.displayName.isEmpty() ? u.login : u.displayName);
    return out;
}

QString HandoverDisplay::person(const QHash<qint64, QString>& people, qint64 id)
{
    if (id == 0)
        return {};
    return people.value(id, tr("account %1").arg(id));
}

} // namespace fd
