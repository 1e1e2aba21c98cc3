#pragma once

#include "engine/Session.h"
#include "modules/moves/Move.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/moves/MovesPage.ui (class fd::MovesPage).
class Ui_MovesPage;

class ArchiveWidget;
class ChangeFeed;
class ChargeService;
class Clock;
class LiftBookingService;
class MinuteTick;
class MoveDetailWidget;
class MovePlanWidget;
class MoveService;
class NewMoveForm;
class OwnerArchiveService;
class RegistryService;
class UnitKeyService;

// 入伙与迁出: the open move-ins and move-outs (the ended ones on request) with the step each waits for,
// today's cargo-lift bookings, a new move's form, one move's steps (MoveDetailWidget) and its owner's
// archive (ArchiveWidget); for the administrator, the site's steps (MovePlanWidget). Refreshes
// when a move, a key record or a lift booking changes anywhere (the change feed; the move shown too),
// and each minute while shown (a move's day comes).
class MovesPage : public QWidget
{
    Q_OBJECT

public:
    struct Uses
    {
        MoveService& moves;
        UnitKeyService& keys;
        LiftBookingService& lift;
        OwnerArchiveService& archive;
        ChargeService& charges;
        RegistryService& registry;
        ChangeFeed& changes;
        MinuteTick& minuteTick;
        const Clock& clock;
    };

    explicit MovesPage(Uses uses, QWidget* parent = nullptr);
    ~MovesPage() override;

    void setSession(const Session& session);
    // Shows this move (from the search, a reminder, the handover sheet); false when there is none.
    bool showMove(qint64 moveId);
    [[nodiscard]] MoveDetailWidget* detail() const { return m_detail; }
    [[nodiscard]] NewMoveForm* newMoveForm() const { return m_form; }
    [[nodiscard]] ArchiveWidget* archive() const { return m_archive; }
    [[nodiscard]] MovePlanWidget* plan() const { return m_plan; }

public slots:
    void refresh();
    void startNewMove();

signals:
    void ticketRequested(qint64 ticketId);
    // How many open moves are due today or late (the navigation's badge).
    void dueChanged(int count);

private:
    void showLiftToday();
    void selectRow(int row);

    std::unique_ptr<Ui_MovesPage> m_ui;
    Uses m_uses;
    MoveDetailWidget* m_detail = nullptr;
    NewMoveForm* m_form = nullptr;
    ArchiveWidget* m_archive = nullptr;
    MovePlanWidget* m_plan = nullptr;
    std::optional<Session> m_session;
    QList<qint64> m_ids; // the table's rows
};

} // namespace fd
