#pragma once

#include "engine/Role.h"
#include "engine/Session.h"
#include "core/Signature.h"
#include "engine/tickets/Ticket.h"
#include "support/TestHost.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace fd::test {

// What one call of a service action gave: the error if it was refused, and whether a read
// revealed anything (for reads that answer "nothing" to a role instead of refusing).
struct Outcome
{
    std::optional<Error> error;
    bool revealed = true;
};

template <class T> Outcome outcomeOf(const Result<T>& r)
{
    return r ? Outcome{} : Outcome{r.error()};
}

// A site on SQLite with the sample units, one signed-in person per role, and the arrangements the
// role table's cases need (a ticket in a given state, a graded complaint, a parcel waiting…). Each
// arrangement is made by people whose role may make it, never by the person whose role is tested.
class RoleWorld
{
public:
    RoleWorld();

    [[nodiscard]] Services& s() { return m_host.services(); }
    [[nodiscard]] TestHost& host() { return m_host; }
    [[nodiscard]] const Session& as(Role role) const { return m_people[int(role)]; }
    [[nodiscard]] static QString passwordOf(const Session& who);

    // Rows this connection has inserted, changed or deleted since it opened (SQLite's
    // total_changes()): a refused call must leave it where it was.
    [[nodiscard]] qint64 changes();
    [[nodiscard]] qint64 auditEvents();

    [[nodiscard]] qint64 unitId(const QString& code = QStringLiteral("3-1-502"));
    [[nodiscard]] qint64 residentId(const QString& name = QStringLiteral("张三"));

    // Tickets, made by the clerk (and the supervisor where a complaint must be judged first).
    Ticket repair();                       // new
    Ticket dispatchedRepair();             // dispatched to 工程部
    Ticket returnedRepair();               // back from the department, waiting for its callback
    Ticket complaint();                    // new, not judged
    Ticket gradedComplaint(Severity severity);
    Ticket inquiry();                      // new
    Ticket urgentTicket();                 // reported to the superiors at once (R-IN-2)
    qint64 callbackWithOpinion();          // a callback attempt whose customer gave an opinion
    qint64 nightCall();                    // a control-room call, dispatched and returned
    qint64 shiftOf(const Session& who);    // a shift for `who` (inserted directly when their role works none)
    qint64 draftSheetOf(const Session& who);
    void nightForReview();                 // a night call before the next morning, and that morning's 09:00
    qint64 reviewStarted();                // the review in progress, or a new one of the next night
    qint64 reviewMark(qint64 reviewId);
    qint64 visitorInside();
    qint64 instruction();
    qint64 storedItem(QString* tag = nullptr);
    QList<qint64> parcelsWaiting();
    qint64 toolId();
    qint64 loanOut();
    qint64 feeItemId();
    qint64 reportReminder();               // an unacknowledged report reminder (R-IN-2)
    static Signature signature(const QString& signer = QStringLiteral("张三"));

private:
    TestHost m_host;
    QList<Session> m_people; // indexed by int(Role)
    int m_serial = 0;
    int m_reviewDays = 0;
};

// One public service action: what it is called (Class::method, with a note in brackets when one
// method is listed for several cases), the permissions a role must hold for it (empty: every
// signed-in person), whether a role without them gets an empty answer instead of a refusal, and how
// to arrange one call of it for a given person.
struct RoleCase
{
    QString name;
    QList<Permission> needs;
    std::function<std::function<Outcome(const Session&)>(RoleWorld&, const Session& actor)> arrange;
    bool quietRefusal = false;
};

QList<RoleCase> ticketCases();
QList<RoleCase> complaintAndCallbackCases();
QList<RoleCase> deskCases();
QList<RoleCase> shiftCases();
QList<RoleCase> adminCases();
QList<RoleCase> replyCases();
QList<RoleCase> feeCases();
QList<RoleCase> moveCases();
QList<RoleCase> renovationCases();

} // namespace fd::test
