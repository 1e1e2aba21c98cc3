#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>

namespace fd {

// The form uic makes from ui/modules/fees/ReversalDialog.ui.
class Ui_ReversalDialog;

class AccountService;
class PaymentService;

// Taking a payment back (R-FE-5): the cashier writes why, and a manager approves on the spot with
// their own sign-in name and password; PaymentService records the reversal and the lines open again.
// Errors show next to their field and nothing is written.
class ReversalDialog : public QDialog
{
    Q_OBJECT

public:
    ReversalDialog(AccountService& accounts, PaymentService& payments, const Session& who, const Payment& payment,
                   QWidget* parent = nullptr);
    ~ReversalDialog() override;

    void setReason(const QString& reason);
    void setManager(const QString& login, const QString& password);
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    [[nodiscard]] const Payment& result() const { return m_result; }

public slots:
    // Records the reversal; the dialog closes when it is recorded.
    bool submit();

private:
    std::unique_ptr<Ui_ReversalDialog> m_ui;
    AccountService& m_accounts;
    PaymentService& m_payments;
    Session m_who;
    Payment m_payment;
    Payment m_result;
    FormErrors m_errors;
};

} // namespace fd
