#include "modules/fees/CollectWidget.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/BillingService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/LateFeeDialog.h"
#include "modules/fees/OneOffChargeDialog.h"
#include "modules/fees/PaymentService.h"
#include "modules/fees/ReceiptPrinter.h"
#include "modules/fees/ReversalDialog.h"
#include "modules/registry/UnitPickerWidget.h"
#include "widgets/Ask.h"
#include "widgets/TabOrder.h"

#include "ui_CollectWidget.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr int kLineIdRole = Qt::UserRole + 1;
constexpr int kOutstandingRole = Qt::UserRole + 2;

} // namespace

CollectWidget::CollectWidget(const Uses& uses, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_CollectWidget>()), m_service(uses.payments), m_accounts(uses.accounts),
      m_charges(uses.charges), m_oneOff(uses.oneOff), m_lateFees(uses.lateFees), m_billing(uses.billing),
      m_clock(uses.clock), m_siteName(uses.siteName), m_lines(new QStandardItemModel(this)),
      m_payments(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"collectForm"_s);
    m_unit = new UnitPickerWidget(uses.registry, this);
    m_unit->setObjectName(u"collectUnit"_s);
    m_ui->unitRow->replaceWidget(m_ui->collectUnitSlot, m_unit);
    delete m_ui->collectUnitSlot;
    m_ui->collectUnitCaption->setBuddy(m_unit->edit());
    setTabOrder(m_unit->edit(), m_ui->openLines);
    m_errors.bind(u"unit"_s, m_unit->edit(), m_ui->collectUnitError);
    m_errors.bind(u"lines"_s, m_ui->openLines, m_ui->linesError);
    m_errors.bind(u"amount"_s, m_ui->amount, m_ui->amountError);
    m_errors.bind(u"reference"_s, m_ui->reference, m_ui->referenceError);
    m_errors.setFallback(m_ui->collectError);

    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Period"), tr("Due"), tr("Amount"), tr("Paid"), tr("Owed")});
    m_ui->openLines->setModel(m_lines);
    m_ui->openLines->verticalHeader()->hide();
    m_ui->openLines->horizontalHeader()->setStretchLastSection(true);
    m_payments->setHorizontalHeaderLabels(
        {tr("Receipt"), tr("Taken"), tr("Method"), tr("Amount"), tr("Cashier"), tr("State")});
    m_ui->paymentsTable->setModel(m_payments);
    m_ui->paymentsTable->verticalHeader()->hide();
    m_ui->paymentsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->paymentsTable->horizontalHeader()->setStretchLastSection(true);
    for (PaymentMethod m : FeeTerms::methods())
        m_ui->method->addItem(FeeTerms::displayName(m), int(m));
    m_ui->collectMessage->hide();

    connect(m_unit, &UnitPickerWidget::unitChanged, this, [this] { loadAccount(); });
    connect(m_lines, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_filling)
            amountFollowsTicks();
    });
    connect(m_ui->amount, &QLineEdit::textChanged, this, &CollectWidget::describeOutcome);
    connect(m_ui->method, &QComboBox::currentIndexChanged, this, &CollectWidget::updateControls);
    connect(m_ui->takePayment, &QPushButton::clicked, this, &CollectWidget::takePayment);
    connect(m_ui->reprintReceipt, &QPushButton::clicked, this, &CollectWidget::reprintSelected);
    connect(m_ui->reversePayment, &QPushButton::clicked, this, &CollectWidget::reverseSelected);
    connect(m_ui->chargeOneOff, &QPushButton::clicked, this, &CollectWidget::chargeOneOff);
    connect(m_ui->lateFees, &QPushButton::clicked, this, &CollectWidget::showLateFees);
    connect(m_ui->reverseLine, &QPushButton::clicked, this, &CollectWidget::reverseCurrentLine);
    connect(m_ui->openLines->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CollectWidget::updateControls);
    connect(m_ui->paymentsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CollectWidget::updateControls);
    updateControls();
}

CollectWidget::~CollectWidget() = default;

void CollectWidget::setSession(const Session& session)
{
    m_session = session;
    m_unit->setSession(session);
    loadAccount();
}

void CollectWidget::showUnit(qint64 unitId)
{
    if (!m_unit->setUnit(unitId))
        m_unit->clear();
    loadAccount();
}

bool CollectWidget::showPayment(qint64 paymentId)
{
    if (!m_session)
        return false;
    auto payment = m_service.payment(*m_session, paymentId);
    if (!payment)
        return false;
    showUnit(payment.value().unitId);
    for (qsizetype r = 0; r < m_paymentRows.size(); ++r)
        if (m_paymentRows.at(r).id == paymentId) {
            selectPayment(int(r));
            return true;
        }
    return false;
}

QString CollectWidget::message() const
{
    return m_ui->collectMessage->isVisible() ? m_ui->collectMessage->text() : QString();
}

void CollectWidget::say(const QString& text)
{
    m_ui->collectMessage->setText(text);
    m_ui->collectMessage->setVisible(!text.isEmpty());
}

void CollectWidget::loadAccount()
{
    m_errors.clear();
    m_account.reset();
    m_paymentRows.clear();
    m_filling = true;
    m_lines->removeRows(0, m_lines->rowCount());
    m_payments->removeRows(0, m_payments->rowCount());
    m_filling = false;
    const qint64 unitId = m_unit->unitId();
    if (!m_session || unitId == 0) {
        m_ui->accountSummary->setText(tr("Choose a unit to see what it owes."));
        m_ui->amount->clear();
        updateControls();
        return;
    }
    auto account = m_service.account(*m_session, unitId);
    if (!account) {
        m_ui->accountSummary->setText(account.error().message);
        updateControls();
        return;
    }
    m_account = std::move(account).value();
    m_filling = true;
    for (const OpenLine& o : std::as_const(m_account->open)) {
        auto* item = new QStandardItem(FeeTerms::label(o.line));
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setEditable(false);
        item->setData(o.line.id, kLineIdRole);
        item->setData(o.outstandingFen(), kOutstandingRole);
        QList<QStandardItem*> row{item};
        const QString period =
            o.line.months > 1 ? tr("%1, %n month(s)", nullptr, o.line.months).arg(o.line.period) : o.line.period;
        for (const QString& text : {period, DateTimeText::date(o.line.dueDay), Money::text(o.line.amountFen),
                                    Money::text(o.paidFen), Money::text(o.outstandingFen())}) {
            auto* cell = new QStandardItem(text);
            cell->setEditable(false);
            row << cell;
        }
        m_lines->appendRow(row);
    }
    m_filling = false;
    m_ui->openLines->resizeColumnsToContents();
    const UnitAccount& a = *m_account;
    QString summary = a.owedFen > 0
                          ? tr("%1 (%2) owes %3, due since %4.")
                                .arg(a.unitCode, a.owner, Money::text(a.owedFen), DateTimeText::date(a.oldestDue))
                          : tr("%1 (%2) owes nothing.").arg(a.unitCode, a.owner);
    if (a.prepaidFen > 0)
        summary += u' ' + tr("Prepaid: %1.").arg(Money::text(a.prepaidFen));
    if (a.depositsFen > 0)
        summary += u' ' + tr("Deposits held: %1 (not income).").arg(Money::text(a.depositsFen));
    m_ui->accountSummary->setText(summary);
    auto paid = m_service.payments(*m_session, unitId);
    if (paid) {
        m_paymentRows = paid.value();
        for (const Payment& p : std::as_const(m_paymentRows)) {
            QList<QStandardItem*> row;
            for (const QString& text : {p.receiptNo, DateTimeText::dateTime(p.takenMs), FeeTerms::displayName(p.method),
                                        Money::text(p.amountFen), p.takenBy,
                                        p.reversed ? tr("taken back: %1").arg(p.reversalReason) : tr("valid")})
                row << new QStandardItem(text);
            m_payments->appendRow(row);
        }
        m_ui->paymentsTable->resizeColumnsToContents();
    }
    amountFollowsTicks();
}

void CollectWidget::followChanges()
{
    if (!m_session || !m_account)
        return;
    auto now = m_service.account(*m_session, m_account->unitId);
    if (!now)
        return;
    const UnitAccount& a = *m_account;
    const UnitAccount& b = now.value();
    bool same = a.owedFen == b.owedFen && a.prepaidFen == b.prepaidFen && a.depositsFen == b.depositsFen &&
                a.open.size() == b.open.size();
    for (qsizetype i = 0; same && i < a.open.size(); ++i)
        same = a.open.at(i).line.id == b.open.at(i).line.id && a.open.at(i).paidFen == b.open.at(i).paidFen;
    if (same)
        return; // another unit's change, or this counter's own payment coming back
    const qint64 sum = tickedOutstanding();
    const bool asFilled = tickedLines().size() == m_lines->rowCount() &&
                          m_ui->amount->text() == (sum > 0 ? Money::plain(sum) : QString()) &&
                          m_ui->reference->text().trimmed().isEmpty();
    if (!asFilled) {
        say(tr("%1's account changed at another desk: what you typed is kept; choose the unit again to read it.")
                .arg(a.unitCode));
        return;
    }
    loadAccount();
    say(tr("%1's account changed at another desk: it is shown as it is now.").arg(a.unitCode));
}

QList<qint64> CollectWidget::tickedLines() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_lines->rowCount(); ++r)
        if (m_lines->item(r, 0)->checkState() == Qt::Checked)
            ids << m_lines->item(r, 0)->data(kLineIdRole).toLongLong();
    return ids;
}

qint64 CollectWidget::tickedOutstanding() const
{
    qint64 sum = 0;
    for (int r = 0; r < m_lines->rowCount(); ++r)
        if (m_lines->item(r, 0)->checkState() == Qt::Checked)
            sum += m_lines->item(r, 0)->data(kOutstandingRole).toLongLong();
    return sum;
}

void CollectWidget::amountFollowsTicks()
{
    const qint64 sum = tickedOutstanding();
    m_ui->amount->setText(sum > 0 ? Money::plain(sum) : QString());
    describeOutcome();
    updateControls();
}

void CollectWidget::describeOutcome()
{
    const qint64 due = tickedOutstanding();
    const auto amount = Money::parse(m_ui->amount->text());
    if (!m_account || !amount || *amount <= 0) {
        m_ui->paymentOutcome->clear();
        return;
    }
    const int bills = int(tickedLines().size());
    if (*amount < due)
        m_ui->paymentOutcome->setText(tr("A part payment: %1 of the %n ticked bill(s) stays owed.", nullptr, bills)
                                          .arg(Money::text(due - *amount)));
    else if (*amount > due)
        m_ui->paymentOutcome->setText(
            bills > 0 ? tr("Settles the %n ticked bill(s); %1 is kept as prepaid for the next bills.", nullptr, bills)
                            .arg(Money::text(*amount - due))
                      : tr("All of it is kept as prepaid for the next bills."));
    else
        m_ui->paymentOutcome->setText(tr("Settles the %n ticked bill(s) in full.", nullptr, bills));
}

void CollectWidget::updateControls()
{
    const bool may = m_session && m_session->may(Permission::CollectFees);
    const QString why = m_session && !may ? Roles::refusal(m_session->user.role, Permission::CollectFees) : QString();
    m_ui->paymentGroup->setEnabled(may && m_account.has_value());
    m_ui->paymentGroup->setToolTip(!why.isEmpty()           ? why
                                   : !m_account.has_value() ? tr("Choose the unit first: its open bills show here.")
                                                            : QString());
    const bool cash = PaymentMethod(m_ui->method->currentData().toInt()) == PaymentMethod::Cash;
    m_ui->reference->setEnabled(!cash);
    m_ui->reference->setToolTip(cash ? tr("Cash has no transaction number.") : QString());
    const auto selected = selectedPayment();
    m_ui->reprintReceipt->setEnabled(selected.has_value());
    m_ui->reversePayment->setEnabled(may && selected && !selected->reversed);
    m_ui->reversePayment->setToolTip(why);
    const bool mayBill = m_session && m_session->may(Permission::BillFees);
    m_ui->chargeOneOff->setEnabled(mayBill && m_account.has_value());
    m_ui->chargeOneOff->setToolTip(m_session && !mayBill    ? Roles::refusal(m_session->user.role, Permission::BillFees)
                                   : !m_account.has_value() ? tr("Choose the unit first.")
                                                            : QString());
    const bool mayView = m_session && m_session->may(Permission::ViewFeeAccounts);
    m_ui->lateFees->setEnabled(mayView && m_account.has_value());
    m_ui->lateFees->setToolTip(m_account.has_value() ? QString() : tr("Choose the unit first."));
    const int line = m_ui->openLines->currentIndex().row();
    const bool picked = m_account && line >= 0 && line < m_account->open.size();
    m_ui->reverseLine->setEnabled(mayBill && picked);
    m_ui->reverseLine->setToolTip(m_session && !mayBill ? Roles::refusal(m_session->user.role, Permission::BillFees)
                                  : !picked             ? tr("Select the bill in the list first.")
                                                        : QString());
}

void CollectWidget::setLineTicked(int row, bool ticked)
{
    if (QStandardItem* item = m_lines->item(row, 0))
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void CollectWidget::setAmount(const QString& text)
{
    m_ui->amount->setText(text);
}

void CollectWidget::setMethod(PaymentMethod method, const QString& reference)
{
    m_ui->method->setCurrentIndex(m_ui->method->findData(int(method)));
    m_ui->reference->setText(reference);
}

void CollectWidget::selectPayment(int row)
{
    m_ui->paymentsTable->setCurrentIndex(m_payments->index(row, 0));
}

std::optional<Payment> CollectWidget::selectedPayment() const
{
    const QModelIndex current = m_ui->paymentsTable->currentIndex();
    if (!current.isValid() || current.row() >= m_paymentRows.size())
        return std::nullopt;
    return m_paymentRows.at(current.row());
}

bool CollectWidget::takePayment()
{
    if (!m_session || !m_account)
        return false;
    m_errors.clear();
    const auto amount = Money::parse(m_ui->amount->text());
    if (!amount) {
        m_errors.show(Error{u"fees.amount"_s, tr("Write the amount in yuan with at most two decimals, e.g. 220.02."),
                            u"amount"_s});
        return false;
    }
    PaymentRequest r;
    r.unitId = m_account->unitId;
    r.lineIds = tickedLines();
    r.amountFen = *amount;
    r.method = PaymentMethod(m_ui->method->currentData().toInt());
    r.reference = m_ui->reference->text();
    r.payer = m_ui->payer->text();
    auto taken = m_service.pay(*m_session, r);
    if (!taken) {
        m_errors.show(taken.error());
        return false;
    }
    const Payment p = taken.value();
    m_ui->reference->clear();
    m_ui->payer->clear();
    loadAccount();
    say(tr("Receipt %1: %2 taken by %3.").arg(p.receiptNo, Money::text(p.amountFen), FeeTerms::displayName(p.method)));
    saveReceipt(p);
    emit paid(p);
    return true;
}

bool CollectWidget::saveReceipt(const Payment& payment)
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/%1.pdf"_s.arg(payment.receiptNo);
    const QString path =
        Ask::saveFileName(this, tr("Save receipt %1 as PDF").arg(payment.receiptNo), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Status written = ReceiptPrinter::writePdf(m_siteName, payment, path);
    const QString before = m_ui->collectMessage->text();
    say((before.isEmpty() ? QString() : before + u' ') +
        (written ? tr("Receipt saved to %1.").arg(path) : written.error().message));
    return written.ok();
}

bool CollectWidget::reprintSelected()
{
    const auto selected = selectedPayment();
    if (!m_session || !selected)
        return false;
    auto fresh = m_service.payment(*m_session, selected->id);
    if (!fresh) {
        say(fresh.error().message);
        return false;
    }
    say({});
    return saveReceipt(fresh.value());
}

bool CollectWidget::reverseSelected()
{
    const auto selected = selectedPayment();
    if (!m_session || !selected)
        return false;
    ReversalDialog dialog(m_accounts, m_service, *m_session, *selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Payment p = dialog.result();
    loadAccount();
    say(tr("Receipt %1 is taken back (approved by %2); its bills are open again.")
            .arg(p.receiptNo, p.reversalApprovedBy));
    return true;
}

bool CollectWidget::chargeOneOff()
{
    if (!m_session || !m_account)
        return false;
    OneOffChargeDialog dialog(m_charges, m_oneOff, m_clock, *m_session, m_account->unitId, m_account->unitCode, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const BillLine l = dialog.result();
    loadAccount();
    say(tr("%1 (%2) is billed to %3, due %4.")
            .arg(FeeTerms::label(l), Money::text(l.amountFen), l.unitCode, DateTimeText::date(l.dueDay)));
    return true;
}

bool CollectWidget::showLateFees()
{
    if (!m_session || !m_account)
        return false;
    LateFeeDialog dialog(m_lateFees, m_charges, *m_session, m_account->unitId, m_account->unitCode, this);
    const bool charged = dialog.exec() == QDialog::Accepted;
    loadAccount();
    if (charged)
        say(tr("The late fees are billed to %1, due today.").arg(m_account ? m_account->unitCode : QString()));
    return charged;
}

bool CollectWidget::reverseCurrentLine()
{
    const int row = m_ui->openLines->currentIndex().row();
    if (!m_session || !m_account || row < 0 || row >= m_account->open.size())
        return false;
    const BillLine line = m_account->open.at(row).line;
    ReversalDialog dialog(
        m_accounts,
        tr("%1 of %2 for unit %3, due %4. The bill stays on record; the unit owes it no more, and the month's run "
           "may bill it again.")
            .arg(FeeTerms::label(line), Money::text(line.amountFen), m_account->unitCode,
                 DateTimeText::date(line.dueDay)),
        tr("Say why the bill is taken back."),
        [this, id = line.id](const Session& approver, const QString& reason) -> Status {
            auto reversed = m_billing.reverseLine(*m_session, approver, id, reason);
            return reversed ? Status{} : Status{reversed.error()};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    loadAccount();
    say(tr("%1 (%2) is taken back; the unit owes it no more.").arg(FeeTerms::label(line), Money::text(line.amountFen)));
    return true;
}

} // namespace fd
