#pragma once

#include "engine/Session.h"
#include "engine/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fd {

class AccountService;

// An administrator gives an account a new password (which also lifts a lockout).
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(AccountService& accounts, const Session& session, const User& user, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    AccountService& m_accounts;
    Session m_session;
    User m_user;
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace fd
