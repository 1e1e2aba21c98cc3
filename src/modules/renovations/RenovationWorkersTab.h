#pragma once

#include "modules/renovations/RenovationTab.h"

#include <memory>

namespace fd {

// The form uic makes from ui/modules/renovations/RenovationWorkersTab.ui.
class Ui_RenovationWorkersTab;

class Clock;

// The workers on a renovation's roster (ID kept masked) and their passes (R-RN-1): a worker added or
// removed (their passes voided with them), a pass issued for the selected worker within the renovation's
// days and saved as a PDF to print, a pass voided.
class RenovationWorkersTab : public RenovationTab
{
    Q_OBJECT

public:
    RenovationWorkersTab(RenovationService& renovations, const Clock& clock, QWidget* parent = nullptr);
    ~RenovationWorkersTab() override;

public slots:
    bool addWorker();
    bool removeWorker();
    bool issuePass();
    bool voidPass();

signals:
    // The selected pass is to be printed (the page knows the site's name and the working hours).
    void printRequested(const fd::WorkerPass& pass);

protected:
    void fill() override;

private:
    std::unique_ptr<Ui_RenovationWorkersTab> m_ui;
    const Clock& m_clock;
    FormErrors m_removeErrors;
    FormErrors m_voidErrors;
};

} // namespace fd
