#include "gui/SignInDialog.h"

#include "engine/AccountService.h"
#include "gui/LanguageMenu.h"
#include "ui_SignInDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

SignInDialog::SignInDialog(AccountService& accounts, const QString& siteName, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_accounts(accounts)
{
    m_ui->setupUi(this);
    setObjectName(u"signInDialog"_s);
    m_ui->siteNameLabel->setText(siteName);
    QFont heading = m_ui->siteNameLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_ui->siteNameLabel->setFont(heading);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_ui->languageHint->setText(tr("Language: %1. Choose 中文 or English in the Language menu after signing in.")
                                    .arg(LanguageMenu::displayName(LanguageMenu::currentLanguage())));
    m_ui->languageHint->setStyleSheet(u"color: palette(mid);"_s);

    m_errors.bind(u"login"_s, m_ui->loginEdit, m_ui->loginError);
    m_errors.bind(u"password"_s, m_ui->passwordEdit, m_ui->passwordError);
    m_errors.setFallback(m_ui->formError);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    m_ui->loginEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setLogin(const QString& login)
{
    m_ui->loginEdit->setText(login);
    (login.isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
}

void SignInDialog::accept()
{
    m_errors.clear();
    auto result = m_accounts.signIn(m_ui->loginEdit->text(), m_ui->passwordEdit->text());
    if (!result) {
        // Only the password goes: the name was probably right, and retyping it wastes the customer's time.
        m_ui->passwordEdit->clear();
        m_errors.show(result.error());
        if (result.error().field != u"login"_s)
            m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = result.value();
    m_ui->passwordEdit->clear();
    QDialog::accept();
}

} // namespace fd
