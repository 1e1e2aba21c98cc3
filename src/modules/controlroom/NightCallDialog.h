#pragma once

#include "engine/Session.h"
#include "engine/shifts/ControlRoomCall.h"
#include "widgets/FormErrors.h"

#include <QDialog>

class QLineEdit;

namespace fd {

class ControlRoomService;

// One step of a night call, written at its real time by the service (R-RP-5): the control room
// sends a department (and technician) directly, or records what came back. Errors appear next to
// the field and the dialog stays open; on success it emits saved() and closes.
class NightCallDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Dispatch, Return };

    NightCallDialog(ControlRoomService& calls, const Session& who, const ControlRoomCall& call, Step step,
                    const QString& unitCode, QWidget* parent = nullptr);

public slots:
    void save();

signals:
    void saved(const ControlRoomCall& call);

private:
    ControlRoomService& m_calls;
    Session m_who;
    ControlRoomCall m_call;
    Step m_step;
    QLineEdit* m_first;
    QLineEdit* m_second = nullptr;
    FormErrors m_errors;
};

} // namespace fd
