#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

enum class UnitType { Residential, Shop, Office };
enum class ResidentRelation { Owner, Tenant };

struct Resident
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    ResidentRelation relation = ResidentRelation::Owner;
    QStringList phones; // normalised digits, full numbers (mask them before showing in lists)
    QString notes;
    bool active = true;
    qint64 movedOutMs = 0; // the day they moved out (active false); 0 while they live there
    qint64 version = 0;    // moves on with every change of the row (issue 16: two desks)
};

// A resident as the desk enters or corrects them on the unit's page (RegistryService::addResident,
// editResident): the name, owner or tenant, and every current phone (as typed; normalised on save).
struct ResidentChange
{
    QString name;
    ResidentRelation relation = ResidentRelation::Owner;
    QStringList phones;
    // The resident as the form showed them (a correction): when their name, owner/tenant or phones
    // changed since on another desk, the correction is refused saying who and when (issue 16).
    std::optional<Resident> seen;
};

struct Unit
{
    qint64 id = 0;
    QString building; // building code, e.g. "3"
    QString entrance; // 单元, e.g. "1"
    QString room;     // e.g. "502"
    QString code;     // "3-1-502"
    UnitType type = UnitType::Residential;
    qint64 areaCenti = 0; // hundredths of a square metre: 8950 = 89.50 m²
    QString zoneName;
    QString butlerName;
    QString notes;
};

// One row of a registry search: the unit and who lives there, newest data first.
struct UnitMatch
{
    Unit unit;
    QStringList residentNames;
    QString phoneTails; // "5678, 1234": the last digits only, never full numbers
};

struct UnitDetail
{
    Unit unit;
    QList<Resident> residents;
};

} // namespace fd
