#pragma once

#include "engine/Session.h"
#include "modules/callbacks/CommunityEventTypes.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class CommunityEventDialog;
}

namespace fd {

class Clock;
class CommunityEventService;

// 社区事件 (R-CB-1): what happened, from when until when, and the households to call back, chosen by
// building and floors or ticked one by one. Recording opens one callback per household in the queue
// (CommunityEventService); a refusal is shown next to its field and nothing is recorded.
class CommunityEventDialog : public QDialog
{
    Q_OBJECT

public:
    CommunityEventDialog(CommunityEventService& events, const Session& session, const Clock& clock,
                         QWidget* parent = nullptr);
    ~CommunityEventDialog() override;

    // The event recorded, once accepted.
    [[nodiscard]] const std::optional<CommunityEvent>& recorded() const { return m_recorded; }
    [[nodiscard]] QList<qint64> chosenUnits() const;

public slots:
    void selectByBuildingAndFloor();
    void accept() override;

private:
    void updateCount();

    std::unique_ptr<Ui::CommunityEventDialog> m_ui;
    CommunityEventService& m_events;
    Session m_session;
    QList<EventHousehold> m_households;
    std::optional<CommunityEvent> m_recorded;
    FormErrors m_errors;
};

} // namespace fd
