#include "gui/NewAccountForm.h"

#include "engine/AccountService.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

NewAccountForm::NewAccountForm(AccountService& accounts, QWidget* parent)
    : QGroupBox(tr("New account"), parent), m_accounts(accounts), m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_role(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_create(new QPushButton(tr("&Create account"), this))
{
    setObjectName(u"newAccountForm"_s);
    auto* grid = new QGridLayout(this);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    const auto addRow = [&](const QString& caption, QWidget* input, const QString& name, const QString& field) {
        const int row = grid->rowCount();
        input->setObjectName(name + (qobject_cast<QComboBox*>(input) ? u"Combo"_s : u"Edit"_s));
        auto* label = new QLabel(caption, this);
        label->setBuddy(input);
        grid->addWidget(label, row, 0);
        grid->addWidget(input, row, 1);
        QLabel* error = FormErrors::makeLabel(name + u"Error"_s, this);
        grid->addWidget(error, row + 1, 1);
        if (!field.isEmpty())
            m_errors.bind(field, input, error);
    };
    addRow(tr("Sign-in &name"), m_login, u"newLogin"_s, u"login"_s);
    m_login->setPlaceholderText(tr("e.g. zhang.wei"));
    addRow(tr("Full na&me"), m_name, u"newName"_s, u"display_name"_s);
    addRow(tr("&Role"), m_role, u"newRole"_s, u"role"_s);
    for (Role role : Roles::all())
        m_role->addItem(Roles::displayName(role), static_cast<int>(role));
    addRow(tr("First &password"), m_password, u"newPassword"_s, u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, AccountService::MinPasswordLength));
    QLabel* formError = FormErrors::makeLabel(u"newAccountError"_s, this);
    m_errors.setFallback(formError);
    grid->addWidget(formError, grid->rowCount(), 0, 1, 2);
    m_create->setObjectName(u"createAccountButton"_s);
    grid->addWidget(m_create, grid->rowCount(), 1, Qt::AlignRight);
    connect(m_create, &QPushButton::clicked, this, &NewAccountForm::create);
    for (QLineEdit* edit : {m_login, m_name, m_password})
        connect(edit, &QLineEdit::returnPressed, this, &NewAccountForm::create);
}

void NewAccountForm::create()
{
    if (!m_session)
        return;
    m_errors.clear();
    auto user = m_accounts.createUser(*m_session, m_login->text(), m_name->text(),
                                      static_cast<Role>(m_role->currentData().toInt()), m_password->text());
    if (!user) {
        m_errors.show(user.error());
        return;
    }
    m_login->clear();
    m_name->clear();
    m_password->clear();
    m_role->setCurrentIndex(0);
    m_login->setFocus();
    emit created(user.value());
}

} // namespace fd
