#pragma once

#include "engine/Session.h"
#include "modules/renovations/Renovation.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from ui/modules/renovations/NewRenovationForm.ui (class fd::NewRenovationForm).
class Ui_NewRenovationForm;

class Clock;
class RegistryService;
class RenovationService;
class UnitPickerWidget;

// A renovation's application (R-RN-1): the unit and its owner, the decoration company, the scope ticked
// from the site's list (what needs engineering's approval, what is forbidden, said beside each), the
// work described, its days and its drawings. The same form resubmits a rejected round: the unit, the
// owner and the company stay as they were. RenovationService decides; an error shows next to its field
// and nothing is written.
class NewRenovationForm : public QWidget
{
    Q_OBJECT

public:
    NewRenovationForm(RenovationService& renovations, RegistryService& registry, const Clock& clock,
                      QWidget* parent = nullptr);
    ~NewRenovationForm() override;

    void setSession(const Session& session);
    // An empty application.
    void start();
    // A new round of this rejected renovation, filled from its last round.
    void startResubmission(const Renovation& renovation);
    [[nodiscard]] RenovationApplication application() const;
    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    // Chooses the unit as the picker does (its residents fill the owner's list); false when there is none.
    bool setUnit(qint64 unitId);
    // Ticks these scope items (keys) and no others.
    void setScope(const QStringList& keys);
    void addDrawing(const QString& path);

public slots:
    bool submit();

signals:
    void submitted(const fd::Renovation& renovation);
    void backRequested();

private:
    void fillOwners();
    void fillScope();
    void chooseDrawing();

    std::unique_ptr<Ui_NewRenovationForm> m_ui;
    RenovationService& m_renovations;
    const Clock& m_clock;
    UnitPickerWidget* m_unit = nullptr;
    std::optional<Session> m_session;
    qint64 m_resubmitting = 0; // the renovation a new round is for, or 0 for an application
    FormErrors m_errors;
};

} // namespace fd
