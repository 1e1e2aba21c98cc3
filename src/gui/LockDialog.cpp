#include "gui/LockDialog.h"

#include "engine/AccountService.h"
#include "widgets/FormErrors.h"
#include "gui/SignInDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

LockDialog::LockDialog(AccountService& accounts, const Session& session, const QString& siteName, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_siteName(siteName), m_password(new QLineEdit(this)),
      m_error(FormErrors::makeLabel(u"lockPasswordError"_s, this)), m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_switch(new QPushButton(tr("&Switch user…"), this))
{
    setObjectName(u"lockDialog"_s);
    setWindowTitle(tr("FrontDesk is locked"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto* title = new QLabel(tr("Locked"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto* who = new QLabel(tr("%1 is signed in. Enter the password to continue.").arg(session.user.displayName), this);
    who->setObjectName(u"lockUserLabel"_s);
    who->setWordWrap(true);
    layout->addWidget(who);

    auto* form = new QFormLayout;
    m_password->setObjectName(u"lockPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_error);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_switch->setObjectName(u"switchUserButton"_s);
    buttons->addButton(m_unlock, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_switch, QDialogButtonBox::ActionRole);
    m_unlock->setDefault(true);
    layout->addWidget(buttons);
    connect(m_unlock, &QPushButton::clicked, this, &LockDialog::unlock);
    connect(m_switch, &QPushButton::clicked, this, &LockDialog::switchUser);
    setMinimumWidth(420);
    m_password->setFocus();
}

void LockDialog::unlock()
{
    Status ok = m_accounts.confirmPassword(m_session, m_password->text());
    m_password->clear();
    if (!ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    emit unlocked();
    QDialog::accept();
}

void LockDialog::switchUser()
{
    auto* dialog = new SignInDialog(m_accounts, m_siteName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit switchedUser(dialog->session());
        QDialog::accept();
    });
    dialog->open();
}

void LockDialog::reject()
{
    // Esc must not unlock the window.
}

void LockDialog::closeEvent(QCloseEvent* event)
{
    event->ignore();
}

} // namespace fd
