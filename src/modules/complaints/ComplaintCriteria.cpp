#include "modules/complaints/ComplaintCriteria.h"

#include "core/EnumTable.h"

namespace fd {

namespace {

// The stored keys (a complaint's judgement keeps the ticked criteria): never change one.
constexpr auto kCriteria = enumTable<ComplaintCriterion>(
    "ComplaintCriteria", {{ComplaintCriterion::PromiseNotKept, "promise_not_kept",
                           QT_TRANSLATE_NOOP("ComplaintCriteria", "Promise not kept after repeated requests")},
                          {ComplaintCriterion::LossOrInjury, "loss_or_injury",
                           QT_TRANSLATE_NOOP("ComplaintCriteria", "Loss, injury or serious distress caused")},
                          {ComplaintCriterion::SuddenOutage, "sudden_outage",
                           QT_TRANSLATE_NOOP("ComplaintCriteria", "Sudden large outage or equipment stop")},
                          {ComplaintCriterion::NeedUnmet, "need_unmet",
                           QT_TRANSLATE_NOOP("ComplaintCriteria", "Reasonable need unmet, home hard to use")},
                          {ComplaintCriterion::StaffConduct, "staff_conduct",
                           QT_TRANSLATE_NOOP("ComplaintCriteria", "Bad staff conduct, customer very angry")}});

} // namespace

QList<ComplaintCriterion> ComplaintCriteria::all()
{
    return kCriteria.values();
}

QString ComplaintCriteria::key(ComplaintCriterion c)
{
    return kCriteria.key(c);
}

std::optional<ComplaintCriterion> ComplaintCriteria::fromKey(const QString& k)
{
    return kCriteria.from(k);
}

QString ComplaintCriteria::displayName(ComplaintCriterion c)
{
    return kCriteria.name(c);
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
