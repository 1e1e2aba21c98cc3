#pragma once

#include "modules/complaints/ComplaintTypes.h"

#include <QCoreApplication>

namespace fd {

// Names, stored keys and the grade each R-CP-3 criterion calls for.
class ComplaintCriteria
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintCriteria)

public:
    [[nodiscard]] static QList<ComplaintCriterion> all();
    [[nodiscard]] static QString key(ComplaintCriterion c);
    [[nodiscard]] static std::optional<ComplaintCriterion> fromKey(const QString& key);
    [[nodiscard]] static QString displayName(ComplaintCriterion c);
    // Major or Important (R-CP-3).
    [[nodiscard]] static Severity calls(ComplaintCriterion c);
    // The highest grade the ticked criteria call for; Minor when none is ticked.
    [[nodiscard]] static Severity floor(const QList<ComplaintCriterion>& ticked);
    [[nodiscard]] static int rank(Severity s);
};

} // namespace fd
