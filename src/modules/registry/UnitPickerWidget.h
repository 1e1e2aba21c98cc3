#pragma once

#include "engine/Session.h"
#include "modules/registry/RegistryTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace fd {

class RegistryService;
class UnitSearchModel;

// Finds the caller's unit as the registry does (3-1-502, 31502, a resident's name, a phone's last
// digits): matches appear under the field as one types; Enter takes the only match or moves into
// the list, Enter there takes the row. Editing the text again lets go of the chosen unit.
class UnitPickerWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit UnitPickerWidget(RegistryService& registry, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Shows this unit as chosen (0: none) without searching; false when the registry has no such unit.
    bool setUnit(qint64 unitId);
    void clear();
    [[nodiscard]] qint64 unitId() const { return m_unitId; }
    [[nodiscard]] const UnitDetail& detail() const { return m_detail; }
    [[nodiscard]] QLineEdit* edit() const { return m_edit; }

signals:
    // A unit was chosen (unitId != 0) or let go (0).
    void unitChanged(qint64 unitId);

private:
    void runSearch();
    void takeRow(int row);
    bool eventFilter(QObject* watched, QEvent* event) override;

    RegistryService& m_registry;
    std::optional<Session> m_session;
    UnitSearchModel* m_model;
    QLineEdit* m_edit;
    QTableView* m_matches;
    QLabel* m_chosen;
    QTimer* m_debounce;
    qint64 m_unitId = 0;
    UnitDetail m_detail;
};

} // namespace fd
