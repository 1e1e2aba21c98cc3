#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>

namespace fd {

// The form uic makes from the .ui, whose class is fd::FirstStartWizard so that its texts translate in this
// class's context. Named Ui_FirstStartWizard: an fd::Ui namespace would hide the global one other forms use.
class Ui_FirstStartWizard;

class SiteSetup;

// First start on an empty database: the property's name and the first administrator. SiteSetup
// checks every field and writes nothing unless all are right; this form only shows what it says.
// Layout: ui/gui/FirstStartWizard.ui.
class FirstStartWizard : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartWizard(SiteSetup& setup, QWidget* parent = nullptr);
    ~FirstStartWizard() override;

    // The administrator, signed in, after the dialog was accepted.
    [[nodiscard]] const Session& session() const { return m_session; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui_FirstStartWizard> m_ui;
    SiteSetup& m_setup;
    FormErrors m_errors;
    Session m_session;
};

} // namespace fd
