#pragma once

#include "engine/Session.h"
#include "engine/User.h"
#include "widgets/FormErrors.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace fd {

class AccountService;

// "New account" on the Accounts page: sign-in name, name, role and a first password. The service
// checks each field; its message appears under the field it names.
class NewAccountForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit NewAccountForm(AccountService& accounts, QWidget* parent = nullptr);

    void setSession(const Session& session) { m_session = session; }

public slots:
    void create();

signals:
    void created(const fd::User& user);

private:
    AccountService& m_accounts;
    std::optional<Session> m_session;
    FormErrors m_errors;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QPushButton* m_create;
};

} // namespace fd
