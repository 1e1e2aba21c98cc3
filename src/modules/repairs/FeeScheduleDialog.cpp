#include "modules/repairs/FeeScheduleDialog.h"

#include "modules/repairs/RepairDisplay.h"
#include "modules/repairs/RepairService.h"
#include "widgets/ReloadAndApply.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

FeeScheduleDialog::FeeScheduleDialog(RepairService& repairs, const Session& who, QWidget* parent)
    : QDialog(parent), m_repairs(repairs), m_who(who)
{
    setObjectName(u"feeScheduleDialog"_s);
    setWindowTitle(tr("Fee schedule for paid services"));
    const bool mayEdit = who.may(Permission::EditFeeSchedule);
    auto* layout = new QHBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"feeTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Service"), tr("Price"), tr("Offered")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 3);

    auto* side = new QVBoxLayout;
    layout->addLayout(side, 2);
    auto* form = new QFormLayout;
    side->addLayout(form);
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"feeCode"_s);
    form->addRow(tr("&Code"), m_code);
    form->addRow(QString(), m_errors.add(u"code"_s, m_code, u"codeError"_s, this));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"feeName"_s);
    form->addRow(tr("&Service"), m_name);
    form->addRow(QString(), m_errors.add(u"name"_s, m_name, u"nameError"_s, this));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(u"feeUnit"_s);
    m_unit->setPlaceholderText(tr("e.g. each, per metre"));
    form->addRow(tr("&Per"), m_unit);
    m_price = new QLineEdit(this);
    m_price->setObjectName(u"feePrice"_s);
    m_price->setPlaceholderText(tr("Yuan, e.g. 35.50"));
    form->addRow(tr("P&rice (yuan)"), m_price);
    form->addRow(QString(), m_errors.add(u"price"_s, m_price, u"priceError"_s, this));
    m_active = new QCheckBox(tr("&Offered"), this);
    m_active->setObjectName(u"feeActive"_s);
    m_active->setChecked(true);
    form->addRow(QString(), m_active);
    side->addWidget(m_errors.add(QString(), nullptr, u"formError"_s, this));
    auto* newButton = new QPushButton(tr("&New item"), this);
    newButton->setObjectName(u"newFee"_s);
    m_save = new QPushButton(tr("S&ave"), this);
    m_save->setObjectName(u"saveFee"_s);
    auto* reloadButton = new QPushButton(tr("Re&load and apply again"), this);
    reloadButton->setObjectName(u"reloadButton"_s);
    m_reload = new ReloadAndApply(
        reloadButton,
        [this] {
            auto items = m_repairs.feeItems(true);
            if (!items)
                return false;
            for (const FeeItem& f : items.value())
                if (f.id == m_editing.id) {
                    m_editing = f; // the fields keep what was typed
                    return true;
                }
            return false;
        },
        [this] { save(); }, this);
    auto* row = new QHBoxLayout;
    row->addWidget(newButton);
    row->addWidget(m_save);
    row->addWidget(reloadButton);
    side->addLayout(row);
    side->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    side->addWidget(close);
    for (QWidget* w : {static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_unit),
                       static_cast<QWidget*>(m_price), static_cast<QWidget*>(m_active),
                       static_cast<QWidget*>(newButton), static_cast<QWidget*>(m_save)})
        w->setEnabled(mayEdit); // a courtesy: the service refuses other roles anyway

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &FeeScheduleDialog::newItem);
    connect(m_save, &QPushButton::clicked, this, &FeeScheduleDialog::save);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showItem(row); });
    reload();
    resize(760, 420);
}

void FeeScheduleDialog::reload(qint64 selectId)
{
    auto items = m_repairs.feeItems(true);
    if (!items) {
        m_errors.show(items.error());
        return;
    }
    m_items = items.value();
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    int select = -1;
    for (const FeeItem& f : std::as_const(m_items)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(f.code));
        m_table->setItem(row, 1, new QTableWidgetItem(f.name));
        m_table->setItem(row, 2, new QTableWidgetItem(u"%1/%2"_s.arg(RepairDisplay::money(f.priceFen), f.unit)));
        m_table->setItem(row, 3, new QTableWidgetItem(f.active ? tr("Yes") : tr("No")));
        if (f.id == selectId)
            select = row;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    if (select >= 0)
        m_table->selectRow(select);
}

void FeeScheduleDialog::showItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_editing = m_items.at(row);
    m_shown = m_editing;
    m_reload->withdraw();
    m_code->setText(m_editing.code);
    m_name->setText(m_editing.name);
    m_unit->setText(m_editing.unit);
    m_price->setText(RepairDisplay::money(m_editing.priceFen).mid(1));
    m_active->setChecked(m_editing.active);
}

void FeeScheduleDialog::newItem()
{
    m_editing = FeeItem{};
    m_shown = m_editing;
    m_reload->withdraw();
    for (QLineEdit* e : {m_code, m_name, m_unit, m_price})
        e->clear();
    m_active->setChecked(true);
    m_table->clearSelection();
    m_code->setFocus();
}

void FeeScheduleDialog::save()
{
    FeeItem typed = m_shown;
    typed.code = m_code->text();
    typed.name = m_name->text();
    typed.unit = m_unit->text();
    typed.active = m_active->isChecked();
    if (!RepairDisplay::parseYuan(m_price->text(), &typed.priceFen)) {
        m_errors.show(Error{u"fee.price"_s, tr("Write the price in yuan, e.g. 35.50."), u"price"_s});
        return;
    }
    // After a reload, what this person changed goes onto the item as stored; the rest stays as the
    // other desk saved it.
    FeeItem item = m_editing;
    item.code = typed.code.trimmed() != m_shown.code ? typed.code : m_editing.code;
    item.name = typed.name.trimmed() != m_shown.name ? typed.name : m_editing.name;
    item.unit = typed.unit.trimmed() != m_shown.unit ? typed.unit : m_editing.unit;
    item.priceFen = typed.priceFen != m_shown.priceFen ? typed.priceFen : m_editing.priceFen;
    item.active = typed.active != m_shown.active ? typed.active : m_editing.active;
    auto saved = m_repairs.saveFeeItem(m_who, item);
    if (!saved) {
        m_errors.show(saved.error());
        m_reload->offer(saved.error());
        return;
    }
    m_reload->withdraw();
    m_errors.clear();
    m_editing = saved.value();
    m_shown = m_editing; // the form now shows what is stored
    reload(saved.value().id);
}

} // namespace fd
