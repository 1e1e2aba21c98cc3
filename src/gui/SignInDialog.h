#pragma once

#include "engine/Session.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace fd {

class AccountService;

// Sign-in at start, after "switch user" and from the lock screen. The dialog stays open on every
// refusal (wrong password, locked, switched off), says why next to the field the service names,
// and clears only the password so the name need not be typed again.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AccountService& accounts, const QString& siteName, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setLogin(const QString& login);
    // Valid after the dialog was accepted.
    [[nodiscard]] const Session& session() const { return m_session; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::SignInDialog> m_ui;
    AccountService& m_accounts;
    FormErrors m_errors;
    Session m_session;
};

} // namespace fd
