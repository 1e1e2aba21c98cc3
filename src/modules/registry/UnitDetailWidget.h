#pragma once

#include "engine/Session.h"
#include "modules/registry/RegistryTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fd {

class RegistryService;
class ResidentTableModel;

// One unit as the desk needs it while the customer waits: code, type, area, zone and butler,
// residents (phones masked) and the unit's notes, which clerks and above may edit.
class UnitDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit UnitDetailWidget(RegistryService& registry, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Loads the unit from the service; 0 shows the empty state.
    void showUnit(qint64 unitId);
    void clear();
    [[nodiscard]] qint64 unitId() const { return m_unit ? m_unit->unit.id : 0; }
    [[nodiscard]] ResidentTableModel* residentModel() const { return m_residents; }
    // Typed notes that are not saved yet (what leaving this unit would lose).
    [[nodiscard]] bool hasUnsavedNotes() const;
    // Saves the typed notes; false (with the message shown next to the notes) when they were not saved.
    bool saveNotes();

signals:
    void notesSaved(qint64 unitId);

private:
    void updateEditing();

    RegistryService& m_registry;
    std::optional<Session> m_session;
    std::optional<UnitDetail> m_unit;
    ResidentTableModel* m_residents;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_code;
    QLabel* m_type;
    QLabel* m_area;
    QLabel* m_zone;
    QTableView* m_residentTable;
    QPlainTextEdit* m_notes;
    QLabel* m_notesError;
    QLabel* m_notesSaved;
    QPushButton* m_saveNotes;
};

} // namespace fd
