#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

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

    struct Definition
    {
        QString key;
        QString defaultValue;
        QString ruleId;
        bool isShift = false;
    };

    explicit SiteRules(SiteSettings& settings);

    [[nodiscard]] static const QList<Definition>& definitions();

    [[nodiscard]] Snapshot snapshot() const;
    [[nodiscard]] int number(const QString& key) const;
    [[nodiscard]] int visitorMinutes() const { return number(QString::fromLatin1(VisitorMinutes)); }
    // R-CB-5: the customer visits each clerk, and the department, make at least each month.
    [[nodiscard]] int visitsClerkMonthly() const { return number(QString::fromLatin1(VisitsClerkMonthly)); }
    [[nodiscard]] int visitsDepartmentMonthly() const { return number(QString::fromLatin1(VisitsDepartmentMonthly)); }
    // letter: 'A', 'B' or 'C' (R-SH-1).
    [[nodiscard]] ShiftTimes shift(QChar letter) const;

    // Checks the value (a whole number above zero, or a shift like 07:30-15:00) and saves it.
    // The Error's field is the key.
    Status set(const Session& who, const QString& key, const QString& value);

private:
    [[nodiscard]] static const Definition* find(const QString& key);
    [[nodiscard]] static bool parseShift(const QString& text, ShiftTimes* out);

    SiteSettings& m_settings;
};

} // namespace fd
