#include "engine/tickets/SiteRules.h"

#include "core/EnumTable.h"
#include "engine/LastChange.h"
#include "engine/Session.h"
#include "engine/SiteSettings.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

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

// The names of the settings page's sections.
constexpr auto kGroups = enumTable<SiteRules::Group>(
    "SiteRules", {{SiteRules::Group::Tickets, nullptr, QT_TRANSLATE_NOOP("SiteRules", "Tickets and complaints")},
                  {SiteRules::Group::Reminders, nullptr, QT_TRANSLATE_NOOP("SiteRules", "Reminders")},
                  {SiteRules::Group::Shifts, nullptr, QT_TRANSLATE_NOOP("SiteRules", "Shifts")},
                  {SiteRules::Group::LobbyLogs, nullptr, QT_TRANSLATE_NOOP("SiteRules", "Lobby logs")},
                  {SiteRules::Group::Fees, nullptr, QT_TRANSLATE_NOOP("SiteRules", "Fees")},
                  {SiteRules::Group::Renovations, nullptr, QT_TRANSLATE_NOOP("SiteRules", "Renovations")},
                  {SiteRules::Group::SignIn, nullptr, QT_TRANSLATE_NOOP("SiteRules", "Sign-in")}});

} // namespace

const QList<SiteRules::Definition>& SiteRules::definitions()
{
    using K = Kind;
    using G = Group;
    static const QList<Definition> all{
        // Tickets and complaints: snapshotted into each ticket when it opens.
        {QString::fromLatin1(ForwardMinutes), u"10"_s, u"R-IN-3"_s, K::Minutes, 1, 1440, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Forward to the department within"),
         QT_TRANSLATE_NOOP("SiteRules", "What the first responder cannot settle is forwarded within this time.")},
        {QString::fromLatin1(FollowUpMinutes), u"15"_s, u"R-RP-2"_s, K::Minutes, 1, 1440, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Follow up every"),
         QT_TRANSLATE_NOOP("SiteRules", "A dispatched repair or complaint is followed up at this interval until it "
                                        "comes back.")},
        {QString::fromLatin1(ReplyHours), u"24"_s, u"R-IN-4"_s, K::Hours, 1, 720, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Reply to a request within"),
         QT_TRANSLATE_NOOP("SiteRules", "A request or suggestion gets a reply within this time.")},
        {QString::fromLatin1(CallbackHours), u"24"_s, u"R-CB-1"_s, K::Hours, 1, 720, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Call back within"),
         QT_TRANSLATE_NOOP("SiteRules", "Completed work is called back within this time of its completion.")},
        {QString::fromLatin1(ComplaintMinorHours), u"12"_s, u"R-CP-5"_s, K::Hours, 1, 720, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Resolve a minor complaint within"),
         QT_TRANSLATE_NOOP("SiteRules", "Longer needs the supervisor's approval.")},
        {QString::fromLatin1(ComplaintImportantHours), u"24"_s, u"R-CP-5"_s, K::Hours, 1, 720, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Resolve an important complaint within"),
         QT_TRANSLATE_NOOP("SiteRules", "Longer needs the manager's approval.")},
        {QString::fromLatin1(ComplaintMajorReplyHours), u"48"_s, u"R-CP-5"_s, K::Hours, 1, 720, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Definite reply to a major complaint within"),
         QT_TRANSLATE_NOOP("SiteRules", "A major complaint gets a definite reply within this time.")},
        {QString::fromLatin1(ComplaintMajorResolveDays), u"15"_s, u"R-CP-5"_s, K::Days, 1, 365, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Resolve a major complaint within"),
         QT_TRANSLATE_NOOP("SiteRules", "A major complaint is resolved within this time.")},
        {QString::fromLatin1(ComplaintUpgradeDays), u"7"_s, u"R-CP-3"_s, K::Days, 1, 365, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "A complaint unresolved for this long becomes major"),
         QT_TRANSLATE_NOOP("SiteRules", "A valid complaint still unresolved after this time is upgraded to major.")},
        {QString::fromLatin1(ComplaintUpgradeCount), u"5"_s, u"R-CP-3"_s, K::Count, 2, 1000, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Customers about one event that make it major"),
         QT_TRANSLATE_NOOP("SiteRules", "When this many customers complain about the same event, it becomes major.")},
        {QString::fromLatin1(VisitsClerkMonthly), u"20"_s, u"R-CB-5"_s, K::Count, 1, 1000, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Customer visits per clerk a month"),
         QT_TRANSLATE_NOOP("SiteRules", "Each clerk's monthly quota of proactive customer visits.")},
        {QString::fromLatin1(VisitsDepartmentMonthly), u"10"_s, u"R-CB-5"_s, K::Count, 1, 1000, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Customer visits by the department a month"),
         QT_TRANSLATE_NOOP("SiteRules", "The department's monthly quota of proactive customer visits.")},
        {QString::fromLatin1(WeekCloseDay), u"5"_s, u"R-IN-6"_s, K::Weekday, 1, 7, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "The week closes on"),
         QT_TRANSLATE_NOOP("SiteRules", "The weekly report runs from the day after this day to the end of it.")},
        {QString::fromLatin1(CallbackTargetPercent), u"100"_s, u"R-CP-8"_s, K::Percent, 1, 100, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Callback rate target"),
         QT_TRANSLATE_NOOP("SiteRules",
                           "The weekly report reads the callbacks made against this share of those owed.")},
        {QString::fromLatin1(ComplaintJudgeMinutes), u"30"_s, u"R-CP-2"_s, K::Minutes, 1, 1440, G::Tickets,
         QT_TRANSLATE_NOOP("SiteRules", "Judge a complaint within"),
         QT_TRANSLATE_NOOP("SiteRules",
                           "A complaint nobody has judged valid or invalid reminds the supervisor after this time.")},
        // Reminders: read live, not snapshotted.
        {QString::fromLatin1(DueSoonMinutes), u"60"_s, u"R-RP-2"_s, K::Minutes, 1, 1440, G::Reminders,
         QT_TRANSLATE_NOOP("SiteRules", "Due soon means due within"),
         QT_TRANSLATE_NOOP("SiteRules", "The queues' \"due soon\" and the reminders' amber warning.")},
        {QString::fromLatin1(ReminderRepeatMinutes), u"5"_s, u"R-RP-2"_s, K::Minutes, 1, 1440, G::Reminders,
         QT_TRANSLATE_NOOP("SiteRules", "Repeat a reminder every"),
         QT_TRANSLATE_NOOP("SiteRules", "A reminder not acted on is repeated to the desk at this interval.")},
        {QString::fromLatin1(EscalateSupervisorMinutes), u"15"_s, u"R-IN-2"_s, K::Minutes, 1, 10080, G::Reminders,
         QT_TRANSLATE_NOOP("SiteRules", "Overdue to the supervisor after"),
         QT_TRANSLATE_NOOP("SiteRules", "Work overdue this long is reported to the supervisor.")},
        {QString::fromLatin1(EscalateManagerMinutes), u"60"_s, u"R-IN-2"_s, K::Minutes, 1, 10080, G::Reminders,
         QT_TRANSLATE_NOOP("SiteRules", "Overdue to the manager after"),
         QT_TRANSLATE_NOOP("SiteRules", "Work overdue this long is reported to the manager.")},
        {QString::fromLatin1(ReminderCatchUpMinutes), u"120"_s, u"R-RP-2"_s, K::Minutes, 1, 10080, G::Reminders,
         QT_TRANSLATE_NOOP("SiteRules", "After a gap, raise the follow-ups of the last"),
         QT_TRANSLATE_NOOP("SiteRules", "When the program was closed, the first missed follow-up and those of this "
                                        "last stretch are raised, not every one in between.")},
        // Shifts (R-SH-1).
        {QString::fromLatin1(ShiftA), u"07:30-15:00"_s, u"R-SH-1"_s, K::Shift, 0, 0, G::Shifts,
         QT_TRANSLATE_NOOP("SiteRules", "Shift A"),
         QT_TRANSLATE_NOOP("SiteRules", "The day shift; overlaps are handover time.")},
        {QString::fromLatin1(ShiftB), u"14:30-21:00"_s, u"R-SH-1"_s, K::Shift, 0, 0, G::Shifts,
         QT_TRANSLATE_NOOP("SiteRules", "Shift B"), QT_TRANSLATE_NOOP("SiteRules", "The evening shift.")},
        {QString::fromLatin1(ShiftC), u"20:30-07:30"_s, u"R-SH-1"_s, K::Shift, 0, 0, G::Shifts,
         QT_TRANSLATE_NOOP("SiteRules", "Shift C"),
         QT_TRANSLATE_NOOP("SiteRules", "The night shift; it may cross midnight.")},
        {QString::fromLatin1(ShiftOverrunMinutes), u"60"_s, u"R-SH-1"_s, K::Minutes, 1, 720, G::Shifts,
         QT_TRANSLATE_NOOP("SiteRules", "A shift not handed over counts as left after its end by"),
         QT_TRANSLATE_NOOP("SiteRules", "Then it is shown as not handed over, stops holding the desk's reminders, "
                                        "and the next person to start at its post takes it over.")},
        // The desk's logs.
        {QString::fromLatin1(VisitorMinutes), u"90"_s, u"R-VS-3"_s, K::Minutes, 1, 1440, G::LobbyLogs,
         QT_TRANSLATE_NOOP("SiteRules", "Confirm a visitor still inside after"),
         QT_TRANSLATE_NOOP("SiteRules", "A visitor inside this long is confirmed with the resident again.")},
        {QString::fromLatin1(StorageRemindMinutes), u"1440"_s, u"R-PS-2"_s, K::Minutes, 1, 43200, G::LobbyLogs,
         QT_TRANSLATE_NOOP("SiteRules", "Remind about a stored item every"),
         QT_TRANSLATE_NOOP("SiteRules", "An item past its pickup time is reminded at this interval.")},
        {QString::fromLatin1(ParcelRemindMinutes), u"2880"_s, u"R-PS-4"_s, K::Minutes, 1, 43200, G::LobbyLogs,
         QT_TRANSLATE_NOOP("SiteRules", "Remind about an unclaimed parcel every"),
         QT_TRANSLATE_NOOP("SiteRules", "A parcel not collected is reminded at this interval.")},
        {QString::fromLatin1(ToolReturnTime), u"18:00"_s, u"seed 001"_s, K::TimeOfDay, 0, 0, G::LobbyLogs,
         QT_TRANSLATE_NOOP("SiteRules", "Tools lent are due back at"),
         QT_TRANSLATE_NOOP("SiteRules", "A tool not back by this time of the lending day is chased.")},
        // Fees.
        {QString::fromLatin1(DunningIntervalDays), u"15"_s, u"R-FE-3"_s, K::Days, 1, 365, G::Fees,
         QT_TRANSLATE_NOOP("SiteRules", "Days between dunning notices"),
         QT_TRANSLATE_NOOP("SiteRules", "The next dunning notice to a unit still unpaid is issued no sooner.")},
        {QString::fromLatin1(NoticeDeadlineDays), u"10"_s, u"R-FE-3"_s, K::Days, 1, 365, G::Fees,
         QT_TRANSLATE_NOOP("SiteRules", "A dunning notice gives to pay"),
         QT_TRANSLATE_NOOP("SiteRules", "The deadline printed on a dunning notice, counted from its day.")},
        {QString::fromLatin1(LateFeePer10000), u"0"_s, u"R-FE-3"_s, K::Count, 0, 100, G::Fees,
         QT_TRANSLATE_NOOP("SiteRules", "Late fee a day, in ten-thousandths of what is owed"),
         QT_TRANSLATE_NOOP("SiteRules", "0 charges none; 5 is 0.05% (0.5‰) a day. Counted on what is still owed, "
                                        "rounded to the fen once per bill.")},
        {QString::fromLatin1(LateFeeGraceDays), u"0"_s, u"R-FE-3"_s, K::Days, 0, 365, G::Fees,
         QT_TRANSLATE_NOOP("SiteRules", "Late fees count from this many days after the due day"),
         QT_TRANSLATE_NOOP("SiteRules", "0: from the day after the due day.")},
        {QString::fromLatin1(BillingLeadDays), u"15"_s, u"R-FE-1"_s, K::Days, 1, 28, G::Fees,
         QT_TRANSLATE_NOOP("SiteRules", "A month's billing run is due before its first due day by"),
         QT_TRANSLATE_NOOP("SiteRules", "The cashier is reminded from then until the month is billed (half a month: "
                                        "15).")},
        // Renovations.
        {QString::fromLatin1(RenovationRefundMonths), u"3"_s, u"R-RN-1"_s, K::Months, 1, 24, G::Renovations,
         QT_TRANSLATE_NOOP("SiteRules", "A renovation deposit is refunded after acceptance by"),
         QT_TRANSLATE_NOOP("SiteRules", "The cashier is reminded on that day; no refund is paid sooner.")},
        {QString::fromLatin1(RenovationWorkingHours), u"08:00-18:00"_s, u"seed 001"_s, K::Shift, 0, 0, G::Renovations,
         QT_TRANSLATE_NOOP("SiteRules", "Decoration work is allowed"),
         QT_TRANSLATE_NOOP("SiteRules", "A worker let in at the desk outside these hours is flagged.")},
        // Sign-in (SiteSettings' keys).
        {QString::fromLatin1(SiteSettings::LockoutAttempts), u"5"_s, u"auth"_s, K::Count, 1, 100, G::SignIn,
         QT_TRANSLATE_NOOP("SiteRules", "Wrong passwords before an account locks"),
         QT_TRANSLATE_NOOP("SiteRules", "This many wrong passwords in a row lock the account.")},
        {QString::fromLatin1(SiteSettings::LockoutMinutes), u"15"_s, u"auth"_s, K::Minutes, 1, 1440, G::SignIn,
         QT_TRANSLATE_NOOP("SiteRules", "A locked account opens again after"),
         QT_TRANSLATE_NOOP("SiteRules", "Or earlier, when an administrator resets its password.")},
        {QString::fromLatin1(SiteSettings::IdleLockMinutes), u"10"_s, u"auth"_s, K::Minutes, 1, 1440, G::SignIn,
         QT_TRANSLATE_NOOP("SiteRules", "Lock the screen after no input for"),
         QT_TRANSLATE_NOOP("SiteRules", "A desk left alone locks itself after this time.")},
    };
    return all;
}

QString SiteRules::Definition::displayName() const
{
    return QCoreApplication::translate("SiteRules", name);
}

QString SiteRules::Definition::displayDescription() const
{
    return QCoreApplication::translate("SiteRules", description);
}

QString SiteRules::unitName(Kind kind)
{
    switch (kind) {
    case Kind::Minutes:
        return tr("minutes");
    case Kind::Hours:
        return tr("hours");
    case Kind::Days:
        return tr("days");
    case Kind::Months:
        return tr("months");
    case Kind::Percent:
        return u"%"_s;
    case Kind::Count: // a plain number: people, visits, tries
    case Kind::TimeOfDay:
    case Kind::Shift:
    case Kind::Weekday:
        break;
    }
    return {};
}

QString SiteRules::groupName(Group group)
{
    return kGroups.name(group);
}

const SiteRules::Definition* SiteRules::find(const QString& key)
{
    for (const Definition& d : definitions())
        if (d.key == key)
            return &d;
    return nullptr;
}

std::optional<int> SiteRules::inRange(const Definition& d, const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < d.min || value > d.max)
        return std::nullopt;
    return value;
}

QString SiteRules::invalidMessage(const Definition& d)
{
    switch (d.kind) {
    case Kind::Minutes:
        return tr("Enter a whole number of minutes from %1 to %2.").arg(d.min).arg(d.max);
    case Kind::Hours:
        return tr("Enter a whole number of hours from %1 to %2.").arg(d.min).arg(d.max);
    case Kind::Days:
        return tr("Enter a whole number of days from %1 to %2.").arg(d.min).arg(d.max);
    case Kind::Months:
        return tr("Enter a whole number of months from %1 to %2.").arg(d.min).arg(d.max);
    case Kind::Count:
        return tr("Enter a whole number from %1 to %2.").arg(d.min).arg(d.max);
    case Kind::Percent:
        return tr("Enter a percentage from %1 to %2.").arg(d.min).arg(d.max);
    case Kind::Weekday:
        return tr("Choose a day of the week: 1 (Monday) to 7 (Sunday).");
    case Kind::TimeOfDay:
        return tr("A time of day is written in 24-hour time, e.g. 18:00.");
    case Kind::Shift:
        return tr("A shift is written as start-end in 24-hour time, e.g. 07:30-15:00.");
    }
    return {};
}

SiteRules::SiteRules(SiteSettings& settings) : m_settings(settings) {}

int SiteRules::number(const SiteSettings& settings, const QString& key)
{
    const Definition* d = find(key);
    if (!d || !d->isNumber())
        return 0;
    if (auto stored = inRange(*d, settings.text(key)))
        return *stored;
    return inRange(*d, d->defaultValue).value_or(0);
}

QTime SiteRules::timeOfDay(const QString& key) const
{
    const Definition* d = find(key);
    if (!d || d->kind != Kind::TimeOfDay)
        return {};
    const QTime stored = QTime::fromString(m_settings.text(key).trimmed(), u"HH:mm"_s);
    return stored.isValid() ? stored : QTime::fromString(d->defaultValue, u"HH:mm"_s);
}

QString SiteRules::value(const QString& key) const
{
    const Definition* d = find(key);
    if (!d)
        return {};
    switch (d->kind) {
    case Kind::TimeOfDay:
        return timeOfDay(key).toString(u"HH:mm"_s);
    case Kind::Shift: {
        const ShiftTimes t = hours(key);
        return t.start.toString(u"HH:mm"_s) + u'-' + t.end.toString(u"HH:mm"_s);
    }
    default:
        return QString::number(number(key));
    }
}

SiteRules::Snapshot SiteRules::Snapshot::defaults()
{
    Snapshot s;
    for (const Field& f : kFields) {
        const Definition* d = find(QString::fromLatin1(f.key));
        s.*f.member = inRange(*d, d->defaultValue).value_or(0);
    }
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
        s.*f.member = inRange(*d, stored.value(key)).value_or(inRange(*d, d->defaultValue).value_or(0));
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
    return hours(u"rule.shift."_s + letter.toLower());
}

SiteRules::ShiftTimes SiteRules::hours(const QString& key) const
{
    ShiftTimes times;
    if (const Definition* d = find(key)) {
        if (!parseShift(m_settings.text(key), &times))
            (void)parseShift(d->defaultValue, &times);
    }
    return times;
}

Result<QString> SiteRules::check(const QString& key, const QString& value)
{
    const Definition* d = find(key);
    if (!d)
        return Error{u"rule.unknown"_s, tr("There is no site rule called %1.").arg(key), key};
    QString checked;
    switch (d->kind) {
    case Kind::Shift:
        if (parseShift(value, nullptr))
            checked = value.trimmed();
        break;
    case Kind::TimeOfDay:
        if (const QTime t = QTime::fromString(value.trimmed(), u"HH:mm"_s); t.isValid())
            checked = t.toString(u"HH:mm"_s);
        break;
    default:
        if (auto number = inRange(*d, value))
            checked = QString::number(*number);
        break;
    }
    if (checked.isEmpty())
        return Error{u"rule.invalid"_s, invalidMessage(*d), key};
    return checked;
}

std::optional<Error> SiteRules::changedSince(const QString& key, const QString& seen) const
{
    if (this->value(key) == seen)
        return std::nullopt;
    return LastChange::doneBy(
        m_settings.database(),
        u"SELECT u.display_name, s.updated_ms FROM settings s JOIN users u ON u.id = s.updated_by "
        "WHERE s.key = ?"_s,
        {key}, u"settings.stale"_s, tr("%1 set this rule to %3 at %2.").arg(u"%1"_s, u"%2"_s, this->value(key)), key);
}

Status SiteRules::set(const Session& who, const QString& key, const QString& value, const std::optional<QString>& seen)
{
    if (Status s = who.require(Permission::EditSiteRules); !s)
        return s.error();
    auto checked = check(key, value);
    if (!checked)
        return checked.error();
    // Checked and written in one transaction; on PostgreSQL, whose reads lock nothing, with the rules
    // held to the commit, so another administrator's save in between is seen, not written over.
    Database& db = m_settings.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    if (seen) {
        if (db.backend() == Backend::Postgres)
            if (auto locked = db.exec(u"LOCK TABLE settings IN SHARE ROW EXCLUSIVE MODE"_s); !locked)
                return locked.error();
        if (auto stale = changedSince(key, *seen))
            return *stale;
    }
    // The audit's "before" is what the rule was in force at, the default when never set.
    if (Status s = m_settings.set(who, key, checked.value(), this->value(key)); !s)
        return s;
    return tx.commit();
}

} // namespace fd
