#pragma once

#include "engine/Session.h"
#include "engine/shifts/ControlRoomCall.h"
#include "widgets/FormErrors.h"

#include <QGroupBox>

#include <optional>

class QLineEdit;
class QPushButton;

namespace fd {

class ControlRoomService;
class RegistryService;

// The control room writes down a call it takes at night (R-SH-3): the caller's number, the unit by
// its code (3-1-502 or 31502), who called and what they said. The call is stamped with the Clock's
// time by the service. Bad input is explained next to its field and nothing is written.
class NightCallForm : public QGroupBox
{
    Q_OBJECT

public:
    NightCallForm(RegistryService& registry, ControlRoomService& controlRoom, QWidget* parent = nullptr);

    void setSession(const Session& session);
    void clear();

public slots:
    void record();

signals:
    void recorded(const ControlRoomCall& call);

private:
    // The unit the typed code names: 0 when nothing was typed, nullopt (and the message shown) when
    // the registry has no such unit.
    std::optional<qint64> unitFromCode();

    RegistryService& m_registry;
    ControlRoomService& m_controlRoom;
    std::optional<Session> m_session;
    QLineEdit* m_phone;
    QLineEdit* m_unit;
    QLineEdit* m_person;
    QLineEdit* m_description;
    QPushButton* m_record;
    FormErrors m_errors;
};

} // namespace fd
