#include "modules/controlroom/NightCallText.h"

#include "core/PersonalData.h"

#include "core/ShiftTimeText.h"
#include "modules/registry/RegistryService.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString joined(const QStringList& parts)
{
    QStringList present;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            present << p.trimmed();
    return present.join(u" · "_s);
}

} // namespace

QString NightCallText::unit(const RegistryService& registry, const Session& who, qint64 unitId)
{
    if (unitId == 0)
        return {};
    auto detail = registry.unit(who, unitId);
    return detail ? detail.value().unit.code : QString();
}

QString NightCallText::caller(const ControlRoomCall& call)
{
    // Lists mask phone numbers (first 3 and last 4 digits); the full number is in the ticket entered.
    return QStringList{call.personName, PersonalData::maskPhone(call.callerPhone)}.join(u' ').trimmed();
}

QString NightCallText::dispatch(const ControlRoomCall& call)
{
    if (!call.dispatchedMs)
        return tr("Not dispatched");
    return joined({ShiftTimeText::after(*call.dispatchedMs, call.callMs), call.department, call.technician});
}

QString NightCallText::returned(const ControlRoomCall& call)
{
    if (!call.returnedMs)
        return {};
    return joined({ShiftTimeText::after(*call.returnedMs, call.callMs), call.result});
}

QString NightCallText::summary(const ControlRoomCall& call, const QString& unitCode)
{
    return joined({tr("Call at %1").arg(ShiftTimeText::dayAndTime(call.callMs)), unitCode, call.description});
}

} // namespace fd
