#include "modules/repairs/DispatchDialog.h"

#include "modules/repairs/RepairDisplay.h"
#include "modules/repairs/RepairService.h"

#include "ui_DispatchDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace fd {

DispatchDialog::DispatchDialog(RepairService& repairs, const Session& who, const Ticket& ticket,
                               const QString& unitCode, Mode mode, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_DispatchDialog>()), m_repairs(repairs), m_who(who), m_ticket(ticket),
      m_mode(mode)
{
    m_ui->setupUi(this);
    setObjectName(u"dispatchDialog"_s);
    setWindowTitle(mode == Mode::Dispatch ? tr("Dispatch %1").arg(ticket.number)
                                          : tr("Second dispatch of %1").arg(ticket.number));
    m_ui->ticketSummary->setText(
        tr("%1 · %2 · %3\n%4").arg(ticket.number, unitCode, ticket.personName, ticket.description));

    if (mode == Mode::SecondDispatch) { // R-RP-4, R-CB-2: the callback comes first, in the customer's words
        m_errors.bind(u"note"_s, m_ui->callbackNote, m_ui->noteError);
    } else { // a first dispatch has no callback to record: the rows go, as if never built
        m_ui->form->removeRow(m_ui->noteError);
        m_ui->form->removeRow(m_ui->callbackNote);
        m_ui->noteError = nullptr;
        m_ui->callbackNote = nullptr;
        m_ui->callbackCaption = nullptr;
    }
    QComboBox* department = m_ui->department;
    // Shown by name in the screen's language, sent by key (Departments): one department, one queue.
    if (auto departments = repairs.departments())
        for (const Department& d : departments.value())
            department->addItem(Departments::displayName(d.key), d.key);
    if (const int at = department->findData(ticket.department); at >= 0)
        department->setCurrentIndex(at);
    else
        department->setCurrentText(ticket.department.isEmpty() ? department->itemText(0)
                                                               : Departments::displayName(ticket.department));
    m_errors.bind(u"department"_s, department, m_ui->departmentError);
    m_ui->category->addItems(RepairDisplay::categories());
    m_ui->category->setCurrentText(ticket.category);

    m_ui->feeQuantity->setRange(1, RepairService::kMaxQuantity);
    m_ui->feeLines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_errors.bind(u"items"_s, m_ui->feeLines, m_ui->itemsError);
    m_errors.bind(u"quantity"_s, nullptr, m_ui->quantityError);
    QFont big = m_ui->totalLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_ui->totalLabel->setFont(big);
    m_errors.setFallback(m_ui->formError);

    m_dispatch = m_ui->buttonBox->addButton(mode == Mode::Dispatch ? tr("Dispatc&h") : tr("Dispatc&h again"),
                                            QDialogButtonBox::AcceptRole);
    m_dispatch->setObjectName(u"dispatchButton"_s);
    m_dispatch->setDefault(true);

    // Issue 16: refused because another desk changed the ticket meanwhile: read it again, submit the same.
    m_reload = new ReloadAndApply(
        m_ui->reloadButton, ReloadAndApply::rereading(m_ticket, m_find), [this] { submit(); }, this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DispatchDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addFee, &QPushButton::clicked, this,
            [this] { addItem(m_ui->feeChoice->currentData().toLongLong(), m_ui->feeQuantity->value()); });
    connect(m_ui->paid, &QCheckBox::toggled, this, [this](bool paid) {
        for (QWidget* w : {static_cast<QWidget*>(m_ui->feeChoice), static_cast<QWidget*>(m_ui->feeQuantity),
                           static_cast<QWidget*>(m_ui->addFee), static_cast<QWidget*>(m_ui->feeLines)})
            w->setEnabled(paid);
        updateTotal();
    });
    loadFees();
    m_ui->paid->toggled(false);
    resize(560, sizeHint().height());
}

DispatchDialog::~DispatchDialog() = default;

void DispatchDialog::setReload(std::function<Result<Ticket>(qint64)> find)
{
    m_find = std::move(find);
}

void DispatchDialog::loadFees()
{
    auto fees = m_repairs.feeItems();
    if (!fees) {
        m_errors.show(fees.error());
        return;
    }
    for (const FeeItem& f : fees.value())
        m_ui->feeChoice->addItem(u"%1 %2 (%3/%4)"_s.arg(f.code, f.name, RepairDisplay::money(f.priceFen), f.unit),
                                 f.id);
}

void DispatchDialog::addItem(qint64 feeItemId, int quantity)
{
    if (feeItemId == 0)
        return;
    if (!m_ui->paid->isChecked())
        m_ui->paid->setChecked(true);
    for (QuoteRequest& line : m_lines)
        if (line.feeItemId == feeItemId) {
            line.quantity += quantity;
            rebuildLines();
            return;
        }
    m_lines.append({feeItemId, quantity});
    rebuildLines();
}

void DispatchDialog::rebuildLines()
{
    auto priced = m_repairs.quote(m_lines);
    m_ui->feeLines->setRowCount(0);
    if (priced) {
        for (const QuotedLine& l : priced.value().lines) {
            const int row = m_ui->feeLines->rowCount();
            m_ui->feeLines->insertRow(row);
            m_ui->feeLines->setItem(row, 0, new QTableWidgetItem(u"%1 %2"_s.arg(l.code, l.name)));
            m_ui->feeLines->setItem(row, 1,
                                    new QTableWidgetItem(u"%1/%2"_s.arg(RepairDisplay::money(l.priceFen), l.unit)));
            auto* qty = new QSpinBox(m_ui->feeLines);
            qty->setObjectName(u"lineQuantity%1"_s.arg(row));
            qty->setRange(0, RepairService::kMaxQuantity); // 0 is refused by the service, next to the field
            qty->setValue(l.quantity);
            connect(qty, &QSpinBox::valueChanged, this, [this, row](int value) {
                m_lines[row].quantity = value;
                updateTotal();
            });
            m_ui->feeLines->setCellWidget(row, 2, qty);
            m_ui->feeLines->setItem(row, 3, new QTableWidgetItem(RepairDisplay::money(l.amountFen)));
        }
    }
    updateTotal();
}

void DispatchDialog::updateTotal()
{
    m_errors.clear();
    if (!m_ui->paid->isChecked()) {
        m_totalFen = 0;
        m_ui->totalLabel->setText(tr("Free of charge"));
        return;
    }
    auto priced = m_repairs.quote(m_lines); // R-RP-1: the total is shown before dispatch
    if (!priced) {
        m_ui->totalLabel->setText(tr("—"));
        m_errors.show(priced.error());
        return;
    }
    m_totalFen = priced.value().totalFen;
    for (int row = 0; row < priced.value().lines.size() && row < m_ui->feeLines->rowCount(); ++row)
        if (QTableWidgetItem* amount = m_ui->feeLines->item(row, 3))
            amount->setText(RepairDisplay::money(priced.value().lines.at(row).amountFen));
    m_ui->totalLabel->setText(RepairDisplay::money(m_totalFen));
}

DispatchRequest DispatchDialog::request() const
{
    DispatchRequest r;
    // A department chosen from the list goes by its key; one typed freely by what was typed.
    const int chosen = m_ui->department->findText(m_ui->department->currentText());
    r.department = chosen >= 0 ? m_ui->department->itemData(chosen).toString() : m_ui->department->currentText();
    r.technician = m_ui->technician->text();
    r.category = m_ui->category->currentText();
    r.paid = m_ui->paid->isChecked();
    if (r.paid)
        r.items = m_lines;
    r.note = m_ui->dispatchNote->text();
    return r;
}

void DispatchDialog::submit()
{
    m_errors.clear();
    auto done = m_mode == Mode::Dispatch
                    ? m_repairs.dispatch(m_who, m_ticket, request())
                    : m_repairs.secondDispatch(m_who, m_ticket, m_ui->callbackNote->toPlainText(), request());
    if (!done) {
        m_errors.show(done.error());
        m_reload->offer(done.error());
        return;
    }
    m_result = done.value();
    accept();
}

} // namespace fd
