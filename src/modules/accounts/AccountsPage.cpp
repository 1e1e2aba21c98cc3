#include "modules/accounts/AccountsPage.h"

#include "engine/AccountService.h"
#include "modules/accounts/AccountTableModel.h"
#include "modules/accounts/NewAccountForm.h"
#include "modules/accounts/ResetPasswordDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

AccountsPage::AccountsPage(AccountService& accounts, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_accounts(accounts), m_model(new AccountTableModel(clock, this)), m_table(new QTableView(this)),
      m_form(new NewAccountForm(accounts, this)), m_reset(new QPushButton(tr("R&eset password…"), this)),
      m_toggle(new QPushButton(tr("S&witch off"), this)), m_message(new QLabel(this))
{
    setObjectName(u"accountsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Accounts"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);

    auto* body = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_table->setObjectName(u"accountTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    left->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_reset->setObjectName(u"resetPasswordButton"_s);
    m_toggle->setObjectName(u"toggleActiveButton"_s);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    left->addLayout(buttons);
    m_message->setObjectName(u"accountsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    left->addWidget(m_message);
    body->addLayout(left, 3);
    body->addWidget(m_form, 2, Qt::AlignTop);
    layout->addLayout(body, 1);

    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetSelectedPassword);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsPage::toggleSelectedActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsPage::updateButtons);
    connect(m_form, &NewAccountForm::created, this, [this](const User& user) {
        refresh();
        m_table->selectRow(m_model->rowOf(user.id));
        showMessage(tr("Account %1 created.").arg(user.login), false);
    });
    updateButtons();
}

void AccountsPage::setSession(const Session& session)
{
    m_session = session;
    m_form->setSession(session);
    if (session.may(Permission::ManageAccounts))
        refresh();
    else
        m_model->setUsers({}); // nothing to show, and nothing stays behind from an administrator
}

void AccountsPage::refresh()
{
    const int row = selectedRow();
    const qint64 keep = row >= 0 ? m_model->userAt(row).id : 0;
    auto users = m_accounts.users();
    if (!users) {
        showMessage(users.error().message, true);
        return;
    }
    m_model->setUsers(users.value());
    if (keep != 0 && m_model->rowOf(keep) >= 0)
        m_table->selectRow(m_model->rowOf(keep));
    m_table->resizeColumnsToContents();
    updateButtons();
}

int AccountsPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AccountsPage::updateButtons()
{
    const int row = selectedRow();
    m_reset->setEnabled(row >= 0);
    m_toggle->setEnabled(row >= 0);
    if (row >= 0)
        m_toggle->setText(m_model->userAt(row).active ? tr("S&witch off") : tr("S&witch on"));
}

void AccountsPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AccountsPage::resetSelectedPassword()
{
    const int row = selectedRow();
    if (row < 0 || !m_session)
        return;
    const User user = m_model->userAt(row);
    auto* dialog = new ResetPasswordDialog(m_accounts, *m_session, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, user] {
        refresh();
        showMessage(tr("The password of %1 was reset.").arg(user.login), false);
    });
    dialog->open();
}

void AccountsPage::toggleSelectedActive()
{
    const int row = selectedRow();
    if (row < 0 || !m_session)
        return;
    const User user = m_model->userAt(row);
    Status done = m_accounts.setActive(*m_session, user.id, !user.active);
    if (!done) {
        showMessage(done.error().message, true);
        return;
    }
    refresh();
    showMessage(user.active ? tr("%1 is switched off and cannot sign in.").arg(user.login)
                            : tr("%1 is switched on again.").arg(user.login),
                false);
}

} // namespace fd
