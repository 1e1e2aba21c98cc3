#include "modules/renovations/RenovationAcceptanceTab.h"

#include "ui_RenovationAcceptanceTab.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/FeeTerms.h"
#include "modules/renovations/RenovationService.h"
#include "modules/renovations/RenovationTerms.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

RenovationAcceptanceTab::RenovationAcceptanceTab(RenovationService& renovations, const Clock& clock, QWidget* parent)
    : RenovationTab(renovations, parent), m_ui(std::make_unique<Ui_RenovationAcceptanceTab>()), m_clock(clock)
{
    m_ui->setupUi(this);
    for (PaymentMethod m : FeeTerms::methods())
        m_ui->refundMethod->addItem(FeeTerms::displayName(m), static_cast<int>(m));
    m_errors.bind(u"rectification"_s, m_ui->rectification, m_ui->acceptanceError);
    m_errors.bind(u"problems"_s, m_ui->requestNote, m_ui->acceptanceError);
    m_errors.bind(u"acceptance"_s, m_ui->acceptanceTable, m_ui->acceptanceError);
    m_errors.bind(u"amount"_s, m_ui->refundAmount, m_ui->refundAmountError);
    m_errors.bind(u"day"_s, m_ui->refundAmount, m_ui->refundError);
    m_errors.bind(u"reference"_s, m_ui->refundReference, m_ui->refundReferenceError);
    m_errors.bind(u"payee"_s, m_ui->refundPayee, m_ui->refundPayeeError);
    m_errors.setFallback(m_ui->acceptanceError);
    m_deductionErrors.bind(u"amount"_s, m_ui->deductAmount, m_ui->deductionError);
    m_deductionErrors.bind(u"description"_s, m_ui->deductDescription, m_ui->deductionError);
    m_deductionErrors.setFallback(m_ui->deductionError);
    connect(m_ui->requestAcceptance, &QPushButton::clicked, this, &RenovationAcceptanceTab::requestAcceptance);
    connect(m_ui->passAcceptance, &QPushButton::clicked, this, &RenovationAcceptanceTab::passAcceptance);
    connect(m_ui->failAcceptance, &QPushButton::clicked, this, &RenovationAcceptanceTab::failAcceptance);
    connect(m_ui->deduct, &QPushButton::clicked, this, &RenovationAcceptanceTab::deduct);
    connect(m_ui->refund, &QPushButton::clicked, this, &RenovationAcceptanceTab::refund);
    connect(m_ui->printRefund, &QPushButton::clicked, this, [this] {
        const int row = m_ui->refundTable->currentRow();
        if (row >= 0 && row < m_refunds.size())
            emit printRequested(m_refunds[row]);
    });
}

RenovationAcceptanceTab::~RenovationAcceptanceTab() = default;

void RenovationAcceptanceTab::fill()
{
    const Renovation& r = *m_renovation;
    QList<QStringList> rows;
    for (const RenovationAcceptance& a : r.acceptances) {
        QString answer = RenovationTerms::displayName(a.decision);
        if (a.decidedMs != 0)
            answer += u" · %1 %2"_s.arg(a.decidedBy, DateTimeText::date(a.decidedMs));
        rows << QStringList{QString::number(a.round), u"%1 %2"_s.arg(DateTimeText::date(a.requestedMs), a.requestedBy),
                            a.requestNote, answer, a.rectification};
    }
    setRows(m_ui->acceptanceTable, {tr("Round"), tr("Asked for"), tr("Note"), tr("Answer"), tr("To put right")}, rows);

    QList<DepositDeduction> deductions;
    m_refunds.clear();
    qint64 held = 0;
    if (m_session) {
        if (auto d = m_renovations.deductions(*m_session, r.id))
            deductions = d.value();
        if (auto f = m_renovations.refunds(*m_session, r.id))
            m_refunds = f.value();
        if (auto lines = m_renovations.depositLines(*m_session, r.id))
            for (const DepositLine& l : lines.value())
                held += l.heldFen();
    }
    rows.clear();
    for (const DepositDeduction& d : deductions)
        rows << QStringList{DateTimeText::date(d.createdMs), d.description, Money::text(d.amountFen), d.createdBy};
    setRows(m_ui->deductionTable, {tr("Day"), tr("Damage"), tr("Amount"), tr("Recorded by")}, rows);
    rows.clear();
    for (const DepositRefund& f : m_refunds) {
        QString how = FeeTerms::displayName(f.method);
        if (!f.reference.isEmpty())
            how += u" " + f.reference;
        rows << QStringList{f.receiptNo, DateTimeText::date(f.paidMs), Money::text(f.amountFen), how, f.payee,
                            f.paidBy};
    }
    setRows(m_ui->refundTable, {tr("Receipt"), tr("Day"), tr("Amount"), tr("Paid by"), tr("Payee"), tr("Cashier")},
            rows);
    if (!m_refunds.isEmpty())
        m_ui->refundTable->selectRow(int(m_refunds.size()) - 1);

    QString due;
    if (r.refundDueDay)
        due = tr("Accepted %1. The deposit holds %2; its refund is due %3.")
                  .arg(DateTimeText::date(*r.acceptedDay), Money::text(held), DateTimeText::date(*r.refundDueDay));
    else if (r.depositLineId != 0)
        due = tr("The deposit holds %1; it is refunded after the acceptance.").arg(Money::text(held));
    m_ui->refundDue->setText(due);

    const bool working = r.stage == RenovationStage::Working;
    const bool asked = r.stage == RenovationStage::Acceptance;
    allow(m_ui->requestNote, Permission::WorkTheDesk, working, notNow());
    allow(m_ui->requestAcceptance, Permission::WorkTheDesk, working, notNow());
    allow(m_ui->rectification, Permission::ReviewRenovations, asked, tr("Nobody has asked for acceptance yet."));
    allow(m_ui->passAcceptance, Permission::ReviewRenovations, asked, tr("Nobody has asked for acceptance yet."));
    allow(m_ui->failAcceptance, Permission::ReviewRenovations, asked, tr("Nobody has asked for acceptance yet."));
    const bool deducting = (working || asked || r.stage == RenovationStage::Accepted) && held > 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->deductAmount, m_ui->deductDescription, m_ui->deduct})
        allow(w, Permission::ReviewRenovations, deducting, notNow());
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    const bool refundable = r.stage == RenovationStage::Accepted && r.refundDueDay && today >= *r.refundDueDay;
    const QString notDue = r.refundDueDay ? tr("Due %1.").arg(DateTimeText::date(*r.refundDueDay)) : notNow();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->refundAmount, m_ui->refundMethod, m_ui->refundReference,
                                                      m_ui->refundPayee, m_ui->refund})
        allow(w, Permission::CollectFees, refundable, notDue);
    if (refundable && (m_fresh || m_ui->refundAmount->text().isEmpty())) {
        m_ui->refundAmount->setText(Money::plain(held));
        m_ui->refundPayee->setText(r.ownerName);
    }
    m_ui->printRefund->setEnabled(!m_refunds.isEmpty());
    m_ui->printRefund->setToolTip(m_refunds.isEmpty() ? tr("No refund paid yet.") : QString());
}

bool RenovationAcceptanceTab::requestAcceptance()
{
    if (!ready())
        return false;
    const bool ok = done(m_renovations.requestAcceptance(*m_session, m_renovation->id, m_ui->requestNote->text()));
    if (ok)
        m_ui->requestNote->clear();
    return ok;
}

bool RenovationAcceptanceTab::passAcceptance()
{
    return ready() && done(m_renovations.passAcceptance(*m_session, m_renovation->id));
}

bool RenovationAcceptanceTab::failAcceptance()
{
    if (!ready())
        return false;
    const bool ok = done(m_renovations.failAcceptance(*m_session, m_renovation->id, m_ui->rectification->text()));
    if (ok)
        m_ui->rectification->clear();
    return ok;
}

bool RenovationAcceptanceTab::deduct()
{
    if (!ready())
        return false;
    // Its own errors: the deduction's amount is not the refund's.
    const auto amount = Money::parse(m_ui->deductAmount->text());
    if (!amount) {
        m_deductionErrors.show(
            Error{u"renovation.amount"_s, tr("Write the amount in yuan, e.g. 300 or 120.50."), u"amount"_s});
        return false;
    }
    auto deducted = m_renovations.deduct(*m_session, m_renovation->id, *amount, m_ui->deductDescription->text());
    if (!deducted) {
        m_deductionErrors.show(deducted.error());
        return false;
    }
    m_deductionErrors.clear();
    m_ui->deductAmount->clear();
    m_ui->deductDescription->clear();
    return done(deducted);
}

bool RenovationAcceptanceTab::refund()
{
    if (!ready())
        return false;
    const auto amount = Money::parse(m_ui->refundAmount->text());
    if (!amount) {
        m_errors.show(
            Error{u"renovation.amount"_s, tr("Write the amount in yuan, e.g. 5000 or 4700.00."), u"amount"_s});
        return false;
    }
    RefundToPay pay;
    pay.amountFen = *amount;
    pay.method = static_cast<PaymentMethod>(m_ui->refundMethod->currentData().toInt());
    pay.reference = m_ui->refundReference->text();
    pay.payee = m_ui->refundPayee->text();
    auto paid = m_renovations.refund(*m_session, m_renovation->id, pay);
    if (!done(paid))
        return false;
    m_ui->refundReference->clear();
    emit printRequested(paid.value());
    return true;
}

} // namespace fd
