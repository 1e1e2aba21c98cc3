#pragma once

#include "engine/Session.h"
#include "modules/moves/Move.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/moves/MoveDetailWidget.ui (class fd::MoveDetailWidget).
class Ui_MoveDetailWidget;

class ChargeService;
class Clock;
class MoveService;
class UnitKeyService;

// One move (R-MI-1, R-MO-1): its steps in order with who did each and when, the next step's form (only
// the fields that step asks for: a day, the cargo lift's slot, the keys by kind, the owner's signature),
// the defects found with their repair tickets or compensation, and cancelling the move. Every action
// goes to MoveService; an error shows next to its field and nothing is written.
// Layout: ui/modules/moves/MoveDetailWidget.ui.
class MoveDetailWidget : public QWidget
{
    Q_OBJECT

public:
    MoveDetailWidget(MoveService& moves, UnitKeyService& keys, ChargeService& charges, const Clock& clock,
                     QWidget* parent = nullptr);
    ~MoveDetailWidget() override;

    void setSession(const Session& session);
    // Reads the move again and shows it; false when it cannot be read.
    bool showMove(qint64 moveId);
    [[nodiscard]] const std::optional<Move>& move() const { return m_move; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

public slots:
    bool doStep();
    bool skipStep();
    bool planStep();
    bool recordDefect();
    bool cancelMove();

signals:
    // A move changed here (the list shows it again).
    void moveChanged(qint64 moveId);
    // A defect's repair ticket was asked for (double-click).
    void ticketRequested(qint64 ticketId);
    // The owner's archive of the move's resident was asked for.
    void archiveRequested(qint64 unitId, qint64 residentId, const QString& title);

private:
    void showSteps();
    void showDefects();
    void showStepForm();
    void fillChargeItems();
    void choosePhoto();
    [[nodiscard]] StepDone stepDone() const;
    [[nodiscard]] QString formStep() const; // m_formStep, or the current step when none is held
    void afterChange(const Result<Move>& result);

    std::unique_ptr<Ui_MoveDetailWidget> m_ui;
    MoveService& m_moves;
    UnitKeyService& m_keys;
    ChargeService& m_charges;
    const Clock& m_clock;
    std::optional<Session> m_session;
    std::optional<Move> m_move;
    // The step the form was filled for: a refresh after another desk recorded it (issue 16) does not
    // carry what was typed over to the next step; Done, Skip and Plan name this one and are refused.
    QString m_formStep;
    // The day the form showed for a step, and that step's planned day then: a day typed stays when
    // the move is read again, and Plan sends the planned day it was typed over (issue 16).
    QString m_dayStep;
    QDate m_dayShown;
    std::optional<QDate> m_daySeen;
    FormErrors m_errors;
};

} // namespace fd
