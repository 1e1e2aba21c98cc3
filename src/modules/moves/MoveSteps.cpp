#include "modules/moves/MoveSteps.h"

using namespace Qt::StringLiterals;

namespace fd {

namespace {

struct Named
{
    const char* key;
    const char* name;
    const char* hint;
};

// Every step's stable key, its name and what doing it takes (English sources; zh_CN in the .ts).
const Named kNamed[] = {
    {"notice", QT_TRANSLATE_NOOP("MoveSteps", "Move-in notice issued"),
     QT_TRANSLATE_NOOP("MoveSteps", "The notice (入伙通知书) went to the owner.")},
    {"documents", QT_TRANSLATE_NOOP("MoveSteps", "Documents and agreement checked"),
     QT_TRANSLATE_NOOP("MoveSteps", "The documents the site asks for are recorded in the owner's archive.")},
    {"service_agreement", QT_TRANSLATE_NOOP("MoveSteps", "Service agreement signed"),
     QT_TRANSLATE_NOOP("MoveSteps", "The property service agreement is signed.")},
    {"inspection", QT_TRANSLATE_NOOP("MoveSteps", "House inspection with engineering (验房)"),
     QT_TRANSLATE_NOOP("MoveSteps", "Record each defect found; each becomes a repair ticket.")},
    {"inspection_signed", QT_TRANSLATE_NOOP("MoveSteps", "Inspection signed"),
     QT_TRANSLATE_NOOP("MoveSteps", "The owner signs the inspection on the pad.")},
    {"keys_handed", QT_TRANSLATE_NOOP("MoveSteps", "Keys handed over"),
     QT_TRANSLATE_NOOP("MoveSteps", "Count the keys by kind; the owner signs for the counts.")},
    {"covenant", QT_TRANSLATE_NOOP("MoveSteps", "Temporary covenant signed (临时公约)"),
     QT_TRANSLATE_NOOP("MoveSteps", "The temporary covenant is signed.")},
    {"move_day", QT_TRANSLATE_NOOP("MoveSteps", "Move-in day and cargo lift"),
     QT_TRANSLATE_NOOP("MoveSteps", "The day the owner moves in (the fees start then) and, if needed, the cargo "
                                    "lift's slot.")},
    {"renovation", QT_TRANSLATE_NOOP("MoveSteps", "Renovation date, if any"),
     QT_TRANSLATE_NOOP("MoveSteps", "The day the renovation starts, or not applicable.")},
    {"other_needs", QT_TRANSLATE_NOOP("MoveSteps", "Other needs (movers)"),
     QT_TRANSLATE_NOOP("MoveSteps", "Movers and anything else the owner asked for.")},
    {"date_confirmed", QT_TRANSLATE_NOOP("MoveSteps", "Move-out day confirmed"),
     QT_TRANSLATE_NOOP("MoveSteps", "The day of the move-out and, if needed, the cargo lift's slot.")},
    {"fees_checked", QT_TRANSLATE_NOOP("MoveSteps", "Outstanding fees checked"),
     QT_TRANSLATE_NOOP("MoveSteps", "What the unit owes now is written on the step.")},
    {"departments_told", QT_TRANSLATE_NOOP("MoveSteps", "Departments told"),
     QT_TRANSLATE_NOOP("MoveSteps", "Engineering, security and cleaning know the day.")},
    {"damage_inspection", QT_TRANSLATE_NOOP("MoveSteps", "Inspection for damage"),
     QT_TRANSLATE_NOOP("MoveSteps", "Record each damage: repaired (a repair ticket) or compensated (a fee line).")},
    {"fees_settled", QT_TRANSLATE_NOOP("MoveSteps", "All fees settled"),
     QT_TRANSLATE_NOOP("MoveSteps", "Passes only when the unit owes nothing.")},
    {"keys_returned", QT_TRANSLATE_NOOP("MoveSteps", "Keys returned"),
     QT_TRANSLATE_NOOP("MoveSteps", "Count the keys returned; a missing one needs a note (or is charged).")},
    {"cleaning_told", QT_TRANSLATE_NOOP("MoveSteps", "Cleaning told"),
     QT_TRANSLATE_NOOP("MoveSteps", "Cleaning knows the unit is empty.")},
};

const Named* named(const QString& key)
{
    for (const Named& n : kNamed)
        if (key == QLatin1StringView(n.key))
            return &n;
    return nullptr;
}

} // namespace

QStringList MoveSteps::keys(const QList<Definition>& plan)
{
    QStringList out;
    for (const Definition& d : plan)
        out << d.key;
    return out;
}

QList<MoveSteps::Definition> MoveSteps::defaults(MoveKind kind)
{
    if (kind == MoveKind::In)
        return {{u"notice"_s},
                {u"documents"_s},
                {u"service_agreement"_s},
                {u"inspection"_s},
                {u"inspection_signed"_s, Needs::Signature},
                {u"keys_handed"_s, Needs::KeysHanded, true},
                {u"covenant"_s},
                {u"move_day"_s, Needs::MoveDay, true},
                {u"renovation"_s, Needs::Day},
                {u"other_needs"_s}};
    return {{u"date_confirmed"_s, Needs::MoveDay, true},
            {u"fees_checked"_s},
            {u"departments_told"_s},
            {u"damage_inspection"_s},
            {u"fees_settled"_s, Needs::FeesSettled, true},
            {u"keys_returned"_s, Needs::KeysReturned, true},
            {u"cleaning_told"_s}};
}

std::optional<MoveSteps::Definition> MoveSteps::find(MoveKind kind, const QString& key)
{
    for (const Definition& d : defaults(kind))
        if (d.key == key)
            return d;
    return std::nullopt;
}

QString MoveSteps::displayName(const QString& key)
{
    const Named* n = named(key);
    return n ? QCoreApplication::translate("MoveSteps", n->name) : key;
}

QString MoveSteps::hint(const QString& key)
{
    const Named* n = named(key);
    return n ? QCoreApplication::translate("MoveSteps", n->hint) : QString();
}

QString MoveSteps::key(MoveKind kind)
{
    return kind == MoveKind::In ? u"move_in"_s : u"move_out"_s;
}

std::optional<MoveKind> MoveSteps::kindFromKey(const QString& key)
{
    if (key == "move_in"_L1)
        return MoveKind::In;
    if (key == "move_out"_L1)
        return MoveKind::Out;
    return std::nullopt;
}

QString MoveSteps::displayName(MoveKind kind)
{
    return kind == MoveKind::In ? tr("Move-in") : tr("Move-out");
}

QString MoveSteps::prefix(MoveKind kind)
{
    return kind == MoveKind::In ? u"RH"_s : u"QC"_s;
}

QString MoveSteps::key(MoveStatus status)
{
    switch (status) {
    case MoveStatus::Open:
        return u"open"_s;
    case MoveStatus::Done:
        return u"done"_s;
    case MoveStatus::Cancelled:
        break;
    }
    return u"cancelled"_s;
}

std::optional<MoveStatus> MoveSteps::statusFromKey(const QString& key)
{
    for (MoveStatus s : {MoveStatus::Open, MoveStatus::Done, MoveStatus::Cancelled})
        if (MoveSteps::key(s) == key)
            return s;
    return std::nullopt;
}

QString MoveSteps::displayName(MoveStatus status)
{
    switch (status) {
    case MoveStatus::Open:
        return tr("Open");
    case MoveStatus::Done:
        return tr("Done");
    case MoveStatus::Cancelled:
        break;
    }
    return tr("Cancelled");
}

QString MoveSteps::key(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return u"pending"_s;
    case StepStatus::Done:
        return u"done"_s;
    case StepStatus::Skipped:
        break;
    }
    return u"skipped"_s;
}

std::optional<StepStatus> MoveSteps::stepStatusFromKey(const QString& key)
{
    for (StepStatus s : {StepStatus::Pending, StepStatus::Done, StepStatus::Skipped})
        if (MoveSteps::key(s) == key)
            return s;
    return std::nullopt;
}

QString MoveSteps::displayName(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return tr("To do");
    case StepStatus::Done:
        return tr("Done");
    case StepStatus::Skipped:
        break;
    }
    return tr("Not applicable");
}

QString MoveSteps::defectStep(MoveKind kind)
{
    return kind == MoveKind::In ? u"inspection"_s : u"damage_inspection"_s;
}

} // namespace fd
