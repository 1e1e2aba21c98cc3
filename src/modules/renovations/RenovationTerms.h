#pragma once

#include "modules/renovations/Renovation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fd {

// The stored keys of the renovations' kinds and their names in the user's language.
class RenovationTerms
{
    Q_DECLARE_TR_FUNCTIONS(RenovationTerms)

public:
    [[nodiscard]] static QString key(RenovationStage stage);
    [[nodiscard]] static std::optional<RenovationStage> stageFromKey(const QString& key);
    [[nodiscard]] static QString displayName(RenovationStage stage); // "施工中"
    [[nodiscard]] static QString key(ScopeApproval approval);
    [[nodiscard]] static std::optional<ScopeApproval> approvalFromKey(const QString& key);
    [[nodiscard]] static QString displayName(ScopeApproval approval);
    [[nodiscard]] static QString key(RoundDecision decision);
    [[nodiscard]] static std::optional<RoundDecision> decisionFromKey(const QString& key);
    [[nodiscard]] static QString displayName(RoundDecision decision);
    [[nodiscard]] static QString key(AcceptanceDecision decision);
    [[nodiscard]] static std::optional<AcceptanceDecision> acceptanceFromKey(const QString& key);
    [[nodiscard]] static QString displayName(AcceptanceDecision decision);
    [[nodiscard]] static QString key(InspectionDepartment department);
    [[nodiscard]] static std::optional<InspectionDepartment> departmentFromKey(const QString& key);
    [[nodiscard]] static QString displayName(InspectionDepartment department);
    // A built-in scope item's name ("承重墙与结构"); empty for a key that is not built in.
    [[nodiscard]] static QString builtInScopeName(const QString& key);
};

} // namespace fd
