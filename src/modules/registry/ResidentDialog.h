#pragma once

#include "engine/Session.h"
#include "modules/registry/RegistryTypes.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ResidentDialog;
}

namespace fd {

class Clock;
class RegistryService;
class ReloadAndApply;

// A unit's resident kept at the desk (issue 11): a new one added, one corrected (name, owner or
// tenant, phones), or a move-out recorded with its day. The service checks the role and the input;
// a refusal shows next to its field and the dialog stays open with nothing written. Layout:
// ui/modules/registry/ResidentDialog.ui.
class ResidentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, MoveOut };

    // `resident` is the one to edit or move out; ignored for Add.
    ResidentDialog(RegistryService& registry, const Session& session, const Clock& clock, Mode mode, qint64 unitId,
                   const Resident& resident = {}, QWidget* parent = nullptr);
    ~ResidentDialog() override;

    // The resident as saved, once the dialog was accepted.
    [[nodiscard]] const std::optional<Resident>& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    // What this form changes, on the resident as last read: the name or owner/tenant where this form
    // changed them, the stored phones less those removed here plus those added here (after a reload,
    // another desk's corrections of the rest stay).
    [[nodiscard]] ResidentChange changeFromForm() const;
    std::unique_ptr<Ui::ResidentDialog> m_ui;
    RegistryService& m_registry;
    Session m_session;
    Mode m_mode;
    qint64 m_unitId;
    Resident m_resident;                // as stored when last read (the form's copy, read again by the reload)
    Resident m_shown;                   // as the form showed them when it opened
    ReloadAndApply* m_reload = nullptr; // issue 16: corrected on another desk meanwhile
    std::optional<Resident> m_saved;
    FormErrors m_errors;
};

} // namespace fd
