#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

// A renovation (二次装修, R-RN-1): its stages in the order the rule takes them.
enum class RenovationStage {
    Review,     // applied, waiting for engineering's answer
    Returned,   // rejected with what to change; the applicant resubmits
    Approved,   // approved; the agreement is signed next
    Agreed,     // agreement signed; the deposit and the waste fee are charged and paid next
    Working,    // deposit paid and the schedule set: workers, passes, inspections
    Acceptance, // acceptance asked for; engineering passes or fails it
    Accepted,   // passed; the deposit is refunded when due
    Refunded,   // the deposit refunded: ended
    Withdrawn,  // given up before the work started: ended
};
// What a scope item needs (the site's list).
enum class ScopeApproval { None, Engineering, Forbidden };
enum class RoundDecision { Pending, Approved, Rejected };
enum class InspectionDepartment { Engineering, Security };

struct ScopeItem
{
    QString key; // "walls", or "site_…" for the site's own
    QString name;
    ScopeApproval approval = ScopeApproval::None;
    bool active = true;
};

// One round of the application and engineering's answer; every round is kept.
struct RenovationRound
{
    qint64 id = 0;
    int round = 1;
    QStringList scope; // item keys
    QString description;
    QDate plannedStart;
    QDate plannedEnd;
    QList<qint64> drawingFileIds; // in the unit's archive
    qint64 submittedMs = 0;
    QString submittedBy;
    RoundDecision decision = RoundDecision::Pending;
    qint64 decidedMs = 0;
    QString decidedBy;
    QString comment; // what to change (rejected), conditions (approved)
};

struct RenovationWorker
{
    qint64 id = 0;
    QString name;
    QString idMasked; // 110***********1234
    QString phone;
    QString trade; // 木工, 电工
    qint64 addedMs = 0;
    qint64 removedMs = 0; // 0: on the roster
    QString removedReason;
    [[nodiscard]] bool onRoster() const { return removedMs == 0; }
};

// A worker's pass (出入证), numbered; valid from–until (never past the renovation's end when issued).
struct WorkerPass
{
    qint64 id = 0;
    QString number; // CR-20261205-001
    qint64 workerId = 0;
    QString workerName;
    QDate validFrom;
    QDate validUntil;
    qint64 issuedMs = 0;
    QString issuedBy;
    qint64 voidedMs = 0;
    QString voidReason;
};

struct RenovationInspection
{
    qint64 id = 0;
    QDate day;
    InspectionDepartment department = InspectionDepartment::Engineering;
    QString inspector;
    QString findings;
    bool problem = false;
    QString toldHow; // how the owner was told: "电话告知业主", "书面整改通知"
    std::optional<QDate> fixBy;
    qint64 fixedMs = 0;
    QString fixedNote;
    qint64 createdMs = 0;
    QString createdBy;
    [[nodiscard]] bool openProblem() const { return problem && fixedMs == 0; }
};

struct RenovationExtension
{
    qint64 id = 0;
    QDate fromDay;
    QDate toDay;
    QString reason;
    QString approvedBy;
    qint64 createdMs = 0;
};

enum class AcceptanceDecision { Pending, Passed, Failed };

struct RenovationAcceptance
{
    qint64 id = 0;
    int round = 1;
    qint64 requestedMs = 0;
    QString requestedBy;
    QString requestNote;
    AcceptanceDecision decision = AcceptanceDecision::Pending;
    qint64 decidedMs = 0;
    QString decidedBy;
    QString rectification; // what to put right (failed)
};

struct Renovation
{
    qint64 id = 0;
    QString number; // ZX-20261205-001
    qint64 unitId = 0;
    QString unitCode;
    qint64 residentId = 0;
    QString ownerName;
    QString companyName;
    QString companyLicence;
    QString companyPerson;
    QString companyPhone;
    QDate plannedStart;
    QDate plannedEnd; // the end in force (after extensions)
    RenovationStage stage = RenovationStage::Review;
    qint64 agreementSignatureId = 0;
    qint64 depositLineId = 0;
    qint64 wasteLineId = 0;
    QString scheduleNote;
    std::optional<QDate> acceptedDay;
    std::optional<QDate> refundDueDay;
    qint64 openedMs = 0;
    QString openedBy;
    qint64 endedMs = 0;
    QString withdrawReason;
    int openProblems = 0; // inspections with a problem not fixed (lists read this without the inspections)

    QList<RenovationRound> rounds;
    QList<RenovationWorker> workers;
    QList<WorkerPass> passes;
    QList<RenovationInspection> inspections;
    QList<RenovationExtension> extensions;
    QList<RenovationAcceptance> acceptances;

    [[nodiscard]] bool ended() const { return endedMs != 0; }
    [[nodiscard]] const RenovationRound* lastRound() const { return rounds.isEmpty() ? nullptr : &rounds.last(); }
    [[nodiscard]] const RenovationAcceptance* lastAcceptance() const
    {
        return acceptances.isEmpty() ? nullptr : &acceptances.last();
    }
    [[nodiscard]] QList<qint64> depositLines() const
    {
        QList<qint64> ids;
        if (depositLineId != 0)
            ids << depositLineId;
        if (wasteLineId != 0)
            ids << wasteLineId;
        return ids;
    }
};

// An application, or a resubmission after a rejection (unit, owner and company only on the first).
struct RenovationApplication
{
    qint64 unitId = 0;
    qint64 residentId = 0; // the owner, a resident of the unit
    QString companyName;
    QString companyLicence;
    QString companyPerson;
    QString companyPhone;
    QStringList scope;
    QString description;
    QDate plannedStart;
    QDate plannedEnd;
    QStringList drawingPaths; // files on the desk's computer, filed into the unit's archive
};

// A worker added to the roster as the clerk enters them: the ID number in full is masked before it is kept.
struct NewWorker
{
    QString name;
    QString idNumber;
    QString phone;
    QString trade;
};

struct InspectionFound
{
    QDate day;
    InspectionDepartment department = InspectionDepartment::Engineering;
    QString inspector;
    QString findings;
    bool problem = false;
    QString toldHow;
    std::optional<QDate> fixBy;
};

// What the desk learns checking a pass (R-RN-1 "a pass past the renovation's end or for a removed worker
// is refused at the desk").
struct PassCheck
{
    bool valid = false;
    QString reason; // why not, in words for the desk
    WorkerPass pass;
    QString renovationNumber;
    QString unitCode;
    bool outsideHours = false; // let in outside the site's working hours (flagged)
};

} // namespace fd
