#include "modules/intake/IntakeForm.h"

#include "core/EnumTable.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The keys drafts, intake records and the audit trail are saved with: never change one.
constexpr auto kClasses = enumTable<IntakeClass>(nullptr, {{IntakeClass::Repair, "repair"},
                                                           {IntakeClass::Complaint, "complaint"},
                                                           {IntakeClass::Request, "request"},
                                                           {IntakeClass::Inquiry, "inquiry"},
                                                           {IntakeClass::Other, "other"}});
constexpr auto kRoutes = enumTable<InquiryRoute>(nullptr, {{InquiryRoute::AnsweredNow, "answered_now"},
                                                           {InquiryRoute::Referred, "referred"},
                                                           {InquiryRoute::HeadAbsent, "head_absent"}});

} // namespace

bool IntakeForm::isEmpty() const
{
    for (const QString* text : {&callerPhone, &personName, &description, &category, &peopleInvolved, &customerAsks,
                                &answer, &referDepartment, &headName, &headAnswer, &contactName, &contactPhone})
        if (!text->trimmed().isEmpty())
            return false;
    return unitId == 0 && residentId == 0 && !intakeClass && !urgent && !promisedReplyMs;
}

QJsonObject IntakeForm::toJson() const
{
    return {{u"class"_s, intakeClass ? key(*intakeClass) : QString()},
            {u"channel"_s, TicketTerms::key(channel)},
            {u"caller_phone"_s, callerPhone},
            {u"unit_id"_s, unitId},
            {u"resident_id"_s, residentId},
            {u"person_name"_s, personName},
            {u"description"_s, description},
            {u"urgent"_s, urgent},
            {u"category"_s, category},
            {u"people_involved"_s, peopleInvolved},
            {u"customer_asks"_s, customerAsks},
            {u"promised_reply_ms"_s, promisedReplyMs ? QJsonValue(*promisedReplyMs) : QJsonValue()},
            {u"inquiry_route"_s, key(inquiryRoute)},
            {u"answer"_s, answer},
            {u"refer_department"_s, referDepartment},
            {u"head_name"_s, headName},
            {u"head_answer"_s, headAnswer},
            {u"contact_name"_s, contactName},
            {u"contact_phone"_s, contactPhone}};
}

IntakeForm IntakeForm::fromJson(const QJsonObject& json)
{
    IntakeForm f;
    f.intakeClass = classFrom(json.value(u"class"_s).toString());
    f.channel = TicketTerms::channelFrom(json.value(u"channel"_s).toString()).value_or(f.channel);
    f.callerPhone = json.value(u"caller_phone"_s).toString();
    f.unitId = json.value(u"unit_id"_s).toInteger();
    f.residentId = json.value(u"resident_id"_s).toInteger();
    f.personName = json.value(u"person_name"_s).toString();
    f.description = json.value(u"description"_s).toString();
    f.urgent = json.value(u"urgent"_s).toBool();
    f.category = json.value(u"category"_s).toString();
    f.peopleInvolved = json.value(u"people_involved"_s).toString();
    f.customerAsks = json.value(u"customer_asks"_s).toString();
    if (const QJsonValue promised = json.value(u"promised_reply_ms"_s); promised.isDouble())
        f.promisedReplyMs = promised.toInteger();
    const QString route = json.value(u"inquiry_route"_s).toString();
    if (const std::optional<InquiryRoute> r = kRoutes.from(route))
        f.inquiryRoute = *r;
    if (route.isEmpty() && !json.value(u"answered_now"_s).toBool(true)) // a draft from before R-IN-5's referral
        f.inquiryRoute = InquiryRoute::HeadAbsent;
    f.answer = json.value(u"answer"_s).toString();
    f.referDepartment = json.value(u"refer_department"_s).toString();
    f.headName = json.value(u"head_name"_s).toString();
    f.headAnswer = json.value(u"head_answer"_s).toString();
    f.contactName = json.value(u"contact_name"_s).toString();
    f.contactPhone = json.value(u"contact_phone"_s).toString();
    return f;
}

QString IntakeForm::key(IntakeClass c)
{
    return kClasses.key(c);
}

std::optional<IntakeClass> IntakeForm::classFrom(const QString& text)
{
    return kClasses.from(text);
}

QString IntakeForm::key(InquiryRoute route)
{
    return kRoutes.key(route);
}

bool IntakeForm::owesReply() const
{
    if (!intakeClass)
        return false;
    if (*intakeClass == IntakeClass::Request)
        return true; // R-IN-4
    if (*intakeClass != IntakeClass::Inquiry)
        return false;
    // R-IN-5: owed unless answered now, or by the head while the customer waits.
    return inquiryRoute == InquiryRoute::HeadAbsent ||
           (inquiryRoute == InquiryRoute::Referred && headAnswer.trimmed().isEmpty());
}

TicketKind IntakeForm::kindOf(IntakeClass c)
{
    switch (c) {
    case IntakeClass::Repair:
        return TicketKind::Repair;
    case IntakeClass::Complaint:
        return TicketKind::Complaint;
    case IntakeClass::Request:
        return TicketKind::Request; // R-IN-4: the reply clock (TicketClocks::resolveLimit)
    case IntakeClass::Inquiry:
        return TicketKind::Inquiry;
    case IntakeClass::Other:
        return TicketKind::Affair;
    }
    return TicketKind::Affair;
}

} // namespace fd
