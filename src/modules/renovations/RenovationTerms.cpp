#include "modules/renovations/RenovationTerms.h"

#include "core/EnumTable.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr auto kStages = enumTable<RenovationStage>(
    "RenovationTerms",
    {{RenovationStage::Review, "review", QT_TRANSLATE_NOOP("RenovationTerms", "under review")},
     {RenovationStage::Returned, "returned", QT_TRANSLATE_NOOP("RenovationTerms", "returned to change")},
     {RenovationStage::Approved, "approved", QT_TRANSLATE_NOOP("RenovationTerms", "approved, agreement next")},
     {RenovationStage::Agreed, "agreed", QT_TRANSLATE_NOOP("RenovationTerms", "agreement signed, deposit next")},
     {RenovationStage::Working, "working", QT_TRANSLATE_NOOP("RenovationTerms", "work in progress")},
     {RenovationStage::Acceptance, "acceptance", QT_TRANSLATE_NOOP("RenovationTerms", "acceptance asked for")},
     {RenovationStage::Accepted, "accepted", QT_TRANSLATE_NOOP("RenovationTerms", "accepted, deposit held")},
     {RenovationStage::Refunded, "refunded", QT_TRANSLATE_NOOP("RenovationTerms", "deposit refunded")},
     {RenovationStage::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("RenovationTerms", "withdrawn")}});

constexpr auto kApprovals = enumTable<ScopeApproval>(
    "RenovationTerms",
    {{ScopeApproval::None, "none", QT_TRANSLATE_NOOP("RenovationTerms", "allowed")},
     {ScopeApproval::Engineering, "engineering", QT_TRANSLATE_NOOP("RenovationTerms", "needs engineering's approval")},
     {ScopeApproval::Forbidden, "forbidden", QT_TRANSLATE_NOOP("RenovationTerms", "forbidden")}});

constexpr auto kDecisions = enumTable<RoundDecision>(
    "RenovationTerms", {{RoundDecision::Pending, "pending", QT_TRANSLATE_NOOP("RenovationTerms", "waiting")},
                        {RoundDecision::Approved, "approved", QT_TRANSLATE_NOOP("RenovationTerms", "approved")},
                        {RoundDecision::Rejected, "rejected", QT_TRANSLATE_NOOP("RenovationTerms", "rejected")}});

constexpr auto kAcceptances = enumTable<AcceptanceDecision>(
    "RenovationTerms", {{AcceptanceDecision::Pending, "pending", QT_TRANSLATE_NOOP("RenovationTerms", "waiting")},
                        {AcceptanceDecision::Passed, "passed", QT_TRANSLATE_NOOP("RenovationTerms", "passed")},
                        {AcceptanceDecision::Failed, "failed", QT_TRANSLATE_NOOP("RenovationTerms", "failed")}});

constexpr auto kDepartments = enumTable<InspectionDepartment>(
    "RenovationTerms",
    {{InspectionDepartment::Engineering, "engineering", QT_TRANSLATE_NOOP("RenovationTerms", "engineering")},
     {InspectionDepartment::Security, "security", QT_TRANSLATE_NOOP("RenovationTerms", "security")}});

struct BuiltIn
{
    const char* key;
    const char* name;
};
constexpr BuiltIn kScope[] = {
    {"finishes", QT_TRANSLATE_NOOP("RenovationTerms", "Wall, floor and ceiling finishes")},
    {"walls", QT_TRANSLATE_NOOP("RenovationTerms", "Non-load-bearing walls")},
    {"water_electric", QT_TRANSLATE_NOOP("RenovationTerms", "Water and electricity lines")},
    {"balcony", QT_TRANSLATE_NOOP("RenovationTerms", "Balcony")},
    {"facade", QT_TRANSLATE_NOOP("RenovationTerms", "Façade, outer windows and doors")},
    {"structure", QT_TRANSLATE_NOOP("RenovationTerms", "Load-bearing walls and structure")},
};

} // namespace

QString RenovationTerms::key(RenovationStage stage)
{
    return kStages.key(stage);
}

std::optional<RenovationStage> RenovationTerms::stageFromKey(const QString& key)
{
    return kStages.from(key);
}

QString RenovationTerms::displayName(RenovationStage stage)
{
    return kStages.name(stage);
}

QString RenovationTerms::key(ScopeApproval approval)
{
    return kApprovals.key(approval);
}

std::optional<ScopeApproval> RenovationTerms::approvalFromKey(const QString& key)
{
    return kApprovals.from(key);
}

QString RenovationTerms::displayName(ScopeApproval approval)
{
    return kApprovals.name(approval);
}

QString RenovationTerms::key(RoundDecision decision)
{
    return kDecisions.key(decision);
}

std::optional<RoundDecision> RenovationTerms::decisionFromKey(const QString& key)
{
    return kDecisions.from(key);
}

QString RenovationTerms::displayName(RoundDecision decision)
{
    return kDecisions.name(decision);
}

QString RenovationTerms::key(AcceptanceDecision decision)
{
    return kAcceptances.key(decision);
}

std::optional<AcceptanceDecision> RenovationTerms::acceptanceFromKey(const QString& key)
{
    return kAcceptances.from(key);
}

QString RenovationTerms::displayName(AcceptanceDecision decision)
{
    return kAcceptances.name(decision);
}

QString RenovationTerms::key(InspectionDepartment department)
{
    return kDepartments.key(department);
}

std::optional<InspectionDepartment> RenovationTerms::departmentFromKey(const QString& key)
{
    return kDepartments.from(key);
}

QString RenovationTerms::displayName(InspectionDepartment department)
{
    return kDepartments.name(department);
}

QString RenovationTerms::builtInScopeName(const QString& key)
{
    for (const BuiltIn& b : kScope)
        if (key == QLatin1StringView(b.key))
            return QCoreApplication::translate("RenovationTerms", b.name);
    return {};
}

} // namespace fd
