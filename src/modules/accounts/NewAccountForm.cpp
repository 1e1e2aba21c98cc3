#include "modules/accounts/NewAccountForm.h"

#include "engine/AccountService.h"

#include "ui_NewAccountForm.h"

using namespace Qt::StringLiterals;

namespace fd {

NewAccountForm::NewAccountForm(AccountService& accounts, QWidget* parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui_NewAccountForm>()), m_accounts(accounts)
{
    m_ui->setupUi(this);
    setObjectName(u"newAccountForm"_s);
    m_errors.bind(u"login"_s, m_ui->newLoginEdit, m_ui->newLoginError);
    m_errors.bind(u"display_name"_s, m_ui->newNameEdit, m_ui->newNameError);
    m_errors.bind(u"role"_s, m_ui->newRoleCombo, m_ui->newRoleError);
    for (Role role : Roles::all())
        m_ui->newRoleCombo->addItem(Roles::displayName(role), static_cast<int>(role));
    m_errors.bind(u"password"_s, m_ui->newPasswordEdit, m_ui->newPasswordError);
    m_ui->newPasswordEdit->setPlaceholderText(tr("at least %n characters", nullptr, AccountService::MinPasswordLength));
    m_errors.setFallback(m_ui->newAccountError);
    connect(m_ui->createAccountButton, &QPushButton::clicked, this, &NewAccountForm::create);
    for (QLineEdit* edit : {m_ui->newLoginEdit, m_ui->newNameEdit, m_ui->newPasswordEdit})
        connect(edit, &QLineEdit::returnPressed, this, &NewAccountForm::create);
}

NewAccountForm::~NewAccountForm() = default;

void NewAccountForm::create()
{
    if (!m_session)
        return;
    m_errors.clear();
    auto user = m_accounts.createUser(*m_session, m_ui->newLoginEdit->text(), m_ui->newNameEdit->text(),
                                      static_cast<Role>(m_ui->newRoleCombo->currentData().toInt()),
                                      m_ui->newPasswordEdit->text());
    if (!user) {
        m_errors.show(user.error());
        return;
    }
    m_ui->newLoginEdit->clear();
    m_ui->newNameEdit->clear();
    m_ui->newPasswordEdit->clear();
    m_ui->newRoleCombo->setCurrentIndex(0);
    m_ui->newLoginEdit->setFocus();
    emit created(user.value());
}

} // namespace fd
