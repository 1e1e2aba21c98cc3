#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace fd {

// The form uic makes from ui/modules/fees/ReversalDialog.ui.
class Ui_ReversalDialog;

class AccountService;
class PaymentService;

// Taking a payment or a bill back (R-FE-5): the cashier writes why, and a manager approves on the spot
// with their own sign-in name and password; the service records the reversal (a payment's bills open
// again; a bill is owed no more). Errors show next to their field and nothing is written.
class ReversalDialog : public QDialog
{
    Q_OBJECT

public:
    // What the service does with the approving manager and the reason; its error names the field.
    using Take = std::function<Status(const Session& approver, const QString& reason)>;

    // `what` says what is taken back and what follows; `noReason` asks for the reason.
    ReversalDialog(AccountService& accounts, const QString& what, const QString& noReason, Take take,
                   QWidget* parent = nullptr);
    // A payment (PaymentService::reverse); result() is the payment as taken back.
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
    QString m_noReason;
    Take m_take;
    Payment m_result;
    FormErrors m_errors;
};

} // namespace fd
