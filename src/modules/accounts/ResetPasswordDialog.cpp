#include "modules/accounts/ResetPasswordDialog.h"

#include "engine/AccountService.h"
#include "widgets/FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

ResetPasswordDialog::ResetPasswordDialog(AccountService& accounts, const Session& session, const User& user,
                                         QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_user(user), m_password(new QLineEdit(this)),
      m_error(FormErrors::makeLabel(u"resetPasswordError"_s, this))
{
    setObjectName(u"resetPasswordDialog"_s);
    setWindowTitle(tr("Reset password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("New password for %1 (%2). Tell them in person; a locked account is unlocked too.")
                                 .arg(user.displayName, user.login),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_password->setObjectName(u"resetPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, AccountService::MinPasswordLength));
    form->addRow(tr("New &password"), m_password);
    form->addRow(QString(), m_error);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"resetPasswordOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_password->setFocus();
}

void ResetPasswordDialog::accept()
{
    Status done = m_accounts.resetPassword(m_session, m_user.id, m_password->text());
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace fd
