#pragma once

#include "core/Result.h"
#include "engine/search/SearchService.h"
#include "engine/watches/RecordSources.h"
#include "engine/watches/SignatureService.h"
#include "engine/watches/WatchService.h"
#include "modules/tools/ToolTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QTime>

namespace fd {

class AuditLog;
class Clock;
class Database;
class SiteSettings;
struct Session;

// Tools lent (借用工具, seed 001): the desk's inventory of lendable tools, loans to a unit's borrower
// against a signature, and the seed's "not back the same day → call": every loan arms a watch
// ("tool_loan") due at the end of the lending day; recording a call re-arms it for the next day's
// return time, the return closes it. Every change is one Transaction with an audit event; a refused
// one writes nothing.
class ToolService
{
    Q_DECLARE_TR_FUNCTIONS(ToolService)

public:
    static constexpr auto WatchSource = "tool_loan";
    // The end of the lending day: the site rule SiteRules::ToolReturnTime (a time of day, 18:00 by
    // default), checked and audited by SiteRules::set.
    static constexpr auto ReturnTimeKey = "rule.tool_return_time";

    ToolService(Database& db, const Clock& clock, AuditLog& audit, SiteSettings& settings);

    // Inventory (admin, supervisor, manager). Errors name the field: name, code, quantity.
    Result<Tool> addTool(const Session& who, const QString& name, const QString& code, int quantity);
    // Retire (false) or bring back (true) a tool: a retired one is not lent, its loans still come back.
    Result<Tool> setToolActive(const Session& who, qint64 toolId, bool active);
    // Tools with how many are out, by code; retired ones only when asked.
    [[nodiscard]] Result<QList<Tool>> tools(bool withRetired, int limit = 200, int offset = 0) const;
    [[nodiscard]] Result<Tool> tool(qint64 toolId) const;

    // Lends to a unit's borrower. Errors name the field: tool, quantity, unit, borrower_name,
    // borrower_phone, signature, deposit_note.
    Result<ToolLoan> lend(const Session& who, const ToolLendRequest& request);
    // The borrower was called about a loan not back (seed 001): the note is kept, the watch re-armed
    // for the next day's return time. Errors name the field "note".
    Result<ToolLoan> recordCall(const Session& who, qint64 loanId, const QString& note);
    // The tool came back, received by `who`, in the condition described. A returned loan is refused.
    Result<ToolLoan> giveBack(const Session& who, qint64 loanId, const QString& condition);

    // Loans not yet returned, the one due first on top.
    [[nodiscard]] Result<QList<ToolLoan>> loansOut(int limit, int offset = 0) const;
    [[nodiscard]] Result<qint64> loansOutCount() const;
    [[nodiscard]] Result<ToolLoan> loan(qint64 loanId) const;
    [[nodiscard]] Result<QList<QString>> callNotes(qint64 loanId) const;
    [[nodiscard]] Result<Signature> signature(qint64 signatureId) const { return m_signatures.find(signatureId); }

    // The site's return time, and the return-time instant of the lending day of `atMs` (the next
    // day's when `atMs` is at or past it).
    [[nodiscard]] QTime returnTime() const;
    [[nodiscard]] qint64 dueAfterLending(qint64 atMs) const;

    [[nodiscard]] static SearchSource searchSource();

    // What this module\'s records are called, for the engine, the reports and the search (RecordSources).

    [[nodiscard]] static RecordSource recordSource();
    [[nodiscard]] static QString loanLine(const ToolLoan& loan); // "梯子 ×1 → 3-1-502 王伟"

private:
    Status validate(const ToolLendRequest& request, Tool& tool, QString& unitCode) const;
    Status arm(const ToolLoan& loan, qint64 dueMs);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    SiteSettings& m_settings;
    WatchService m_watches;
    SignatureService m_signatures;
};

} // namespace fd
