#pragma once

#include "core/Result.h"
#include "engine/tickets/Ticket.h"
#include "modules/intake/IntakeForm.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace fd {

class AuditLog;
class Clock;
class Database;
class LocalDrafts;
class TicketService;
struct Session;

// One past ticket of a customer, as the history beside the intake form shows it.
struct IntakeHistoryEntry
{
    qint64 ticketId = 0;
    QString number;
    TicketKind kind = TicketKind::Affair;
    TicketStatus status = TicketStatus::New;
    qint64 occurredMs = 0;
    QString personName;
    QString description;
};

// What the next clerk must see of a customer (R-CP-10): the latest tickets, how many complaints
// they made in all, and the notes the registry keeps on the unit and its residents.
struct IntakeHistory
{
    QList<IntakeHistoryEntry> tickets; // newest first, at most IntakeService::HistoryLimit
    int complaints = 0;
    QString note;
};

// A saved intake: the ticket it opened and the reply owed, if any (R-IN-4, R-IN-5).
struct IntakeResult
{
    Ticket ticket;
    std::optional<qint64> replyDueMs;
};

// 受理: takes in what a customer says (R-IN-1), checks it, and opens the ticket of its class
// through TicketService, recording the intake's own fields in intake_details (audited, in the same
// transaction). Keeps each person's unsaved form as a draft so a crash loses nothing typed.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    static constexpr int HistoryLimit = 20;
    static constexpr int MaxDraftBytes = 64 * 1024;

    IntakeService(Database& db, const Clock& clock, AuditLog& audit, TicketService& tickets);

    // Where a draft goes when the database cannot take it (issue 16: the site's server is away);
    // not owned. Without it such a draft is refused with the database's message.
    void keepLocally(LocalDrafts* drafts) { m_local = drafts; }

    // Drafts are working copies: replaced on every save, blanked by clearDraft(), never audited.
    // When the database refuses it, the draft is kept on this computer (keepLocally) and the next
    // draft the database takes replaces it.
    Status saveDraft(const Session& who, const QJsonObject& json);
    // The person's draft (the newer of the database's and this computer's), or an empty object when
    // there is none; this computer's alone while the database cannot be read. Newer is told without
    // comparing two computers' clocks: this computer's draft is the newer while the database still
    // holds the draft it last saw there; one saved there since (at another desk) is the newer.
    // A draft of this computer's that another desk's newer one was preferred to is set aside, not
    // removed (takeSetAside names its file).
    [[nodiscard]] Result<QJsonObject> draft(const Session& who) const;
    // The file the last draft() set the person's draft of this computer aside in, once; else empty.
    [[nodiscard]] QString takeSetAside(const Session& who);
    Status clearDraft(const Session& who);

    // Checks the form (errors name the field: unit, description, caller_phone, class, category,
    // answer, contact_phone) and opens the ticket; nothing is written when it is refused.
    Result<IntakeResult> submit(const Session& who, const IntakeForm& form);

    // The unit's past tickets (or, without a unit, the person's by name), newest first.
    [[nodiscard]] Result<IntakeHistory> history(const Session& who, qint64 unitId, const QString& personName) const;

private:
    Status validate(const IntakeForm& form) const;
    Status recordDetails(const Session& who, const IntakeForm& form, const Ticket& ticket,
                         std::optional<qint64> replyDueMs);
    [[nodiscard]] QString notesFor(qint64 unitId, const QString& personName) const;
    Status writeDraft(qint64 userId, const QString& text, qint64 savedMs);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    TicketService& m_tickets;
    LocalDrafts* m_local = nullptr;
    // By person: the database's draft as this computer last saw it (its saved_ms; 0: none there).
    mutable QHash<qint64, qint64> m_serverDraftMs;
    mutable QHash<qint64, QString> m_setAside; // by person: the file draft() set a draft aside in
};

} // namespace fd
