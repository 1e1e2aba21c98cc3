#include "modules/intake/IntakeForm.h"

using namespace Qt::StringLiterals;

namespace fd {

bool IntakeForm::isEmpty() const
{
    for (const QString* text : {&callerPhone, &personName, &description, &category, &peopleInvolved, &customerAsks,
                                &answer, &contactName, &contactPhone})
        if (!text->trimmed().isEmpty())
            return false;
    return unitId == 0 && residentId == 0 && !intakeClass && !urgent;
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
            {u"answered_now"_s, answeredNow},
            {u"answer"_s, answer},
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
    f.answeredNow = json.value(u"answered_now"_s).toBool(true);
    f.answer = json.value(u"answer"_s).toString();
    f.contactName = json.value(u"contact_name"_s).toString();
    f.contactPhone = json.value(u"contact_phone"_s).toString();
    return f;
}

QString IntakeForm::key(IntakeClass c)
{
    switch (c) {
    case IntakeClass::Repair:
        return u"repair"_s;
    case IntakeClass::Complaint:
        return u"complaint"_s;
    case IntakeClass::Request:
        return u"request"_s;
    case IntakeClass::Inquiry:
        return u"inquiry"_s;
    case IntakeClass::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<IntakeClass> IntakeForm::classFrom(const QString& text)
{
    for (IntakeClass c :
         {IntakeClass::Repair, IntakeClass::Complaint, IntakeClass::Request, IntakeClass::Inquiry, IntakeClass::Other})
        if (key(c) == text)
            return c;
    return std::nullopt;
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
