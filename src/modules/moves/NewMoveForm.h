#pragma once

#include "engine/Session.h"
#include "modules/moves/Move.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/moves/NewMoveForm.ui (class fd::NewMoveForm, so its texts translate here).
class Ui_NewMoveForm;

class Clock;
class MoveService;
class RegistryService;
class UnitPickerWidget;

// Opens a move-in or a move-out (R-MI-1, R-MO-1): the unit, who moves (a resident of the unit, or for
// a move-in someone new, added to the registry as the move opens), the day agreed and a note.
// MoveService::open decides; an error shows next to its field and nothing is written.
class NewMoveForm : public QWidget
{
    Q_OBJECT

public:
    NewMoveForm(MoveService& moves, RegistryService& registry, const Clock& clock, QWidget* parent = nullptr);
    ~NewMoveForm() override;

    void setSession(const Session& session);
    // Empties the form for a move of this kind.
    void start(MoveKind kind);
    [[nodiscard]] NewMove request() const;
    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    // Chooses the unit as the picker does (its residents fill the list); false when there is none.
    bool setUnit(qint64 unitId);
    // Chooses a resident of the unit by name, or the "someone new" line for an empty name.
    bool chooseResident(const QString& name);

public slots:
    bool open();

signals:
    void opened(const fd::Move& move);
    void backRequested();

private:
    void fillResidents();
    void updateNewRows();

    std::unique_ptr<Ui_NewMoveForm> m_ui;
    MoveService& m_moves;
    const Clock& m_clock;
    UnitPickerWidget* m_unit = nullptr;
    std::optional<Session> m_session;
    FormErrors m_errors;
};

} // namespace fd
