#pragma once

#include "engine/Session.h"
#include "engine/shifts/ControlRoomCall.h"
#include "modules/controlroom/NightCallDialog.h"

#include <QList>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace fd {

class ChangeFeed;
class Clock;
class ControlRoomService;
class MinuteTick;
class NightCallForm;
class PendingCallsPanel;
class RegistryService;
class ShiftService;
class TicketService;

// 中控室夜间来电: the control room's night calls (R-SH-3, R-RP-5).
//  - The control room (Permission::DirectDispatch, which no clerk has) records each call it takes,
//    and on tonight's list sends a department directly ("Dispatch directly…") and writes down what
//    came back ("Record return…"), each at its real time.
//  - The desk (clerk, and the supervisor or manager above it) enters those calls afterwards as
//    retroactive tickets from "Night calls to enter (补单)" (PendingCallsPanel).
// A supervisor or manager sees both. Anyone else reads one sentence saying whose page this is.
class ControlRoomPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CallIdRole = Qt::UserRole + 1;

    // The services the page and its two panels use, picked by addControlRoomPages.
    struct Uses
    {
        ControlRoomService& controlRoom;
        RegistryService& registry;
        ShiftService& shifts;
        TicketService& tickets;
        const Clock& clock;
        MinuteTick& minuteTick;
        ChangeFeed& changes;
    };

    explicit ControlRoomPage(const Uses& uses, QWidget* parent = nullptr);

    void setSession(const Session& session);
    [[nodiscard]] QTreeWidget* tonightList() const { return m_tonight; }
    [[nodiscard]] PendingCallsPanel* pendingPanel() const { return m_pending; }
    // Whether a person works the desk's side of the night calls (enters them as tickets).
    [[nodiscard]] static bool entersNightCalls(const Session& session);

public slots:
    void refresh();
    void dispatchSelected();
    void recordReturnOfSelected();

private:
    void fillTonight();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    [[nodiscard]] std::optional<ControlRoomCall> selectedCall() const;
    void openStep(NightCallDialog::Step step);

    Uses m_uses;
    std::optional<Session> m_session;
    QList<ControlRoomCall> m_calls;
    QLabel* m_none;
    QSplitter* m_split;
    QWidget* m_controlRoom;
    NightCallForm* m_form;
    QGroupBox* m_tonightBox;
    QTreeWidget* m_tonight;
    QPushButton* m_dispatch;
    QPushButton* m_return;
    QLabel* m_message;
    PendingCallsPanel* m_pending;
};

} // namespace fd
