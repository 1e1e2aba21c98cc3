#include "modules/repairs/DispatchDialog.h"

#include "modules/repairs/RepairDisplay.h"
#include "modules/repairs/RepairService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

DispatchDialog::DispatchDialog(RepairService& repairs, const Session& who, const Ticket& ticket,
                               const QString& unitCode, Mode mode, QWidget* parent)
    : QDialog(parent), m_repairs(repairs), m_who(who), m_ticket(ticket), m_mode(mode)
{
    setObjectName(u"dispatchDialog"_s);
    setWindowTitle(mode == Mode::Dispatch ? tr("Dispatch %1").arg(ticket.number)
                                          : tr("Second dispatch of %1").arg(ticket.number));
    auto* layout = new QVBoxLayout(this);
    auto* summary =
        new QLabel(tr("%1 · %2 · %3\n%4").arg(ticket.number, unitCode, ticket.personName, ticket.description), this);
    summary->setObjectName(u"ticketSummary"_s);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    layout->addWidget(summary);

    auto* form = new QFormLayout;
    layout->addLayout(form);
    if (mode == Mode::SecondDispatch) { // R-RP-4, R-CB-2: the callback comes first, in the customer's words
        m_callbackNote = new QPlainTextEdit(this);
        m_callbackNote->setObjectName(u"callbackNote"_s);
        m_callbackNote->setPlaceholderText(tr("What the customer said on the callback"));
        m_callbackNote->setTabChangesFocus(true);
        m_callbackNote->setMaximumHeight(70);
        form->addRow(tr("Callback (not satisfied)"), m_callbackNote);
        form->addRow(QString(), m_errors.add(u"note"_s, m_callbackNote, u"noteError"_s, this));
    }
    m_department = new QComboBox(this);
    m_department->setObjectName(u"department"_s);
    m_department->setEditable(true);
    // Shown by name in the screen's language, sent by key (Departments): one department, one queue.
    if (auto departments = repairs.departments())
        for (const Department& d : departments.value())
            m_department->addItem(Departments::displayName(d.key), d.key);
    if (const int at = m_department->findData(ticket.department); at >= 0)
        m_department->setCurrentIndex(at);
    else
        m_department->setCurrentText(ticket.department.isEmpty() ? m_department->itemText(0)
                                                                 : Departments::displayName(ticket.department));
    form->addRow(tr("&Department"), m_department);
    form->addRow(QString(), m_errors.add(u"department"_s, m_department, u"departmentError"_s, this));
    m_technician = new QLineEdit(this);
    m_technician->setObjectName(u"technician"_s);
    m_technician->setPlaceholderText(tr("Who goes (optional)"));
    form->addRow(tr("&Technician"), m_technician);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"category"_s);
    m_category->setEditable(true);
    m_category->addItems(RepairDisplay::categories());
    m_category->setCurrentText(ticket.category);
    form->addRow(tr("&Category"), m_category);
    m_paid = new QCheckBox(tr("&Paid service (priced from the fee schedule)"), this);
    m_paid->setObjectName(u"paid"_s);
    form->addRow(QString(), m_paid);

    auto* pick = new QHBoxLayout;
    m_feeChoice = new QComboBox(this);
    m_feeChoice->setObjectName(u"feeChoice"_s);
    m_feeQuantity = new QSpinBox(this);
    m_feeQuantity->setObjectName(u"feeQuantity"_s);
    m_feeQuantity->setRange(1, RepairService::kMaxQuantity);
    m_addFee = new QPushButton(tr("&Add"), this);
    m_addFee->setObjectName(u"addFee"_s);
    pick->addWidget(m_feeChoice, 1);
    pick->addWidget(m_feeQuantity);
    pick->addWidget(m_addFee);
    form->addRow(tr("Fee item"), pick);
    m_feeLines = new QTableWidget(0, 4, this);
    m_feeLines->setObjectName(u"feeLines"_s);
    m_feeLines->setHorizontalHeaderLabels({tr("Item"), tr("Unit price"), tr("Quantity"), tr("Amount")});
    m_feeLines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_feeLines->verticalHeader()->hide();
    m_feeLines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feeLines->setMinimumHeight(110);
    form->addRow(m_feeLines);
    form->addRow(QString(), m_errors.add(u"items"_s, m_feeLines, u"itemsError"_s, this));
    form->addRow(QString(), m_errors.add(u"quantity"_s, nullptr, u"quantityError"_s, this));
    m_total = new QLabel(this);
    m_total->setObjectName(u"totalLabel"_s);
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_total->setFont(big);
    form->addRow(tr("Total"), m_total);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"dispatchNote"_s);
    form->addRow(tr("&Note"), m_note);
    layout->addWidget(m_errors.add(QString(), nullptr, u"formError"_s, this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_dispatch = buttons->addButton(mode == Mode::Dispatch ? tr("Dispatc&h") : tr("Dispatc&h again"),
                                    QDialogButtonBox::AcceptRole);
    m_dispatch->setObjectName(u"dispatchButton"_s);
    m_dispatch->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &DispatchDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addFee, &QPushButton::clicked, this,
            [this] { addItem(m_feeChoice->currentData().toLongLong(), m_feeQuantity->value()); });
    connect(m_paid, &QCheckBox::toggled, this, [this](bool paid) {
        for (QWidget* w : {static_cast<QWidget*>(m_feeChoice), static_cast<QWidget*>(m_feeQuantity),
                           static_cast<QWidget*>(m_addFee), static_cast<QWidget*>(m_feeLines)})
            w->setEnabled(paid);
        updateTotal();
    });
    loadFees();
    m_paid->toggled(false);
    resize(560, sizeHint().height());
}

void DispatchDialog::loadFees()
{
    auto fees = m_repairs.feeItems();
    if (!fees) {
        m_errors.show(fees.error());
        return;
    }
    for (const FeeItem& f : fees.value())
        m_feeChoice->addItem(u"%1 %2 (%3/%4)"_s.arg(f.code, f.name, RepairDisplay::money(f.priceFen), f.unit), f.id);
}

void DispatchDialog::addItem(qint64 feeItemId, int quantity)
{
    if (feeItemId == 0)
        return;
    if (!m_paid->isChecked())
        m_paid->setChecked(true);
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
    m_feeLines->setRowCount(0);
    if (priced) {
        for (const QuotedLine& l : priced.value().lines) {
            const int row = m_feeLines->rowCount();
            m_feeLines->insertRow(row);
            m_feeLines->setItem(row, 0, new QTableWidgetItem(u"%1 %2"_s.arg(l.code, l.name)));
            m_feeLines->setItem(row, 1, new QTableWidgetItem(u"%1/%2"_s.arg(RepairDisplay::money(l.priceFen), l.unit)));
            auto* qty = new QSpinBox(m_feeLines);
            qty->setObjectName(u"lineQuantity%1"_s.arg(row));
            qty->setRange(0, RepairService::kMaxQuantity); // 0 is refused by the service, next to the field
            qty->setValue(l.quantity);
            connect(qty, &QSpinBox::valueChanged, this, [this, row](int value) {
                m_lines[row].quantity = value;
                updateTotal();
            });
            m_feeLines->setCellWidget(row, 2, qty);
            m_feeLines->setItem(row, 3, new QTableWidgetItem(RepairDisplay::money(l.amountFen)));
        }
    }
    updateTotal();
}

void DispatchDialog::updateTotal()
{
    m_errors.clear();
    if (!m_paid->isChecked()) {
        m_totalFen = 0;
        m_total->setText(tr("Free of charge"));
        return;
    }
    auto priced = m_repairs.quote(m_lines); // R-RP-1: the total is shown before dispatch
    if (!priced) {
        m_total->setText(tr("—"));
        m_errors.show(priced.error());
        return;
    }
    m_totalFen = priced.value().totalFen;
    for (int row = 0; row < priced.value().lines.size() && row < m_feeLines->rowCount(); ++row)
        if (QTableWidgetItem* amount = m_feeLines->item(row, 3))
            amount->setText(RepairDisplay::money(priced.value().lines.at(row).amountFen));
    m_total->setText(RepairDisplay::money(m_totalFen));
}

DispatchRequest DispatchDialog::request() const
{
    DispatchRequest r;
    // A department chosen from the list goes by its key; one typed freely by what was typed.
    const int chosen = m_department->findText(m_department->currentText());
    r.department = chosen >= 0 ? m_department->itemData(chosen).toString() : m_department->currentText();
    r.technician = m_technician->text();
    r.category = m_category->currentText();
    r.paid = m_paid->isChecked();
    if (r.paid)
        r.items = m_lines;
    r.note = m_note->text();
    return r;
}

void DispatchDialog::submit()
{
    m_errors.clear();
    auto done = m_mode == Mode::Dispatch
                    ? m_repairs.dispatch(m_who, m_ticket, request())
                    : m_repairs.secondDispatch(m_who, m_ticket, m_callbackNote->toPlainText(), request());
    if (!done) {
        m_errors.show(done.error());
        return;
    }
    m_result = done.value();
    accept();
}

} // namespace fd
