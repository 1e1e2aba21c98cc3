#pragma once

#include "engine/Session.h"
#include "engine/User.h"
#include "widgets/FormErrors.h"

#include <QGroupBox>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from the .ui, whose class is fd::NewAccountForm so that its texts translate in this
// class's context. Named Ui_NewAccountForm: an fd::Ui namespace would hide the global one other forms use.
class Ui_NewAccountForm;

class AccountService;

// "New account" on the Accounts page: sign-in name, name, role and a first password. The service
// checks each field; its message appears under the field it names. Layout: ui/gui/NewAccountForm.ui.
class NewAccountForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit NewAccountForm(AccountService& accounts, QWidget* parent = nullptr);
    ~NewAccountForm() override;

    void setSession(const Session& session) { m_session = session; }

public slots:
    void create();

signals:
    void created(const fd::User& user);

private:
    std::unique_ptr<Ui_NewAccountForm> m_ui;
    AccountService& m_accounts;
    std::optional<Session> m_session;
    FormErrors m_errors;
};

} // namespace fd
