#pragma once

#include "engine/Session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class AccountService;
class AccountTableModel;
class Clock;
class NewAccountForm;

// 账号: administrators list accounts, create them, reset passwords and switch accounts off or on.
// Other roles never see the page; the service refuses them anyway.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(AccountService& accounts, const Clock& clock, QWidget* parent = nullptr);

    void setSession(const Session& session);
    void refresh();
    [[nodiscard]] AccountTableModel* model() const { return m_model; }

public slots:
    void resetSelectedPassword();
    void toggleSelectedActive();

private:
    [[nodiscard]] int selectedRow() const;
    void updateButtons();
    void showMessage(const QString& text, bool error);

    AccountService& m_accounts;
    std::optional<Session> m_session;
    AccountTableModel* m_model;
    QTableView* m_table;
    NewAccountForm* m_form;
    QPushButton* m_reset;
    QPushButton* m_toggle;
    QLabel* m_message;
};

} // namespace fd
