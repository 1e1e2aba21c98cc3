#pragma once

#include "engine/tickets/TicketTerms.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fd {

// How the clerk classifies what the customer said (R-IN-1). Each class opens its procedure's record:
// repair → repair, complaint → complaint, request/suggestion → request (1-day reply, R-IN-4),
// inquiry → inquiry (answered now, or a contact kept and a reply owed, R-IN-5), other → daily affair.
enum class IntakeClass { Repair, Complaint, Request, Inquiry, Other };

// What became of an inquiry at the desk (R-IN-5): answered at once; referred to the department head
// (who may answer while the customer waits, or later); or the head is absent, so the clerk keeps the
// customer's contact and owes the reply.
enum class InquiryRoute { AnsweredNow, Referred, HeadAbsent };

// Everything the intake form holds, whichever class is chosen: switching class keeps every field,
// and submit() uses only those of the chosen class. Also what a draft saves (toJson/fromJson).
struct IntakeForm
{
    std::optional<IntakeClass> intakeClass; // empty until the clerk chooses
    Channel channel = Channel::Call;
    QString callerPhone;
    qint64 unitId = 0;
    qint64 residentId = 0;
    QString personName;
    QString description;
    bool urgent = false; // 重大/紧急/突发 (R-IN-2)

    QString category; // repair

    QString peopleInvolved; // complaint (R-CP-1)
    QString customerAsks;

    // R-IN-4: the reply time promised to the customer, for a request or an inquiry that owes a reply;
    // empty: within the site's reply hours.
    std::optional<qint64> promisedReplyMs;

    InquiryRoute inquiryRoute = InquiryRoute::AnsweredNow; // inquiry (R-IN-5)
    QString answer;                                        // answered now
    QString referDepartment;                               // referred: the department and its head,
    QString headName;
    QString headAnswer;  // and the head's answer if given while the customer waits
    QString contactName; // head absent: the contact kept for the reply
    QString contactPhone;

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Unknown or broken values fall back to the empty form's.
    [[nodiscard]] static IntakeForm fromJson(const QJsonObject& json);

    [[nodiscard]] static QString key(IntakeClass intakeClass);
    [[nodiscard]] static std::optional<IntakeClass> classFrom(const QString& key);
    [[nodiscard]] static QString key(InquiryRoute route);
    // Does the form leave a reply owed (a request, or an inquiry not answered at once)?
    [[nodiscard]] bool owesReply() const;
    // The ticket kind a class opens: inquiries open TicketKind::Inquiry (with its reply clock),
    // everything else of the daily-affairs register TicketKind::Affair.
    [[nodiscard]] static TicketKind kindOf(IntakeClass intakeClass);
};

} // namespace fd
