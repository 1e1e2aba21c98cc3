#pragma once

#include "engine/Session.h"
#include "modules/registry/RegistryTypes.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fd {

class Clock;
class RegistryService;
class ReloadAndApply;
class UnitFacts;
class ResidentDialog;
class ResidentTableModel;

// One unit as the desk needs it while the customer waits: code, type, area, zone and butler,
// residents (phones masked) and the unit's notes, which clerks and above may edit; what other parts
// know of it (UnitFacts: whether it owes fees and since when) under its zone.
class UnitDetailWidget : public QWidget
{
    Q_OBJECT

public:
    UnitDetailWidget(RegistryService& registry, const Clock& clock, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // What other parts know of the unit (whether it owes fees), shown under its zone.
    void setFacts(const UnitFacts* facts) { m_facts = facts; }
    // Loads the unit from the service; 0 shows the empty state.
    void showUnit(qint64 unitId);
    void clear();
    [[nodiscard]] qint64 unitId() const { return m_unit ? m_unit->unit.id : 0; }
    // The unit shown read again (it may have changed at another desk): shown anew only when something
    // it shows changed and no notes are being typed, the resident chosen kept.
    void showAgain();
    [[nodiscard]] ResidentTableModel* residentModel() const { return m_residents; }
    // Typed notes that are not saved yet (what leaving this unit would lose).
    [[nodiscard]] bool hasUnsavedNotes() const;
    // Saves the typed notes; false (with the message shown next to the notes) when they were not saved.
    bool saveNotes();
    // For tests: runs on each resident dialog before it is shown (modal).
    void setBeforeResidentDialog(std::function<void(ResidentDialog&)> hook) { m_beforeDialog = std::move(hook); }

public slots:
    // The unit's residents kept at the desk (ResidentDialog): a new one, the selected one corrected,
    // the selected one moved out. Disabled, with the reason, for a role that may not.
    void addResident();
    void editResident();
    void moveOutResident();

signals:
    void notesSaved(qint64 unitId);

private:
    void updateEditing();
    // After a refusal as stale: the unit read again, the notes typed put on what is saved now.
    bool reloadNotes();
    void openResidentDialog(int mode);
    [[nodiscard]] const Resident* selectedResident() const;

    RegistryService& m_registry;
    const Clock& m_clock;
    std::optional<Session> m_session;
    std::optional<UnitDetail> m_unit;
    ResidentTableModel* m_residents;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_code;
    QLabel* m_type;
    QLabel* m_area;
    QLabel* m_zone;
    QLabel* m_standing;
    const UnitFacts* m_facts = nullptr;
    QTableView* m_residentTable;
    QPlainTextEdit* m_notes;
    QLabel* m_notesError;
    QLabel* m_notesSaved;
    QPushButton* m_saveNotes;
    QPushButton* m_reloadNotesButton;
    ReloadAndApply* m_reloadNotes;
    QPushButton* m_addResident;
    QPushButton* m_editResident;
    QPushButton* m_moveOut;
    QLabel* m_residentSaved;
    std::function<void(ResidentDialog&)> m_beforeDialog;
};

} // namespace fd
