#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QDialog>

class QGridLayout;
class QLineEdit;

namespace fd {

class SiteSetup;

// First start on an empty database: the property's name and the first administrator. SiteSetup
// checks every field and writes nothing unless all are right; this form only shows what it says.
class FirstStartWizard : public QDialog
{
    Q_OBJECT

public:
    explicit FirstStartWizard(SiteSetup& setup, QWidget* parent = nullptr);

    // The administrator, signed in, after the dialog was accepted.
    [[nodiscard]] const Session& session() const { return m_session; }

public slots:
    void accept() override;

private:
    QLineEdit* addField(QGridLayout* grid, const QString& caption, const QString& field, const QString& name);

    SiteSetup& m_setup;
    FormErrors m_errors;
    Session m_session;
    QLineEdit* m_siteName = nullptr;
    QLineEdit* m_adminLogin = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_passwordAgain = nullptr;
};

} // namespace fd
