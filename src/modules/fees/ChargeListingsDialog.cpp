#include "modules/fees/ChargeListingsDialog.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "engine/Role.h"
#include "modules/fees/ChargeService.h"
#include "modules/registry/UnitPickerWidget.h"

#include "ui_ChargeListingsDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace fd {

ChargeListingsDialog::ChargeListingsDialog(ChargeService& charges, RegistryService& registry, const Clock& clock,
                                           const Session& who, const ChargeItem& item, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui_ChargeListingsDialog>()), m_charges(charges), m_who(who), m_item(item),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"chargeListingsDialog"_s);
    setWindowTitle(tr("Units that pay %1").arg(item.name));
    m_ui->listingsWhat->setText(tr("%1 is billed only to the units listed here, for the days each is listed: a "
                                   "month only partly covered is billed by its days.")
                                    .arg(item.name));
    m_unit = new UnitPickerWidget(registry, this);
    m_unit->setObjectName(u"listingUnit"_s);
    m_unit->setSession(who);
    m_ui->listForm->replaceWidget(m_ui->listUnitSlot, m_unit);
    delete m_ui->listUnitSlot;
    m_ui->listUnitCaption->setBuddy(m_unit->edit());
    setTabOrder(m_unit->edit(), m_ui->listFrom);
    const QDate today = clock.now().date();
    m_ui->listFrom->setDisplayFormat(DateTimeText::dateFormat());
    m_ui->listFrom->setDate(today);
    m_ui->endUntil->setDisplayFormat(DateTimeText::dateFormat());
    m_ui->endUntil->setDate(today);
    m_model->setHorizontalHeaderLabels({tr("Unit"), tr("First day"), tr("Last day"), tr("Note")});
    m_ui->listingsTable->setModel(m_model);
    m_ui->listingsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->listingsTable->verticalHeader()->hide();
    m_ui->listingsTable->horizontalHeader()->setStretchLastSection(true);
    m_errors.bind(u"unit"_s, m_unit->edit(), m_ui->listUnitError);
    m_errors.bind(u"from"_s, m_ui->listFrom, m_ui->listFromError);
    m_errors.bind(u"until"_s, m_ui->endUntil, m_ui->endUntilError);
    m_errors.setFallback(m_ui->listingsError);
    connect(m_ui->listUnit, &QPushButton::clicked, this, &ChargeListingsDialog::listUnit);
    connect(m_ui->endListing, &QPushButton::clicked, this, &ChargeListingsDialog::endSelected);
    connect(m_ui->listingsButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->listingsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChargeListingsDialog::updateControls);
    refresh();
    m_unit->edit()->setFocus();
}

ChargeListingsDialog::~ChargeListingsDialog() = default;

void ChargeListingsDialog::fill(const QDate& from, const QString& note)
{
    m_ui->listFrom->setDate(from);
    m_ui->listNote->setText(note);
}

void ChargeListingsDialog::selectRow(int row)
{
    m_ui->listingsTable->setCurrentIndex(m_model->index(row, 0));
}

void ChargeListingsDialog::setUntil(const QDate& until)
{
    m_ui->endUntil->setDate(until);
}

void ChargeListingsDialog::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    auto rows = m_charges.listings(m_item.id);
    m_rows = rows ? rows.value() : QList<ChargeListing>{};
    if (!rows)
        m_errors.show(rows.error());
    for (const ChargeListing& l : std::as_const(m_rows))
        m_model->appendRow({new QStandardItem(l.unitCode), new QStandardItem(DateTimeText::date(l.from)),
                            new QStandardItem(l.until.isValid() ? DateTimeText::date(l.until) : tr("still listed")),
                            new QStandardItem(l.note)});
    m_ui->listingsTable->resizeColumnsToContents();
    updateControls();
}

void ChargeListingsDialog::updateControls()
{
    // fees.bill: who bills may list and end; others see the list only.
    const bool may = m_who.may(Permission::BillFees);
    const QString why = may ? QString() : Roles::refusal(m_who.user.role, Permission::BillFees);
    m_ui->listGroup->setEnabled(may);
    m_ui->listGroup->setToolTip(why);
    const int row = m_ui->listingsTable->currentIndex().row();
    const bool open = row >= 0 && row < m_rows.size() && !m_rows.at(row).until.isValid();
    m_ui->endGroup->setEnabled(may && open);
    m_ui->endGroup->setToolTip(!why.isEmpty() ? why
                               : !open        ? tr("Select a listing that has not ended, in the list above.")
                                              : QString());
}

bool ChargeListingsDialog::listUnit()
{
    m_errors.clear();
    ChargeListing l;
    l.itemId = m_item.id;
    l.unitId = m_unit->unitId();
    l.from = m_ui->listFrom->date();
    l.note = m_ui->listNote->text();
    auto listed = m_charges.listUnit(m_who, l);
    if (!listed) {
        m_errors.show(listed.error());
        return false;
    }
    m_unit->clear();
    m_ui->listNote->clear();
    refresh();
    m_unit->edit()->setFocus();
    return true;
}

bool ChargeListingsDialog::endSelected()
{
    m_errors.clear();
    const int row = m_ui->listingsTable->currentIndex().row();
    if (row < 0 || row >= m_rows.size())
        return false;
    auto ended = m_charges.endListing(m_who, m_rows.at(row).id, m_ui->endUntil->date());
    if (!ended) {
        m_errors.show(ended.error());
        return false;
    }
    refresh();
    return true;
}

} // namespace fd
