#include "gui/FirstStartWizard.h"

#include "engine/AccountService.h"
#include "engine/SiteSetup.h"

#include "ui_FirstStartWizard.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

FirstStartWizard::FirstStartWizard(SiteSetup& setup, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_FirstStartWizard>()), m_setup(setup)
{
    m_ui->setupUi(this);
    setObjectName(u"firstStartWizard"_s);
    QFont font = m_ui->heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_ui->heading->setFont(font);

    m_ui->passwordEdit->setPlaceholderText(tr("at least %n characters", nullptr, AccountService::MinPasswordLength));
    m_errors.bind(u"site_name"_s, m_ui->siteNameEdit, m_ui->siteNameError);
    m_errors.bind(u"admin_login"_s, m_ui->adminLoginEdit, m_ui->adminLoginError);
    m_errors.bind(u"admin_name"_s, m_ui->adminNameEdit, m_ui->adminNameError);
    m_errors.bind(u"password"_s, m_ui->passwordEdit, m_ui->passwordError);
    m_errors.bind(u"password_again"_s, m_ui->passwordAgainEdit, m_ui->passwordAgainError);
    m_errors.setFallback(m_ui->formError);

    QPushButton* create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    create->setText(tr("Create site"));
    create->setObjectName(u"createButton"_s);
    create->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstStartWizard::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstStartWizard::reject);
    m_ui->siteNameEdit->setFocus();
}

FirstStartWizard::~FirstStartWizard() = default;

void FirstStartWizard::accept()
{
    m_errors.clear();
    auto result =
        m_setup.initialize({m_ui->siteNameEdit->text(), m_ui->adminLoginEdit->text(), m_ui->adminNameEdit->text(),
                            m_ui->passwordEdit->text(), m_ui->passwordAgainEdit->text()});
    if (!result) {
        m_errors.show(result.error());
        return;
    }
    m_session = result.value();
    QDialog::accept();
}

} // namespace fd
