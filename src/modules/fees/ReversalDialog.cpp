#include "modules/fees/ReversalDialog.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "engine/AccountService.h"
#include "modules/fees/PaymentService.h"

#include "ui_ReversalDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

ReversalDialog::ReversalDialog(AccountService& accounts, PaymentService& payments, const Session& who,
                               const Payment& payment, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_ReversalDialog>()), m_accounts(accounts), m_payments(payments),
      m_who(who), m_payment(payment)
{
    m_ui->setupUi(this);
    setObjectName(u"reversalDialog"_s);
    m_ui->reversalWhat->setText(tr("Receipt %1 of %2: %3 for unit %4. The receipt stays on record and reprints "
                                   "as void; the bills it paid are open again.")
                                    .arg(payment.receiptNo, DateTimeText::dateTime(payment.takenMs),
                                         Money::text(payment.amountFen), payment.unitCode));
    m_errors.bind(u"reason"_s, m_ui->reason, m_ui->reasonError);
    m_errors.bind(u"approver"_s, m_ui->managerLogin, m_ui->approverError);
    m_errors.setFallback(m_ui->reversalError);
    m_ui->reversalButtons->button(QDialogButtonBox::Ok)->setText(tr("&Take back"));
    connect(m_ui->reversalButtons, &QDialogButtonBox::accepted, this, &ReversalDialog::submit);
    connect(m_ui->reversalButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
        m_errors.show(Error{u"fees.reversal_reason"_s, tr("Say why the payment is taken back."), u"reason"_s});
        return false;
    }
    auto approver = m_accounts.signIn(m_ui->managerLogin->text().trimmed(), m_ui->managerPassword->text());
    m_ui->managerPassword->clear();
    if (!approver) {
        m_errors.show(Error{approver.error().code, approver.error().message, u"approver"_s});
        return false;
    }
    auto reversed = m_payments.reverse(m_who, approver.value(), m_payment.id, m_ui->reason->text());
    if (!reversed) {
        m_errors.show(reversed.error());
        return false;
    }
    m_result = reversed.value();
    accept();
    return true;
}

} // namespace fd
