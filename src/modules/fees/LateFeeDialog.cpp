#include "modules/fees/LateFeeDialog.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ChargeService.h"
#include "modules/fees/FeeTerms.h"
#include "modules/fees/LateFeeService.h"

#include "ui_LateFeeDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace fd {

LateFeeDialog::LateFeeDialog(LateFeeService& lateFees, ChargeService& charges, const Session& who, qint64 unitId,
                             const QString& unitCode, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_LateFeeDialog>()), m_lateFees(lateFees), m_who(who), m_unitId(unitId),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"lateFeeDialog"_s);
    m_ui->lateFeeWhat->setText(tr("Late fees of unit %1 to today, per bill unpaid past its due day, at the site's "
                                  "rate on what it still owes.")
                                   .arg(unitCode));
    m_model->setHorizontalHeaderLabels(
        {tr("Item"), tr("Period"), tr("Due"), tr("Owed"), tr("Counted after"), tr("Days"), tr("Late fee")});
    m_ui->lateFees->setModel(m_model);
    m_ui->lateFees->verticalHeader()->hide();
    m_ui->lateFees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->lateFees->horizontalHeader()->setStretchLastSection(true);
    if (auto items = charges.items(); items)
        for (const ChargeItem& i : std::as_const(items.value()))
            if (i.basis == ChargeBasis::OneOff)
                m_ui->lateFeeItem->addItem(i.name, i.id);
    // The item the site charged its last late fees as comes first.
    if (const int last = m_ui->lateFeeItem->findData(lateFees.lastItemId()); last >= 0)
        m_ui->lateFeeItem->setCurrentIndex(last);
    m_errors.bind(u"item"_s, m_ui->lateFeeItem, m_ui->lateFeeItemError);
    m_errors.bind(u"reason"_s, m_ui->waiveReason, m_ui->waiveReasonError);
    m_errors.bind(u"late_fees"_s, m_ui->lateFees, m_ui->lateFeesError);
    m_errors.setFallback(m_ui->lateFeeError);
    QPushButton* charge = m_ui->lateFeeButtons->button(QDialogButtonBox::Ok);
    charge->setText(tr("&Charge them"));
    connect(charge, &QPushButton::clicked, this, &LateFeeDialog::chargeAll);
    connect(m_ui->lateFeeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->waiveSelected, &QPushButton::clicked, this, &LateFeeDialog::waiveSelected);
    load();
}

LateFeeDialog::~LateFeeDialog() = default;

void LateFeeDialog::load()
{
    m_model->removeRows(0, m_model->rowCount());
    auto fees = m_lateFees.accrued(m_who, m_unitId);
    m_fees = fees ? fees.value() : QList<LateFee>{};
    if (!fees)
        m_errors.show(fees.error());
    qint64 total = 0;
    for (const LateFee& f : std::as_const(m_fees)) {
        total += f.feeFen;
        QList<QStandardItem*> row;
        for (const QString& text : {FeeTerms::label(f.line.line), f.line.line.period,
                                    DateTimeText::date(f.line.line.dueDay), Money::text(f.line.outstandingFen()),
                                    DateTimeText::date(f.from), QString::number(f.days), Money::text(f.feeFen)})
            row << new QStandardItem(text);
        m_model->appendRow(row);
    }
    m_ui->lateFees->resizeColumnsToContents();
    m_ui->lateFeeTotal->setText(m_fees.isEmpty() ? tr("No late fee today (the site may charge none).")
                                                 : tr("Late fees in all: %1.").arg(Money::text(total)));
    updateControls();
}

void LateFeeDialog::updateControls()
{
    const bool mayBill = m_who.may(Permission::BillFees);
    QPushButton* charge = m_ui->lateFeeButtons->button(QDialogButtonBox::Ok);
    charge->setEnabled(mayBill && !m_fees.isEmpty() && m_ui->lateFeeItem->count() > 0);
    charge->setToolTip(!mayBill ? Roles::refusal(m_who.user.role, Permission::BillFees)
                       : m_ui->lateFeeItem->count() == 0
                           ? tr("No item is charged one at a time yet: a manager sets one up under Charge items, "
                                "e.g. 滞纳金.")
                           : QString());
    const bool mayWaive = m_who.may(Permission::ApproveFeeReversals);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->waiveReason), static_cast<QWidget*>(m_ui->waiveSelected)}) {
        w->setEnabled(mayWaive && !m_fees.isEmpty());
        w->setToolTip(mayWaive ? QString() : Roles::refusal(m_who.user.role, Permission::ApproveFeeReversals));
    }
}

void LateFeeDialog::selectRow(int row)
{
    m_ui->lateFees->selectRow(row);
}

void LateFeeDialog::setReason(const QString& reason)
{
    m_ui->waiveReason->setText(reason);
}

bool LateFeeDialog::chargeAll()
{
    m_errors.clear();
    qint64 total = 0;
    for (const LateFee& f : std::as_const(m_fees))
        total += f.feeFen;
    auto run = m_lateFees.charge(m_who, m_unitId, m_ui->lateFeeItem->currentData().toLongLong(), total);
    if (!run) {
        m_errors.show(run.error());
        return false;
    }
    accept();
    return true;
}

bool LateFeeDialog::waiveSelected()
{
    m_errors.clear();
    const QModelIndex current = m_ui->lateFees->currentIndex();
    if (!current.isValid() || current.row() >= m_fees.size()) {
        m_errors.show(Error{u"fees.no_late_fee"_s, tr("Select the bill whose late fee is waived."), u"late_fees"_s});
        return false;
    }
    if (Status s = m_lateFees.waive(m_who, m_fees.at(current.row()).line.line.id, m_ui->waiveReason->text()); !s) {
        m_errors.show(s.error());
        return false;
    }
    m_ui->waiveReason->clear();
    load();
    return true;
}

} // namespace fd
