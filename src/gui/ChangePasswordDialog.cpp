#include "gui/ChangePasswordDialog.h"

#include "engine/AccountService.h"
#include "ui_ChangePasswordDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

ChangePasswordDialog::ChangePasswordDialog(AccountService& accounts, const Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_accounts(accounts), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(u"changePasswordDialog"_s);
    m_ui->introLabel->setText(tr("%1 (%2): at least %3 characters. The next sign-in, lock screen and handover "
                                 "signature use the new password.")
                                  .arg(session.user.displayName, session.user.login)
                                  .arg(AccountService::MinPasswordLength));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_errors.bind(u"old_password"_s, m_ui->oldEdit, m_ui->oldError);
    m_errors.bind(u"new_password"_s, m_ui->newEdit, m_ui->newError);
    m_errors.bind(u"new_password_again"_s, m_ui->againEdit, m_ui->againError);
    m_errors.setFallback(m_ui->formError);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    m_ui->oldEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::accept()
{
    m_errors.clear();
    Status changed = m_accounts.changeOwnPassword(m_session, m_ui->oldEdit->text(), m_ui->newEdit->text(),
                                                  m_ui->againEdit->text());
    if (!changed) {
        const QString field = changed.error().field;
        if (field == u"old_password"_s)
            m_ui->oldEdit->clear();
        else {
            m_ui->newEdit->clear();
            m_ui->againEdit->clear();
        }
        m_errors.show(changed.error());
        return;
    }
    QDialog::accept();
}

} // namespace fd
