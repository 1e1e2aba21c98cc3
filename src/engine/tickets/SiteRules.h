#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace fd {

class SiteSettings;
struct Session;

// The rule numbers of PROCEDURES.md as named site settings with their documented defaults. Every
// number a service uses comes from here, never from a literal. Changing one is SiteSettings::set
// (administrators only, audited) after the value has been checked.
//
// Keys (default, rule):
//   rule.forward_minutes 10 (R-IN-3)              rule.follow_up_minutes 15 (R-RP-2, R-CP-7)
//   rule.reply_hours 24 (R-IN-4)                  rule.callback_hours 24 (R-CB-1, R-CP-8)
//   rule.complaint.minor_hours 12 (R-CP-5)        rule.complaint.important_hours 24 (R-CP-5)
//   rule.complaint.major_reply_hours 48 (R-CP-5)  rule.complaint.major_resolve_days 15 (R-CP-5)
//   rule.complaint.upgrade_days 7 (R-CP-3)        rule.complaint.upgrade_count 5 (R-CP-3)
//   rule.complaint.judge_minutes 30 (R-CP-2: an unjudged complaint reminds the supervisor)
//   rule.visitor_minutes 90 (R-VS-3)
//   rule.storage_remind_minutes 1440 (R-PS-2: an overdue stored item, again after reminding the customer)
//   rule.parcel_remind_minutes 2880 (R-PS-4: an unclaimed parcel, and again after each notice)
//   rule.visits.clerk_monthly 20, rule.visits.department_monthly 10 (customer visits a month, R-CB-5)
//   rule.escalate_supervisor_minutes 15, rule.escalate_manager_minutes 60 (overdue → supervisor → manager,
//   R-IN-2), rule.reminder_repeat_minutes 5, rule.due_soon_minutes 60 (the reminders; live, not snapshotted)
//   rule.callback_target_percent 100 (R-CP-8: the share of owed callbacks made, against which the report reads)
//   rule.shift.a 07:30-15:00, rule.shift.b 14:30-21:00, rule.shift.c 20:30-07:30 (R-SH-1)
//   rule.reminder_catch_up_minutes 120 (after a gap, the follow-up slots raised besides the first missed one)
//   rule.week_close_day 5 = Friday (R-IN-6), rule.tool_return_time 18:00 (tools lent, seed 001)
//   rule.fees.dunning_interval_days 15, rule.fees.notice_deadline_days 10 (R-FE-3: between dunning notices,
//   and a notice's deadline to pay), rule.fees.late_fee_per_10000 0 (off) and rule.fees.late_fee_grace_days 0
//   (R-FE-3: a late fee a day, in ten-thousandths of what is owed, from so many days after the due day),
//   rule.fees.billing_lead_days 15 (R-FE-1: a month's run is due this long before its first due day)
//   rule.renovation.refund_months 3 (R-RN-1: a deposit's refund comes due this long after acceptance),
//   rule.renovation.working_hours 08:00-18:00 (seed 001: decoration work; a worker let in outside is flagged)
//   auth.lockout_attempts 5, auth.lockout_minutes 15, auth.idle_lock_minutes 10 (sign-in; SiteSettings' keys)
// Each definition says its kind (the unit), its valid range, its rule and what it governs, so the site
// settings page is drawn from definitions() and set() checks every value the same way.
class SiteRules
{
    Q_DECLARE_TR_FUNCTIONS(SiteRules)

public:
    static constexpr const char* ForwardMinutes = "rule.forward_minutes";
    static constexpr const char* FollowUpMinutes = "rule.follow_up_minutes";
    static constexpr const char* ReplyHours = "rule.reply_hours";
    static constexpr const char* CallbackHours = "rule.callback_hours";
    static constexpr const char* ComplaintMinorHours = "rule.complaint.minor_hours";
    static constexpr const char* ComplaintImportantHours = "rule.complaint.important_hours";
    static constexpr const char* ComplaintMajorReplyHours = "rule.complaint.major_reply_hours";
    static constexpr const char* ComplaintMajorResolveDays = "rule.complaint.major_resolve_days";
    static constexpr const char* ComplaintUpgradeDays = "rule.complaint.upgrade_days";
    static constexpr const char* ComplaintUpgradeCount = "rule.complaint.upgrade_count";
    static constexpr const char* ComplaintJudgeMinutes = "rule.complaint.judge_minutes";
    static constexpr const char* VisitorMinutes = "rule.visitor_minutes";
    static constexpr const char* StorageRemindMinutes = "rule.storage_remind_minutes";
    static constexpr const char* ParcelRemindMinutes = "rule.parcel_remind_minutes";
    static constexpr const char* VisitsClerkMonthly = "rule.visits.clerk_monthly";
    static constexpr const char* VisitsDepartmentMonthly = "rule.visits.department_monthly";
    static constexpr const char* EscalateSupervisorMinutes = "rule.escalate_supervisor_minutes";
    static constexpr const char* EscalateManagerMinutes = "rule.escalate_manager_minutes";
    static constexpr const char* ReminderRepeatMinutes = "rule.reminder_repeat_minutes";
    static constexpr const char* DueSoonMinutes = "rule.due_soon_minutes";
    static constexpr const char* CallbackTargetPercent = "rule.callback_target_percent";
    static constexpr const char* ShiftA = "rule.shift.a";
    static constexpr const char* ShiftB = "rule.shift.b";
    static constexpr const char* ShiftC = "rule.shift.c";
    static constexpr const char* ShiftOverrunMinutes = "rule.shift.overrun_minutes";
    static constexpr const char* ReminderCatchUpMinutes = "rule.reminder_catch_up_minutes";
    static constexpr const char* WeekCloseDay = "rule.week_close_day";
    static constexpr const char* ToolReturnTime = "rule.tool_return_time";
    static constexpr const char* DunningIntervalDays = "rule.fees.dunning_interval_days";
    static constexpr const char* NoticeDeadlineDays = "rule.fees.notice_deadline_days";
    static constexpr const char* LateFeePer10000 = "rule.fees.late_fee_per_10000";
    static constexpr const char* LateFeeGraceDays = "rule.fees.late_fee_grace_days";
    static constexpr const char* BillingLeadDays = "rule.fees.billing_lead_days";
    static constexpr const char* RenovationRefundMonths = "rule.renovation.refund_months";
    static constexpr const char* RenovationWorkingHours = "rule.renovation.working_hours";

    // The numbers a ticket is opened under. Saved with the ticket (rules_json), so a rule changed
    // later applies to tickets opened after the change, never silently to older ones.
    struct Snapshot
    {
        int forwardMinutes = 0;
        int followUpMinutes = 0;
        int replyHours = 0;
        int callbackHours = 0;
        int complaintMinorHours = 0;
        int complaintImportantHours = 0;
        int complaintMajorReplyHours = 0;
        int complaintMajorResolveDays = 0;
        int complaintUpgradeDays = 0;
        int complaintUpgradeCount = 0;
        int complaintJudgeMinutes = 0;

        [[nodiscard]] QJsonObject toJson() const;
        // Missing or broken numbers fall back to the defaults.
        [[nodiscard]] static Snapshot fromJson(const QJsonObject& json);
        [[nodiscard]] static Snapshot defaults();
        bool operator==(const Snapshot&) const = default;
    };

    struct ShiftTimes
    {
        QTime start;
        QTime end;
    };

    // What a rule's value is: its unit on the settings page and how set() checks it.
    enum class Kind { Minutes, Hours, Days, Months, Count, Percent, TimeOfDay, Shift, Weekday };
    // Where the settings page shows it.
    enum class Group { Tickets, Reminders, Shifts, LobbyLogs, Fees, Renovations, SignIn };

    struct Definition
    {
        QString key;
        QString defaultValue;
        QString ruleId; // PROCEDURES.md's ID, or the seed it comes from
        Kind kind = Kind::Minutes;
        int min = 1; // the valid range of a number (Minutes … Weekday); unused for times and shifts
        int max = 1;
        Group group = Group::Tickets;
        const char* name = nullptr;        // QT_TRANSLATE_NOOP("SiteRules", …)
        const char* description = nullptr; // one line of what it governs, QT_TRANSLATE_NOOP("SiteRules", …)

        [[nodiscard]] bool isNumber() const { return kind != Kind::TimeOfDay && kind != Kind::Shift; }
        [[nodiscard]] QString displayName() const;
        [[nodiscard]] QString displayDescription() const;
    };

    explicit SiteRules(SiteSettings& settings);

    [[nodiscard]] static const QList<Definition>& definitions();
    [[nodiscard]] static const Definition* find(const QString& key);
    // "minutes", "hours"… as the page shows after a number; empty for times, shifts and weekdays.
    [[nodiscard]] static QString unitName(Kind kind);
    [[nodiscard]] static QString groupName(Group group);

    [[nodiscard]] Snapshot snapshot() const;
    // A number rule's value: the stored one when it is in the rule's range, else the default.
    [[nodiscard]] int number(const QString& key) const { return number(m_settings, key); }
    // The same for a service that holds the settings, not the rules (accounts, the idle lock).
    [[nodiscard]] static int number(const SiteSettings& settings, const QString& key);
    // A time-of-day rule's value (HH:mm), the default when nothing valid is stored.
    [[nodiscard]] QTime timeOfDay(const QString& key) const;
    // Any rule's value as text, as set() would accept it (the default when nothing valid is stored).
    [[nodiscard]] QString value(const QString& key) const;
    // R-IN-4: the hours a request's reply is due within (a ticket keeps the number it opened under).
    [[nodiscard]] int replyHours() const { return number(QString::fromLatin1(ReplyHours)); }
    // R-CP-8: the share of owed callbacks, in percent, the weekly report reads the callback rate against.
    [[nodiscard]] int callbackTargetPercent() const { return number(QString::fromLatin1(CallbackTargetPercent)); }
    // The reminders' numbers, read live (R-IN-2: overdue → supervisor → manager; R-RP-2: repeats, catch-up).
    [[nodiscard]] int escalateSupervisorMinutes() const
    {
        return number(QString::fromLatin1(EscalateSupervisorMinutes));
    }
    [[nodiscard]] int escalateManagerMinutes() const { return number(QString::fromLatin1(EscalateManagerMinutes)); }
    [[nodiscard]] int reminderRepeatMinutes() const { return number(QString::fromLatin1(ReminderRepeatMinutes)); }
    [[nodiscard]] int reminderCatchUpMinutes() const { return number(QString::fromLatin1(ReminderCatchUpMinutes)); }
    [[nodiscard]] int dueSoonMinutes() const { return number(QString::fromLatin1(DueSoonMinutes)); }
    [[nodiscard]] int shiftOverrunMinutes() const { return number(QString::fromLatin1(ShiftOverrunMinutes)); }
    // R-IN-6: the day the week closes, 1 = Monday … 7 = Sunday.
    [[nodiscard]] int weekCloseDay() const { return number(QString::fromLatin1(WeekCloseDay)); }
    [[nodiscard]] int visitorMinutes() const { return number(QString::fromLatin1(VisitorMinutes)); }
    // R-CB-5: the customer visits each clerk, and the department, make at least each month.
    [[nodiscard]] int visitsClerkMonthly() const { return number(QString::fromLatin1(VisitsClerkMonthly)); }
    [[nodiscard]] int visitsDepartmentMonthly() const { return number(QString::fromLatin1(VisitsDepartmentMonthly)); }
    // letter: 'A', 'B' or 'C' (R-SH-1).
    [[nodiscard]] ShiftTimes shift(QChar letter) const;
    // A rule of the Shift kind that is not a shift: a range of the day such as decoration work's hours.
    [[nodiscard]] ShiftTimes hours(const QString& key) const;

    // Checks the value by the rule's kind and range (a whole number in range, a time like 18:00, a
    // shift like 07:30-15:00) and saves it, audited before → after; a refused value writes nothing.
    // The Error's field is the key and its message names the unit and the range. seen: the value the
    // administrator's page showed; one another desk saved since is refused as settings.stale with who
    // and when (issue 16: two administrators' saves never pass over each other unseen).
    Status set(const Session& who, const QString& key, const QString& value,
               const std::optional<QString>& seen = std::nullopt);
    // The refusal set() gives when the rule is no longer what `seen` was; empty when it still is.
    [[nodiscard]] std::optional<Error> changedSince(const QString& key, const QString& seen) const;
    // The value as it is saved (trimmed, numbers without leading zeros), or the Error set() gives
    // (field: the key).
    // Keys that are no rule are refused with rule.unknown.
    [[nodiscard]] static Result<QString> check(const QString& key, const QString& value);
    // The message set() gives for a value out of the rule's range or of the wrong form.
    [[nodiscard]] static QString invalidMessage(const Definition& d);

private:
    [[nodiscard]] static bool parseShift(const QString& text, ShiftTimes* out);
    [[nodiscard]] static std::optional<int> inRange(const Definition& d, const QString& text);

    SiteSettings& m_settings;
};

} // namespace fd
