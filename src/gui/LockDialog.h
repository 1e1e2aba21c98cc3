#pragma once

#include "engine/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

class AccountService;

// The lock screen's question: the signed-in person's password (wrong ones count towards the
// lockout like any sign-in), or "switch user" to let a colleague sign in at this window.
// Esc and the close button do nothing: the only ways out are a right password or a sign-in.
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    LockDialog(AccountService& accounts, const Session& session, const QString& siteName, QWidget* parent = nullptr);

public slots:
    void reject() override;
    void unlock();
    void switchUser();

signals:
    void unlocked();
    void switchedUser(const fd::Session& session);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    AccountService& m_accounts;
    Session m_session;
    QString m_siteName;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_unlock;
    QPushButton* m_switch;
};

} // namespace fd
