#include "modules/fees/ReversalDialog.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AccountService.h"
#include "modules/fees/PaymentService.h"

#include "ui_ReversalDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

ReversalDialog::ReversalDialog(AccountService& accounts, const QString& what, const QString& noReason, Take take,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_ReversalDialog>()), m_accounts(accounts), m_noReason(noReason),
      m_take(std::move(take))
{
    m_ui->setupUi(this);
    setObjectName(u"reversalDialog"_s);
    m_ui->reversalWhat->setText(what);
    m_errors.bind(u"reason"_s, m_ui->reason, m_ui->reasonError);
    m_errors.bind(u"approver"_s, m_ui->managerLogin, m_ui->approverError);
    m_errors.setFallback(m_ui->reversalError);
    m_ui->reversalButtons->button(QDialogButtonBox::Ok)->setText(tr("&Take back"));
    connect(m_ui->reversalButtons, &QDialogButtonBox::accepted, this, &ReversalDialog::submit);
    connect(m_ui->reversalButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReversalDialog::ReversalDialog(AccountService& accounts, PaymentService& payments, const Session& who,
                               const Payment& payment, QWidget* parent)
    : ReversalDialog(accounts,
                     tr("Receipt %1 of %2: %3 for unit %4. The receipt stays on record and reprints as void; the "
                        "bills it paid are open again.")
                         .arg(payment.receiptNo, DateTimeText::dateTime(payment.takenMs),
                              Money::text(payment.amountFen), payment.unitCode),
                     tr("Say why the payment is taken back."), {}, parent)
{
    m_take = [this, &payments, who, id = payment.id](const Session& approver, const QString& reason) -> Status {
        auto reversed = payments.reverse(who, approver, id, reason);
        if (!reversed)
            return reversed.error();
        m_result = reversed.value();
        return {};
    };
}

ReversalDialog::~ReversalDialog() = default;

void ReversalDialog::setReason(const QString& reason)
{
    m_ui->reason->setText(reason);
}

void ReversalDialog::setManager(const QString& login, const QString& password)
{
    m_ui->managerLogin->setText(login);
    m_ui->managerPassword->setText(password);
}

bool ReversalDialog::submit()
{
    m_errors.clear();
    if (m_ui->reason->text().trimmed().isEmpty()) {
        m_errors.show(Error{u"fees.reversal_reason"_s, m_noReason, u"reason"_s});
        return false;
    }
    auto approver = m_accounts.signIn(m_ui->managerLogin->text().trimmed(), m_ui->managerPassword->text());
    m_ui->managerPassword->clear();
    if (!approver) {
        m_errors.show(Error{approver.error().code, approver.error().message, u"approver"_s});
        return false;
    }
    if (Status taken = m_take(approver.value(), m_ui->reason->text()); !taken) {
        m_errors.show(taken.error());
        return false;
    }
    accept();
    return true;
}

} // namespace fd
