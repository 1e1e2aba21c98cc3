#pragma once

#include "engine/Session.h"
#include "engine/shifts/ControlRoomCall.h"
#include "engine/tickets/Ticket.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace fd {

class ControlRoomService;
class RegistryService;

// 补单: the night calls the control room took that the desk has not entered yet (R-SH-3), oldest
// first, each with its real call, dispatch and return times. "Enter as ticket" opens the retroactive
// ticket of the chosen kind (repair unless the desk says otherwise; a repair with its category, said
// next to the field when missing) carrying those times (R-RP-5); the ticket is the operator's who
// took the call. The call then leaves the list, the status line gives the new ticket's number and
// the kind and category start clean for the next call.
class PendingCallsPanel : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int CallIdRole = Qt::UserRole + 1;

    PendingCallsPanel(ControlRoomService& controlRoom, RegistryService& registry, QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] QTreeWidget* list() const { return m_list; }

public slots:
    void refresh();
    void enterSelected();

signals:
    void entered(const Ticket& ticket);

private:
    void updateButtons();
    void showMessage(const QString& text, bool error);

    ControlRoomService& m_controlRoom;
    RegistryService& m_registry;
    std::optional<Session> m_session;
    QList<ControlRoomCall> m_calls;
    QTreeWidget* m_list;
    QComboBox* m_kind;
    QComboBox* m_category;
    QLabel* m_categoryError;
    QPushButton* m_enter;
    QLabel* m_message;
};

} // namespace fd
