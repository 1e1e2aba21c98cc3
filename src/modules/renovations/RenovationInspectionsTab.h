#pragma once

#include "modules/renovations/RenovationTab.h"

#include <memory>

namespace fd {

// The form uic makes from ui/modules/renovations/RenovationInspectionsTab.ui.
class Ui_RenovationInspectionsTab;

class Clock;

// A renovation's inspections (巡查, R-RN-1) by engineering or security: what was found and, for a
// problem, how the owner was told and the day to put it right by (the desk is reminded on it); a
// problem recorded put right; the extensions of the end, each with who approved it.
class RenovationInspectionsTab : public RenovationTab
{
    Q_OBJECT

public:
    RenovationInspectionsTab(RenovationService& renovations, const Clock& clock, QWidget* parent = nullptr);
    ~RenovationInspectionsTab() override;

public slots:
    bool recordInspection();
    bool problemFixed();
    bool extend();

protected:
    void fill() override;

private:
    void updateProblemRows();

    std::unique_ptr<Ui_RenovationInspectionsTab> m_ui;
    const Clock& m_clock;
    FormErrors m_extensionErrors;
};

} // namespace fd
