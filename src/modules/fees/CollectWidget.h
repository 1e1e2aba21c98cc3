#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <memory>
#include <optional>

class QStandardItemModel;

namespace fd {

// The form uic makes from ui/modules/fees/CollectWidget.ui (class fd::CollectWidget).
class Ui_CollectWidget;

class AccountService;
class ChargeService;
class Clock;
class BillingService;
class LateFeeService;
class OneOffChargeService;
class PaymentService;
class RegistryService;
class UnitPickerWidget;

// The cashier's counter (R-FE-2): a unit is picked, its open bills show oldest due first, all ticked,
// with what it owes since when and its prepaid balance; the amount follows the ticked bills and may
// be changed (less: a part payment; more: the rest is kept as prepaid), and the form says which
// before it is taken. Taking it saves the payment with its numbered receipt and writes the receipt
// PDF. The unit's payments are listed to reprint a receipt or, with a manager, take one back.
class CollectWidget : public QWidget
{
    Q_OBJECT

public:
    struct Uses
    {
        PaymentService& payments;
        AccountService& accounts; // the manager's sign-in that approves a reversal
        RegistryService& registry;
        ChargeService& charges;      // the items charged one at a time
        OneOffChargeService& oneOff; // a special service or another one-off charge (R-FE-4)
        LateFeeService& lateFees;    // the unit's late fees to today (R-FE-3)
        BillingService& billing;     // a bill taken back (R-FE-5)
        const Clock& clock;
        QString siteName; // on the receipt
    };

    explicit CollectWidget(const Uses& uses, QWidget* parent = nullptr);
    ~CollectWidget() override;

    void setSession(const Session& session);
    // Opens this unit's account (0: none).
    void showUnit(qint64 unitId);
    // The account shown may have changed at another counter (issue 16): read again when it did. A form
    // left as filled (every bill ticked, the amount they come to, no reference) is filled anew and says
    // so; one the cashier has worked on stays, with a line saying the account changed.
    void followChanges();
    // Opens the account of the payment's unit with the payment selected; false when it is not there.
    bool showPayment(qint64 paymentId);
    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] QStandardItemModel* openLines() const { return m_lines; }
    [[nodiscard]] QStandardItemModel* paymentList() const { return m_payments; }
    [[nodiscard]] const std::optional<UnitAccount>& account() const { return m_account; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    [[nodiscard]] QString message() const;
    // Ticks or unticks an open line (row in the list).
    void setLineTicked(int row, bool ticked);
    void setAmount(const QString& text);
    void setMethod(PaymentMethod method, const QString& reference = {});
    void selectPayment(int row);

public slots:
    // Takes the payment and asks where to save its receipt; false when refused.
    bool takePayment();
    bool reprintSelected();
    bool reverseSelected();
    // A special service or another one-off charge for the unit (R-FE-4); false when none is billed.
    bool chargeOneOff();
    // The unit's late fees to today, to charge or (a manager) waive; false when nothing changed.
    bool showLateFees();
    // Asks for the reason and a manager's sign-in, then takes the current open bill back (R-FE-5).
    bool reverseCurrentLine();

signals:
    void paid(const Payment& payment);

private:
    void loadAccount();
    void amountFollowsTicks();
    void describeOutcome();
    void updateControls();
    [[nodiscard]] QList<qint64> tickedLines() const;
    [[nodiscard]] qint64 tickedOutstanding() const;
    [[nodiscard]] std::optional<Payment> selectedPayment() const;
    bool saveReceipt(const Payment& payment);
    void say(const QString& text);

    std::unique_ptr<Ui_CollectWidget> m_ui;
    PaymentService& m_service;
    AccountService& m_accounts;
    ChargeService& m_charges;
    OneOffChargeService& m_oneOff;
    LateFeeService& m_lateFees;
    BillingService& m_billing;
    const Clock& m_clock;
    QString m_siteName;
    std::optional<Session> m_session;
    UnitPickerWidget* m_unit;
    QStandardItemModel* m_lines;
    QStandardItemModel* m_payments;
    QList<Payment> m_paymentRows;
    std::optional<UnitAccount> m_account;
    FormErrors m_errors;
    bool m_filling = false;
};

} // namespace fd
