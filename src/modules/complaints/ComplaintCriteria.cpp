#include "modules/complaints/ComplaintCriteria.h"

using namespace Qt::StringLiterals;

namespace fd {

QList<ComplaintCriterion> ComplaintCriteria::all()
{
    using C = ComplaintCriterion;
    return {C::PromiseNotKept, C::LossOrInjury, C::SuddenOutage, C::NeedUnmet, C::StaffConduct};
}

QString ComplaintCriteria::key(ComplaintCriterion c)
{
    switch (c) {
    case ComplaintCriterion::PromiseNotKept:
        return u"promise_not_kept"_s;
    case ComplaintCriterion::LossOrInjury:
        return u"loss_or_injury"_s;
    case ComplaintCriterion::SuddenOutage:
        return u"sudden_outage"_s;
    case ComplaintCriterion::NeedUnmet:
        return u"need_unmet"_s;
    case ComplaintCriterion::StaffConduct:
        return u"staff_conduct"_s;
    }
    return {};
}

std::optional<ComplaintCriterion> ComplaintCriteria::fromKey(const QString& k)
{
    for (ComplaintCriterion c : all())
        if (key(c) == k)
            return c;
    return std::nullopt;
}

QString ComplaintCriteria::displayName(ComplaintCriterion c)
{
    switch (c) {
    case ComplaintCriterion::PromiseNotKept:
        return tr("Promise not kept after repeated requests");
    case ComplaintCriterion::LossOrInjury:
        return tr("Loss, injury or serious distress caused");
    case ComplaintCriterion::SuddenOutage:
        return tr("Sudden large outage or equipment stop");
    case ComplaintCriterion::NeedUnmet:
        return tr("Reasonable need unmet, home hard to use");
    case ComplaintCriterion::StaffConduct:
        return tr("Bad staff conduct, customer very angry");
    }
    return {};
}

Severity ComplaintCriteria::calls(ComplaintCriterion c)
{
    switch (c) { // R-CP-3
    case ComplaintCriterion::PromiseNotKept:
    case ComplaintCriterion::LossOrInjury:
    case ComplaintCriterion::SuddenOutage:
        return Severity::Major;
    case ComplaintCriterion::NeedUnmet:
    case ComplaintCriterion::StaffConduct:
        return Severity::Important;
    }
    return Severity::Minor;
}

Severity ComplaintCriteria::floor(const QList<ComplaintCriterion>& ticked)
{
    Severity out = Severity::Minor;
    for (ComplaintCriterion c : ticked)
        if (rank(calls(c)) > rank(out))
            out = calls(c);
    return out;
}

int ComplaintCriteria::rank(Severity s)
{
    switch (s) {
    case Severity::None:
        return 0;
    case Severity::Minor:
        return 1;
    case Severity::Important:
        return 2;
    case Severity::Major:
        return 3;
    }
    return 0;
}

} // namespace fd
