#include "gui/FirstStartWizard.h"

#include "engine/AccountService.h"
#include "engine/SiteSetup.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

FirstStartWizard::FirstStartWizard(SiteSetup& setup, QWidget* parent) : QDialog(parent), m_setup(setup)
{
    setObjectName(u"firstStartWizard"_s);
    setWindowTitle(tr("Set up FrontDesk"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    auto* heading = new QLabel(tr("Welcome to FrontDesk"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("This database is new. Name the property and create the first administrator: "
                                "they create the other accounts and import the units."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    m_siteName = addField(grid, tr("&Property name"), u"site_name"_s, u"siteName"_s);
    m_siteName->setPlaceholderText(tr("e.g. 翠湖花园"));
    m_adminLogin = addField(grid, tr("Administrator's &sign-in name"), u"admin_login"_s, u"adminLogin"_s);
    m_adminLogin->setPlaceholderText(tr("e.g. admin or zhang.wei"));
    m_adminName = addField(grid, tr("Administrator's &name"), u"admin_name"_s, u"adminName"_s);
    m_password = addField(grid, tr("Pass&word"), u"password"_s, u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, AccountService::MinPasswordLength));
    m_passwordAgain = addField(grid, tr("Password &again"), u"password_again"_s, u"passwordAgain"_s);
    m_passwordAgain->setEchoMode(QLineEdit::Password);
    layout->addLayout(grid);

    QLabel* formError = FormErrors::makeLabel(u"formError"_s, this);
    m_errors.setFallback(formError);
    layout->addWidget(formError);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("Create site"));
    create->setObjectName(u"createButton"_s);
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartWizard::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstStartWizard::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_siteName->setFocus();
}

QLineEdit* FirstStartWizard::addField(QGridLayout* grid, const QString& caption, const QString& field,
                                      const QString& name)
{
    const int row = grid->rowCount();
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name + u"Edit"_s);
    auto* label = new QLabel(caption, this);
    label->setBuddy(edit);
    QLabel* error = FormErrors::makeLabel(name + u"Error"_s, this);
    grid->addWidget(label, row, 0);
    grid->addWidget(edit, row, 1);
    grid->addWidget(error, row + 1, 1);
    m_errors.bind(field, edit, error);
    return edit;
}

void FirstStartWizard::accept()
{
    m_errors.clear();
    auto result = m_setup.initialize(
        {m_siteName->text(), m_adminLogin->text(), m_adminName->text(), m_password->text(), m_passwordAgain->text()});
    if (!result) {
        m_errors.show(result.error());
        return;
    }
    m_session = result.value();
    QDialog::accept();
}

} // namespace fd
