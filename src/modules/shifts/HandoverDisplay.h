#pragma once

#include "engine/shifts/HandoverSheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace fd {

class AccountService;
class SiteRules;

// How handover sheets read on screen and on paper: instants, shift names with the rules' times,
// the groups of lines, a sheet's state and people's names. Shared by the page, the dialog and the
// printed 工作移交表 so they always agree.
class HandoverDisplay
{
    Q_DECLARE_TR_FUNCTIONS(HandoverDisplay)

public:
    // Local time, "2026-03-02 14:50" (the form's own format, not the desk's locale).
    [[nodiscard]] static QString instant(qint64 ms);
    [[nodiscard]] static QString date(qint64 ms);
    [[nodiscard]] static QString clockTime(qint64 ms);
    // "A 07:30–15:00" with the times the site's rules give the shift now (R-SH-1).
    [[nodiscard]] static QString shift(const SiteRules& rules, QChar code);
    // The groups of a sheet in the order they are read out: open tickets, log items, equipment and keys.
    [[nodiscard]] static QList<HandoverItemKind> kinds();
    // A saved line as it reads now: the line is a snapshot (R-SH-2), but a ticket's status in it
    // ("BX-… · 新受理 · 3-1-502 · …") is a term, shown in the language in use (issue 11).
    [[nodiscard]] static QString itemText(const QString& saved);
    [[nodiscard]] static QString kindTitle(HandoverItemKind kind);
    // "Sealed", "Waiting for the arriving person" or "Draft, not signed".
    [[nodiscard]] static QString status(const HandoverSheet& sheet);
    // Everyone's name by account id, for the names on sheets (an account is never deleted).
    [[nodiscard]] static QHash<qint64, QString> people(AccountService& accounts);
    [[nodiscard]] static QString person(const QHash<qint64, QString>& people, qint64 id);
};

} // namespace fd
