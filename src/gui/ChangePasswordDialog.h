#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace fd {

class AccountService;

// File → Change my password… (Ctrl+Shift+P): the signed-in person's own password, the current one
// first. The service checks everything; its refusal shows next to the field it names, and the dialog
// stays open with the fields cleared that must be typed again.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(AccountService& accounts, const Session& session, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    AccountService& m_accounts;
    Session m_session;
    FormErrors m_errors;
};

} // namespace fd
