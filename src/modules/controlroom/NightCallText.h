#pragma once

#include "engine/shifts/ControlRoomCall.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

class RegistryService;
struct Session;

// How the control-room and desk lists write a night call: its unit's code, who called, and the
// direct dispatch and return with their real times (R-RP-5).
class NightCallText
{
    Q_DECLARE_TR_FUNCTIONS(NightCallText)

public:
    // "3-1-502", or empty when the call names no unit (or the registry cannot say).
    [[nodiscard]] static QString unit(const RegistryService& registry, const Session& who, qint64 unitId);
    // "张先生 13812345678"
    [[nodiscard]] static QString caller(const ControlRoomCall& call);
    // "02:15 · 工程部 · 刘师傅" (the day too if not the call's), or "Not dispatched".
    [[nodiscard]] static QString dispatch(const ControlRoomCall& call);
    // "03:05 · 更换水管" (likewise), or empty while nobody has come back.
    [[nodiscard]] static QString returned(const ControlRoomCall& call);
    // One line for a dialog's heading: time, unit and what was said.
    [[nodiscard]] static QString summary(const ControlRoomCall& call, const QString& unitCode);
};

} // namespace fd
