#include "engine/tickets/SiteRules.h"

#include "engine/Session.h"
#include "engine/SiteSettings.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The largest number any rule may take: a year in minutes; keeps instants far from overflow.
constexpr int kLargestRuleNumber = 525'600;

struct Field
{
    const char* key;
    int SiteRules::Snapshot::*member;
};

// The snapshot's fields and the keys they are read from (and saved under in rules_json).
const Field kFields[] = {
    {SiteRules::ForwardMinutes, &SiteRules::Snapshot::forwardMinutes},
    {SiteRules::FollowUpMinutes, &SiteRules::Snapshot::followUpMinutes},
    {SiteRules::ReplyHours, &SiteRules::Snapshot::replyHours},
    {SiteRules::CallbackHours, &SiteRules::Snapshot::callbackHours},
    {SiteRules::ComplaintMinorHours, &SiteRules::Snapshot::complaintMinorHours},
    {SiteRules::ComplaintImportantHours, &SiteRules::Snapshot::complaintImportantHours},
    {SiteRules::ComplaintMajorReplyHours, &SiteRules::Snapshot::complaintMajorReplyHours},
    {SiteRules::ComplaintMajorResolveDays, &SiteRules::Snapshot::complaintMajorResolveDays},
    {SiteRules::ComplaintUpgradeDays, &SiteRules::Snapshot::complaintUpgradeDays},
    {SiteRules::ComplaintUpgradeCount, &SiteRules::Snapshot::complaintUpgradeCount},
    {SiteRules::ComplaintJudgeMinutes, &SiteRules::Snapshot::complaintJudgeMinutes},
};

int positive(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value > 0 && value <= kLargestRuleNumber ? value : 0;
}

} // namespace

const QList<SiteRules::Definition>& SiteRules::definitions()
{
    static const QList<Definition> all{
        {QString::fromLatin1(ForwardMinutes), u"10"_s, u"R-IN-3"_s},
        {QString::fromLatin1(FollowUpMinutes), u"15"_s, u"R-RP-2"_s},
        {QString::fromLatin1(ReplyHours), u"24"_s, u"R-IN-4"_s},
        {QString::fromLatin1(CallbackHours), u"24"_s, u"R-CB-1"_s},
        {QString::fromLatin1(ComplaintMinorHours), u"12"_s, u"R-CP-5"_s},
        {QString::fromLatin1(ComplaintImportantHours), u"24"_s, u"R-CP-5"_s},
        {QString::fromLatin1(ComplaintMajorReplyHours), u"48"_s, u"R-CP-5"_s},
        {QString::fromLatin1(ComplaintMajorResolveDays), u"15"_s, u"R-CP-5"_s},
        {QString::fromLatin1(ComplaintUpgradeDays), u"7"_s, u"R-CP-3"_s},
        {QString::fromLatin1(ComplaintUpgradeCount), u"5"_s, u"R-CP-3"_s},
        {QString::fromLatin1(ComplaintJudgeMinutes), u"30"_s, u"R-CP-2"_s},
        {QString::fromLatin1(VisitorMinutes), u"90"_s, u"R-VS-3"_s},
        {QString::fromLatin1(StorageRemindMinutes), u"1440"_s, u"R-PS-2"_s},
        {QString::fromLatin1(ParcelRemindMinutes), u"2880"_s, u"R-PS-4"_s},
        {QString::fromLatin1(VisitsClerkMonthly), u"20"_s, u"R-CB-5"_s},
        {QString::fromLatin1(VisitsDepartmentMonthly), u"10"_s, u"R-CB-5"_s},
        {QString::fromLatin1(EscalateSupervisorMinutes), u"15"_s, u"R-IN-2"_s},
        {QString::fromLatin1(EscalateManagerMinutes), u"60"_s, u"R-IN-2"_s},
        {QString::fromLatin1(ReminderRepeatMinutes), u"5"_s, u"R-RP-2"_s},
        {QString::fromLatin1(DueSoonMinutes), u"60"_s, u"R-RP-2"_s},
        {QString::fromLatin1(CallbackTargetPercent), u"100"_s, u"R-CP-8"_s},
        {QString::fromLatin1(ShiftA), u"07:30-15:00"_s, u"R-SH-1"_s, true},
        {QString::fromLatin1(ShiftB), u"14:30-21:00"_s, u"R-SH-1"_s, true},
        {QString::fromLatin1(ShiftC), u"20:30-07:30"_s, u"R-SH-1"_s, true},
    };
    return all;
}

const SiteRules::Definition* SiteRules::find(const QString& key)
{
    for (const Definition& d : definitions())
        if (d.key == key)
            return &d;
    return nullptr;
}

SiteRules::SiteRules(SiteSettings& settings) : m_settings(settings) {}

int SiteRules::number(const QString& key) const
{
    const Definition* d = find(key);
    if (!d || d->isShift)
        return 0;
    const int stored = positive(m_settings.text(key));
    return stored > 0 ? stored : positive(d->defaultValue);
}

SiteRules::Snapshot SiteRules::Snapshot::defaults()
{
    Snapshot s;
    for (const Field& f : kFields)
        s.*f.member = positive(find(QString::fromLatin1(f.key))->defaultValue);
    return s;
}

SiteRules::Snapshot SiteRules::snapshot() const
{
    // One query for all the rules: a snapshot is taken for every ticket opened.
    const QHash<QString, QString> stored = m_settings.withPrefix(u"rule."_s);
    Snapshot s;
    for (const Field& f : kFields) {
        const QString key = QString::fromLatin1(f.key);
        const Definition* d = find(key);
        const int value = positive(stored.value(key));
        s.*f.member = value > 0 ? value : (d ? positive(d->defaultValue) : 0);
    }
    return s;
}

QJsonObject SiteRules::Snapshot::toJson() const
{
    QJsonObject json;
    for (const Field& f : kFields)
        json.insert(QString::fromLatin1(f.key), this->*f.member);
    return json;
}

SiteRules::Snapshot SiteRules::Snapshot::fromJson(const QJsonObject& json)
{
    Snapshot s = defaults();
    for (const Field& f : kFields) {
        const int value = json.value(QString::fromLatin1(f.key)).toInt(0);
        if (value > 0 && value <= kLargestRuleNumber)
            s.*f.member = value;
    }
    return s;
}

bool SiteRules::parseShift(const QString& text, ShiftTimes* out)
{
    const QStringList parts = text.trimmed().split(u'-');
    if (parts.size() != 2)
        return false;
    const QTime start = QTime::fromString(parts[0].trimmed(), u"HH:mm"_s);
    const QTime end = QTime::fromString(parts[1].trimmed(), u"HH:mm"_s);
    if (!start.isValid() || !end.isValid() || start == end)
        return false;
    if (out)
        *out = {start, end};
    return true;
}

SiteRules::ShiftTimes SiteRules::shift(QChar letter) const
{
    const QString key = u"rule.shift."_s + letter.toLower();
    ShiftTimes times;
    if (const Definition* d = find(key)) {
        if (!parseShift(m_settings.text(key), &times))
            (void)parseShift(d->defaultValue, &times);
    }
    return times;
}

Status SiteRules::set(const Session& who, const QString& key, const QString& value)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    const Definition* d = find(key);
    if (!d)
        return Error{u"rule.unknown"_s, tr("There is no site rule called %1.").arg(key), key};
    if (d->isShift) {
        if (!parseShift(value, nullptr))
            return Error{u"rule.invalid"_s, tr("A shift is written as start-end in 24-hour time, e.g. 07:30-15:00."),
                         key};
        return m_settings.set(who, key, value.trimmed());
    }
    const int number = positive(value);
    if (number == 0)
        return Error{u"rule.invalid"_s,
                     tr("A rule's number must be a whole number from 1 to %1.").arg(kLargestRuleNumber), key};
    return m_settings.set(who, key, QString::number(number));
}

} // namespace fd
