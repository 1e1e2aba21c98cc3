#include "modules/fees/OneOffChargeDialog.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/OneOffChargeService.h"

#include "ui_OneOffChargeDialog.h"

#include <QDateTime>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

OneOffChargeDialog::OneOffChargeDialog(ChargeService& charges, OneOffChargeService& oneOff, const Clock& clock,
                                       const Session& who, qint64 unitId, const QString& unitCode, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_OneOffChargeDialog>()), m_oneOff(oneOff), m_clock(clock), m_who(who),
      m_unitId(unitId)
{
    m_ui->setupUi(this);
    setObjectName(u"oneOffChargeDialog"_s);
    m_ui->oneOffWhat->setText(tr("A charge for unit %1 with its own amount. It goes on the unit's bills at once; "
                                 "finance checks it like any billing run.")
                                  .arg(unitCode));
    if (auto items = charges.items(); items) {
        for (const ChargeItem& i : std::as_const(items.value()))
            if (FeeTerms::oneAtATime(i.basis)) {
                m_items << i;
                // A deposit is held for the unit, not income: the list says which is which.
                m_ui->oneOffItem->addItem(
                    i.basis == ChargeBasis::Deposit ? tr("%1 (deposit, held)").arg(i.name) : i.name, i.id);
            }
    }
    m_errors.bind(u"item"_s, m_ui->oneOffItem, m_ui->oneOffItemError);
    m_errors.bind(u"note"_s, m_ui->oneOffNote, m_ui->oneOffNoteError);
    m_errors.bind(u"amount"_s, m_ui->oneOffAmount, m_ui->oneOffAmountError);
    m_errors.setFallback(m_ui->oneOffError);
    if (m_items.isEmpty())
        m_errors.show(Error{u"fees.no_one_off_item"_s,
                            tr("No item is charged one at a time yet: a manager sets one up under Charge items "
                               "(basis: one charge at a time)."),
                            u"item"_s});
    m_ui->oneOffButtons->button(QDialogButtonBox::Ok)->setText(tr("&Bill it"));
    connect(m_ui->oneOffButtons, &QDialogButtonBox::accepted, this, &OneOffChargeDialog::submit);
    connect(m_ui->oneOffButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->oneOffItem, &QComboBox::currentIndexChanged, this, &OneOffChargeDialog::describeDue);
    connect(m_ui->onTheSpot, &QCheckBox::toggled, this, &OneOffChargeDialog::describeDue);
    describeDue();
}

OneOffChargeDialog::~OneOffChargeDialog() = default;

void OneOffChargeDialog::fill(const QString& note, const QString& amount, bool onTheSpot)
{
    m_ui->oneOffNote->setText(note);
    m_ui->oneOffAmount->setText(amount);
    m_ui->onTheSpot->setChecked(onTheSpot);
}

void OneOffChargeDialog::describeDue()
{
    const int row = m_ui->oneOffItem->currentIndex();
    if (row < 0 || row >= m_items.size()) {
        m_ui->oneOffDue->clear();
        return;
    }
    // The day OneOffChargeService will set (R-FE-4), said before it is billed.
    const QDate due = OneOffChargeService::dueDay(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date(),
                                                  m_items.at(row), m_ui->onTheSpot->isChecked());
    m_ui->oneOffDue->setText(tr("Due on %1.").arg(DateTimeText::date(due)));
}

bool OneOffChargeDialog::submit()
{
    m_errors.clear();
    const auto amount = Money::parse(m_ui->oneOffAmount->text());
    if (!amount) {
        m_errors.show(Error{u"fees.amount"_s, tr("Write the amount in yuan with at most two decimals, e.g. 35.50."),
                            u"amount"_s});
        return false;
    }
    OneOffCharge c;
    c.unitId = m_unitId;
    c.itemId = m_ui->oneOffItem->currentData().toLongLong();
    c.amountFen = *amount;
    c.note = m_ui->oneOffNote->text();
    c.onTheSpot = m_ui->onTheSpot->isChecked();
    auto billed = m_oneOff.charge(m_who, c);
    if (!billed) {
        m_errors.show(billed.error());
        return false;
    }
    m_result = billed.value();
    accept();
    return true;
}

} // namespace fd
